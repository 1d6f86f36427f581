import { LEAD_BODY_OF_V1, type LeadActorV1 } from './schema/actions';
import { ASSESSMENT_FORMAT, AssessmentSchema, MAX_ASSESSMENT_BYTES, type Answers, type Assessment, type AssessmentMeta } from './schema/assessment';
import type { Questionnaire } from './schema/questionnaire';
import { migrate, type Migration } from './schema/migrate';
import { parseJsonText, parseWith, type Parsed } from './schema/parse';

/** The file name ending CapaMap suggests for assessments. */
export const ASSESSMENT_EXTENSION = '.capamap.json';

/**
 * Format 1 → 2: workshops. A format-1 file holds one set of answers; they stay
 * the consensus answers. It gains empty per-respondent answers and facilitator
 * resolutions. Respondent ids were not checked for uniqueness in format 1, so a
 * repeated id gets a "-2", "-3"… suffix rather than making the file unreadable.
 */
const FROM_1: Migration = {
  from: 1,
  up(doc) {
    const respondents = Array.isArray(doc.respondents) ? uniqueRespondentIds(doc.respondents) : doc.respondents;
    return { ...doc, ...(respondents === undefined ? {} : { respondents }), responses: {}, resolutions: {} };
  },
};

/** The phase cap every method-1 assessment carried unless someone edited the file (the app never offered another). */
const METHOD_1_DEFAULT_PHASE_CAP = 10;

/**
 * Format 2 → 3: method 2.0. Answers, targets and roadmap edits stay as they
 * were. Custom actions name their lead with the taxonomy of lead bodies
 * ("ministry" → ministry of ICT/digital, …). The phase cap is kept only where
 * it differs from method 1's default: a default no one chose gives way to the
 * institution's capacity.
 */
const FROM_2: Migration = {
  from: 2,
  up(doc) {
    const roadmap = doc.roadmap;
    if (roadmap === null || typeof roadmap !== 'object' || Array.isArray(roadmap)) return doc;
    const { phaseCap, custom, ...rest } = roadmap as Record<string, unknown>;
    return {
      ...doc,
      roadmap: {
        ...rest,
        ...(phaseCap === undefined || phaseCap === METHOD_1_DEFAULT_PHASE_CAP ? {} : { phaseCap }),
        ...(custom === undefined ? {} : { custom: Array.isArray(custom) ? custom.map(customLeadToBody) : custom }),
      },
    };
  },
};

export const ASSESSMENT_MIGRATIONS: readonly Migration[] = [FROM_1, FROM_2];

function customLeadToBody(action: unknown): unknown {
  if (action === null || typeof action !== 'object') return action;
  const lead = (action as { lead?: unknown }).lead;
  return typeof lead === 'string' && Object.hasOwn(LEAD_BODY_OF_V1, lead) ? { ...action, lead: LEAD_BODY_OF_V1[lead as LeadActorV1] } : action;
}

function uniqueRespondentIds(respondents: unknown[]): unknown[] {
  const seen = new Set<string>();
  return respondents.map((r) => {
    if (r === null || typeof r !== 'object' || typeof (r as { id?: unknown }).id !== 'string') return r;
    const id = (r as { id: string }).id;
    let unique = id;
    for (let n = 2; seen.has(unique); n++) unique = `${id}-${n}`;
    seen.add(unique);
    return unique === id ? r : { ...r, id: unique };
  });
}

export function serializeAssessment(assessment: Assessment): string {
  return `${JSON.stringify(assessment, null, 1)}\n`;
}

/** Reads an assessment file: size and key limits, format migration, strict validation. */
export function parseAssessment(text: string): Parsed<Assessment> {
  const json = parseJsonText(text, MAX_ASSESSMENT_BYTES);
  if (!json.ok) return json;
  const current = migrate(json.value, ASSESSMENT_FORMAT, ASSESSMENT_MIGRATIONS, 'assessment');
  if (!current.ok) return current;
  return parseWith(AssessmentSchema, current.value, answeredItem);
}

/** The item a path inside an assessment or response file is about: under answers, responses or resolutions. */
export function answeredItem(path: readonly PropertyKey[]): string | undefined {
  const [where, first, second] = path;
  const key = where === 'responses' ? second : where === 'answers' || where === 'resolutions' ? first : undefined;
  return typeof key === 'string' ? key : undefined;
}

/** A file name from the institution and date, safe on every OS. */
export function suggestedFileName(assessment: Assessment, extension = ASSESSMENT_EXTENSION): string {
  const base = safeFileStem(`${assessment.meta.institution} ${assessment.meta.assessmentDate}`);
  return `${base || 'assessment'}${extension}`;
}

/** Letters and digits of any script joined by "-", accents removed, at most 80 characters. */
export function safeFileStem(text: string): string {
  const stem = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  // Cut by code point, never inside a surrogate pair.
  return [...stem].slice(0, 80).join('').replace(/-+$/, '');
}

/** A new assessment of a questionnaire: nothing answered yet unless answers are given. */
export function newAssessment(q: Pick<Questionnaire, 'id' | 'version'>, init: { id: string; now: string; meta: AssessmentMeta; modules?: string[]; answers?: Answers }): Assessment {
  return {
    format: ASSESSMENT_FORMAT,
    id: init.id,
    questionnaire: { id: q.id, version: q.version },
    modules: init.modules ?? [],
    meta: init.meta,
    targets: {},
    indicatorTargets: {},
    respondents: [],
    answers: init.answers ?? {},
    responses: {},
    resolutions: {},
    roadmap: { edits: {}, custom: [] },
    createdAt: init.now,
    updatedAt: init.now,
  };
}
