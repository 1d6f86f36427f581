import { compareIds, priorityBand, riskPriority, type PriorityBand } from './priorities';
import { activeSections, indexItems, relevantItems, ruleValues, type LocatedItem } from '../model/questionnaire';
import { stageOfScore, type SectionScore } from './scoring';
import { Calendar, HORIZON_QUARTERS, PHASE_QUARTERS, phaseOfQuarter, quarterOfDate, quartersOf } from './schedule';
import { intensityOf, roleOf, tailorAction, tailoring, type Role, type Tailoring } from './tailoring';
import type { Answer, Answers, Assessment, ActionEdit, CustomAction } from '../model/schema/assessment';
import { isStageTrigger, type Action, type ActionLibrary, type CostBand, type FundingInstrument, type KpiFrequency, type LeadBody, type Phase, type Step } from '../model/schema/actions';
import { costBandOf, scaleCost } from './costs';
import type { Area, Questionnaire } from '../model/schema/questionnaire';
import type { LocalizedText } from '../model/schema/text';

export type RoadmapNote = 'pushed-by-capacity' | 'after-prerequisite' | 'after-pilot' | 'low-band' | 'kept-edited' | 'kept-unknown';
/** Why an action sits beyond the five-year horizon. */
export type BeyondReason = 'capacity' | 'prerequisite' | 'user-start';

/** How progress on an action is measured, with its baseline read from the answers. */
export interface ActionKpi {
  indicator: LocalizedText;
  /** The item measured and its current stage (a risk: its preparedness); stage null when unknown or not answered. */
  baseline: { item: string | null; stage: number | null };
  target: LocalizedText;
  verification: LocalizedText;
  frequency: KpiFrequency;
}

export interface RoadmapAction {
  id: string;
  area: Area;
  phase: Phase;
  title: LocalizedText;
  description: LocalizedText;
  /** The body that leads the action. */
  lead: LeadBody;
  partners: LeadBody[];
  /** Candidate funding instruments, likeliest first (none for an action the user added). */
  funding: FundingInstrument[];
  /** Prerequisites that are themselves in the roadmap (scheduled, or beyond the horizon with it). */
  prerequisites: string[];
  /** The band of the library's reference range (docs/methodology.md §10); it sets the effort. */
  cost: CostBand | null;
  /** USD over the whole action, scaled to the income group and rounded; null for an action the user added. */
  costLow: number | null;
  costHigh: number | null;
  costBasis: LocalizedText | null;
  /** Capital share (0–1) of the cost; the rest is recurrent. */
  capitalShare: number | null;
  /** The user marked it as funded. */
  funded: boolean;
  /** The KPI's indicator (kept for method 2.0 readers). */
  successIndicator: LocalizedText | null;
  kpi: ActionKpi | null;
  /** Item ids whose answers triggered the action (each satisfies one of its triggers). */
  why: string[];
  /** Indicators it raises and risks it reduces; for a find-out step, the items it settles. */
  addresses: string[];
  /** How pressing (0–10), docs/methodology.md §7.3: as urgent as its most urgent reason. */
  urgency: number;
  /** The assessing institution's part: lead, contribute or advocate. */
  role: Role;
  step: Step;
  pilot: boolean;
  /** For a scale-up: the pilot whose evaluation it waits for. */
  gate: string | null;
  /** Quarter of the horizon (1–20) in which it starts; null beyond the horizon. */
  startQuarter: number | null;
  months: number;
  owner: string;
  /** The start date the user set (ISO date), if any. */
  start: string | null;
  due: string | null;
  /** The user changed it (accepted, moved, assigned, dated, retitled) or added it; kept even when answers no longer trigger it. */
  edited: boolean;
  /** Edited by the user, but the answers no longer call for it: flagged, never silently removed. */
  triggerGone: boolean;
  custom: boolean;
  /** Why it sits where it does, when that is not the phase it asked for, or why it is there at all. */
  note: RoadmapNote | null;
  /** The prerequisite (or pilot) whose end sets its start, when one does. */
  after: string | null;
}

export interface DeferredAction extends RoadmapAction {
  reason: BeyondReason;
}

export interface Roadmap {
  /** Scheduled actions: by phase, then start quarter, then urgency; never before a prerequisite. */
  actions: RoadmapAction[];
  /** Candidates that found no place within the five-year horizon, most urgent first. */
  deferred: DeferredAction[];
  /** Triggered actions the user dropped (they can be restored), sorted. */
  dropped: string[];
  /** The limit on actions per phase the team set; null when capacity alone decides. */
  phaseCap: number | null;
  /** Effort points one quarter can carry (docs/methodology.md §8). */
  capacity: number;
  /** Effort booked in each of the 20 quarters. */
  load: number[];
}

/** A reason an action is triggered. */
export interface Hit {
  item: string;
  kind: 'gap' | 'risk' | 'unknown' | 'verify' | 'strong';
  /** The risk's band (rated or estimated), for risk hits. */
  band: PriorityBand | null;
  /** Risk priority 0–1 for risk hits; the weighted gap or strength for the others. */
  value: number;
}

interface TriggeredAction {
  /** The library action as the profile shapes it. */
  action: Action;
  hits: Hit[];
  why: string[];
}

/** Urgency of a risk's first response: 10 × priority, so a high-band risk (priority ≥ 0.4) reaches 4 and more. */
export const FIRST_RESPONSE_SCALE = 10;
/** Urgency of further actions on the same risk: 2 × priority, alongside a two-stage gap on the heaviest indicator. */
export const FOLLOW_UP_SCALE = 2;
/** The largest capacity-gap urgency; fact-finding and a chosen module's pilot are as urgent as that. */
export const GAP_URGENCY_MAX = 4;
/** Likelihood or impact assumed when not rated ("don't know" or not yet answered). */
export const ASSUMED_RISK_FACTOR = 3;
/** Preparedness assumed when answered "don't know": unknown capacity is no capacity. */
export const UNKNOWN_PREPAREDNESS = 1;
/** Quarters between the end of a pilot and the start of its scale-up: the evaluation. */
export const EVALUATION_QUARTERS = 1;
/** The stage a chosen module's pilot item must reach before no pilot is needed: "established". */
export const ESTABLISHED = 3;
/** Light effort and duration assumed for an action the user adds. */
const CUSTOM_MONTHS = 6;

export type RoadmapInput = Pick<Assessment, 'answers' | 'targets' | 'modules' | 'roadmap'> & Partial<Pick<Assessment, 'indicatorTargets' | 'meta'>>;

interface Context {
  q: Questionnaire;
  items: Map<string, LocatedItem>;
  asked: Set<string>;
  answers: Answers;
  scores: readonly SectionScore[];
  targets: Map<string, number>;
  maxWeight: number;
  tailoring: Tailoring;
}

function context(q: Questionnaire, assessment: RoadmapInput, scores: readonly SectionScore[]): Context {
  const items = indexItems(q);
  const values = ruleValues(assessment.answers);
  const asked = new Set(activeSections(q, assessment.modules).flatMap((s) => relevantItems(s, assessment.answers, values).map((i) => i.id)));
  const answers = Object.fromEntries(Object.entries(assessment.answers).filter(([id]) => asked.has(id)));
  const weights = [...items.values()].map(({ item }) => (item.type === 'indicator' ? item.weight : 0));
  return {
    q,
    items,
    asked,
    answers,
    scores,
    targets: new Map(scores.flatMap((s) => s.indicators.map((i) => [i.id, i.target] as const))),
    maxWeight: Math.max(1, ...weights),
    tailoring: tailoring(answers),
  };
}

/** The risk's priority for the roadmap: unknown preparedness counts as 1, unrated likelihood or impact as 3. */
export function estimatedRisk(answer: Answer | undefined): { preparedness: number; priority: number; band: PriorityBand } | null {
  if (answer?.kind !== 'risk') return null;
  const unknown = new Set(answer.unknown ?? []);
  const preparedness = answer.preparedness ?? (unknown.has('preparedness') ? UNKNOWN_PREPAREDNESS : undefined);
  if (preparedness === undefined) return null;
  const priority = riskPriority(answer.likelihood ?? ASSUMED_RISK_FACTOR, answer.impact ?? ASSUMED_RISK_FACTOR, preparedness);
  return { preparedness, priority, band: priorityBand(priority) };
}

/** "Don't know" on the item: the whole answer, or one of a risk's ratings. */
function isUnknown(answer: Answer | undefined): boolean {
  return answer?.kind === 'dont-know' || (answer?.kind === 'risk' && (answer.unknown ?? []).length > 0);
}

/**
 * The hits of each library action, tailored to the profile. Only asked items
 * count: an item of a module left out, or hidden by skip logic, triggers
 * nothing even if an old answer is still stored.
 */
function hitsOf(action: Action, ctx: Context): Hit[] {
  const hits: Hit[] = [];
  for (const trigger of action.triggers) {
    if (isStageTrigger(trigger)) {
      const located = ctx.items.get(trigger.item);
      const answer = ctx.answers[trigger.item];
      if (!located || !answer) continue;
      if (located.item.type === 'indicator' && answer.kind === 'stage') {
        const target = ctx.targets.get(trigger.item);
        if (target !== undefined && answer.stage >= trigger.fromStage && answer.stage <= trigger.toStage && answer.stage < target)
          hits.push({ item: trigger.item, kind: 'gap', band: null, value: ((target - answer.stage) * located.item.weight) / ctx.maxWeight });
      } else if (located.item.type === 'risk') {
        const risk = estimatedRisk(answer);
        if (risk && risk.preparedness >= trigger.fromStage && risk.preparedness <= trigger.toStage) hits.push({ item: trigger.item, kind: 'risk', band: risk.band, value: risk.priority });
      }
    } else if ('unknown' in trigger) {
      const section = ctx.q.sections.find((s) => s.id === trigger.unknown);
      for (const item of section?.items ?? []) if (ctx.asked.has(item.id) && isUnknown(ctx.answers[item.id])) hits.push({ item: item.id, kind: 'unknown', band: null, value: GAP_URGENCY_MAX });
    } else {
      const score = ctx.scores.find((s) => s.section === trigger.strong);
      if (score?.score == null || stageOfScore(score.score) < trigger.fromStage) continue;
      for (const indicator of score.indicators) {
        if (indicator.stage !== null && indicator.stage >= trigger.fromStage) hits.push({ item: indicator.id, kind: 'strong', band: null, value: (score.score - ESTABLISHED) / 2 });
      }
    }
  }
  return hits;
}

interface Triggered {
  byId: Map<string, TriggeredAction>;
  /** [costly action, find-out step it waits for] pairs from low-confidence answers. */
  verify: [string, string][];
}

/** Triggered actions with their hits and why, in library order, each tailored to the profile. */
function triggered(library: ActionLibrary, ctx: Context): Triggered {
  const byId = new Map<string, TriggeredAction>();
  for (const libraryAction of library.actions) {
    const action = tailorAction(libraryAction, ctx.tailoring);
    const hits = hitsOf(action, ctx);
    if (hits.length > 0) byId.set(action.id, { action, hits, why: [...new Set(hits.map((h) => h.item))] });
  }
  return { byId, verify: addVerification(library, ctx, byId) };
}

/**
 * Costly actions (high, very high) resting on a low-confidence answer wait
 * for the find-out step of that answer's section, which checks the answer.
 */
function addVerification(library: ActionLibrary, ctx: Context, out: Map<string, TriggeredAction>): [string, string][] {
  const pairs: [string, string][] = [];
  const findOutOf = new Map<string, Action>();
  for (const action of library.actions) for (const t of action.triggers) if ('unknown' in t && action.step === 'find-out') findOutOf.set(t.unknown, tailorAction(action, ctx.tailoring));
  for (const hit of [...out.values()]) {
    const band = costBandOf(hit.action);
    if (band !== 'high' && band !== 'very-high') continue;
    for (const item of hit.why) {
      const answer = ctx.answers[item];
      if (!answer || answer.kind === 'profile' || answer.confidence !== 'low') continue;
      const findOut = findOutOf.get(ctx.items.get(item)?.section.id ?? '');
      if (!findOut) continue;
      const entry = out.get(findOut.id) ?? { action: findOut, hits: [], why: [] };
      if (!entry.why.includes(item)) {
        entry.hits.push({ item, kind: 'verify', band: null, value: GAP_URGENCY_MAX });
        entry.why.push(item);
      }
      out.set(findOut.id, entry);
      pairs.push([hit.action.id, findOut.id]);
    }
  }
  return pairs;
}

/** A roadmap candidate before scheduling. */
interface Candidate {
  action: RoadmapAction;
  /** Its prerequisites that are candidates too (dropped or satisfied ones no longer hold it back). */
  requires: string[];
  hits: Hit[];
  gate: string | null;
  /** Edited or added by the user: user decisions take the places first. */
  userPlaced: boolean;
  /** Kept because its items are unknown, as a prerequisite of another candidate. */
  keptUnknown: boolean;
  /** Edited and no longer triggered. */
  kept: boolean;
  /** Earliest quarter the user's start date allows, if set. */
  userStart: number | null;
  /** The user moved it to a phase (a library action's edit, or any custom action). */
  moved: boolean;
  intensity: number;
  quarters: number;
}

/**
 * Builds the roadmap (docs/methodology.md §7–§8) from the section scores
 * computed once by the caller (scoreAssessment), the triggered actions, the user's edits and
 * custom actions:
 *
 * 1. Candidates: every triggered action, every library action the user
 *    edited (kept, flagged, when no longer triggered), every custom action,
 *    and every prerequisite whose items are unknown; minus dropped ones.
 * 2. Urgency: gaps, risk priorities (first response 10 × priority, further
 *    actions 2 × priority), fact-finding and module pilots at 4; an action is
 *    as urgent as the most urgent candidate that needs it.
 * 3. Placement, in passes: user decisions; find-out steps; chosen modules'
 *    pilots; first responses to high-band risks; the rest by urgency. Each
 *    takes the earliest quarter from the phase it asks for (phase 3 when only
 *    low-band risks call for it) after its prerequisites end (a scale-up also
 *    after its pilot's evaluation, in a later phase) where the institution's
 *    capacity has room. Once one action finds no room, no less urgent one is
 *    scheduled ahead of it.
 */
export function buildRoadmap(q: Questionnaire, library: ActionLibrary, assessment: RoadmapInput, scores: readonly SectionScore[]): Roadmap {
  const ctx = context(q, assessment, scores);
  const { edits, custom } = assessment.roadmap;
  const phaseCap = assessment.roadmap.phaseCap ?? null;
  const { byId: hitsById, verify } = triggered(library, ctx);
  const libraryById = new Map(library.actions.map((a) => [a.id, a]));
  const editOf = editLookup(library, edits);
  const isDropped = (id: string) => editOf(id).status === 'dropped';
  const assessedOn = assessment.meta?.assessmentDate ?? null;

  const candidates = new Map<string, Candidate>();
  const add = (libraryAction: Action, keptUnknown: boolean) => {
    const hit = hitsById.get(libraryAction.id);
    const action = hit?.action ?? tailorAction(libraryAction, ctx.tailoring);
    const edit = editOf(action.id);
    const edited = isMeaningfulEdit(edit);
    const role = roleOf(action, ctx.tailoring);
    candidates.set(action.id, {
      action: libraryToRoadmapAction(action, edit, hit?.why ?? [], role, edited, !hit && !keptUnknown, ctx),
      requires: [],
      hits: hit?.hits ?? [],
      gate: action.gate ?? null,
      userPlaced: edited,
      keptUnknown: keptUnknown && !hit,
      kept: edited && !hit,
      userStart: edit.start && assessedOn ? quarterOfDate(edit.start, assessedOn) : null,
      moved: edit.phase !== undefined,
      intensity: intensityOf(costBandOf(action), role),
      quarters: quartersOf(action.months),
    });
  };
  for (const action of library.actions) {
    if (isDropped(action.id) || (!hitsById.has(action.id) && !isMeaningfulEdit(editOf(action.id)))) continue;
    add(action, false);
  }
  for (const action of custom) {
    if (candidates.has(action.id)) continue;
    candidates.set(action.id, {
      action: customToRoadmapAction(action),
      requires: [],
      hits: [],
      gate: null,
      userPlaced: true,
      keptUnknown: false,
      kept: false,
      userStart: action.start && assessedOn ? quarterOfDate(action.start, assessedOn) : null,
      moved: true,
      intensity: intensityOf(null, 'lead'),
      quarters: quartersOf(CUSTOM_MONTHS),
    });
  }
  // Prerequisites the answers cannot rule out are kept: no known answer says the capacity is there.
  for (let grew = true; grew;) {
    grew = false;
    for (const id of [...candidates.keys()]) {
      for (const p of libraryById.get(id)?.prerequisites ?? []) {
        const prerequisite = libraryById.get(p);
        if (!prerequisite || candidates.has(p) || isDropped(p) || !isUnsettled(prerequisite, ctx)) continue;
        add(prerequisite, true);
        grew = true;
      }
    }
  }
  const extra = new Map<string, string[]>();
  for (const [costly, findOut] of verify) if (candidates.has(costly) && candidates.has(findOut)) extra.set(costly, [...(extra.get(costly) ?? []), findOut]);
  for (const [id, candidate] of candidates) {
    const own = libraryById.get(id)?.prerequisites ?? [];
    candidate.requires = [...new Set([...own, ...(extra.get(id) ?? [])])].filter((p) => p !== id && candidates.has(p));
    if (candidate.gate !== null && !candidate.requires.includes(candidate.gate)) candidate.gate = null;
    candidate.action.prerequisites = candidate.requires;
    candidate.action.gate = candidate.gate;
  }

  const firstResponses = assignUrgency(candidates, ctx);
  const dependents = withDependents(candidates);
  const urgency = new Map([...dependents].map(([id, ids]) => [id, Math.max(...ids.map((d) => candidates.get(d)!.action.urgency))]));
  const lowOnly = new Map([...dependents].map(([id, ids]) => [id, ids.every((d) => isLowOnly(candidates.get(d)!))]));
  const pass = new Map([...dependents].map(([id, ids]) => [id, Math.min(...ids.map((d) => ownPass(candidates.get(d)!, ctx, firstResponses)))]));
  const order = schedulingOrder(candidates, urgency, pass);

  const calendar = new Calendar(ctx.tailoring.capacity, phaseCap);
  const placed = new Map<string, RoadmapAction>();
  const deferred: DeferredAction[] = [];
  // Set once an action the method placed finds no room: nothing less urgent goes ahead of it.
  let full = false;
  for (const id of order) {
    const c = candidates.get(id)!;
    // The phase asked for (the user's move, else the library's; phase 3 for low-band only), or the user's start date:
    // a start date alone decides; with a move too, the later of the two.
    const phaseStart = PHASE_QUARTERS[Math.max(c.action.phase, lowOnly.get(id) ? 3 : 1) as Phase].first;
    const asked = c.userStart === null ? phaseStart : c.moved ? Math.max(c.userStart, phaseStart) : c.userStart;
    const base = { ...c.action, urgency: urgency.get(id)!, note: c.kept ? ('kept-edited' as const) : c.keptUnknown ? ('kept-unknown' as const) : null };
    const missing = c.requires.find((p) => !placed.has(p));
    if (missing !== undefined) {
      deferred.push({ ...base, phase: 3, startQuarter: null, after: missing, note: base.note ?? 'after-prerequisite', reason: 'prerequisite' });
      continue;
    }
    // The earliest start its prerequisites allow (a scale-up: after its pilot's evaluation, in a later phase), and which of them sets it.
    let earliest = asked;
    let after: string | null = null;
    for (const p of c.requires) {
      const before = placed.get(p)!;
      let next = before.startQuarter! + candidates.get(p)!.quarters;
      if (p === c.gate) next = Math.max(next + EVALUATION_QUARTERS, before.phase === 3 ? HORIZON_QUARTERS + 1 : PHASE_QUARTERS[(before.phase + 1) as Phase].first);
      if (next > earliest) [earliest, after] = [next, p];
    }
    let start: number | null = null;
    let reason: BeyondReason = 'capacity';
    if (earliest > HORIZON_QUARTERS) reason = asked > HORIZON_QUARTERS ? 'user-start' : 'prerequisite';
    else if (!(full && pass.get(id)! >= 4)) {
      start = calendar.earliestFit(earliest, c.quarters, c.intensity);
      if (start === null && after !== null && calendar.earliestFit(asked, c.quarters, c.intensity) !== null) reason = 'prerequisite';
    }
    if (start === null) {
      if (reason === 'capacity' && pass.get(id)! >= 1) full = true;
      deferred.push({ ...base, phase: 3, startQuarter: null, after: reason === 'prerequisite' ? after : null, note: base.note ?? (reason === 'prerequisite' ? 'after-prerequisite' : 'pushed-by-capacity'), reason });
      continue;
    }
    calendar.book(start, c.quarters, c.intensity);
    const phase = phaseOfQuarter(start);
    const askedPhase = phaseOfQuarter(asked);
    const constrained = after !== null && start === earliest;
    let note: RoadmapNote | null = base.note;
    if (note === null && phase > askedPhase) note = constrained ? (after === c.gate ? 'after-pilot' : 'after-prerequisite') : 'pushed-by-capacity';
    if (note === null && lowOnly.get(id) && askedPhase > c.action.phase && c.userStart === null) note = 'low-band';
    placed.set(id, { ...base, phase, startQuarter: start, note, after: constrained ? after : null });
  }

  const actions = [...placed.values()].sort((a, b) => a.phase - b.phase || a.startQuarter! - b.startQuarter! || urgency.get(b.id)! - urgency.get(a.id)! || compareIds(a.id, b.id));
  deferred.sort((a, b) => urgency.get(b.id)! - urgency.get(a.id)! || compareIds(a.id, b.id));
  const dropped = library.actions
    .filter((a) => hitsById.has(a.id) && isDropped(a.id))
    .map((a) => a.id)
    .sort(compareIds);
  return { actions, deferred, dropped, phaseCap, capacity: ctx.tailoring.capacity, load: calendar.booked() };
}

/**
 * A prerequisite's capacity is unsettled when none of the items its stage
 * triggers read has a known answer (a stage, a rated preparedness or "not
 * applicable"): then nothing shows the capacity is there, and it is kept.
 */
function isUnsettled(action: Action, ctx: Context): boolean {
  const items = action.triggers.filter(isStageTrigger).map((t) => t.item);
  if (items.length === 0) return false;
  return !items.some((id) => {
    const answer = ctx.answers[id];
    return answer?.kind === 'stage' || answer?.kind === 'not-applicable' || (answer?.kind === 'risk' && answer.preparedness !== undefined);
  });
}

/**
 * Urgency of each candidate from its hits. For every risk, the candidate
 * responding to it with the least effort (its own and its prerequisites') is
 * its first response: 10 × priority; the other actions on it: 4 × priority.
 */
function assignUrgency(candidates: Map<string, Candidate>, ctx: Context): Set<string> {
  const effort = new Map<string, number>();
  const chain = (id: string): number => {
    if (!effort.has(id)) {
      const ids = new Set<string>();
      const stack = [id];
      while (stack.length > 0) {
        const next = stack.pop()!;
        if (ids.has(next)) continue;
        ids.add(next);
        stack.push(...candidates.get(next)!.requires);
      }
      effort.set(
        id,
        [...ids].reduce((sum, x) => sum + candidates.get(x)!.intensity * candidates.get(x)!.quarters, 0),
      );
    }
    return effort.get(id)!;
  };
  const first = new Map<string, string>();
  const risks = new Set([...candidates.values()].flatMap((c) => c.hits.filter((h) => h.kind === 'risk').map((h) => h.item)));
  for (const risk of risks) {
    const responses = [...candidates.values()].filter((c) => c.hits.some((h) => h.kind === 'risk' && h.item === risk));
    responses.sort((a, b) => chain(a.action.id) - chain(b.action.id) || a.action.phase - b.action.phase || compareIds(a.action.id, b.action.id));
    first.set(risk, responses[0]!.action.id);
  }
  const highFirst = new Set<string>();
  for (const c of candidates.values()) {
    const values = c.hits.map((h) => (h.kind === 'risk' ? (first.get(h.item) === c.action.id ? FIRST_RESPONSE_SCALE : FOLLOW_UP_SCALE) * h.value : h.value));
    if (isModulePilot(c, ctx)) values.push(GAP_URGENCY_MAX);
    c.action.urgency = values.length > 0 ? Math.max(...values) : 0;
    if (c.hits.some((h) => h.kind === 'risk' && h.band === 'high' && first.get(h.item) === c.action.id)) highFirst.add(c.action.id);
  }
  return highFirst;
}

/** A chosen module's pilot, triggered by a pilot item below "established". */
function isModulePilot(c: Candidate, ctx: Context): boolean {
  return (
    c.action.step === 'pilot' &&
    c.hits.some((h) => {
      const answer = ctx.answers[h.item];
      return h.kind === 'gap' && ctx.items.get(h.item)?.section.kind === 'module' && answer?.kind === 'stage' && answer.stage < ESTABLISHED;
    })
  );
}

/**
 * Only low-band risks call for it: no gap, no unknown, no user decision. A
 * prerequisite kept for unknown items has no call of its own and follows the
 * actions that need it.
 */
function isLowOnly(c: Candidate): boolean {
  return !c.userPlaced && c.hits.every((h) => h.kind === 'risk' && h.band === 'low');
}

/** 0 user decisions, 1 find-out steps, 2 chosen modules' pilots, 3 first responses to high-band risks, 4 the rest. */
function ownPass(c: Candidate, ctx: Context, highFirst: ReadonlySet<string>): number {
  if (c.userPlaced) return 0;
  if (c.action.step === 'find-out') return 1;
  if (isModulePilot(c, ctx)) return 2;
  if (highFirst.has(c.action.id)) return 3;
  return 4;
}

/** Each candidate with its transitive dependents (the candidates that need it, directly or not), itself included. */
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

/**
 * The order in which candidates take places: by pass, then the highest
 * effective urgency, then the id; a candidate only once its prerequisites
 * are ordered.
 */
function schedulingOrder(candidates: ReadonlyMap<string, Candidate>, urgency: ReadonlyMap<string, number>, pass: ReadonlyMap<string, number>): string[] {
  const ranked = [...candidates.keys()].sort((a, b) => pass.get(a)! - pass.get(b)! || urgency.get(b)! - urgency.get(a)! || compareIds(a, b));
  const order: string[] = [];
  const remaining = new Set(ranked);
  while (remaining.size > 0) {
    // A prerequisite cycle cannot pass validation; if one slips through, break it rather than loop.
    const next = ranked.find((id) => remaining.has(id) && candidates.get(id)!.requires.every((p) => !remaining.has(p))) ?? ranked.find((id) => remaining.has(id))!;
    order.push(next);
    remaining.delete(next);
  }
  return order;
}

/** Edits by action id, an action's edits made under an id it replaced included (its own win). */
function editLookup(library: ActionLibrary, edits: Record<string, ActionEdit>): (id: string) => ActionEdit {
  const former = new Map(library.actions.map((a) => [a.id, a.formerIds]));
  return (id) => {
    let edit: ActionEdit = {};
    for (const old of former.get(id) ?? []) if (Object.hasOwn(edits, old)) edit = { ...edit, ...edits[old] };
    return Object.hasOwn(edits, id) ? { ...edit, ...edits[id] } : edit;
  };
}

/** An edit that is a user decision: accepted, moved, assigned, dated or reworded. */
export function isMeaningfulEdit(edit: ActionEdit): boolean {
  return edit.status === 'accepted' || edit.phase !== undefined || Boolean(edit.owner?.trim() || edit.start || edit.due || edit.title?.trim() || edit.description?.trim());
}

/** The item's current stage: an indicator's stage answer, a risk's rated preparedness; null otherwise. */
function stageNow(item: string | undefined, ctx: Context): number | null {
  const answer = item === undefined ? undefined : ctx.answers[item];
  if (answer?.kind === 'stage') return answer.stage;
  return answer?.kind === 'risk' ? (answer.preparedness ?? null) : null;
}

function libraryToRoadmapAction(action: Action, edit: ActionEdit, why: string[], role: Role, edited: boolean, triggerGone: boolean, ctx: Context): RoadmapAction {
  const income = ctx.tailoring.incomeGroup;
  return {
    id: action.id,
    area: action.area,
    phase: edit.phase ?? action.phase,
    title: edit.title?.trim() ? { en: edit.title } : action.title,
    description: edit.description?.trim() ? { en: edit.description } : action.description,
    lead: action.lead,
    partners: action.partners,
    funding: action.funding,
    prerequisites: [],
    cost: costBandOf(action),
    costLow: scaleCost(action.costLow, action.capitalShare, income),
    costHigh: scaleCost(action.costHigh, action.capitalShare, income),
    costBasis: action.costBasis,
    capitalShare: action.capitalShare,
    funded: edit.funded === true,
    successIndicator: action.kpi.indicator,
    kpi: {
      indicator: action.kpi.indicator,
      baseline: { item: action.kpi.measures ?? null, stage: stageNow(action.kpi.measures, ctx) },
      target: action.kpi.target,
      verification: action.kpi.verification,
      frequency: action.kpi.frequency,
    },
    why,
    addresses: action.step === 'find-out' ? why : action.addresses,
    urgency: 0,
    role,
    step: action.step,
    pilot: action.step === 'pilot',
    gate: null,
    startQuarter: null,
    months: action.months,
    owner: edit.owner?.trim() ?? '',
    start: edit.start ?? null,
    due: edit.due ?? null,
    edited,
    triggerGone: edited && triggerGone,
    custom: false,
    note: null,
    after: null,
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
    funding: [],
    prerequisites: [],
    cost: null,
    costLow: null,
    costHigh: null,
    costBasis: null,
    capitalShare: null,
    funded: action.funded === true,
    successIndicator: null,
    kpi: null,
    why: [],
    addresses: [],
    urgency: 0,
    role: 'lead',
    step: 'build',
    pilot: false,
    gate: null,
    startQuarter: null,
    months: CUSTOM_MONTHS,
    owner: action.owner,
    start: action.start ?? null,
    due: action.due ?? null,
    edited: true,
    triggerGone: false,
    custom: true,
    note: null,
    after: null,
  };
}
