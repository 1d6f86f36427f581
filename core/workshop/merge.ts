import { activeSections, indexItems } from '../model/questionnaire';
import { COUNTRY_NOT_STATED, INSTITUTION_NOT_STATED } from '../model/meta';
import { message, MessageError, type Message } from '../model/message';
import { oneLine, quote } from '../model/schema/parse';
import { newAssessment } from '../model/assessment-file';
import { stableHash } from './response-file';
import { MAX_RESPONDENTS, type Answer, type Answers, type Assessment, type AssessmentMeta, type Resolution, type Respondent } from '../model/schema/assessment';
import type { Item, Questionnaire, Section } from '../model/schema/questionnaire';
import type { ResponseFile } from '../model/schema/response';
import { carryAnswers } from '../model/answer-migration';

/*
 * Workshops: several respondents answer the same questionnaire on their own
 * laptops; the facilitator imports their response files into one assessment.
 *
 * The invariant: once an assessment holds responses, its consensus `answers`
 * are a function of the responses and the facilitator's resolutions only:
 *   - an item with a resolution keeps the answer the facilitator chose;
 *   - otherwise, when every respondent who took a position agrees, the agreed
 *     answer is the consensus; when they disagree, there is no consensus yet.
 * So importing is idempotent and order-independent, and nothing here reads a
 * clock: every time stamp comes from the files or from the caller.
 */

/** The id given to answers that were in the assessment before its first import. */
export const BEFORE_IMPORT_ID = 'before-import';

export interface ImportOptions {
  /** Stamped as `updatedAt` when something was imported; the assessment's own stays otherwise. */
  now?: string;
  /**
   * The current time on this computer (defaults to `now`): export dates after
   * it are flagged, and count as this time, never as dates of the assessment.
   */
  clock?: string;
  /**
   * The facilitator's decisions on identity conflicts, by file index: `same`
   * (this file is from the respondent who has that id, whatever the name
   * says) or `separate` (another person: imported under a new id).
   */
  identity?: Readonly<Record<number, IdentityDecision>>;
}

export type IdentityDecision = 'same' | 'separate';

/** Who a file or the assessment says a respondent is. */
export interface Identity {
  name: string;
  agency: string;
}

/**
 * A file reusing a respondent id under another name or institution: never a
 * silent replacement; the file waits for the facilitator's decision. `held`
 * is who the assessment has under that id, or null when the clash is with
 * another file of the same import (`otherFiles`).
 */
export interface IdentityConflict {
  file: number;
  respondent: string;
  claimed: Identity;
  held: Identity | null;
  otherFiles: number[];
}

/** A file that was not imported at all. `file` is its index in the list passed in. */
export interface ImportRefusal {
  file: number;
  respondent: string | null;
  reason: Message;
}

/** An answer left out of an imported file (the item is gone or the answer no longer fits it). */
export interface DroppedAnswer {
  file: number;
  respondent: string;
  itemId: string;
  reason: Message;
}

/** Something the facilitator should know about an imported or skipped file. */
export interface ImportNotice {
  file: number;
  respondent: string;
  kind: 'superseded' | 'older' | 'other-assessment' | 'other-version' | 'future-date' | 'renamed';
  message: Message;
}

export interface ImportReport {
  /** Respondents whose answers now come from these files (added or replaced), sorted. */
  imported: string[];
  /** Of those, the ones that had answers before (their old answers were replaced). */
  replaced: string[];
  /** Respondents whose file was already imported exactly as it is. */
  unchanged: string[];
  refused: ImportRefusal[];
  /** Files not imported until the facilitator says who they are from. */
  conflicts: IdentityConflict[];
  dropped: DroppedAnswer[];
  notices: ImportNotice[];
  /**
   * Answers the assessment held before its first import are kept as this
   * respondent's answers (so they still count); null when there were none.
   */
  keptExistingAs: string | null;
}

export interface ImportResult {
  assessment: Assessment;
  report: ImportReport;
}

/**
 * Imports response files: each respondent's answers REPLACE that respondent's
 * earlier ones, so importing a file again never duplicates anything. Files
 * answering another questionnaire are refused; answers to items another
 * version no longer has are dropped and reported. When one respondent appears
 * in several files, the latest export wins (an identical time breaks the tie
 * on content), also against answers imported earlier. The consensus answers
 * are then derived again (see deriveConsensus).
 */
export function importResponses(q: Questionnaire, assessment: Assessment, files: readonly ResponseFile[], options: ImportOptions = {}): ImportResult {
  if (assessment.questionnaire.id !== q.id) throw new MessageError(message('assessment.otherQuestionnaire', { questionnaire: assessment.questionnaire.id, expected: q.id }));
  const index = indexItems(q);
  const report: ImportReport = { imported: [], replaced: [], unchanged: [], refused: [], conflicts: [], dropped: [], notices: [], keptExistingAs: null };
  const clock = options.clock ?? options.now;

  // 1. Refuse files from another questionnaire; keep the rest with their answers checked against q.
  const candidates: Candidate[] = [];
  files.forEach((file, i) => {
    if (file.questionnaire.id !== q.id) {
      report.refused.push({ file: i, respondent: file.respondent.id, reason: message('import.otherQuestionnaire', { questionnaire: file.questionnaire.id, ours: q.id }) });
      return;
    }
    const { answers, dropped } = fitAnswers(index, q, carryAnswers(q, file.answers, file.questionnaire.version), file.questionnaire.version);
    for (const d of dropped) report.dropped.push({ file: i, respondent: file.respondent.id, ...d });
    const name = oneLine(file.respondent.name, 100);
    if (file.questionnaire.version !== q.version)
      report.notices.push({ file: i, respondent: file.respondent.id, kind: 'other-version', message: message('import.otherVersion', { name, version: oneLine(file.questionnaire.version, 40), ours: q.version }) });
    if (file.assessmentId !== undefined && file.assessmentId !== assessment.id)
      report.notices.push({ file: i, respondent: file.respondent.id, kind: 'other-assessment', message: message('import.otherAssessment', { name, assessment: oneLine(file.assessmentId, 80) }) });
    // A date after this computer's clock is flagged and counts as now: it must neither win every
    // later comparison nor become the assessment's date.
    const future = clock !== undefined && time(file.exportedAt) > time(clock);
    if (future) report.notices.push({ file: i, respondent: file.respondent.id, kind: 'future-date', message: message('import.futureDate', { name, date: oneLine(file.exportedAt, 40), now: clock }) });
    const respondent: Respondent = { id: file.respondent.id, name: file.respondent.name, agency: file.respondent.agency, role: file.respondent.role, exportedAt: future ? clock : file.exportedAt };
    candidates.push({ file: i, respondent, answers });
  });

  // 2. Identity: an id is a person only together with a name and institution.
  const held0 = new Map(assessment.respondents.map((r) => [r.id, r]));
  const taken = new Set([...held0.keys(), ...candidates.map((c) => c.respondent.id)]);
  const undecided = candidates.filter((c) => options.identity?.[c.file] === undefined);
  for (const c of candidates) {
    if (options.identity?.[c.file] !== 'separate') continue;
    const id = freshId(c.respondent.id, taken);
    taken.add(id);
    report.notices.push({ file: c.file, respondent: id, kind: 'renamed', message: message('import.renamed', { name: oneLine(c.respondent.name, 100), id: quote(id, 80) }) });
    c.respondent = { ...c.respondent, id };
    delete c.key;
  }
  const conflicted = new Set<Candidate>();
  for (const c of undecided) {
    const held = held0.get(c.respondent.id);
    const others = undecided.filter((o) => o !== c && o.respondent.id === c.respondent.id && !sameIdentity(o.respondent, c.respondent));
    if (held ? !sameIdentity(held, c.respondent) : others.length > 0) {
      conflicted.add(c);
      report.conflicts.push({ file: c.file, respondent: c.respondent.id, claimed: identityOf(c.respondent), held: held ? identityOf(held) : null, otherFiles: held ? [] : others.map((o) => o.file) });
    }
  }
  candidates.splice(0, candidates.length, ...candidates.filter((c) => !conflicted.has(c)));

  // 3. One file per respondent: the latest export, then the larger content.
  const winners = new Map<string, Candidate>();
  for (const c of candidates) {
    const held = winners.get(c.respondent.id);
    if (!held || newer(c, held)) winners.set(c.respondent.id, c);
  }
  for (const c of candidates) {
    const winner = winners.get(c.respondent.id)!;
    if (winner !== c && contentKey(winner) !== contentKey(c))
      report.notices.push({
        file: c.file,
        respondent: c.respondent.id,
        kind: 'superseded',
        message: message('import.superseded', { name: oneLine(c.respondent.name, 100), exportedAt: winner.respondent.exportedAt ?? '' }),
      });
  }

  // 4. The first import into an assessment that already has answers keeps them as one more voice.
  const respondents = new Map(assessment.respondents.map((r) => [r.id, r]));
  const responses: Record<string, Answers> = { ...assessment.responses };
  if (winners.size > 0 && Object.keys(responses).length === 0 && Object.keys(assessment.answers).length > 0) {
    let id = BEFORE_IMPORT_ID;
    for (let n = 2; respondents.has(id); n++) id = `${BEFORE_IMPORT_ID}-${n}`;
    const respondent: Respondent = {
      id,
      name: assessment.meta.leadRespondent.trim() || 'Answers entered before import',
      agency: assessment.meta.institution,
      role: '',
      exportedAt: assessment.updatedAt,
    };
    const fitted = fitAnswers(index, q, assessment.answers, q.version);
    for (const d of fitted.dropped) report.dropped.push({ file: -1, respondent: id, ...d });
    respondents.set(id, respondent);
    responses[id] = fitted.answers;
    report.keptExistingAs = id;
  }

  // 5. Against what the assessment holds already: an older file never replaces newer answers.
  const accepted: Candidate[] = [];
  for (const id of [...winners.keys()].sort()) {
    const c = winners.get(id)!;
    const held = respondents.get(id);
    if (held?.exportedAt !== undefined && responses[id] !== undefined) {
      const heldCandidate: Candidate = { file: -1, respondent: held, answers: responses[id] };
      if (time(held.exportedAt) === time(c.respondent.exportedAt!) && contentKey(heldCandidate) === contentKey(c)) {
        report.unchanged.push(id);
        continue;
      }
      if (!newer(c, heldCandidate)) {
        report.notices.push({ file: c.file, respondent: id, kind: 'older', message: message('import.older', { name: oneLine(held.name, 100), exportedAt: held.exportedAt }) });
        continue;
      }
    }
    accepted.push(c);
  }

  const capacity = Math.max(0, MAX_RESPONDENTS - respondents.size);
  const fresh = accepted.filter((c) => !respondents.has(c.respondent.id));
  const overflow = new Set(fresh.slice(capacity).map((c) => c.respondent.id));
  for (const c of fresh.slice(capacity)) {
    report.refused.push({ file: c.file, respondent: c.respondent.id, reason: message('import.full', { max: MAX_RESPONDENTS }) });
  }
  report.refused.sort((a, b) => a.file - b.file);
  const toStore = accepted.filter((c) => !overflow.has(c.respondent.id));
  if (toStore.length === 0 && report.unchanged.length === 0) return { assessment, report: { ...report, keptExistingAs: null, dropped: report.dropped.filter((d) => d.file >= 0) } };

  for (const c of toStore) {
    const id = c.respondent.id;
    if (responses[id] !== undefined) report.replaced.push(id);
    report.imported.push(id);
    respondents.set(id, c.respondent);
    responses[id] = c.answers;
  }

  const next = normalise(q, { ...assessment, respondents: [...respondents.values()], responses });
  return { assessment: { ...next, answers: deriveConsensus(q, next), updatedAt: toStore.length > 0 ? (options.now ?? assessment.updatedAt) : assessment.updatedAt }, report };
}

export interface NewAssessmentOptions {
  /** Defaults: the id the files share, or "workshop-" and a hash of who answered. */
  id?: string;
  /** Defaults: the agency all respondents share (or INSTITUTION_NOT_STATED), COUNTRY_NOT_STATED, the date of `now`. */
  meta?: Partial<AssessmentMeta>;
  /** createdAt/updatedAt; defaults to the latest export time among the files (none after `clock`). */
  now?: string;
  /** The current time on this computer: see ImportOptions.clock. */
  clock?: string;
  identity?: ImportOptions['identity'];
}

/**
 * A new assessment made from response files alone (no facilitator file yet):
 * the optional modules anyone answered are included, then the files are imported.
 */
export function assessmentFromResponses(q: Questionnaire, files: readonly ResponseFile[], options: NewAssessmentOptions = {}): ImportResult {
  const ours = files.filter((f) => f.questionnaire.id === q.id);
  const clock = options.clock;
  const latest = ours
    .map((f) => (clock !== undefined && time(f.exportedAt) > time(clock) ? clock : f.exportedAt))
    .sort((a, b) => time(a) - time(b))
    .at(-1);
  const now = options.now ?? latest;
  if (now === undefined) throw new MessageError(message(files.length === 0 ? 'import.noFiles' : 'import.noneForQuestionnaire', { questionnaire: q.id }));
  const ids = [...new Set(ours.map((f) => f.assessmentId))];
  const sharedId = ids.length === 1 ? ids[0] : undefined;
  const id = options.id ?? sharedId ?? `workshop-${stableHash([q.id, ...[...new Set(ours.map((f) => f.respondent.id))].sort()].join('\n'))}`;
  const agencies = [...new Set(ours.map((f) => f.respondent.agency.trim()))];
  const index = indexItems(q);
  const answeredSections = new Set(ours.flatMap((f) => Object.keys(f.answers).map((itemId) => index.get(itemId)?.section.id)));
  const base = newAssessment(q, {
    id,
    now,
    modules: q.sections.filter((s) => s.optional && answeredSections.has(s.id)).map((s) => s.id),
    meta: {
      institution: agencies.length === 1 && agencies[0] ? agencies[0] : INSTITUTION_NOT_STATED,
      country: COUNTRY_NOT_STATED,
      assessmentDate: now.slice(0, 10),
      leadRespondent: '',
      language: 'en',
      confidentiality: '',
      ...definedOnly(options.meta ?? {}),
    },
  });
  return importResponses(q, base, files, { now, clock: clock ?? now, identity: options.identity });
}

export interface ResolveInput {
  itemId: string;
  /** The agreed answer; null records a decision to leave the item unanswered. */
  answer: Answer | null;
  note: string;
  /** ISO date-time of the decision; also becomes the assessment's updatedAt. */
  decidedAt: string;
}

/**
 * Records the facilitator's consensus for one item (a conflict, or overriding
 * an agreement): the answer becomes the consensus answer and stays so through
 * later imports, with the note as the reason. Throws on an item the
 * questionnaire does not have or an answer that does not fit it (the UI
 * offers only fitting answers).
 */
export function resolveConflict(q: Questionnaire, assessment: Assessment, input: ResolveInput): Assessment {
  const located = indexItems(q).get(input.itemId);
  if (!located) throw new MessageError(message('assessment.unknownItem', { id: quote(input.itemId), questionnaire: q.id }));
  const problem = input.answer && answerProblem(located.item, input.answer);
  if (problem) throw new MessageError({ code: problem.code, params: { ...problem.params, item: input.itemId } });
  const answers: Answers = { ...assessment.answers };
  if (input.answer) answers[input.itemId] = cloneJson(input.answer);
  else delete answers[input.itemId];
  const resolutions = { ...assessment.resolutions, [input.itemId]: { note: input.note.slice(0, 2000), decidedAt: input.decidedAt } };
  return normalise(q, { ...assessment, answers, resolutions, updatedAt: input.decidedAt });
}

/** Withdraws the facilitator's decision on an item: its consensus is derived from the responses again. */
export function clearResolution(q: Questionnaire, assessment: Assessment, itemId: string, now: string): Assessment {
  if (!(itemId in assessment.resolutions)) return assessment;
  const resolutions = { ...assessment.resolutions };
  delete resolutions[itemId];
  const next = normalise(q, { ...assessment, resolutions, updatedAt: now });
  return { ...next, answers: deriveConsensus(q, next) };
}

/** Removes one respondent and their answers; the consensus is derived again. */
export function removeRespondent(q: Questionnaire, assessment: Assessment, respondentId: string, now: string): Assessment {
  if (!assessment.respondents.some((r) => r.id === respondentId)) return assessment;
  const responses = { ...assessment.responses };
  delete responses[respondentId];
  const next = normalise(q, { ...assessment, respondents: assessment.respondents.filter((r) => r.id !== respondentId), responses, updatedAt: now });
  return { ...next, answers: deriveConsensus(q, next) };
}

/**
 * The consensus answers the responses and resolutions call for. Without any
 * responses the answers are the team's own and are returned unchanged.
 */
export function deriveConsensus(q: Questionnaire, assessment: Pick<Assessment, 'answers' | 'responses' | 'resolutions' | 'respondents'>): Answers {
  const ids = Object.keys(assessment.responses).sort();
  if (ids.length === 0) return assessment.answers;
  const names = new Map(assessment.respondents.map((r) => [r.id, r.name]));
  const answers: Answers = {};
  for (const section of q.sections) {
    for (const item of section.items) {
      if (item.id in assessment.resolutions) {
        const chosen = assessment.answers[item.id];
        if (chosen) answers[item.id] = chosen;
        continue;
      }
      const analysis = analysisOf(item, ids, assessment, names);
      if (analysis.consensus) answers[item.id] = analysis.consensus;
    }
  }
  // Decisions on items this questionnaire version no longer has are kept as they were.
  for (const [id, answer] of Object.entries(assessment.answers)) if (id in assessment.resolutions && !(id in answers)) answers[id] = answer;
  return answers;
}

// ---------------------------------------------------------------------------
// The merge view: what the facilitator's screen and the report show.

/** One respondent's answer to one item (null: that respondent left it blank). */
export interface MergeEntry {
  respondent: string;
  answer: Answer | null;
}

/**
 * - unanswered: no respondent answered and the facilitator decided nothing;
 * - agreed: everyone who took a position agrees, and that is the consensus;
 * - conflict: respondents disagree and the facilitator has not decided yet;
 * - resolved: the facilitator decided (whether or not respondents agreed).
 */
export type MergeStatus = 'unanswered' | 'agreed' | 'conflict' | 'resolved';

export interface RiskSpread {
  likelihood: number | null;
  impact: number | null;
  preparedness: number | null;
}

export interface MergeItem {
  itemId: string;
  section: string;
  sectionKind: Section['kind'];
  type: Item['type'];
  /** Every respondent's answer side by side, by respondent id. */
  entries: MergeEntry[];
  /** Respondents who gave any answer (including "don't know"). */
  answered: number;
  status: MergeStatus;
  /** The respondents' answers agree (a resolution does not change this). */
  agreed: boolean;
  /** Distinct positions taken ("don't know" takes none). */
  positions: number;
  /**
   * Highest minus lowest stage among respondents; for risks the largest of
   * the per-dimension spreads. Null with fewer than two numeric answers.
   */
  spread: number | null;
  /** Risks only: the spread of each dimension. */
  riskSpread: RiskSpread | null;
  /** The consensus answer as it stands (assessment.answers). */
  consensus: Answer | null;
  /** For a disagreement: a starting point (the lower median, or the most common answer). */
  suggestion: Answer | null;
  resolution: Resolution | null;
}

export interface SectionDisagreement {
  section: string;
  kind: Section['kind'];
  /** Mean spread over the section's items that have one; null when none has. */
  meanSpread: number | null;
  /** Items with a spread (at least two numeric answers). */
  compared: number;
  agreed: number;
  conflicts: number;
  resolved: number;
}

export interface MergeTotals {
  respondents: number;
  items: number;
  agreed: number;
  conflicts: number;
  resolved: number;
  unanswered: number;
}

export interface MergeView {
  /** Respondents with answers, by id. */
  respondents: Respondent[];
  /** Items of the chosen sections (and any other item someone answered), in questionnaire order. */
  items: MergeItem[];
  totals: MergeTotals;
  /** Per scored section (pillars, modules, priorities): how much respondents disagree. */
  sections: SectionDisagreement[];
  /** The most contested items, most contested first. */
  contested: MergeItem[];
}

/** Everything the merge screen shows: every respondent's answer per item, spread, agreement, conflicts. */
export function mergeView(q: Questionnaire, assessment: Assessment, options: { contested?: number } = {}): MergeView {
  const ids = Object.keys(assessment.responses).sort();
  const byId = new Map(assessment.respondents.map((r) => [r.id, r]));
  const names = new Map(assessment.respondents.map((r) => [r.id, r.name]));
  const active = new Set(activeSections(q, assessment.modules).map((s) => s.id));
  const items: MergeItem[] = [];
  for (const section of q.sections) {
    for (const item of section.items) {
      const entries = entriesFor(item.id, ids, assessment.responses, names);
      const answered = entries.filter((e) => e.answer !== null).length;
      if (!active.has(section.id) && answered === 0) continue;
      const a = analysisOf(item, ids, assessment, names);
      const resolution = assessment.resolutions[item.id] ?? null;
      const status: MergeStatus = resolution ? 'resolved' : answered === 0 || a.noPosition ? 'unanswered' : a.agreed ? 'agreed' : 'conflict';
      items.push({
        itemId: item.id,
        section: section.id,
        sectionKind: section.kind,
        type: item.type,
        entries: entries.map((e) => ({ respondent: e.respondent, answer: e.answer })),
        answered,
        status,
        agreed: a.agreed,
        positions: a.positions,
        spread: a.spread,
        riskSpread: a.riskSpread,
        consensus: assessment.answers[item.id] ?? null,
        suggestion: a.agreed ? null : a.suggestion,
        resolution,
      });
    }
  }
  const count = (s: MergeStatus, list = items) => list.filter((i) => i.status === s).length;
  const sections = q.sections
    .filter((s) => s.kind !== 'profile' && items.some((i) => i.section === s.id))
    .map((s): SectionDisagreement => {
      const own = items.filter((i) => i.section === s.id);
      const spreads = own.map((i) => i.spread).filter((x): x is number => x !== null);
      return {
        section: s.id,
        kind: s.kind,
        meanSpread: spreads.length > 0 ? spreads.reduce((x, y) => x + y, 0) / spreads.length : null,
        compared: spreads.length,
        agreed: count('agreed', own),
        conflicts: count('conflict', own),
        resolved: count('resolved', own),
      };
    });
  return {
    respondents: ids.map((id) => byId.get(id) ?? { id, name: id, agency: '', role: '' }),
    items,
    totals: {
      respondents: ids.length,
      items: items.filter((i) => i.answered > 0).length,
      agreed: count('agreed'),
      conflicts: count('conflict'),
      resolved: count('resolved'),
      unanswered: count('unanswered'),
    },
    sections,
    contested: mostContested(items, options.contested ?? 10),
  };
}

/**
 * Items respondents disagree on (resolved ones included), most contested
 * first: the larger spread, then more distinct positions, then questionnaire order.
 */
export function mostContested(items: readonly MergeItem[], limit = 10): MergeItem[] {
  return items
    .map((item, order) => ({ item, order }))
    .filter(({ item }) => !item.agreed && item.positions > 1)
    .sort((a, b) => (b.item.spread ?? 0) - (a.item.spread ?? 0) || b.item.positions - a.item.positions || a.order - b.order)
    .slice(0, limit)
    .map(({ item }) => item);
}

// ---------------------------------------------------------------------------
// Inside: one item's answers compared.

interface Entry {
  respondent: string;
  name: string;
  answer: Answer | null;
}

interface Analysis {
  agreed: boolean;
  /** Nobody took a position (no answers, or only empty risk answers). */
  noPosition: boolean;
  positions: number;
  consensus: Answer | null;
  suggestion: Answer | null;
  spread: number | null;
  riskSpread: RiskSpread | null;
}

const RISK_DIMENSIONS = ['likelihood', 'impact', 'preparedness'] as const;
type RiskAnswer = Extract<Answer, { kind: 'risk' }>;
const CONFIDENCE_ORDER = ['low', 'medium', 'high'] as const;
type Confidence = (typeof CONFIDENCE_ORDER)[number];
const MAX_FREE_TEXT = 10_000;

function entriesFor(itemId: string, ids: readonly string[], responses: Record<string, Answers>, names: ReadonlyMap<string, string>): Entry[] {
  return ids.map((id) => ({ respondent: id, name: names.get(id) ?? id, answer: responses[id]?.[itemId] ?? null }));
}

const isEmptyRisk = (a: Answer) => a.kind === 'risk' && RISK_DIMENSIONS.every((d) => a[d] === undefined);

/**
 * Analyses already made, by the responses map and then the item: importing or deciding derives
 * the consensus and the merge view then shows the same responses, so each item is analysed once
 * (a decision changes no response). The respondents list is part of the key, since the consensus's
 * notes name who wrote them. Responses, like every part of an assessment, are never changed in place.
 */
const analyses = new WeakMap<object, { respondents: readonly Respondent[]; byItem: Map<Item, Analysis> }>();

function analysisOf(item: Item, ids: readonly string[], assessment: Pick<Assessment, 'responses' | 'respondents'>, names: ReadonlyMap<string, string>): Analysis {
  let held = analyses.get(assessment.responses);
  if (held?.respondents !== assessment.respondents) analyses.set(assessment.responses, (held = { respondents: assessment.respondents, byItem: new Map() }));
  let analysis = held.byItem.get(item);
  if (!analysis) held.byItem.set(item, (analysis = analyse(item, entriesFor(item.id, ids, assessment.responses, names))));
  return analysis;
}

function analyse(item: Item, entries: readonly Entry[]): Analysis {
  const given = entries.filter((e): e is Entry & { answer: Answer } => e.answer !== null);
  const none: Analysis = { agreed: false, noPosition: true, positions: 0, consensus: null, suggestion: null, spread: null, riskSpread: null };
  if (given.length === 0) return none;
  if (given.length === 1) {
    const only = given[0]!.answer;
    if (isEmptyRisk(only)) return none;
    return {
      agreed: true,
      noPosition: false,
      positions: only.kind === 'dont-know' ? 0 : 1,
      consensus: cloneJson(only),
      suggestion: null,
      spread: null,
      riskSpread: item.type === 'risk' ? { likelihood: null, impact: null, preparedness: null } : null,
    };
  }
  const taking = given.filter((e) => e.answer.kind !== 'dont-know' && !isEmptyRisk(e.answer));
  const dontKnow = given.filter((e) => e.answer.kind === 'dont-know');
  const answers = taking.map((e) => e.answer);
  const positions = new Set(answers.map(positionKey)).size;
  const stages = answers.flatMap((a) => (a.kind === 'stage' ? [a.stage] : []));
  const dims = item.type === 'risk' ? dimensions(answers) : null;
  const riskSpread: RiskSpread | null = dims ? { likelihood: spreadOf(dims.likelihood), impact: spreadOf(dims.impact), preparedness: spreadOf(dims.preparedness) } : null;
  const spread = riskSpread ? maxOrNull(Object.values(riskSpread)) : spreadOf(stages);
  const extras = (list: readonly (Entry & { answer: Answer })[]) => mergedExtras(list);

  if (taking.length === 0) {
    if (dontKnow.length === 0) return none;
    return { agreed: true, noPosition: false, positions: 0, consensus: { kind: 'dont-know', ...extras(dontKnow) }, suggestion: null, spread: null, riskSpread };
  }
  const kinds = new Set(answers.map((a) => a.kind));
  let consensus: Answer | null = null;
  if (kinds.size === 1) {
    const first = answers[0]!;
    if (first.kind === 'not-applicable') consensus = { kind: 'not-applicable', ...extras(taking) };
    else if (first.kind === 'stage' && new Set(stages).size === 1) consensus = { kind: 'stage', stage: first.stage, ...extras(taking) };
    else if (first.kind === 'risk' && dims && RISK_DIMENSIONS.every((d) => new Set(dims[d]).size <= 1)) {
      const risk: RiskAnswer = { kind: 'risk' };
      for (const d of RISK_DIMENSIONS) {
        const value = dims[d][0];
        if (value !== undefined) risk[d] = value;
      }
      consensus = { ...risk, ...extras(taking) };
    } else if (first.kind === 'profile' && positions === 1) consensus = { kind: 'profile', value: cloneJson(first.value) };
  }
  if (consensus) return { agreed: true, noPosition: false, positions, consensus, suggestion: null, spread, riskSpread };
  return { agreed: false, noPosition: false, positions, consensus: null, suggestion: suggest(item, answers, dims), spread, riskSpread };
}

/** What makes two answers the same position (extras such as notes do not count). */
function positionKey(a: Answer): string {
  switch (a.kind) {
    case 'stage':
      return `stage:${a.stage}`;
    case 'risk':
      return `risk:${RISK_DIMENSIONS.map((d) => a[d] ?? '-').join('/')}`;
    case 'profile':
      return `profile:${JSON.stringify(Array.isArray(a.value) ? [...new Set(a.value)].sort() : a.value.trim())}`;
    default:
      return a.kind;
  }
}

function suggest(item: Item, answers: readonly Answer[], dims: RiskValues | null): Answer | null {
  if (item.type === 'indicator') {
    const stages = answers.flatMap((a) => (a.kind === 'stage' ? [a.stage] : []));
    return stages.length > 0 ? { kind: 'stage', stage: lowerMedian(stages)! } : { kind: 'not-applicable' };
  }
  if (item.type === 'risk') {
    const risk: RiskAnswer = { kind: 'risk' };
    for (const d of RISK_DIMENSIONS) {
      const m = lowerMedian(dims?.[d] ?? []);
      if (m !== null) risk[d] = m;
    }
    return RISK_DIMENSIONS.some((d) => risk[d] !== undefined) ? risk : { kind: 'not-applicable' };
  }
  // Profile questions: the most common answer; the earliest respondent breaks ties.
  const tally = new Map<string, { answer: Answer; n: number }>();
  for (const a of answers) {
    const key = positionKey(a);
    const held = tally.get(key);
    if (held) held.n++;
    else tally.set(key, { answer: a, n: 1 });
  }
  const best = [...tally.values()].reduce<{ answer: Answer; n: number } | null>((x, y) => (x === null || y.n > x.n ? y : x), null);
  return best ? cloneJson(best.answer) : null;
}

type RiskValues = Record<(typeof RISK_DIMENSIONS)[number], number[]>;

/** The values the risk answers give for each dimension, gathered once per item. */
function dimensions(answers: readonly Answer[]): RiskValues {
  const values: RiskValues = { likelihood: [], impact: [], preparedness: [] };
  for (const a of answers) {
    if (a.kind !== 'risk') continue;
    for (const d of RISK_DIMENSIONS) if (a[d] !== undefined) values[d].push(a[d]);
  }
  return values;
}

function spreadOf(values: readonly number[]): number | null {
  return values.length < 2 ? null : Math.max(...values) - Math.min(...values);
}

function maxOrNull(values: readonly (number | null)[]): number | null {
  const numbers = values.filter((v): v is number => v !== null);
  return numbers.length === 0 ? null : Math.max(...numbers);
}

function lowerMedian(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

/**
 * The consensus answer's confidence, notes and evidence: the middle (lower
 * median) confidence mark; texts kept once when everyone wrote the same,
 * otherwise one line per respondent ("Name: text").
 */
function mergedExtras(list: readonly (Entry & { answer: Answer })[]): { confidence?: Confidence; notes?: string; evidence?: string } {
  const out: { confidence?: Confidence; notes?: string; evidence?: string } = {};
  const marks = list.flatMap((e) => (e.answer.kind !== 'profile' && e.answer.confidence ? [CONFIDENCE_ORDER.indexOf(e.answer.confidence)] : []));
  const middle = lowerMedian(marks);
  if (middle !== null) out.confidence = CONFIDENCE_ORDER[middle]!;
  for (const field of ['notes', 'evidence'] as const) {
    const texts = list.flatMap((e) => {
      const text = e.answer.kind === 'profile' ? undefined : e.answer[field];
      return text && text.trim() ? [{ name: e.name, text: text.trim() }] : [];
    });
    if (texts.length === 0) continue;
    const distinct = [...new Set(texts.map((t) => t.text))];
    const joined = distinct.length === 1 ? distinct[0]! : texts.map((t) => `${t.name}: ${t.text}`).join('\n');
    out[field] = joined.length > MAX_FREE_TEXT ? `${joined.slice(0, MAX_FREE_TEXT - 1)}…` : joined;
  }
  return out;
}

// ---------------------------------------------------------------------------
// Inside: fitting answers to the questionnaire, ordering, comparing files.

interface Candidate {
  file: number;
  respondent: Respondent;
  answers: Answers;
  /** Canonical JSON of who and what (not when): equal keys are the same content. See contentKey. */
  key?: string;
}

/**
 * The candidate's key, made the first time it is compared: most imports (one file per
 * respondent, none held yet) never compare contents, and the key of fifty complete
 * files was a fifth of merging them.
 */
function contentKey(c: Candidate): string {
  return (c.key ??= canonical({ respondent: withoutTime(c.respondent), answers: c.answers }));
}

const ANSWER_KINDS: Record<Item['type'], readonly Answer['kind'][]> = {
  indicator: ['stage', 'dont-know', 'not-applicable'],
  risk: ['risk', 'dont-know', 'not-applicable'],
  choice: ['profile'],
  multi: ['profile'],
  text: ['profile'],
};

/** Why an answer does not fit an item, or null when it does. */
export function answerProblem(item: Item, answer: Answer): Message | null {
  if (!ANSWER_KINDS[item.type].includes(answer.kind)) return message('answer.wrongKind', { kind: answer.kind, type: item.type });
  if (answer.kind !== 'profile') return null;
  if (item.type === 'multi' && !Array.isArray(answer.value)) return message('answer.notList');
  if ((item.type === 'choice' || item.type === 'text') && Array.isArray(answer.value)) return message('answer.notSingle', { type: item.type });
  if ((item.type === 'choice' || item.type === 'multi') && item.options) {
    const allowed = new Set(item.options.map((o) => o.value));
    const wrong = (Array.isArray(answer.value) ? answer.value : [answer.value]).find((v) => !allowed.has(v));
    if (wrong !== undefined) return message('answer.notAnOption', { value: quote(wrong) });
  }
  return null;
}

function fitAnswers(index: ReturnType<typeof indexItems>, q: Questionnaire, answers: Answers, version: string): { answers: Answers; dropped: { itemId: string; reason: Message }[] } {
  const kept: Answers = {};
  const dropped: { itemId: string; reason: Message }[] = [];
  for (const [itemId, answer] of Object.entries(answers)) {
    const located = index.get(itemId);
    if (!located) {
      dropped.push({ itemId, reason: version === q.version ? message('import.notInQuestionnaire', { questionnaire: q.id }) : message('import.notInVersion', { version: q.version }) });
      continue;
    }
    const problem = answerProblem(located.item, answer);
    if (problem) dropped.push({ itemId, reason: problem });
    else kept[itemId] = answer;
  }
  return { answers: orderAnswers(q, kept), dropped };
}

/** Answers in questionnaire order, then any others by id: one layout for the same content. */
export function orderAnswers(q: Questionnaire, answers: Answers): Answers {
  if (inOrder.get(answers) === q) return answers;
  const out: Answers = {};
  for (const section of q.sections) for (const item of section.items) if (answers[item.id] !== undefined) out[item.id] = answers[item.id]!;
  for (const id of Object.keys(answers).sort()) if (!(id in out)) out[id] = answers[id]!;
  inOrder.set(out, q);
  return out;
}

/**
 * Answer maps orderAnswers made, with their questionnaire: an imported file's answers are
 * ordered when they are fitted and need not be again when the assessment is normalised.
 * Answer maps are never changed once made (every edit makes a new one).
 */
const inOrder = new WeakMap<Answers, Questionnaire>();

/**
 * The responses maps normalise made, with the questionnaire they are in order
 * for. A decision changes no response, so the next normalise keeps the map as
 * it is instead of ordering every respondent's answers again (with fifty
 * respondents that was most of a decision's work, and a copy of every answer
 * map kept in the undo history).
 */
const orderedResponses = new WeakMap<Readonly<Record<string, Answers>>, Questionnaire>();

function orderResponses(q: Questionnaire, given: Readonly<Record<string, Answers>>): Record<string, Answers> {
  if (orderedResponses.get(given) === q) return given;
  const responses: Record<string, Answers> = {};
  for (const id of Object.keys(given).sort(compareIds)) responses[id] = orderAnswers(q, given[id]!);
  orderedResponses.set(responses, q);
  return responses;
}

const sortedById = (list: readonly Respondent[]) => list.every((r, i) => i === 0 || compareIds(list[i - 1]!.id, r.id) <= 0);

/** Respondents, responses and resolutions sorted by id; answers in questionnaire order. */
function normalise(q: Questionnaire, a: Assessment): Assessment {
  const respondents = sortedById(a.respondents) ? a.respondents : [...a.respondents].sort((x, y) => compareIds(x.id, y.id));
  const responses = orderResponses(q, a.responses);
  const resolutions: Record<string, Resolution> = {};
  for (const id of Object.keys(a.resolutions).sort(compareIds)) resolutions[id] = a.resolutions[id]!;
  return { ...a, respondents, responses, resolutions, answers: orderAnswers(q, a.answers) };
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

const compareIds = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function newer(a: Candidate, b: Candidate): boolean {
  const ta = time(a.respondent.exportedAt ?? '');
  const tb = time(b.respondent.exportedAt ?? '');
  return ta !== tb ? ta > tb : contentKey(a) > contentKey(b);
}

const time = (iso: string) => {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? -Infinity : t;
};

/** Names compared as people read them: case, accents' encoding and spacing aside. */
const identityKey = (text: string) => text.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();

function sameIdentity(a: Identity, b: Identity): boolean {
  return identityKey(a.name) === identityKey(b.name) && identityKey(a.agency) === identityKey(b.agency);
}

const identityOf = (r: Identity): Identity => ({ name: r.name, agency: r.agency });

/** "id-2", "id-3"…: the first not taken. */
function freshId(id: string, taken: ReadonlySet<string>): string {
  const stem = id.slice(0, 150);
  for (let n = 2; ; n++) if (!taken.has(`${stem}-${n}`)) return `${stem}-${n}`;
}

function withoutTime(r: Respondent): Omit<Respondent, 'exportedAt'> {
  return { id: r.id, name: r.name, agency: r.agency, role: r.role };
}

/** JSON with object keys sorted at every level: equal data, equal text. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (v !== null && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => compareIds(a, b))) : v));
}

/** A deep copy of plain JSON data (answers are plain JSON). */
function cloneJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
