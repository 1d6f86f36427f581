import fc from 'fast-check';
import { loadContent } from '../../content';
import { describe, expect, it } from 'vitest';
import { ruleVariables } from '../../../core/model/rules';
import { activeSections, indexItems, relevantItems } from '../../../core/model/questionnaire';
import { CONFIDENCE_VALUE, defaultTarget, scoreAssessment, type SectionScore } from '../../../core/method/scoring';
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

const targetsArb = fc.record(
  { compute: fc.integer({ min: 1, max: 5 }), data: fc.integer({ min: 1, max: 5 }), models: fc.integer({ min: 1, max: 5 }), talent: fc.integer({ min: 1, max: 5 }) },
  { requiredKeys: [] },
);
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

  it('treats "don\'t know" as missing: completeness drops, the score does not move', () => {
    const scores = scoreAssessment(mini.questionnaire, input({ 'compute.hpc-access': stage(2), 'compute.connectivity': DK }));
    expect(section(scores, 'compute')).toMatchObject({ score: 2, completeness: 0.5, answered: 1, dontKnow: 1 });
  });

  it('has no score, gap or confidence when no indicator has a stage', () => {
    const scores = scoreAssessment(mini.questionnaire, input({ 'compute.hpc-access': DK, 'compute.connectivity': NA }));
    expect(section(scores, 'compute')).toMatchObject({ score: null, gap: null, confidence: null, target: 3, completeness: 0.5 });
    expect(section(scores, 'data')).toMatchObject({ score: null, completeness: 0, answered: 0 });
  });

  it('averages confidence over the stage answers: low 1/3, medium 2/3, high 1, unmarked = medium', () => {
    expect(CONFIDENCE_VALUE).toEqual({ low: 1 / 3, medium: 2 / 3, high: 1 });
    const scores = scoreAssessment(mini.questionnaire, input({ 'compute.hpc-access': stage(2, 'low'), 'compute.connectivity': stage(3), 'data.protection-law': stage(1, 'high'), 'data.open-data': { kind: 'dont-know', confidence: 'low' } }));
    expect(section(scores, 'compute').confidence).toBeCloseTo((1 / 3 + 2 / 3) / 2, 12);
    expect(section(scores, 'data').confidence).toBe(1);
  });

  it('uses the user\'s target for a pillar and never reports a negative gap', () => {
    const answers = { 'compute.hpc-access': stage(2), 'compute.connectivity': stage(4) };
    expect(section(scoreAssessment(mini.questionnaire, input(answers, { compute: 5 })), 'compute')).toMatchObject({ target: 5 });
    expect(section(scoreAssessment(mini.questionnaire, input(answers, { compute: 5 })), 'compute').gap).toBeCloseTo(2.2, 12);
    expect(section(scoreAssessment(mini.questionnaire, input(answers, { compute: 2 })), 'compute')).toMatchObject({ target: 2, gap: 0 });
  });

  it('ignores answers to items that skip logic currently hides', () => {
    // compute.allocation is asked only when compute.hpc-access is not 1.
    const base = { 'compute.hpc-access': stage(1), 'compute.power-reliability': stage(3) };
    const hidden = section(scoreAssessment(core.questionnaire, input({ ...base, 'compute.allocation': stage(5) })), 'compute');
    expect(hidden.score).toBe(section(scoreAssessment(core.questionnaire, input(base)), 'compute').score);
    expect(hidden.asked).toBe(8);
    const shown = section(scoreAssessment(core.questionnaire, input({ ...base, 'compute.hpc-access': stage(2), 'compute.allocation': stage(5) })), 'compute');
    expect(shown.asked).toBe(9);
    expect(shown.answered).toBe(3);
  });
});

describe('default target', () => {
  it('is one whole stage above the stage reached, capped at 5, and 3 without a score', () => {
    expect([1, 1.99, 2, 2.5, 3.999, 4, 4.6, 5].map(defaultTarget)).toEqual([2, 2, 3, 3, 4, 5, 5, 5]);
    expect(defaultTarget(null)).toBe(3);
  });
});

describe('score properties', () => {
  for (const [name, content] of [['capamap-core', core], ['mini', mini]] as const) {
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
              expect([s.gap, s.confidence, s.answered]).toEqual([null, null, 0]);
            } else {
              expect(s.score).toBeGreaterThanOrEqual(1);
              expect(s.score).toBeLessThanOrEqual(5);
              expect(s.gap).toBeGreaterThanOrEqual(0);
              expect(s.gap).toBeLessThanOrEqual(4);
              expect(s.gap).toBeCloseTo(Math.max(0, s.target - s.score), 12);
              expect(s.confidence).toBeGreaterThanOrEqual(1 / 3 - 1e-12);
              expect(s.confidence).toBeLessThanOrEqual(1);
            }
            const pillarTarget = (targets as Record<string, number | undefined>)[s.section];
            expect(s.target).toBe(pillarTarget ?? defaultTarget(s.score));
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

    it(`${name}: "don't know" lowers completeness against an answer, never moves the score`, () => {
      fc.assert(
        fc.property(answersArb(q), fc.constantFrom(...unread), fc.integer({ min: 1, max: 5 }), modulesArb(q), (answers, id, level, modules) => {
          const without = { ...answers };
          delete without[id];
          const dk = scoreAssessment(q, input({ ...answers, [id]: DK }, {}, modules));
          const blank = scoreAssessment(q, input(without, {}, modules));
          const answered = scoreAssessment(q, input({ ...answers, [id]: stage(level) }, {}, modules));
          const na = scoreAssessment(q, input({ ...answers, [id]: NA }, {}, modules));
          const sectionId = indexItems(q).get(id)!.section.id;
          dk.forEach((s, i) => {
            expect(s.score).toBe(blank[i]!.score);
            expect(s.completeness).toBe(blank[i]!.completeness);
            expect(s.confidence).toBe(blank[i]!.confidence);
            if (s.section === sectionId && s.asked > 0 && relevantItems(activeSections(q, modules).find((x) => x.id === sectionId)!, answers).some((item) => item.id === id)) {
              expect(s.completeness).toBeCloseTo(answered[i]!.completeness - 1 / s.asked, 12);
              expect(s.completeness).toBeCloseTo(na[i]!.completeness - 1 / s.asked, 12);
            }
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
