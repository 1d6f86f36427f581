import { answeredItem, safeFileStem } from '../model/assessment-file';
import { migrate, notA } from '../model/schema/migrate';
import { fail, parseJsonText, parseWith, type Parsed } from '../model/schema/parse';
import type { Answers, Assessment } from '../model/schema/assessment';
import { MAX_RESPONSE_BYTES, RESPONSE_FORMAT, RESPONSE_KIND, ResponseFileSchema, type ResponseFile, type ResponseRespondent } from '../model/schema/response';

/** The file name ending CapaMap suggests for response files. */
export const RESPONSE_EXTENSION = '.capamap-response.json';

/** The file text, keys always in the same order (format and kind first, so a glance tells what it is). */
export function serializeResponse(response: ResponseFile): string {
  const { format, kind, questionnaire, assessmentId, respondent, answers, exportedAt } = response;
  const ordered = { format, kind, questionnaire, ...(assessmentId === undefined ? {} : { assessmentId }), respondent, answers, exportedAt };
  return `${JSON.stringify(ordered, null, 1)}\n`;
}

/** Whether parsed JSON claims to be a response file (it says `kind: "capamap.response"`). */
export function isResponseDocument(json: unknown): boolean {
  return json !== null && typeof json === 'object' && !Array.isArray(json) && (json as Record<string, unknown>).kind === RESPONSE_KIND;
}

/** Reads a response file: size and key limits, format check, strict validation. */
export function parseResponse(text: string): Parsed<ResponseFile> {
  const json = parseJsonText(text, MAX_RESPONSE_BYTES);
  if (!json.ok) return json;
  const doc = json.value;
  if (!isResponseDocument(doc)) {
    const looksLikeAssessment = doc !== null && typeof doc === 'object' && 'answers' in doc && 'meta' in doc;
    return fail('$', looksLikeAssessment ? 'format.assessmentNotResponse' : notA('response'));
  }
  const current = migrate(doc, RESPONSE_FORMAT, [], 'response');
  if (!current.ok) return current;
  return parseWith(ResponseFileSchema, current.value, answeredItem);
}

/**
 * The response file of one respondent who answered in their own copy of an
 * assessment (the "export my answers" step on a respondent's laptop).
 */
export function responseFromAssessment(assessment: Pick<Assessment, 'id' | 'questionnaire' | 'answers'>, respondent: ResponseRespondent, exportedAt: string): ResponseFile {
  return responseOf(assessment.questionnaire, respondent, assessment.answers, exportedAt, assessment.id);
}

export function responseOf(questionnaire: { id: string; version: string }, respondent: ResponseRespondent, answers: Answers, exportedAt: string, assessmentId?: string): ResponseFile {
  return {
    format: RESPONSE_FORMAT,
    kind: RESPONSE_KIND,
    questionnaire: { id: questionnaire.id, version: questionnaire.version },
    ...(assessmentId === undefined ? {} : { assessmentId }),
    respondent: { ...respondent },
    answers: cloneJson(answers),
    exportedAt,
  };
}

/** "<name>-<agency>-<date>.capamap-response.json", safe on every OS. */
export function suggestedResponseFileName(response: ResponseFile): string {
  const { name, agency } = response.respondent;
  const stem = safeFileStem(`${name} ${agency} ${response.exportedAt.slice(0, 10)}`);
  return `${stem || `response-${response.respondent.id}`}${RESPONSE_EXTENSION}`;
}

/**
 * A respondent id from a name and agency: lower-case ASCII words joined by "-"
 * ("Amina Diallo", "Data Protection Authority" → "amina-diallo-dpa"…). Names
 * in other scripts fall back to "respondent-" and a short stable hash.
 */
export function suggestRespondentId(name: string, agency = ''): string {
  const words = (text: string) =>
    text
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter(Boolean);
  const nameWords = words(name).slice(0, 4);
  const agencyWords = words(agency);
  const acronym =
    agencyWords.length > 1
      ? agencyWords
          .filter((w) => !STOP_WORDS.has(w))
          .map((w) => w[0])
          .join('')
      : agencyWords.join('');
  const id = [...nameWords, acronym].filter(Boolean).join('-').slice(0, 60).replace(/-+$/, '');
  return nameWords.length > 0 ? id : `respondent-${stableHash(`${name}\u0000${agency}`)}`;
}

const STOP_WORDS = new Set(['of', 'for', 'and', 'the', 'de', 'du', 'des', 'la', 'le', 'et', 'del', 'y']);

/** FNV-1a, 32 bits, as 8 hex digits: a short stable fingerprint (not a security measure). */
export function stableHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** A deep copy of plain JSON data (answers are plain JSON). */
function cloneJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
