import fc from 'fast-check';
import { loadContent } from '../../content';
import { describe, expect, it } from 'vitest';
import { ruleVariables } from '../../../core/model/rules';
import { indexItems } from '../../../core/model/questionnaire';
import { AMBITION_FLOOR, CONFIDENCE_VALUE, defaultAmbition, scoreAssessment, type SectionScore } from '../../../core/method/scoring';
import type { Answer, Answers, Assessment } from '../../../core/model/schema/assessment';
import type { Item, Questionnaire } from '../../../core/model/schema/questionnaire';

const core = loadContent('questionnaires/capamap-core');
const mini = loadContent('tests/fixtures/mini');

type ScoreInput = Pick<Assessment, 'answers' | 'targets' | 'modules'>;
const input = (answers: Answers, targets: ScoreInput['targets'] = {}, modules: string[] = []): ScoreInput => ({ answers, targets, modules });
const stage = (s: number, confidence?: 'low' | 'medium' | 'high'): Answer => ({ kind: 'stage', stage: s, ...(confidence ? { confidence } : {}) });
const DK: Answer = { kind: 'dont-know' };
const NA: Answer = { kind: 'not-applicable' };
const section = (scores: SectionScore[], id: string) => scores.find((s) => s.section === id)!;

/** Any answer an item can take, or none. */
function answerArb(item: Item): fc.Arbitrary<Answer> {
  const extras = { confidence: fc.constantFrom('low' as const, 'medium' as const, 'high' as const) };
  const level = fc.integer({ min: 1, max: 5 });
  switch (item.type) {
    case 'indicator':
      return fc.oneof(
        { weight: 4, arbitrary: fc.record({ kind: fc.constant('stage' as const), stage: level, ...extras }, { requiredKeys: ['kind', 'stage'] }) },
        { weight: 1, arbitrary: fc.constant(DK) },
        { weight: 1, arbitrary: fc.constant(NA) },
      );
    case 'risk':
      return fc.oneof(
        { weight: 4, arbitrary: fc.record({ kind: fc.constant('risk' as const), likelihood: level, impact: level, preparedness: level, ...extras }, { requiredKeys: ['kind'] }) },
        { weight: 1, arbitrary: fc.constant(DK) },
        { weight: 1, arbitrary: fc.constant(NA) },
      );
    case 'choice':
      return fc.constantFrom(...item.options!.map((o) => o.value)).map((value) => ({ kind: 'profile' as const, value }));
    case 'multi':
      return fc.subarray(item.options!.map((o) => o.value)).map((value) => ({ kind: 'profile' as const, value }));
    case 'text':
      return fc.string({ maxLength: 20 }).map((value) => ({ kind: 'profile' as const, value }));
  }
}

/** Random answers to any subset of a questionnaire's items. */
function answersArb(q: Questionnaire): fc.Arbitrary<Answers> {
  const shape = Object.fromEntries([...indexItems(q).values()].map(({ item }) => [item.id, answerArb(item)]));
  return fc.record(shape, { requiredKeys: [] }) as fc.Arbitrary<Answers>;
}

const targetsArb = fc.record({ compute: fc.integer({ min: 1, max: 5 }), data: fc.integer({ min: 1, max: 5 }), models: fc.integer({ min: 1, max: 5 }), talent: fc.integer({ min: 1, max: 5 }) }, { requiredKeys: [] });
const modulesArb = (q: Questionnaire) => fc.subarray(q.sections.filter((s) => s.optional).map((s) => s.id));
const reversed = (answers: Answers): Answers => Object.fromEntries(Object.entries(answers).reverse());

/** Indicators whose answer no skip-logic rule reads: changing them never changes what is asked. */
function unreadIndicators(q: Questionnaire): string[] {
  const read = new Set(q.sections.flatMap((s) => s.items.flatMap((i) => (i.relevant === undefined ? [] : ruleVariables(i.relevant)))));
  return [...indexItems(q).values()].filter(({ item }) => item.type === 'indicator' && !read.has(item.id)).map(({ item }) => item.id);
}

describe('pillar scores', () => {
  it('is the weighted mean stage of the answered indicators', () => {
    // hpc-access weighs 1.5, connectivity 1: (2 × 1.5 + 4 × 1) / 2.5 = 2.8
    const scores = scoreAssessment(mini.questionnaire, input({ 'compute.hpc-access': stage(2), 'compute.connectivity': stage(4) }));
    const compute = section(scores, 'compute');
    expect(compute.score).toBeCloseTo(2.8, 12);
    expect(compute.target).toBe(3);
    expect(compute.gap).toBeCloseTo(0.2, 12);
    expect(compute).toMatchObject({ kind: 'pillar', asked: 2, answered: 2, dontKnow: 0, notApplicable: 0, completeness: 1 });
  });

  it('scores the pillars and only the modules the assessment chose, in questionnaire order', () => {
    expect(scoreAssessment(mini.questionnaire, input({})).map((s) => s.section)).toEqual(['compute', 'data', 'models', 'talent']);
    expect(scoreAssessment(mini.questionnaire, input({}, {}, ['health'])).map((s) => s.section)).toEqual(['compute', 'data', 'models', 'talent', 'health']);
  });

  it('leaves "not applicable" out of the score and counts it as complete', () => {
    const scores = scoreAssessment(mini.questionnaire, input({ 'compute.hpc-access': stage(2), 'compute.connectivity': NA }));
    expect(section(scores, 'compute')).toMatchObject({ score: 2, target: 3, gap: 1, completeness: 1, answered: 1, notApplicable: 1 });
  });

  // Method 2.0: an unknown is not capacity. "Don't know" counts at stage 1 (a lower bound) instead of leaving the mean.
  it('counts "don\'t know" at stage 1: the score is a lower bound, its range shows stage 5 instead, completeness drops', () => {
    const scores = scoreAssessment(mini.questionnaire, input({ 'compute.hpc-access': stage(2), 'compute.connectivity': DK }));
    // (2 × 1.5 + 1 × 1) / 2.5 = 1.6; with the unknown at 5: (3 + 5) / 2.5 = 3.2
    expect(section(scores, 'compute')).toMatchObject({ completeness: 0.5, answered: 1, dontKnow: 1 });
    expect(section(scores, 'compute').score).toBeCloseTo(1.6, 12);
    expect(section(scores, 'compute').range!.high).toBeCloseTo(3.2, 12);
  });

  it('has no score, gap or confidence when no indicator has a stage or "don\'t know"', () => {
    const unknownOnly = scoreAssessment(mini.questionnaire, input({ 'compute.hpc-access': DK, 'compute.connectivity': NA }));
    expect(section(unknownOnly, 'compute')).toMatchObject({ score: 1, range: { low: 1, high: 5 }, confidence: null, completeness: 0.5 });
    const scores = scoreAssessment(mini.questionnaire, input({ 'compute.connectivity': NA }));
    expect(section(scores, 'compute')).toMatchObject({ score: null, range: null, gap: null, confidence: null, target: 3, completeness: 0.5 });
    expect(section(scores, 'data')).toMatchObject({ score: null, completeness: 0, answered: 0 });
  });

  it("gives every indicator its own target: the team's, else its section's", () => {
    const scores = scoreAssessment(mini.questionnaire, { ...input({ 'compute.hpc-access': stage(2), 'compute.connectivity': stage(4) }, { compute: 4 }), indicatorTargets: { 'compute.connectivity': 5 } });
    expect(section(scores, 'compute').indicators).toEqual([
      { id: 'compute.hpc-access', answer: 'stage', stage: 2, target: 4, gap: 2, confidence: null },
      { id: 'compute.connectivity', answer: 'stage', stage: 4, target: 5, gap: 1, confidence: null },
    ]);
  });

  it('averages confidence over the stage answers: low 1/3, medium 2/3, high 1, unmarked = medium', () => {
    expect(CONFIDENCE_VALUE).toEqual({ low: 1 / 3, medium: 2 / 3, high: 1 });
    const scores = scoreAssessment(
      mini.questionnaire,
      input({ 'compute.hpc-access': stage(2, 'low'), 'compute.connectivity': stage(3), 'data.protection-law': stage(1, 'high'), 'data.open-data': { kind: 'dont-know', confidence: 'low' } }),
    );
    expect(section(scores, 'compute').confidence).toBeCloseTo((1 / 3 + 2 / 3) / 2, 12);
    expect(section(scores, 'data').confidence).toBe(1);
  });

  it("uses the user's target for a pillar and never reports a negative gap", () => {
    const answers = { 'compute.hpc-access': stage(2), 'compute.connectivity': stage(4) };
    expect(section(scoreAssessment(mini.questionnaire, input(answers, { compute: 5 })), 'compute')).toMatchObject({ target: 5 });
    expect(section(scoreAssessment(mini.questionnaire, input(answers, { compute: 5 })), 'compute').gap).toBeCloseTo(2.2, 12);
    expect(section(scoreAssessment(mini.questionnaire, input(answers, { compute: 2 })), 'compute')).toMatchObject({ target: 2, gap: 0 });
  });

  it('ignores answers to items that skip logic currently hides', () => {
    // compute.allocation is asked only when compute.hpc-access is not 1; every other compute item is always asked.
    const computeItems = core.questionnaire.sections.find((s) => s.id === 'compute')!.items.length;
    const base = { 'compute.hpc-access': stage(1), 'compute.power-reliability': stage(3) };
    const hidden = section(scoreAssessment(core.questionnaire, input({ ...base, 'compute.allocation': stage(5) })), 'compute');
    expect(hidden.score).toBe(section(scoreAssessment(core.questionnaire, input(base)), 'compute').score);
    expect(hidden.asked).toBe(computeItems - 1);
    const shown = section(scoreAssessment(core.questionnaire, input({ ...base, 'compute.hpc-access': stage(2), 'compute.allocation': stage(5) })), 'compute');
    expect(shown.asked).toBe(computeItems);
    expect(shown.answered).toBe(3);
  });
});

describe('default ambition', () => {
  // Method 2.0: one level for every pillar, so a weaker pillar never shows a smaller gap (method 1: ⌊score⌋ + 1 per pillar).
  it("is one stage above the weakest pillar's stage, at least established (3), at most 5", () => {
    expect(AMBITION_FLOOR).toBe(3);
    expect(
      [
        [1.9, 2.0],
        [1, 4.5],
        [2.99, 4],
        [3, 3.5],
        [3.2, 4.8],
        [4, 4.9],
        [5, 5],
      ].map(defaultAmbition),
    ).toEqual([3, 3, 3, 4, 4, 5, 5]);
    expect(defaultAmbition([])).toBe(3);
    expect(defaultAmbition([null, 3.4])).toBe(4);
  });

  it('makes the gap grow with weakness: 1.9 and 2.0 get gaps 1.1 and 1.0, not 0.1 and 1.0', () => {
    const scores = scoreAssessment(mini.questionnaire, input({ 'compute.hpc-access': stage(2), 'compute.connectivity': stage(4), 'data.protection-law': stage(2), 'data.open-data': stage(2) }));
    // compute (2 × 1.5 + 4) / 2.5 = 2.8, data 2.0: ambition ⌊2.0⌋ + 1 = 3 for both.
    expect(section(scores, 'compute').target).toBe(3);
    expect(section(scores, 'data').target).toBe(3);
    expect(section(scores, 'data').gap!).toBeGreaterThan(section(scores, 'compute').gap!);
  });
});

describe('score properties', () => {
  for (const [name, content] of [
    ['capamap-core', core],
    ['mini', mini],
  ] as const) {
    const q = content.questionnaire;

    it(`${name}: same input, same output; the key order of the answers is irrelevant`, () => {
      fc.assert(
        fc.property(answersArb(q), targetsArb, modulesArb(q), (answers, targets, modules) => {
          const first = scoreAssessment(q, input(answers, targets, modules));
          expect(scoreAssessment(q, input(structuredClone(answers), targets, modules))).toEqual(first);
          expect(scoreAssessment(q, input(reversed(answers), targets, [...modules].reverse()))).toEqual(first);
        }),
      );
    });

    it(`${name}: scores, targets, gaps, completeness and confidence stay in range`, () => {
      fc.assert(
        fc.property(answersArb(q), targetsArb, modulesArb(q), (answers, targets, modules) => {
          for (const s of scoreAssessment(q, input(answers, targets, modules))) {
            expect(s.answered + s.dontKnow + s.notApplicable).toBeLessThanOrEqual(s.asked);
            expect(s.completeness).toBeGreaterThanOrEqual(0);
            expect(s.completeness).toBeLessThanOrEqual(1);
            expect(Number.isInteger(s.target) && s.target >= 1 && s.target <= 5).toBe(true);
            if (s.score === null) {
              expect([s.gap, s.confidence, s.answered, s.dontKnow]).toEqual([null, null, 0, 0]);
            } else {
              expect(s.score).toBeGreaterThanOrEqual(1);
              expect(s.score).toBeLessThanOrEqual(5);
              expect(s.gap).toBeGreaterThanOrEqual(0);
              expect(s.gap).toBeLessThanOrEqual(4);
              expect(s.gap).toBeCloseTo(Math.max(0, s.target - s.score), 12);
              if (s.answered === 0) expect(s.confidence).toBeNull();
              else {
                expect(s.confidence).toBeGreaterThanOrEqual(1 / 3 - 1e-12);
                expect(s.confidence).toBeLessThanOrEqual(1);
              }
            }
            const pillarTarget = (targets as Record<string, number | undefined>)[s.section];
            const ambition = defaultAmbition(
              scoreAssessment(q, input(answers, {}, modules))
                .filter((x) => x.kind === 'pillar')
                .map((x) => x.score),
            );
            expect(s.target).toBe((s.kind === 'pillar' ? pillarTarget : undefined) ?? ambition);
          }
        }),
      );
    });

    const unread = unreadIndicators(q);
    it(`${name}: raising one stage answer never lowers its pillar score`, () => {
      fc.assert(
        fc.property(answersArb(q), fc.constantFrom(...unread), fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 4 }), modulesArb(q), (answers, id, from, step, modules) => {
          const low = { ...answers, [id]: stage(from) };
          const high = { ...answers, [id]: stage(Math.min(5, from + step)) };
          const sectionId = indexItems(q).get(id)!.section.id;
          const before = scoreAssessment(q, input(low, {}, modules)).find((s) => s.section === sectionId);
          const after = scoreAssessment(q, input(high, {}, modules)).find((s) => s.section === sectionId);
          if (!before || !after || before.score === null) return; // module not chosen, or item hidden
          expect(after.score).not.toBeNull();
          expect(after.score!).toBeGreaterThanOrEqual(before.score);
          // Against a fixed target the gap cannot widen (the default target moves up with the stage reached).
          const fixed = { compute: 5, data: 5, models: 5, talent: 5 };
          const gapBefore = scoreAssessment(q, input(low, fixed, modules)).find((s) => s.section === sectionId)!.gap!;
          const gapAfter = scoreAssessment(q, input(high, fixed, modules)).find((s) => s.section === sectionId)!.gap!;
          if (before.kind === 'pillar') expect(gapAfter).toBeLessThanOrEqual(gapBefore);
        }),
      );
    });

    it(`${name}: "not applicable" never changes a score and never adds a gap`, () => {
      fc.assert(
        fc.property(answersArb(q), fc.constantFrom(...unread), modulesArb(q), targetsArb, (answers, id, modules, targets) => {
          const without = { ...answers };
          delete without[id];
          const na = scoreAssessment(q, input({ ...answers, [id]: NA }, targets, modules));
          const blank = scoreAssessment(q, input(without, targets, modules));
          na.forEach((s, i) => {
            expect(s.score).toBe(blank[i]!.score);
            expect(s.gap).toBe(blank[i]!.gap);
            expect(s.target).toBe(blank[i]!.target);
            expect(s.completeness).toBeGreaterThanOrEqual(blank[i]!.completeness);
          });
        }),
      );
    });
  }

  it('capamap-core: raising a stage can open a follow-up question whose own answer then counts (documented exception)', () => {
    const answers = { 'compute.hpc-access': stage(1), 'compute.power-reliability': stage(5), 'compute.allocation': stage(1) };
    const before = section(scoreAssessment(core.questionnaire, input(answers)), 'compute').score!;
    const after = section(scoreAssessment(core.questionnaire, input({ ...answers, 'compute.hpc-access': stage(2) })), 'compute').score!;
    expect(before).toBe(3); // (1 × 1.5 + 5 × 1.5) / 3
    expect(after).toBeCloseTo(2.875, 12); // (2 × 1.5 + 5 × 1.5 + 1 × 1) / 4
  });
});
