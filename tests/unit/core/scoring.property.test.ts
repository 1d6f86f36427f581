import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bundledContent, miniContent } from '../../content';
import { indexItems } from '../../../core/model/questionnaire';
import { scoreAssessment } from '../../../core/method/scoring';
import type { Answer, Answers } from '../../../core/model/schema/assessment';
import { answersArb, askedItems } from './method.helpers';

const DK: Answer = { kind: 'dont-know' };

for (const [name, content] of [
  ['capamap-core', bundledContent()],
  ['mini', miniContent()],
] as const) {
  const q = content.questionnaire;
  const indicators = [...indexItems(q).values()].filter(({ item }) => item.type === 'indicator').map(({ item }) => item.id);
  const modulesArb = fc.subarray(q.sections.filter((s) => s.optional).map((s) => s.id));
  const score = (answers: Answers, modules: string[]) => scoreAssessment(q, { answers, targets: {}, modules });

  describe(`unknowns are not capacity (${name})`, () => {
    it('turning any answer (a stage, "not applicable" or none) into "don\'t know" never raises a score', () => {
      fc.assert(
        fc.property(answersArb(content), fc.constantFrom(...indicators), modulesArb, (answers, id, modules) => {
          const unknown = { ...answers, [id]: DK };
          // Skip logic reads "don't know" as no answer: when that changes which questions are asked, their own answers count (documented exception).
          const sameQuestions = [...askedItems(content, { answers, modules })].sort().join() === [...askedItems(content, { answers: unknown, modules })].sort().join();
          fc.pre(sameQuestions);
          const before = score(answers, modules);
          const after = score(unknown, modules);
          after.forEach((s, i) => {
            const was = before[i]!;
            if (was.score !== null) expect(s.score!).toBeLessThanOrEqual(was.score + 1e-12);
            else if (s.score !== null) expect(s.score).toBe(1);
            expect(s.completeness).toBeLessThanOrEqual(was.completeness + 1e-12);
            if (s.range) expect(s.range.low).toBeLessThanOrEqual(s.range.high);
          });
        }),
        { numRuns: 300 },
      );
    });

    it('the score is the low end of the range that "don\'t know" answers leave open', () => {
      fc.assert(
        fc.property(answersArb(content), modulesArb, (answers, modules) => {
          for (const s of score(answers, modules)) {
            if (s.score === null) continue;
            expect(s.range!.low).toBe(s.score);
            expect(s.range!.high).toBeGreaterThanOrEqual(s.score);
            if (s.dontKnow === 0) expect(s.range!.high).toBe(s.score);
            else expect(s.range!.high).toBeGreaterThan(s.score);
          }
        }),
      );
    });
  });
}
