import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bundledContent, miniContent } from '../../content';
import type { Content } from '../../../core/model/content';
import { indexItems } from '../../../core/model/questionnaire';
import { buildRoadmap, estimatedRisk, isMeaningfulEdit, type Roadmap, type RoadmapInput } from '../../../core/method/roadmap';
import { scoreAssessment } from '../../../core/method/scoring';
import { quartersOf } from '../../../core/method/schedule';
import { isStageTrigger, LEAD_BODIES } from '../../../core/model/schema/actions';
import type { ActionEdit, CustomAction } from '../../../core/model/schema/assessment';
import { AREAS } from '../../../core/model/schema/questionnaire';
import { askedItems, inputArb } from './method.helpers';

const phase = fc.constantFrom(1 as const, 2 as const, 3 as const);
const customArb = fc.uniqueArray(
  fc.record({
    id: fc.integer({ min: 1, max: 99 }).map((n) => `custom-${n}`),
    area: fc.constantFrom(...AREAS),
    title: fc.constant('Custom'),
    description: fc.constant(''),
    phase,
    lead: fc.constantFrom(...LEAD_BODIES),
    owner: fc.constant(''),
  }),
  { selector: (c) => c.id, maxLength: 4 },
) as fc.Arbitrary<CustomAction[]>;

/** A random assessment with the user's edits, custom actions and sometimes a phase cap. */
function editedArb(content: Content): fc.Arbitrary<RoadmapInput> {
  return fc.record({ base: inputArb(content, { edits: true }), custom: customArb, cap: fc.option(fc.integer({ min: 1, max: 12 })) }).map(({ base, custom, cap }) => ({
    ...base,
    roadmap: { ...base.roadmap, custom, ...(cap === null ? {} : { phaseCap: cap }) },
  }));
}

/** Why an item could trigger the action, restated from docs/methodology.md §7.2 independently of core/roadmap. */
function explains(content: Content, input: RoadmapInput, targets: ReadonlyMap<string, number>, actionId: string, itemId: string): boolean {
  const action = content.library.actions.find((a) => a.id === actionId)!;
  const located = indexItems(content.questionnaire).get(itemId)!;
  if (!askedItems(content, input).has(itemId)) return false;
  const answer = input.answers[itemId];
  const target = targets.get(itemId);
  const unknown = answer?.kind === 'dont-know' || (answer?.kind === 'risk' && (answer.unknown ?? []).length > 0);
  const lowConfidence = answer !== undefined && answer.kind !== 'profile' && answer.confidence === 'low';
  return action.triggers.some((t) => {
    if ('unknown' in t) return t.unknown === located.section.id && (unknown || lowConfidence);
    if ('strong' in t) return t.strong === located.section.id && answer?.kind === 'stage' && answer.stage >= t.fromStage;
    if (!isStageTrigger(t) || t.item !== itemId) return false;
    if (answer?.kind === 'stage') return answer.stage >= t.fromStage && answer.stage <= t.toStage && target !== undefined && answer.stage < target;
    const risk = estimatedRisk(answer);
    return risk !== null && risk.preparedness >= t.fromStage && risk.preparedness <= t.toStage;
  });
}

function checkInvariants(content: Content, input: RoadmapInput, roadmap: Roadmap): void {
  const all = [...roadmap.actions, ...roadmap.deferred];
  const byId = new Map(roadmap.actions.map((a) => [a.id, a]));
  const { edits, custom, phaseCap } = input.roadmap;
  // Each action once; dropped ones nowhere.
  expect(new Set(all.map((a) => a.id)).size).toBe(all.length);
  for (const id of roadmap.dropped) expect(all.some((a) => a.id === id)).toBe(false);
  // Capacity per quarter, and the team's cap per phase when set.
  roadmap.load.forEach((load) => expect(load).toBeLessThanOrEqual(roadmap.capacity + 1e-9));
  if (phaseCap !== undefined) for (const p of [1, 2, 3]) expect(roadmap.actions.filter((a) => a.phase === p).length).toBeLessThanOrEqual(phaseCap);
  // Listed by phase, then start quarter; every prerequisite done before its dependant starts, and listed earlier.
  roadmap.actions.slice(1).forEach((a, i) => {
    const prev = roadmap.actions[i]!;
    expect(a.phase * 100 + a.startQuarter!).toBeGreaterThanOrEqual(prev.phase * 100 + prev.startQuarter!);
  });
  for (const [i, action] of roadmap.actions.entries()) {
    for (const p of action.prerequisites) {
      const before = byId.get(p)!;
      expect(before).toBeDefined();
      expect(before.startQuarter! + quartersOf(before.months)).toBeLessThanOrEqual(action.startQuarter!);
      expect(roadmap.actions.indexOf(before)).toBeLessThan(i);
    }
  }
  // Why lists only items that satisfy one of the action's triggers.
  const targets = new Map(scoreAssessment(content.questionnaire, input).flatMap((s) => s.indicators.map((i) => [i.id, i.target] as const)));
  for (const action of all) for (const item of action.why) if (!action.custom) expect(explains(content, input, targets, action.id, item), `${action.id} ← ${item}`).toBe(true);
  // Edited actions are kept (flagged when the answers no longer call for them) unless dropped; custom actions appear.
  for (const [id, edit] of Object.entries(edits) as [string, ActionEdit][]) {
    const kept = all.find((a) => a.id === id);
    if (edit.status === 'dropped') expect(kept).toBeUndefined();
    else if (isMeaningfulEdit(edit)) {
      expect(kept?.edited).toBe(true);
      expect(kept!.triggerGone).toBe(kept!.why.length === 0 && kept!.note === 'kept-edited');
    }
  }
  for (const c of custom) expect(all.some((a) => a.id === c.id && a.custom && a.edited)).toBe(true);
  // A phase move is honoured unless a prerequisite, the capacity or the team's cap pushes it later.
  for (const action of roadmap.actions) {
    const moved = edits[action.id]?.phase;
    if (moved !== undefined && edits[action.id]?.start === undefined) expect(action.phase).toBeGreaterThanOrEqual(moved);
  }
}

const reverseKeys = <T>(record: Record<string, T>): Record<string, T> => Object.fromEntries(Object.entries(record).reverse());

for (const [name, content] of [
  ['capamap-core', bundledContent()],
  ['mini', miniContent()],
] as const) {
  const build = (input: RoadmapInput) => buildRoadmap(content.questionnaire, content.library, input, scoreAssessment(content.questionnaire, input));

  describe(`roadmap properties with user edits (${name})`, () => {
    it('respects capacity and prerequisites, explains every trigger, keeps edits and custom actions', () => {
      fc.assert(
        fc.property(editedArb(content), (input) => checkInvariants(content, input, build(input))),
        { numRuns: 120 },
      );
    });

    it('is deterministic: same input, same roadmap; key order of answers and edits irrelevant', () => {
      fc.assert(
        fc.property(editedArb(content), (input) => {
          const roadmap = build(input);
          expect(build(structuredClone(input))).toEqual(roadmap);
          expect(build({ ...input, answers: reverseKeys(input.answers), roadmap: { ...input.roadmap, edits: reverseKeys(input.roadmap.edits) } })).toEqual(roadmap);
        }),
        { numRuns: 50 },
      );
    });

    it('keeps edits when the answers change: edited actions stay (flagged when their trigger is gone), drops stay dropped', () => {
      fc.assert(
        fc.property(inputArb(content), inputArb(content), (before, later) => {
          const first = build(before);
          // The user edits some of what they see: moves one, assigns another, drops a third.
          const [a, b, c] = first.actions.filter((x) => !x.custom);
          const edits: Record<string, ActionEdit> = {};
          if (a) edits[a.id] = { phase: 3 };
          if (b) edits[b.id] = { owner: 'Permanent Secretary', due: '2027-01-31' };
          if (c) edits[c.id] = { status: 'dropped' };
          const input = { ...later, roadmap: { ...later.roadmap, edits } };
          const again = build(input);
          checkInvariants(content, input, again);
          const plain = build({ ...later, roadmap: { edits: {}, custom: [] } });
          const triggered = new Set([...plain.actions, ...plain.deferred].filter((x) => x.why.length > 0).map((x) => x.id));
          for (const x of [a, b].filter((y) => y !== undefined)) {
            const kept = [...again.actions, ...again.deferred].find((y) => y.id === x.id)!;
            expect(kept.edited).toBe(true);
            expect(kept.triggerGone).toBe(!triggered.has(x.id));
          }
          if (a && again.actions.some((y) => y.id === a.id)) expect(again.actions.find((y) => y.id === a.id)!.phase).toBe(3);
          if (b) expect([...again.actions, ...again.deferred].find((y) => y.id === b.id)).toMatchObject({ owner: 'Permanent Secretary', due: '2027-01-31' });
          if (c) {
            expect([...again.actions, ...again.deferred].some((y) => y.id === c.id)).toBe(false);
            expect(again.dropped.includes(c.id)).toBe(triggered.has(c.id));
          }
        }),
        { numRuns: 50 },
      );
    });
  });
}
