import { rankRisks, type PriorityBand } from '../method/priorities';
import { message, MessageError, type Message } from '../model/message';
import { oneLine } from '../model/schema/parse';
import { indexItems } from '../model/questionnaire';
import { buildRoadmap } from '../method/roadmap';
import { scoreAssessment } from '../method/scoring';
import { isStageTrigger, type ActionLibrary } from '../model/schema/actions';
import type { Assessment } from '../model/schema/assessment';
import type { Area, Questionnaire, Section } from '../model/schema/questionnaire';
import type { LocalizedText } from '../model/schema/text';

/*
 * A year later: the same institution answers again and compares with its
 * previous assessment. Both are read with the current questionnaire and action
 * library, so items a newer version dropped simply do not count.
 */

export interface SectionDelta {
  section: string;
  kind: Section['kind'];
  previous: number | null;
  current: number | null;
  /** current − previous; null unless both have a score. */
  delta: number | null;
}

export interface RiskDelta {
  risk: string;
  section: string;
  previous: number | null;
  current: number | null;
  /** current − previous priority (0–1); negative means less pressing now. */
  delta: number | null;
  previousBand: PriorityBand | null;
  currentBand: PriorityBand | null;
  previousRank: number | null;
  currentRank: number | null;
}

export interface TriggerProgress {
  item: string;
  /** The trigger's range on the stage scale (preparedness for risks). */
  fromStage: number;
  toStage: number;
  previous: number | null;
  current: number | null;
  /** The item now sits above the range that triggered the action. */
  above: boolean;
}

export interface ActionProgress {
  id: string;
  area: Area;
  /** The phase it had in the previous roadmap. */
  phase: 1 | 2 | 3;
  title: LocalizedText;
  /** Done: every trigger item now sits above its trigger range. */
  done: boolean;
  triggers: TriggerProgress[];
}

export interface BaselineComparison {
  previous: { id: string; assessmentDate: string; questionnaireVersion: string };
  current: { id: string; assessmentDate: string; questionnaireVersion: string };
  /** Warnings for the reader (another institution, another questionnaire version…). */
  warnings: Message[];
  /** Pillars and modules, in questionnaire order. */
  sections: SectionDelta[];
  /** Risks either assessment rated fully, in questionnaire order. */
  risks: RiskDelta[];
  /** Library actions of the previous roadmap (custom ones cannot be checked), in its order. */
  actions: ActionProgress[];
  /** Ids of the previous roadmap's actions that are now done. */
  done: string[];
}

/**
 * Compares an assessment with a previous one of the same institution:
 * per-section score deltas, per-risk priority deltas, and which actions of
 * the previous roadmap are now done (every trigger item above its trigger
 * range). Throws a MessageError when the two answer different questionnaires.
 */
export function compareWithBaseline(q: Questionnaire, library: ActionLibrary, current: Assessment, previous: Assessment): BaselineComparison {
  if (current.questionnaire.id !== q.id || previous.questionnaire.id !== q.id)
    throw new MessageError(message('baseline.otherQuestionnaire', { questionnaire: q.id, previous: previous.questionnaire.id, current: current.questionnaire.id }));
  const warnings: Message[] = [];
  const norm = (s: string) => s.normalize('NFKC').trim().toLowerCase();
  if (norm(current.meta.institution) !== norm(previous.meta.institution))
    warnings.push(message('baseline.otherInstitution', { previous: oneLine(previous.meta.institution, 100), current: oneLine(current.meta.institution, 100) }));
  if (previous.meta.assessmentDate > current.meta.assessmentDate) warnings.push(message('baseline.datedAfter'));
  if (previous.questionnaire.version !== current.questionnaire.version) warnings.push(message('baseline.otherVersion', { previous: previous.questionnaire.version, current: current.questionnaire.version }));

  // A baseline carried over from an earlier major version is compared on the questions both versions ask alike.
  if (previous.migratedFrom !== undefined) {
    const common = commonItems(previous);
    warnings.push(message('baseline.commonItems', { count: common.size }));
    previous = onlyItems(previous, common);
    current = onlyItems(current, common);
  }

  // Scores over the sections either assessment uses (modules may differ).
  const modules = [...new Set([...previous.modules, ...current.modules])];
  const before = new Map(scoreAssessment(q, { ...previous, modules }).map((s) => [s.section, s]));
  const after = new Map(scoreAssessment(q, { ...current, modules }).map((s) => [s.section, s]));
  const sections: SectionDelta[] = [...after.values()].map((s) => {
    const p = before.get(s.section)?.score ?? null;
    return { section: s.section, kind: s.kind, previous: p, current: s.score, delta: p !== null && s.score !== null ? s.score - p : null };
  });

  const risksBefore = new Map(rankRisks(q, { ...previous, modules }).map((r) => [r.risk, r]));
  const risksAfter = new Map(rankRisks(q, { ...current, modules }).map((r) => [r.risk, r]));
  const risks: RiskDelta[] = [];
  for (const { item, section } of indexItems(q).values()) {
    const p = risksBefore.get(item.id);
    const c = risksAfter.get(item.id);
    if (!p && !c) continue;
    risks.push({
      risk: item.id,
      section: section.id,
      previous: p?.priority ?? null,
      current: c?.priority ?? null,
      delta: p && c ? c.priority - p.priority : null,
      previousBand: p?.band ?? null,
      currentBand: c?.band ?? null,
      previousRank: p?.rank ?? null,
      currentRank: c?.rank ?? null,
    });
  }

  const libraryById = new Map(library.actions.map((a) => [a.id, a]));
  const actions: ActionProgress[] = [];
  for (const planned of buildRoadmap(q, library, previous, scoreAssessment(q, previous)).actions) {
    const action = libraryById.get(planned.id);
    if (planned.custom || !action) continue;
    if (action.step === 'find-out') {
      // A fact-finding step is done once every answer it was to settle is known, and no longer marked low confidence.
      const settled = planned.why.every((id) => isSettled(current.answers[id]));
      actions.push({ id: planned.id, area: planned.area, phase: planned.phase, title: planned.title, done: settled, triggers: [] });
      continue;
    }
    const stageTriggers = action.triggers.filter(isStageTrigger);
    // Progress is read on the stage scale; an action triggered otherwise (a strength) has none to read.
    if (stageTriggers.length === 0) continue;
    const triggers = stageTriggers.map((t): TriggerProgress => {
      const now = stageOf(current, t.item);
      return { item: t.item, fromStage: t.fromStage, toStage: t.toStage, previous: stageOf(previous, t.item), current: now, above: now !== null && now > t.toStage };
    });
    actions.push({ id: planned.id, area: planned.area, phase: planned.phase, title: planned.title, done: triggers.every((t) => t.above), triggers });
  }

  const describe = (a: Assessment) => ({ id: a.id, assessmentDate: a.meta.assessmentDate, questionnaireVersion: a.questionnaire.version });
  return { previous: describe(previous), current: describe(current), warnings, sections, risks, actions, done: actions.filter((a) => a.done).map((a) => a.id) };
}

function isSettled(answer: Assessment['answers'][string] | undefined): boolean {
  if (answer === undefined || answer.kind === 'dont-know' || answer.kind === 'profile') return false;
  return answer.confidence !== 'low' && !(answer.kind === 'risk' && (answer.unknown ?? []).length > 0);
}

/** The stage an item sits at: the stage of an indicator, the preparedness of a risk; null otherwise. */
function stageOf(assessment: Pick<Assessment, 'answers'>, itemId: string): number | null {
  const answer = assessment.answers[itemId];
  if (answer?.kind === 'stage') return answer.stage;
  if (answer?.kind === 'risk') return answer.preparedness ?? null;
  return null;
}

/** Items a migrated baseline answered itself: not new in this version, not a part of a split item still to confirm. */
function commonItems(previous: Assessment): Set<string> {
  return new Set(Object.keys(previous.answers).filter((id) => !(id in (previous.toConfirm ?? {}))));
}

function onlyItems(assessment: Assessment, items: ReadonlySet<string>): Assessment {
  return { ...assessment, answers: Object.fromEntries(Object.entries(assessment.answers).filter(([id]) => items.has(id))) };
}
