import { compareIds, riskPriority } from './priorities';
import { activeSections, indexItems, relevantItems } from '../model/questionnaire';
import { scoreAssessment } from './scoring';
import type { Assessment, ActionEdit, CustomAction } from '../model/schema/assessment';
import type { Action, ActionLibrary, CostBand, Channel, LeadActor, Phase, Trigger } from '../model/schema/actions';
import type { Area, Questionnaire } from '../model/schema/questionnaire';
import type { LocalizedText } from '../model/schema/text';

export interface RoadmapAction {
  id: string;
  area: Area;
  phase: Phase;
  title: LocalizedText;
  description: LocalizedText;
  lead: LeadActor;
  partners: LeadActor[];
  channels: Channel[];
  /** Prerequisites that are themselves in the roadmap (scheduled, or deferred with it). */
  prerequisites: string[];
  cost: CostBand | null;
  successIndicator: LocalizedText | null;
  /** Item ids whose answers triggered the action (each satisfies one of its triggers). */
  why: string[];
  /** How pressing: the largest weighted gap or scaled risk priority among its triggers (0 when none). */
  urgency: number;
  pilot: boolean;
  owner: string;
  due: string | null;
  /** The user changed it (accepted, moved, assigned, retitled) or added it; kept even when answers no longer trigger it. */
  edited: boolean;
  custom: boolean;
  /** Why it sits later than the phase it asked for (the user's or the library's), or why it is there at all. */
  note: 'pushed-by-capacity' | 'after-prerequisite' | 'kept-edited' | null;
}

export interface Roadmap {
  /** Scheduled actions: by phase; within a phase the most urgent first, never before a prerequisite. */
  actions: RoadmapAction[];
  /** Candidates that found no place within the 5-year horizon (every phase full, or a prerequisite deferred). */
  deferred: RoadmapAction[];
  /** Triggered actions the user dropped (they can be restored), sorted. */
  dropped: string[];
  phaseCap: number;
}

export interface TriggeredAction {
  action: Action;
  why: string[];
  urgency: number;
}

/** Risk priority (0–1) scaled so it ranks alongside weighted stage gaps (up to about 6). */
export const RISK_URGENCY_SCALE = 5;
/** Likelihood or impact assumed for a risk whose preparedness is answered but not its likelihood or impact. */
export const ASSUMED_RISK_FACTOR = 3;

const PHASE_LIST = [1, 2, 3] as const;

type RoadmapInput = Pick<Assessment, 'answers' | 'targets' | 'modules' | 'roadmap'>;

/**
 * Triggered actions with why and urgency, before scheduling, in library order.
 * Only items that are asked count: an item of a module left out, or hidden by
 * skip logic, triggers nothing even if an old answer is still stored.
 */
export function triggeredActions(q: Questionnaire, library: ActionLibrary, assessment: Pick<Assessment, 'answers' | 'targets' | 'modules'>): Map<string, TriggeredAction> {
  const items = indexItems(q);
  const asked = new Set(activeSections(q, assessment.modules).flatMap((s) => relevantItems(s, assessment.answers).map((i) => i.id)));
  const targets = new Map(scoreAssessment(q, assessment).map((s) => [s.section, s.target]));
  const urgencyOf = (trigger: Trigger): number | null => {
    const located = items.get(trigger.item);
    const answer = assessment.answers[trigger.item];
    if (!located || !answer || !asked.has(trigger.item)) return null;
    if (located.item.type === 'indicator' && answer.kind === 'stage') {
      const target = targets.get(located.section.id);
      const inRange = answer.stage >= trigger.fromStage && answer.stage <= trigger.toStage;
      return inRange && target !== undefined && target > answer.stage ? (target - answer.stage) * located.item.weight : null;
    }
    if (located.item.type === 'risk' && answer.kind === 'risk' && answer.preparedness !== undefined) {
      if (answer.preparedness < trigger.fromStage || answer.preparedness > trigger.toStage) return null;
      return RISK_URGENCY_SCALE * riskPriority(answer.likelihood ?? ASSUMED_RISK_FACTOR, answer.impact ?? ASSUMED_RISK_FACTOR, answer.preparedness);
    }
    return null;
  };
  const triggered = new Map<string, TriggeredAction>();
  for (const action of library.actions) {
    const hits = action.triggers.map((t) => [t.item, urgencyOf(t)] as const).filter((h): h is readonly [string, number] => h[1] !== null);
    if (hits.length > 0) triggered.set(action.id, { action, why: [...new Set(hits.map(([id]) => id))], urgency: Math.max(...hits.map(([, u]) => u)) });
  }
  return triggered;
}

/** A roadmap candidate before scheduling; `action.phase` is the phase it asks for. */
interface Candidate {
  action: RoadmapAction;
  /** Its prerequisites that are candidates too (dropped or untriggered ones no longer hold it back). */
  requires: string[];
  /** Edited, or added by the user: user decisions take the places in each phase first. */
  userPlaced: boolean;
  /** Edited and no longer triggered. */
  kept: boolean;
}

/**
 * Builds the roadmap from the triggered actions, the user's edits and custom actions:
 *
 * 1. Candidates: every triggered action, plus every library action the user
 *    edited (kept even when no longer triggered), plus custom actions; minus
 *    the actions the user dropped (a drop wins over any other edit).
 * 2. Order (schedulingOrder): prerequisites first; then user decisions
 *    (edited and custom actions, and what they need); then areas take turns;
 *    then urgency; then id. An action is as urgent as the most urgent action
 *    that needs it.
 * 3. Placement, in that order: the phase asked for (the user's move, else the
 *    library's), never before a prerequisite's phase; if that phase already
 *    holds phaseCap actions, the next phase with room; if none, deferred, and
 *    so is every action that needs it.
 */
export function buildRoadmap(q: Questionnaire, library: ActionLibrary, assessment: RoadmapInput): Roadmap {
  const { edits, custom, phaseCap } = assessment.roadmap;
  const triggered = triggeredActions(q, library, assessment);
  const editOf = (id: string): ActionEdit => (Object.hasOwn(edits, id) ? edits[id]! : {});
  const isDropped = (id: string) => editOf(id).status === 'dropped';

  const candidates = new Map<string, Candidate>();
  for (const action of library.actions) {
    const edit = editOf(action.id);
    const hit = triggered.get(action.id);
    const edited = isMeaningfulEdit(edit);
    if (isDropped(action.id) || (!hit && !edited)) continue;
    candidates.set(action.id, {
      action: libraryToRoadmapAction(action, edit, hit?.why ?? [], hit?.urgency ?? 0, edited),
      requires: [],
      userPlaced: edited,
      kept: !hit,
    });
  }
  for (const action of custom) {
    if (!candidates.has(action.id)) candidates.set(action.id, { action: customToRoadmapAction(action), requires: [], userPlaced: true, kept: false });
  }
  const libraryById = new Map(library.actions.map((a) => [a.id, a]));
  for (const [id, candidate] of candidates) {
    candidate.requires = [...new Set(libraryById.get(id)?.prerequisites ?? [])].filter((p) => p !== id && candidates.has(p));
  }

  const urgency = effectiveUrgency(candidates);
  const order = schedulingOrder(candidates, urgency);
  const load: Record<Phase, number> = { 1: 0, 2: 0, 3: 0 };
  const placed = new Map<string, RoadmapAction>();
  const deferred: RoadmapAction[] = [];
  for (const id of order) {
    const { action, requires, kept } = candidates.get(id)!;
    const out = { ...action, prerequisites: requires };
    if (requires.some((p) => !placed.has(p))) {
      deferred.push({ ...out, phase: 3, note: kept ? 'kept-edited' : 'after-prerequisite' });
      continue;
    }
    const earliest = Math.max(action.phase, ...requires.map((p) => placed.get(p)!.phase)) as Phase;
    const phase = PHASE_LIST.find((p) => p >= earliest && load[p] < phaseCap);
    const note = kept ? 'kept-edited' : phase === undefined || phase > earliest ? 'pushed-by-capacity' : earliest > action.phase ? 'after-prerequisite' : null;
    if (phase === undefined) {
      deferred.push({ ...out, phase: 3, note });
      continue;
    }
    load[phase]++;
    placed.set(id, { ...out, phase, note });
  }

  // Within a phase: most urgent first (as urgent as what needs it), then scheduling order.
  // A prerequisite is never later in the list: its phase is not later, its effective
  // urgency is not lower, and it was scheduled first.
  const position = new Map(order.map((id, i) => [id, i]));
  const actions = [...placed.values()].sort((a, b) => a.phase - b.phase || urgency.get(b.id)! - urgency.get(a.id)! || position.get(a.id)! - position.get(b.id)!);
  const dropped = [...triggered.keys()].filter(isDropped).sort(compareIds);
  return { actions, deferred, dropped, phaseCap };
}

/** An edit that is a user decision: accepted, moved, assigned, dated or reworded. */
function isMeaningfulEdit(edit: ActionEdit): boolean {
  return edit.status === 'accepted' || edit.phase !== undefined || Boolean(edit.owner?.trim() || edit.due || edit.title?.trim() || edit.description?.trim());
}

/** Each candidate with its transitive dependents (the candidates that need it, directly or not). */
function withDependents(candidates: ReadonlyMap<string, Candidate>): Map<string, string[]> {
  const neededBy = new Map<string, string[]>([...candidates.keys()].map((id) => [id, []]));
  for (const [id, c] of candidates) for (const p of c.requires) neededBy.get(p)!.push(id);
  const closure = new Map<string, string[]>();
  for (const id of candidates.keys()) {
    const seen = new Set<string>([id]);
    const stack = [id];
    while (stack.length > 0) {
      for (const d of neededBy.get(stack.pop()!)!) {
        if (seen.has(d)) continue;
        seen.add(d);
        stack.push(d);
      }
    }
    closure.set(id, [...seen]);
  }
  return closure;
}

/** An action is as urgent as the most urgent candidate that needs it, or as its own triggers make it. */
function effectiveUrgency(candidates: ReadonlyMap<string, Candidate>): Map<string, number> {
  return new Map([...withDependents(candidates)].map(([id, ids]) => [id, Math.max(...ids.map((d) => candidates.get(d)!.action.urgency))]));
}

/**
 * The order in which candidates take places. Repeatedly, among the candidates
 * whose prerequisites are all ordered ("ready"), the next one is:
 * user decisions (and what they need) first; then the area that has had the
 * fewest turns so far, so areas take turns and the roadmap stays a balanced
 * portfolio across pillars and priorities; then the most urgent (effective
 * urgency); then the id.
 */
function schedulingOrder(candidates: ReadonlyMap<string, Candidate>, urgency: ReadonlyMap<string, number>): string[] {
  const userFirst = new Map([...withDependents(candidates)].map(([id, ids]) => [id, ids.some((d) => candidates.get(d)!.userPlaced) ? 0 : 1]));
  const turns = new Map<Area, number>();
  const turnsOf = (id: string) => turns.get(candidates.get(id)!.action.area) ?? 0;
  const key = (a: string, b: string) => userFirst.get(a)! - userFirst.get(b)! || turnsOf(a) - turnsOf(b) || urgency.get(b)! - urgency.get(a)! || compareIds(a, b);
  const order: string[] = [];
  const remaining = new Set(candidates.keys());
  while (remaining.size > 0) {
    const ready = [...remaining].filter((id) => candidates.get(id)!.requires.every((p) => !remaining.has(p)));
    // A prerequisite cycle cannot pass validation; if one slips through, break it rather than loop.
    const next = (ready.length > 0 ? ready : [...remaining]).sort(key)[0]!;
    order.push(next);
    remaining.delete(next);
    turns.set(candidates.get(next)!.action.area, turnsOf(next) + 1);
  }
  return order;
}

function libraryToRoadmapAction(action: Action, edit: ActionEdit, why: string[], urgency: number, edited: boolean): RoadmapAction {
  return {
    id: action.id,
    area: action.area,
    phase: edit.phase ?? action.phase,
    title: edit.title?.trim() ? { en: edit.title } : action.title,
    description: edit.description?.trim() ? { en: edit.description } : action.description,
    lead: action.lead,
    partners: action.partners,
    channels: action.channels,
    prerequisites: [],
    cost: action.cost,
    successIndicator: action.successIndicator,
    why,
    urgency,
    pilot: action.pilot,
    owner: edit.owner?.trim() ?? '',
    due: edit.due ?? null,
    edited,
    custom: false,
    note: null,
  };
}

function customToRoadmapAction(action: CustomAction): RoadmapAction {
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
