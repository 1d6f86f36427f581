import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../core/method/analyse';
import { setFunded } from '../../../core/method/roadmap-edits';
import { newAssessment } from '../../../core/model/assessment-file';
import { miniContent } from '../../content';
import { inputArb } from './method.helpers';

// The roadmap screen and the report print what is still to be funded from Results, never by subtracting in a view.
const mini = miniContent();
const meta = { institution: 'Ministry', country: 'Asterra', assessmentDate: '2026-01-15', leadRespondent: '', language: 'en' as const, confidentiality: '' };

describe('what is still to be funded', () => {
  it('is the sum over the scheduled actions not marked funded, and with the funded ones makes the total (random assessments and marks)', () => {
    fc.assert(
      fc.property(inputArb(mini, { edits: true }), fc.array(fc.boolean(), { maxLength: 40 }), (input, marks) => {
        const base = { ...newAssessment(mini.questionnaire, { id: 'unfunded', now: '2026-01-15T09:00:00.000Z', meta, answers: input.answers }), modules: input.modules, roadmap: input.roadmap, targets: input.targets };
        const ids = analyse(mini, base).roadmap.phases.flatMap((p) => p.actions.map((a) => a.id));
        const marked = ids.reduce((a, id, i) => setFunded(a, id, marks[i] ?? false), base);
        const { phases, totals } = analyse(mini, marked).roadmap;
        const open = phases.flatMap((p) => p.actions).filter((a) => !a.funded);
        expect(totals.unfunded).toEqual({ costLow: open.reduce((n, a) => n + (a.costLow ?? 0), 0), costHigh: open.reduce((n, a) => n + (a.costHigh ?? 0), 0) });
        expect(totals.funded.costLow + totals.unfunded.costLow).toBe(totals.costLow);
        expect(totals.funded.costHigh + totals.unfunded.costHigh).toBe(totals.costHigh);
      }),
      { numRuns: 40 },
    );
  });
});
