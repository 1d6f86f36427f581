// Random assessments and the method's rules (docs/methodology.md), shared by the property tests and the profile fixtures.
import fc from 'fast-check';
import { expect } from 'vitest';
import type { Content } from '../../../core/model/content';
import { activeSections, indexItems, relevantItems } from '../../../core/model/questionnaire';
import { rankRisks } from '../../../core/method/priorities';
import { buildRoadmap, estimatedRisk, type Roadmap, type RoadmapAction, type RoadmapInput } from '../../../core/method/roadmap';
import { scoreAssessment, type SectionScore } from '../../../core/method/scoring';
import { HORIZON_QUARTERS, quartersOf } from '../../../core/method/schedule';
import { isStageTrigger } from '../../../core/model/schema/actions';
import { RISK_RATINGS, type ActionEdit, type Answer, type Answers } from '../../../core/model/schema/assessment';
import type { Item } from '../../../core/model/schema/questionnaire';

const level = fc.integer({ min: 1, max: 5 });
const confidence = fc.constantFrom('low' as const, 'medium' as const, 'high' as const);

/** Any answer an item can take, "don't know" on single risk ratings included. */
export function answerArb(item: Item): fc.Arbitrary<Answer> {
  switch (item.type) {
    case 'indicator':
      return fc.oneof(
        { weight: 6, arbitrary: fc.record({ kind: fc.constant('stage' as const), stage: level, confidence }, { requiredKeys: ['kind', 'stage'] }) },
        { weight: 1, arbitrary: fc.record({ kind: fc.constant('dont-know' as const), confidence }, { requiredKeys: ['kind'] }) },
        { weight: 1, arbitrary: fc.constant<Answer>({ kind: 'not-applicable' }) },
      );
    case 'risk':
      return fc.oneof({ weight: 6, arbitrary: riskArb }, { weight: 1, arbitrary: fc.constant<Answer>({ kind: 'dont-know' }) }, { weight: 1, arbitrary: fc.constant<Answer>({ kind: 'not-applicable' }) });
    case 'choice':
      return fc.constantFrom(...item.options!.map((o) => o.value)).map((value) => ({ kind: 'profile' as const, value }));
    case 'multi':
      return fc.subarray(item.options!.map((o) => o.value)).map((value) => ({ kind: 'profile' as const, value }));
    case 'text':
      return fc.constantFrom('', 'English, Kiswahili', 'National AI Strategy 2024–2030').map((value) => ({ kind: 'profile' as const, value }));
  }
}

/** Each rating given, unknown, or left out. */
const riskArb: fc.Arbitrary<Answer> = fc
  .record({ likelihood: fc.option(level), impact: fc.option(level), preparedness: fc.option(level), unknown: fc.subarray([...RISK_RATINGS]), confidence: fc.option(confidence) })
  .map(({ unknown, confidence: mark, ...ratings }) => {
    const answer: Record<string, unknown> = { kind: 'risk' };
    for (const r of RISK_RATINGS) if (!unknown.includes(r) && ratings[r] !== null) answer[r] = ratings[r];
    if (unknown.length > 0) answer.unknown = unknown;
    if (mark !== null) answer.confidence = mark;
    return answer as Answer;
  });

export function answersArb(content: Content): fc.Arbitrary<Answers> {
  return fc.record(Object.fromEntries([...indexItems(content.questionnaire).values()].map(({ item }) => [item.id, answerArb(item)])), { requiredKeys: [] }) as fc.Arbitrary<Answers>;
}

const editArb: fc.Arbitrary<ActionEdit> = fc.record(
  {
    status: fc.constantFrom('accepted' as const, 'dropped' as const),
    phase: fc.constantFrom(1 as const, 2 as const, 3 as const),
    owner: fc.constantFrom('', 'Director General', 'Data unit'),
    start: fc.constantFrom('2026-04-01', '2027-09-15', '2033-01-01'),
    due: fc.constantFrom('2026-12-31', '2028-06-30'),
    title: fc.constantFrom('', 'Reworded title'),
    funded: fc.boolean(),
  },
  { requiredKeys: [] },
);

/** A random assessment; without `edits` the roadmap carries no user decision (the rules of §7–§9 are stated for that case). */
export function inputArb(content: Content, options: { edits?: boolean; targets?: boolean } = {}): fc.Arbitrary<RoadmapInput> {
  const q = content.questionnaire;
  const indicators = [...indexItems(q).values()].filter(({ item }) => item.type === 'indicator').map(({ item }) => item.id);
  const none = fc.constant({});
  const targets = options.targets === false ? none : fc.oneof(none, fc.record({ compute: level, data: level, models: level, talent: level }, { requiredKeys: [] }));
  const indicatorTargets = options.targets === false ? none : fc.oneof({ weight: 3, arbitrary: none }, { weight: 1, arbitrary: fc.dictionary(fc.constantFrom(...indicators), level, { maxKeys: 6 }) });
  const edits = options.edits ? fc.uniqueArray(fc.tuple(fc.constantFrom(...content.library.actions.map((a) => a.id)), editArb), { selector: ([id]) => id, maxLength: 10 }).map((e) => Object.fromEntries(e)) : none;
  return fc.record({
    answers: answersArb(content),
    targets,
    indicatorTargets,
    modules: fc.subarray(q.sections.filter((s) => s.optional).map((s) => s.id)),
    roadmap: fc.record({ edits, custom: fc.constant([]) }),
    meta: fc.constant({ institution: 'Test', country: 'Test', assessmentDate: '2026-01-15', leadRespondent: '', language: 'en' as const, confidentiality: '' }),
  }) as fc.Arbitrary<RoadmapInput>;
}

/**
 * The hardest case for the guarantees: every risk likely and severe, the
 * smallest capacity (low income, fewer than 50 staff), the health module
 * chosen with its pilot below "established", and random unknowns.
 */
export function stretchedArb(content: Content): fc.Arbitrary<RoadmapInput> {
  const q = content.questionnaire;
  const risks = [...indexItems(q).values()].filter(({ item }) => item.type === 'risk').map(({ item }) => item.id);
  const severe = fc.record({ kind: fc.constant('risk' as const), likelihood: fc.integer({ min: 4, max: 5 }), impact: fc.integer({ min: 4, max: 5 }), preparedness: fc.integer({ min: 1, max: 4 }) });
  const profile: Answers = {
    'profile.income-group': { kind: 'profile', value: 'low' },
    'profile.staff-size': { kind: 'profile', value: 'under-50' },
    'profile.ai-strategy': { kind: 'profile', value: 'none' },
  };
  const modules = q.sections.filter((s) => s.optional).map((s) => s.id);
  return fc
    .record({
      base: inputArb(content, { targets: false }),
      risks: fc.record(Object.fromEntries(risks.map((id) => [id, severe]))),
      pilot: fc.integer({ min: 1, max: 2 }),
    })
    .map(({ base, risks: severeRisks, pilot }) => ({
      ...base,
      modules,
      answers: { ...base.answers, ...(severeRisks as Answers), ...profile, ...(indexItems(q).has('health.pilot-deployment') ? { 'health.pilot-deployment': { kind: 'stage', stage: pilot } } : {}) } as Answers,
    }));
}

/** Items asked under the answers (skip logic and chosen modules). */
export function askedItems(content: Content, input: Pick<RoadmapInput, 'answers' | 'modules'>): Set<string> {
  return new Set(activeSections(content.questionnaire, input.modules).flatMap((s) => relevantItems(s, input.answers).map((i) => i.id)));
}

const all = (r: Roadmap): RoadmapAction[] => [...r.actions, ...r.deferred];

/**
 * Every rule of method 2.0 on one assessment without user decisions
 * (docs/methodology.md §13, "Rules the tests prove"). Returns the roadmap.
 */
export function checkMethodRules(content: Content, input: RoadmapInput): { scores: SectionScore[]; roadmap: Roadmap } {
  const { questionnaire: q, library } = content;
  const scores = scoreAssessment(q, input);
  const roadmap = buildRoadmap(q, library, input, scores);
  const asked = askedItems(content, input);
  const items = indexItems(q);
  const byId = new Map(roadmap.actions.map((a) => [a.id, a]));
  const libraryById = new Map(library.actions.map((a) => [a.id, a]));
  /** Some library action's range covers the item at this stage (or preparedness): a property of the content, tested on the bundled library. */
  const covered = (id: string, stage: number) => library.actions.some((a) => a.triggers.some((t) => isStageTrigger(t) && t.item === id && t.fromStage <= stage && stage <= t.toStage));
  const defaultTargets = Object.keys(input.targets).length === 0 && Object.keys(input.indicatorTargets ?? {}).length === 0;

  // Default ambition: a pillar distinctly weaker never shows a smaller gap; the largest gap is the weakest pillar's.
  if (defaultTargets) {
    const pillars = scores.filter((s) => s.kind === 'pillar' && s.score !== null);
    for (const a of pillars) for (const b of pillars) if (a.score! <= b.score! - 0.5) expect(a.gap!).toBeGreaterThanOrEqual(b.gap!);
    if (pillars.length > 0) {
      const largest = pillars.reduce((x, y) => (y.gap! > x.gap! ? y : x));
      expect(largest.score).toBe(Math.min(...pillars.map((p) => p.score!)));
    }
  }

  // Capacity: no quarter carries more than the institution can.
  roadmap.load.forEach((load) => expect(load).toBeLessThanOrEqual(roadmap.capacity + 1e-9));
  for (const action of roadmap.actions) {
    expect(action.startQuarter).toBeGreaterThanOrEqual(1);
    expect(action.startQuarter).toBeLessThanOrEqual(HORIZON_QUARTERS);
    for (const p of action.prerequisites) {
      // No prerequisite after its dependant: an earlier phase, or done before it starts in the same phase.
      const before = byId.get(p)!;
      expect(before, `${p} is scheduled before ${action.id}`).toBeDefined();
      expect(before.phase).toBeLessThanOrEqual(action.phase);
      expect(before.startQuarter! + quartersOf(before.months)).toBeLessThanOrEqual(action.startQuarter!);
    }
    // Scale after pilot: a later phase, after the pilot's evaluation, and the gate named.
    if (action.step === 'scale' && action.gate !== null) {
      const pilot = byId.get(action.gate)!;
      expect(action.phase).toBeGreaterThan(pilot.phase);
      expect(action.startQuarter!).toBeGreaterThan(pilot.startQuarter! + quartersOf(pilot.months) - 1);
    }
    if (action.step === 'scale') {
      const gate = libraryById.get(action.id)!.gate!;
      if (all(roadmap).some((a) => a.id === gate)) expect(action.gate).toBe(gate);
    }
  }

  // Without a defence mandate, no military action is led by the institution.
  const mandate = input.answers['profile.defence-mandate'];
  if (!(mandate?.kind === 'profile' && mandate.value === 'yes')) for (const a of all(roadmap)) if (a.area === 'military') expect(a.role).not.toBe('lead');

  // Each "don't know" on an asked indicator or risk is addressed by a find-out step in phase 1.
  for (const id of asked) {
    const answer = input.answers[id];
    const unknown = answer?.kind === 'dont-know' || (answer?.kind === 'risk' && (answer.unknown ?? []).length > 0);
    if (!unknown) continue;
    const findOut = roadmap.actions.find((a) => a.step === 'find-out' && a.why.includes(id));
    if (content.library.actions.some((a) => a.triggers.some((t) => 'unknown' in t && t.unknown === items.get(id)!.section.id))) {
      expect(findOut, `a find-out step for ${id}`).toBeDefined();
      expect(findOut!.phase).toBe(1);
    }
  }

  // Prerequisites whose items are all unanswered (or "don't know") are kept.
  for (const action of all(roadmap)) {
    for (const p of libraryById.get(action.id)?.prerequisites ?? []) {
      const stageItems = libraryById
        .get(p)!
        .triggers.filter(isStageTrigger)
        .map((t) => t.item);
      const known = stageItems.some((i) => {
        const a = asked.has(i) ? input.answers[i] : undefined;
        return a?.kind === 'stage' || a?.kind === 'not-applicable' || (a?.kind === 'risk' && a.preparedness !== undefined);
      });
      if (stageItems.length > 0 && !known) expect(action.prerequisites, `${action.id} keeps ${p}`).toContain(p);
    }
  }

  // Risks: low band schedules nothing in phases 1–2 (unless something else needs it); every high-band risk is addressed in the horizon.
  const bands = new Map([...asked].map((id) => [id, estimatedRisk(input.answers[id])?.band ?? null]));
  // "Something else needs it": any roadmap action, scheduled or beyond the horizon, that is there for another reason.
  const neededByOther = (id: string): boolean => all(roadmap).some((a) => a.prerequisites.includes(id) && (!lowOnly(a) || neededByOther(a.id)));
  const lowOnly = (a: RoadmapAction) => a.why.length > 0 && a.why.every((i) => bands.get(i) === 'low' && items.get(i)!.item.type === 'risk') && a.step !== 'find-out';
  for (const a of roadmap.actions) if (a.phase < 3 && lowOnly(a)) expect(neededByOther(a.id), `${a.id} in phase ${a.phase} for low-band risks only`).toBe(true);
  for (const risk of rankRisks(q, input).filter((r) => r.band === 'high' && covered(r.risk, r.preparedness))) {
    expect(
      roadmap.actions.some((a) => a.why.includes(risk.risk)),
      `high-band ${risk.risk} addressed`,
    ).toBe(true);
  }

  // No action beyond the horizon while a less urgent one is scheduled, unless a prerequisite forces it (then named).
  for (const d of roadmap.deferred) {
    if (d.reason === 'prerequisite') {
      expect(d.after).not.toBeNull();
      continue;
    }
    for (const a of roadmap.actions) expect(a.urgency, `${a.id} scheduled while ${d.id} waits`).toBeGreaterThanOrEqual(d.urgency - 1e-9);
  }

  // A chosen module whose pilot item is below "established" gets its narrow pilot in phase 1 or 2.
  for (const action of library.actions.filter((a) => a.step === 'pilot')) {
    for (const t of action.triggers.filter(isStageTrigger)) {
      const located = items.get(t.item)!;
      const answer = input.answers[t.item];
      if (located.section.kind !== 'module' || !asked.has(t.item) || answer?.kind !== 'stage' || answer.stage >= 3 || answer.stage < t.fromStage || answer.stage > t.toStage) continue;
      if (Object.hasOwn(input.indicatorTargets ?? {}, t.item)) continue;
      expect(byId.get(action.id)?.phase, `${action.id} for ${t.item}`).toBeLessThanOrEqual(2);
    }
  }

  // Every asked indicator below its target, at a stage some action's range covers, is addressed (scheduled or beyond the horizon).
  for (const s of scores)
    for (const i of s.indicators)
      if (i.stage !== null && i.stage < i.target && covered(i.id, i.stage))
        expect(
          all(roadmap).some((a) => a.why.includes(i.id)),
          `${i.id} below target`,
        ).toBe(true);

  // A pillar at "advanced" or above offers its strength to partners (South–South, provider side).
  for (const s of scores.filter((x) => x.kind === 'pillar' && x.score !== null && Math.floor(x.score) >= 4)) {
    const provider = library.actions.find((a) => a.area === s.section && a.triggers.some((t) => 'strong' in t));
    if (provider) expect(all(roadmap).some((a) => a.id === provider.id)).toBe(true);
  }
  return { scores, roadmap };
}
