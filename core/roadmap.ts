import { riskPriority } from './priorities';
import { indexItems } from './questionnaire';
import { scoreAssessment } from './scoring';
import type { Assessment, ActionEdit } from './schema/assessment';
import type { Action, ActionLibrary, CostBand, Channel, LeadActor, Phase, Trigger } from './schema/actions';
import type { Area, Questionnaire } from './schema/questionnaire';
import type { LocalizedText } from './schema/text';

export interface RoadmapAction {
  id: string;
  area: Area;
  phase: Phase;
  title: LocalizedText;
  description: LocalizedText;
  lead: LeadActor;
  partners: LeadActor[];
  channels: Channel[];
  /** Prerequisites that are themselves in the roadmap. */
  prerequisites: string[];
  cost: CostBand | null;
  successIndicator: LocalizedText | null;
  /** Item ids whose answers triggered the action. */
  why: string[];
  /** How pressing: the largest weighted gap or scaled risk priority among its triggers. */
  urgency: number;
  pilot: boolean;
  owner: string;
  due: string | null;
  /** The user changed it; kept even when answers no longer trigger it. */
  edited: boolean;
  custom: boolean;
  /** Why it sits later than its library phase, when it does. */
  note: 'pushed-by-capacity' | 'after-prerequisite' | 'kept-edited' | null;
}

export interface Roadmap {
  actions: RoadmapAction[];
  /** Triggered but beyond the 5-year horizon once every phase is full. */
  deferred: RoadmapAction[];
  /** Triggered actions the user dropped (they can be restored). */
  dropped: string[];
  phaseCap: number;
}

/** Risk priority (0–1) scaled so it ranks alongside weighted stage gaps (up to about 6). */
const RISK_URGENCY_SCALE = 5;

type RoadmapInput = Pick<Assessment, 'answers' | 'targets' | 'modules' | 'roadmap'>;

/** Triggered actions with why and urgency, before scheduling. */
export function triggeredActions(q: Questionnaire, library: ActionLibrary, assessment: RoadmapInput): Map<string, { action: Action; why: string[]; urgency: number }> {
  const items = indexItems(q);
  const targets = new Map(scoreAssessment(q, assessment).map((s) => [s.section, s.target]));
  const urgencyOf = (trigger: Trigger): number | null => {
    const located = items.get(trigger.item);
    const answer = assessment.answers[trigger.item];
    if (!located || !answer) return null;
    if (located.item.type === 'indicator' && answer.kind === 'stage') {
      const target = targets.get(located.section.id);
      const inRange = answer.stage >= trigger.fromStage && answer.stage <= trigger.toStage;
      return inRange && target !== undefined && target > answer.stage ? (target - answer.stage) * located.item.weight : null;
    }
    if (located.item.type === 'risk' && answer.kind === 'risk' && answer.preparedness !== undefined) {
      if (answer.preparedness < trigger.fromStage || answer.preparedness > trigger.toStage) return null;
      return RISK_URGENCY_SCALE * riskPriority(answer.likelihood ?? 3, answer.impact ?? 3, answer.preparedness);
    }
    return null;
  };
  const triggered = new Map<string, { action: Action; why: string[]; urgency: number }>();
  for (const action of library.actions) {
    const hits = action.triggers.map((t) => [t.item, urgencyOf(t)] as const).filter((h): h is readonly [string, number] => h[1] !== null);
    if (hits.length > 0) triggered.set(action.id, { action, why: [...new Set(hits.map(([id]) => id))], urgency: Math.max(...hits.map(([, u]) => u)) });
  }
  return triggered;
}

/**
 * Builds the roadmap: triggered actions plus the ones the user edited or
 * added, ordered by urgency, scheduled so no action precedes a prerequisite,
 * each phase holding at most phaseCap actions (the rest move later).
 */
export function buildRoadmap(q: Questionnaire, library: ActionLibrary, assessment: RoadmapInput): Roadmap {
  const { edits, custom, phaseCap } = assessment.roadmap;
  const triggered = triggeredActions(q, library, assessment);
  const byId = new Map(library.actions.map((a) => [a.id, a]));
  const candidates = new Map<string, { action: Action; why: string[]; urgency: number; kept: boolean }>();
  for (const [id, t] of triggered) candidates.set(id, { ...t, kept: false });
  for (const [id, edit] of Object.entries(edits)) {
    const action = byId.get(id);
    if (action && !candidates.has(id) && isMeaningfulEdit(edit)) candidates.set(id, { action, why: [], urgency: 0, kept: true });
  }
  const dropped = [...candidates.keys()].filter((id) => edits[id]?.status === 'dropped').sort();
  for (const id of dropped) candidates.delete(id);

  const load: Record<Phase, number> = { 1: 0, 2: 0, 3: 0 };
  const placed = new Map<string, RoadmapAction>();
  const deferred: RoadmapAction[] = [];
  for (const id of schedulingOrder(candidates)) {
    const { action, why, urgency, kept } = candidates.get(id)!;
    const edit = edits[id] ?? {};
    const prerequisites = action.prerequisites.filter((p) => candidates.has(p));
    if (prerequisites.some((p) => !placed.has(p))) {
      deferred.push(toRoadmapAction(action, edit, 3, prerequisites, why, urgency, null));
      continue;
    }
    const wanted = edit.phase ?? action.phase;
    const afterPrerequisites = Math.max(wanted, ...prerequisites.map((p) => placed.get(p)!.phase)) as Phase;
    const phase = ([1, 2, 3] as const).find((p) => p >= afterPrerequisites && load[p] < phaseCap);
    const note = kept ? 'kept-edited' : afterPrerequisites > wanted ? 'after-prerequisite' : phase !== undefined && phase > afterPrerequisites ? 'pushed-by-capacity' : null;
    if (phase === undefined) {
      deferred.push(toRoadmapAction(action, edit, 3, prerequisites, why, urgency, 'pushed-by-capacity'));
      continue;
    }
    load[phase]++;
    placed.set(id, toRoadmapAction(action, edit, phase, prerequisites, why, urgency, note));
  }
  const actions = [...placed.values(), ...custom.map(customToRoadmapAction)];
  actions.sort((a, b) => a.phase - b.phase || b.urgency - a.urgency);
  return { actions: stableByPrerequisites(actions), deferred, dropped, phaseCap };
}

function isMeaningfulEdit(edit: ActionEdit): boolean {
  return edit.status === 'accepted' || edit.phase !== undefined || Boolean(edit.owner || edit.due || edit.title || edit.description);
}

/**
 * Prerequisites first. Among ready actions, areas take turns: every area's
 * most urgent action comes before any area's second, and so on, so the
 * roadmap stays a balanced portfolio across pillars and priorities; within a
 * round the most urgent goes first; the id breaks ties.
 */
function schedulingOrder(candidates: ReadonlyMap<string, { action: Action; urgency: number }>): string[] {
  const byUrgency = (a: string, b: string) => candidates.get(b)!.urgency - candidates.get(a)!.urgency || a.localeCompare(b);
  const round = new Map<string, number>();
  const perArea = new Map<string, number>();
  for (const id of [...candidates.keys()].sort(byUrgency)) {
    const area = candidates.get(id)!.action.area;
    round.set(id, perArea.get(area) ?? 0);
    perArea.set(area, (perArea.get(area) ?? 0) + 1);
  }
  const order: string[] = [];
  const remaining = new Set(candidates.keys());
  const blocked = (id: string) => candidates.get(id)!.action.prerequisites.some((p) => remaining.has(p) && p !== id);
  while (remaining.size > 0) {
    const ready = [...remaining].filter((id) => !blocked(id));
    // A prerequisite cycle cannot pass validation; if one slips through, break it rather than loop.
    const pool = ready.length > 0 ? ready : [...remaining];
    pool.sort((a, b) => round.get(a)! - round.get(b)! || byUrgency(a, b));
    const next = pool[0]!;
    order.push(next);
    remaining.delete(next);
  }
  return order;
}

/** Within a phase, moves each action after the prerequisites it shares the phase with. */
function stableByPrerequisites(actions: RoadmapAction[]): RoadmapAction[] {
  const out: RoadmapAction[] = [];
  const done = new Set<string>();
  const pending = [...actions];
  while (pending.length > 0) {
    const index = pending.findIndex((a) => a.prerequisites.every((p) => done.has(p) || !pending.some((x) => x.id === p)));
    const [next] = pending.splice(index === -1 ? 0 : index, 1);
    out.push(next!);
    done.add(next!.id);
  }
  return out;
}

function toRoadmapAction(action: Action, edit: ActionEdit, phase: Phase, prerequisites: string[], why: string[], urgency: number, note: RoadmapAction['note']): RoadmapAction {
  return {
    id: action.id,
    area: action.area,
    phase,
    title: edit.title ? { en: edit.title } : action.title,
    description: edit.description ? { en: edit.description } : action.description,
    lead: action.lead,
    partners: action.partners,
    channels: action.channels,
    prerequisites,
    cost: action.cost,
    successIndicator: action.successIndicator,
    why,
    urgency,
    pilot: action.pilot,
    owner: edit.owner ?? '',
    due: edit.due ?? null,
    edited: Object.keys(edit).length > 0,
    custom: false,
    note,
  };
}

function customToRoadmapAction(action: Assessment['roadmap']['custom'][number]): RoadmapAction {
  return {
    id: action.id,
    area: action.area,
    phase: action.phase,
    title: { en: action.title },
    description: { en: action.description },
    lead: action.lead,
    partners: [],
    channels: [],
    prerequisites: [],
    cost: null,
    successIndicator: null,
    why: [],
    urgency: 0,
    pilot: false,
    owner: action.owner,
    due: action.due ?? null,
    edited: true,
    custom: true,
    note: null,
  };
}
