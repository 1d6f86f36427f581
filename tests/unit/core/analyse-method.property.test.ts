import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bundledContent } from '../../content';
import { analyse } from '../../../core/method/analyse';
import { newAssessment } from '../../../core/model/assessment-file';
import { inputArb } from './method.helpers';

// Results carry the method (issue 12, point 8): what every view and `analyse --json` print.
const content = bundledContent();
const meta = { institution: 'Ministry', country: 'Asterra', assessmentDate: '2026-01-15', leadRespondent: '', language: 'en' as const, confidentiality: '' };

describe('Results of method 2.0 on random assessments', () => {
  it("with default targets, the summary's largest gap is a weakest pillar, and every action carries the method's fields", () => {
    fc.assert(
      fc.property(inputArb(content, { targets: false }), (input) => {
        const assessment = { ...newAssessment(content.questionnaire, { id: 'random-assessment', now: '2026-01-15T09:00:00.000Z', meta, modules: input.modules, answers: input.answers }) };
        const results = analyse(content, assessment);
        const pillars = results.sections.filter((s) => s.kind === 'pillar' && s.score !== null);
        if (results.summary.largestGap !== null) {
          const lowest = Math.min(...pillars.map((s) => s.score!));
          expect(pillars.find((s) => s.id === results.summary.largestGap)!.score).toBe(lowest);
        } else expect(pillars.every((s) => s.gap === 0)).toBe(true);
        expect(results.method).toBe('2.0.0');
        for (const { phase, actions } of results.roadmap.phases) {
          for (const a of actions) {
            expect(a.phase).toBe(phase);
            expect(['lead', 'contribute', 'advocate']).toContain(a.role);
            expect(['find-out', 'pilot', 'scale', 'build']).toContain(a.step);
            expect(a.startQuarter).toBeGreaterThanOrEqual(1);
            expect(a.months).toBeGreaterThan(0);
            expect(a.urgency).toBeGreaterThanOrEqual(0);
            expect(a.urgency).toBeLessThanOrEqual(10);
            if (!a.custom && a.step !== 'find-out') expect(a.addresses.length).toBeGreaterThan(0);
            for (const r of a.requires) expect(results.roadmap.phases.some((p) => p.actions.some((x) => x.id === r))).toBe(true);
          }
        }
        for (const b of results.roadmap.beyondHorizon) {
          expect(['capacity', 'prerequisite', 'user-start']).toContain(b.reason);
          expect(b.startQuarter).toBeNull();
        }
        expect(results.roadmap.load).toHaveLength(20);
      }),
      { numRuns: 80 },
    );
  });
});
