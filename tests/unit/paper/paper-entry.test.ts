import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeDemoAssessment } from '../../../core/demo/assessment';
import { indexItems } from '../../../core/model/questionnaire';
import { importResponses } from '../../../core/workshop/merge';
import { EMPTY_LINE, cellAccepts, lineAnswer, paperAnswers, paperItems, type PaperLine } from '../../../core/workshop/paper-entry';
import { parseResponse, responseOf, serializeResponse } from '../../../core/workshop/response-file';
import { reportContent } from '../report/helpers';

const q = reportContent().questionnaire;
const items = indexItems(q);
const item = (id: string) => items.get(id)!.item;
const line = (patch: Partial<PaperLine>): PaperLine => ({ ...EMPTY_LINE, ...patch });
const NOW = '2026-03-01T10:00:00.000Z';

describe('a typed line', () => {
  it("reads an indicator stage, don't know and not applicable, with confidence and note", () => {
    const hpc = item('compute.hpc-access');
    expect(lineAnswer(hpc, line({ answer: '3', confidence: 'h', note: ' GPU cluster at the university ' }))).toEqual({ kind: 'stage', stage: 3, confidence: 'high', notes: 'GPU cluster at the university' });
    expect(lineAnswer(hpc, line({ answer: 'D', confidence: '1' }))).toEqual({ kind: 'dont-know', confidence: 'low' });
    expect(lineAnswer(hpc, line({ answer: 'n' }))).toEqual({ kind: 'not-applicable' });
    expect(lineAnswer(hpc, EMPTY_LINE)).toBeNull();
    expect(lineAnswer(hpc, line({ answer: '6' }))).toEqual({ problem: 'answer' });
    expect(lineAnswer(hpc, line({ answer: '2', confidence: 'x' }))).toEqual({ problem: 'confidence' });
  });

  it('reads a risk\'s likelihood, impact and preparedness, "d" per rating', () => {
    const risk = item('military.unchecked-autonomy');
    expect(lineAnswer(risk, line({ likelihood: '4', impact: '5', answer: '2', confidence: 'm' }))).toEqual({ kind: 'risk', likelihood: 4, impact: 5, preparedness: 2, confidence: 'medium' });
    expect(lineAnswer(risk, line({ likelihood: 'd', impact: '3', answer: '' }))).toEqual({ kind: 'risk', impact: 3, unknown: ['likelihood'] });
    expect(lineAnswer(risk, line({ likelihood: 'd', impact: 'd', answer: 'd' }))).toEqual({ kind: 'dont-know' });
    expect(lineAnswer(risk, line({ answer: 'n' }))).toEqual({ kind: 'not-applicable' });
    expect(lineAnswer(risk, line({ likelihood: 'n' }))).toEqual({ problem: 'likelihood' });
  });

  it('reads profile options by the numbers the paper prints', () => {
    const type = item('profile.institution-type');
    const sectors = item('profile.sector-focus');
    if (type.type !== 'choice' || sectors.type !== 'multi') throw new Error('the bundled profile changed');
    expect(lineAnswer(type, line({ answer: '2' }))).toEqual({ kind: 'profile', value: type.options![1]!.value });
    expect(lineAnswer(type, line({ answer: '1 2' }))).toEqual({ problem: 'answer' });
    expect(lineAnswer(sectors, line({ answer: '3, 1 3' }))).toEqual({ kind: 'profile', value: [sectors.options![2]!.value, sectors.options![0]!.value] });
    expect(lineAnswer(sectors, line({ answer: '99' }))).toEqual({ problem: 'answer' });
    expect(lineAnswer(item('profile.working-languages'), line({ answer: ' French, Wolof ' }))).toEqual({ kind: 'profile', value: 'French, Wolof' });
  });

  it('accepts, cell by cell, exactly what reads as an answer', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          ...paperItems(
            q,
            q.sections.map((s) => s.id),
          ),
        ),
        fc.string({ maxLength: 4 }),
        (it, text) => {
          const accepted = cellAccepts(it, 'answer', text);
          const result = lineAnswer(it, line({ answer: text }));
          expect(accepted).toBe(result === null || !('problem' in result));
        },
      ),
    );
  });
});

describe('paper answers as a response file', () => {
  const chosen = ['compute', 'military'];
  const lines: Record<string, PaperLine> = {
    'compute.hpc-access': line({ answer: '2', confidence: 'h', note: 'One university cluster' }),
    'compute.data-centres': line({ answer: 'd' }),
    'compute.connectivity-public': line({ answer: 'n' }),
    'military.unchecked-autonomy': line({ likelihood: '3', impact: '5', answer: '1', confidence: 'l' }),
    'military.weapons-review-gap': line({ likelihood: '7' }),
  };

  it('sums up what was typed, and names the cell that does not read', () => {
    const list = paperItems(q, chosen);
    expect(list.map((i) => i.id)).toEqual([...q.sections.find((s) => s.id === 'compute')!.items, ...q.sections.find((s) => s.id === 'military')!.items].map((i) => i.id));
    const { answers, summary } = paperAnswers(list, lines);
    expect(Object.keys(answers).sort()).toEqual(['compute.connectivity-public', 'compute.data-centres', 'compute.hpc-access', 'military.unchecked-autonomy'].sort());
    expect(summary).toEqual({ answered: 2, dontKnow: 1, notApplicable: 1, blank: list.length - 5, problems: [{ itemId: 'military.weapons-review-gap', field: 'likelihood' }] });
  });

  it('parses with the response-file schema and merges into a workshop like any response file', () => {
    const { answers } = paperAnswers(paperItems(q, chosen), lines);
    const workshop = makeDemoAssessment(q, { seed: 3, now: NOW });
    const file = responseOf(workshop.questionnaire, { id: 'awa-ndiaye-nso', name: 'Awa Ndiaye', agency: 'National Statistics Office', role: '' }, answers, NOW, workshop.id);
    const parsed = parseResponse(serializeResponse(file));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const { assessment, report } = importResponses(q, workshop, [parsed.value], { now: NOW });
    expect(report.imported).toContain('awa-ndiaye-nso');
    expect(report.refused).toEqual([]);
    expect(assessment.responses['awa-ndiaye-nso']).toEqual(answers);
    expect(assessment.respondents.map((r) => r.name)).toContain('Awa Ndiaye');
  });

  it('fills in a respondent already listed in the workshop: same id, name and agency, no question of identity', () => {
    const { answers } = paperAnswers(paperItems(q, chosen), lines);
    const awa = { id: 'awa-ndiaye-nso', name: 'Awa Ndiaye', agency: 'National Statistics Office', role: 'Statistician' };
    const workshop = { ...makeDemoAssessment(q, { seed: 3, now: NOW }), respondents: [awa] };
    const { assessment, report } = importResponses(q, workshop, [responseOf(workshop.questionnaire, awa, answers, NOW, workshop.id)], { now: NOW });
    expect(report.conflicts).toEqual([]);
    expect(assessment.respondents.filter((r) => r.id === awa.id)).toHaveLength(1);
    expect(assessment.responses[awa.id]).toEqual(answers);
  });
});
