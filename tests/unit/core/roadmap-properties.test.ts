import fc from 'fast-check';
import { loadContent } from '../../content';
import { describe, expect, it } from 'vitest';
import type { Content } from '../../../core/model/content';
import { activeSections, indexItems, relevantItems } from '../../../core/model/questionnaire';
import { buildRoadmap, triggeredActions, type Roadmap } from '../../../core/method/roadmap';
import { scoreAssessment } from '../../../core/method/scoring';
import { LEAD_ACTORS } from '../../../core/model/schema/actions';
import type { ActionEdit, Answer, Answers, Assessment, CustomAction } from '../../../core/model/schema/assessment';
import { AREAS, type Item, type Questionnaire } from '../../../core/model/schema/questionnaire';


type Input = Pick<Assessment, 'answers' | 'targets' | 'modules' | 'roadmap'>;
const level = fc.integer({ min: 1, max: 5 });
const phase = fc.constantFrom(1 as const, 2 as const, 3 as const);

function answerArb(item: Item): fc.Arbitrary<Answer> {
  const confidence = fc.constantFrom('low' as const, 'medium' as const, 'high' as const);
  switch (item.type) {
    case 'indicator':
      return fc.oneof(
        { weight: 5, arbitrary: fc.record({ kind: fc.constant('stage' as const), stage: level, confidence }, { requiredKeys: ['kind', 'stage'] }) },
        { weight: 1, arbitrary: fc.constant<Answer>({ kind: 'dont-know' }) },
        { weight: 1, arbitrary: fc.constant<Answer>({ kind: 'not-applicable' }) },
      );
    case 'risk':
      return fc.oneof(
        { weight: 5, arbitrary: fc.record({ kind: fc.constant('risk' as const), likelihood: level, impact: level, preparedness: level }, { requiredKeys: ['kind'] }) },
        { weight: 1, arbitrary: fc.constant<Answer>({ kind: 'dont-know' }) },
        { weight: 1, arbitrary: fc.constant<Answer>({ kind: 'not-applicable' }) },
      );
    case 'choice':
      return fc.constantFrom(...item.options!.map((o) => o.value)).map((value) => ({ kind: 'profile' as const, value }));
    case 'multi':
      return fc.subarray(item.options!.map((o) => o.value)).map((value) => ({ kind: 'profile' as const, value }));
    case 'text':
      return fc.constant({ kind: 'profile' as const, value: 'text' });
  }
}

const editArb: fc.Arbitrary<ActionEdit> = fc.record(
  {
    status: fc.constantFrom('accepted' as const, 'dropped' as const),
    phase,
    owner: fc.constantFrom('', 'Director General', 'Data unit'),
    due: fc.constantFrom('2026-12-31', '2028-06-30'),
    title: fc.constantFrom('', 'Reworded title'),
  },
  { requiredKeys: [] },
);

function inputArb(content: Content): fc.Arbitrary<Input> {
  const q = content.questionnaire;
  const answers = fc.record(Object.fromEntries([...indexItems(q).values()].map(({ item }) => [item.id, answerArb(item)])), { requiredKeys: [] }) as fc.Arbitrary<Answers>;
  const targets = fc.record({ compute: level, data: level, models: level, talent: level }, { requiredKeys: [] });
  const modules = fc.subarray(q.sections.filter((s) => s.optional).map((s) => s.id));
  const edits = fc.uniqueArray(fc.tuple(fc.constantFrom(...content.library.actions.map((a) => a.id)), editArb), { selector: ([id]) => id, maxLength: 12 }).map((e) => Object.fromEntries(e));
  const custom = fc.uniqueArray(
    fc.record({ id: fc.integer({ min: 1, max: 99 }).map((n) => `custom-${n}`), area: fc.constantFrom(...AREAS), title: fc.constant('Custom'), description: fc.constant(''), phase, lead: fc.constantFrom(...LEAD_ACTORS), owner: fc.constant('') }),
    { selector: (c) => c.id, maxLength: 4 },
  ) as fc.Arbitrary<CustomAction[]>;
  const phaseCap = fc.oneof(fc.integer({ min: 1, max: 12 }), fc.constant(50));
  return fc.record({ answers, targets, modules, roadmap: fc.record({ edits, custom, phaseCap }) });
}

/** The trigger rule, restated from docs/methodology.md, to check `why` independently of core/roadmap. */
function satisfiesATrigger(q: Questionnaire, content: Content, input: Input, actionId: string, itemId: string): boolean {
  const action = content.library.actions.find((a) => a.id === actionId)!;
  const located = indexItems(q).get(itemId);
  const asked = activeSections(q, input.modules).some((s) => relevantItems(s, input.answers).some((i) => i.id === itemId));
  const answer = input.answers[itemId];
  if (!located || !answer || !asked) return false;
  const target = scoreAssessment(q, input).find((s) => s.section === located.section.id)?.target;
  return action.triggers.some((t) => {
    if (t.item !== itemId) return false;
    if (answer.kind === 'stage') return answer.stage >= t.fromStage && answer.stage <= t.toStage && target !== undefined && answer.stage < target;
    if (answer.kind === 'risk') return answer.preparedness !== undefined && answer.preparedness >= t.fromStage && answer.preparedness <= t.toStage;
    return false;
  });
}

function checkInvariants(content: Content, input: Input, roadmap: Roadmap): void {
  const { questionnaire: q, library } = content;
  const cap = input.roadmap.phaseCap;
  const index = new Map(roadmap.actions.map((a, i) => [a.id, i]));
  const all = [...roadmap.actions, ...roadmap.deferred];
  // Each action once; dropped ones nowhere.
  expect(new Set(all.map((a) => a.id)).size).toBe(all.length);
  for (const id of roadmap.dropped) expect(index.has(id) || roadmap.deferred.some((a) => a.id === id)).toBe(false);
  // No phase holds more than the cap.
  for (const p of [1, 2, 3]) expect(roadmap.actions.filter((a) => a.phase === p).length).toBeLessThanOrEqual(cap);
  // Phases ascend through the list.
  roadmap.actions.slice(1).forEach((a, i) => expect(a.phase).toBeGreaterThanOrEqual(roadmap.actions[i]!.phase));
  const libraryById = new Map(library.actions.map((a) => [a.id, a]));
  for (const [i, action] of roadmap.actions.entries()) {
    // Every prerequisite in the roadmap is scheduled, in a phase not later, and earlier in the list.
    for (const p of action.prerequisites) {
      expect(index.has(p)).toBe(true);
      expect(roadmap.actions[index.get(p)!]!.phase).toBeLessThanOrEqual(action.phase);
      expect(index.get(p)!).toBeLessThan(i);
    }
    // A library prerequisite that is scheduled is listed.
    for (const p of libraryById.get(action.id)?.prerequisites ?? []) if (index.has(p)) expect(action.prerequisites).toContain(p);
    // A user's phase move is honoured unless a prerequisite or a full phase forbids it.
    const moved = input.roadmap.edits[action.id]?.phase;
    if (moved !== undefined && input.roadmap.edits[action.id]?.status !== 'dropped') {
      const afterPrerequisites = Math.max(moved, ...action.prerequisites.map((p) => roadmap.actions[index.get(p)!]!.phase));
      if (action.note === 'pushed-by-capacity' || action.note === 'kept-edited') expect(action.phase).toBeGreaterThanOrEqual(afterPrerequisites);
      else expect(action.phase).toBe(afterPrerequisites);
    }
  }
  // Why lists only items whose answers satisfy one of the action's triggers; triggered actions have a why.
  const triggered = triggeredActions(q, library, input);
  for (const action of all) {
    for (const item of action.why) expect(satisfiesATrigger(q, content, input, action.id, item)).toBe(true);
    expect(action.why.length > 0).toBe(triggered.has(action.id));
    if (action.custom) expect(input.roadmap.custom.some((c) => c.id === action.id)).toBe(true);
  }
  // Nothing triggered is lost: it is scheduled, deferred or dropped.
  for (const id of triggered.keys()) expect(index.has(id) || roadmap.deferred.some((a) => a.id === id) || roadmap.dropped.includes(id)).toBe(true);
  // Edited actions are kept (unless dropped); custom actions appear.
  for (const [id, edit] of Object.entries(input.roadmap.edits)) {
    const meaningful = edit.status === 'accepted' || edit.phase !== undefined || Boolean(edit.owner || edit.due || edit.title);
    if (edit.status !== 'dropped' && meaningful) expect(all.some((a) => a.id === id && a.edited)).toBe(true);
    if (edit.status === 'dropped') expect(all.some((a) => a.id === id)).toBe(false);
  }
  for (const c of input.roadmap.custom) expect(all.some((a) => a.id === c.id && a.custom)).toBe(true);
  // With room for everything, nothing is deferred.
  if (cap >= all.length) expect(roadmap.deferred).toEqual([]);
}

const reverseKeys = <T>(record: Record<string, T>): Record<string, T> => Object.fromEntries(Object.entries(record).reverse());

for (const [name, dir] of [['capamap-core', 'questionnaires/capamap-core'], ['mini', 'tests/fixtures/mini']] as const) {
  const content = loadContent(dir);
  const build = (input: Input) => buildRoadmap(content.questionnaire, content.library, input);

  describe(`roadmap properties (${name})`, () => {
    it('schedules no action before a prerequisite, respects the cap, explains every trigger, keeps edits', () => {
      fc.assert(fc.property(inputArb(content), (input) => checkInvariants(content, input, build(input))), { numRuns: 150 });
    });

    it('is deterministic: same input, same roadmap; key order of answers and edits irrelevant', () => {
      fc.assert(
        fc.property(inputArb(content), (input) => {
          const roadmap = build(input);
          expect(build(structuredClone(input))).toEqual(roadmap);
          expect(build({ ...input, answers: reverseKeys(input.answers), roadmap: { ...input.roadmap, edits: reverseKeys(input.roadmap.edits) } })).toEqual(roadmap);
        }),
        { numRuns: 60 },
      );
    });

    it('keeps edits when the answers change: edited actions stay (marked kept when untriggered), drops stay dropped', () => {
      fc.assert(
        fc.property(inputArb(content), inputArb(content), (before, later) => {
          const first = build(before);
          // The user edits some of what they see: moves one, assigns another, drops a third.
          const [a, b, c] = first.actions.filter((x) => !x.custom);
          const edits: Record<string, ActionEdit> = {};
          if (a) edits[a.id] = { phase: 3 };
          if (b) edits[b.id] = { owner: 'Permanent Secretary', due: '2027-01-31' };
          if (c) edits[c.id] = { status: 'dropped' };
          const input = { ...later, roadmap: { ...later.roadmap, edits, phaseCap: 50 } };
          const again = build(input);
          checkInvariants(content, input, again);
          const triggered = triggeredActions(content.questionnaire, content.library, input);
          for (const x of [a, b].filter((y) => y !== undefined)) {
            const kept = again.actions.find((y) => y.id === x.id)!;
            expect(kept.edited).toBe(true);
            expect(kept.note === 'kept-edited').toBe(!triggered.has(x.id));
          }
          if (a) expect(again.actions.find((y) => y.id === a.id)!.phase).toBe(3);
          if (b) expect(again.actions.find((y) => y.id === b.id)).toMatchObject({ owner: 'Permanent Secretary', due: '2027-01-31' });
          if (c) {
            expect(again.actions.some((y) => y.id === c.id)).toBe(false);
            expect(again.dropped.includes(c.id)).toBe(triggered.has(c.id));
          }
        }),
        { numRuns: 60 },
      );
    });
  });
}
