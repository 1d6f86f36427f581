import { makeDemoAssessment } from './assessment';
import { seededRandom } from '../random';
import { indexItems } from '../model/questionnaire';
import { responseOf, suggestRespondentId } from '../workshop/response-file';
import type { Answer, Answers } from '../model/schema/assessment';
import type { Questionnaire } from '../model/schema/questionnaire';
import type { ResponseFile, ResponseRespondent } from '../model/schema/response';

export interface DemoResponsesOptions {
  seed: number;
  /** How many respondents (1–200). */
  count: number;
  /** Export time of the first file; each next one is a minute later. */
  now: string;
  assessmentId?: string;
}

const ROSTER: readonly (readonly [string, string, string])[] = [
  ['Amina Diallo', 'Ministry of Digital Economy and Innovation', 'Director of Digital Transformation'],
  ['Chen Wei', 'National Statistics Office', 'Head of Data Services'],
  ['María López', 'Data Protection Authority', 'Legal Counsel'],
  ['Joseph Okello', 'National University', 'Professor of Computer Science'],
  ['Fatima Benali', 'Telecommunications Regulator', 'Spectrum and Networks Lead'],
  ['Ravi Menon', 'National CERT', 'Incident Response Manager'],
  ['Sofia Haddad', 'Ministry of Defence', 'Policy Adviser'],
  ['Kwame Asante', 'Ministry of Finance', 'Budget Analyst'],
  ['Nguyen Thi Lan', 'Ministry of Health', 'Digital Health Officer'],
  ['Jean-Pierre Mbeki', 'Ministry of Foreign Affairs', 'Cyber Diplomacy Desk'],
  ['Ana Pereira', 'Civil Society Coalition', 'Programme Coordinator'],
  ['Omar Farouk', 'Chamber of Commerce', 'Technology Committee Chair'],
];

/**
 * Plausible, partly disagreeing response files for a workshop demo: all
 * respondents start from the same institution (the seeded demo assessment);
 * on about half of the indicators and risks they agree, on the rest each
 * drifts a stage or two, now and then answers "don't know". Every item is
 * answered (profile questions identically). The same seed gives the same files.
 */
export function makeDemoResponses(q: Questionnaire, options: DemoResponsesOptions): ResponseFile[] {
  const count = Math.max(1, Math.min(200, Math.floor(options.count)));
  const base = makeDemoAssessment(q, { seed: options.seed, now: options.now }).answers;
  const itemRandom = seededRandom(options.seed ^ 0x5bd1e995);
  const contested = new Map<string, boolean>();
  for (const id of indexItems(q).keys()) contested.set(id, itemRandom() < 0.5);
  const ids = new Set<string>();
  const start = Date.parse(options.now);
  const files: ResponseFile[] = [];
  for (let i = 0; i < count; i++) {
    const [name, agency, role] = ROSTER[i % ROSTER.length]!;
    const person = i < ROSTER.length ? name : `${name} (${Math.floor(i / ROSTER.length) + 1})`;
    let id = suggestRespondentId(person, agency);
    for (let n = 2; ids.has(id); n++) id = `${suggestRespondentId(person, agency)}-${n}`;
    ids.add(id);
    const respondent: ResponseRespondent = { id, name: person, agency, role };
    const random = seededRandom((options.seed + 1) * 7919 + i * 104729);
    const answers: Answers = {};
    for (const [itemId, answer] of Object.entries(base)) answers[itemId] = contested.get(itemId) ? drift(answer, random) : answer;
    const exportedAt = new Date((Number.isNaN(start) ? 0 : start) + i * 60_000).toISOString();
    files.push(responseOf(q, respondent, answers, exportedAt, options.assessmentId));
  }
  return files;
}

function drift(answer: Answer, random: () => number): Answer {
  const move = (stage: number) => {
    const r = random();
    const step = r < 0.45 ? 0 : r < 0.85 ? (random() < 0.5 ? -1 : 1) : random() < 0.5 ? -2 : 2;
    return Math.min(5, Math.max(1, stage + step));
  };
  if (answer.kind === 'stage') {
    if (random() < 0.05) return { kind: 'dont-know', notes: 'Not my agency’s area; to be checked.' };
    return { ...answer, stage: move(answer.stage) };
  }
  if (answer.kind === 'risk') {
    const out = { ...answer };
    for (const d of ['likelihood', 'impact', 'preparedness'] as const) if (out[d] !== undefined) out[d] = move(out[d]);
    return out;
  }
  return answer;
}
