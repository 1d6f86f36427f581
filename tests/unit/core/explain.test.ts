import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAssessment } from '../../../core/model/assessment-file';
import { describeMessage, explainProblems, MAX_DETAILS } from '../../../core/model/explain';
import type { Problem } from '../../../core/model/schema/parse';
import { createTranslator } from '../../../locales';
import { t } from '../../english';

const EXAMPLE = readFileSync(join(__dirname, '../../../examples/demo-assessment.capamap.json'), 'utf8');
const titles = (id: string) => (id === 'compute.power' ? 'Electricity supply is reliable enough to run servers around the clock.' : undefined);

/** The sample assessment with one change, parsed: its problems. */
function problemsOf(change: (doc: Record<string, unknown> & { answers: Record<string, Record<string, unknown>> }) => void): Problem[] {
  const doc = JSON.parse(EXAMPLE) as Record<string, unknown> & { answers: Record<string, Record<string, unknown>> };
  change(doc);
  const parsed = parseAssessment(JSON.stringify(doc));
  if (parsed.ok) throw new Error('expected problems');
  return parsed.problems;
}

describe('explainProblems', () => {
  it('names the question by its title, says what is wrong and what to do in one line; the JSON path only in the details', () => {
    const problems: Problem[] = [{ path: '$.answers.compute.power.stage', code: 'schema.stage', params: { value: 7, item: 'compute.power' } }];
    const { summary, details } = explainProblems(t, problems, { file: 'plan.capamap.json', kind: 'assessment', itemTitle: titles });
    expect(summary).toBe(
      'plan.capamap.json: this file is damaged: the answer to “Electricity supply is reliable enough to run servers around…” is 7, but it should be a whole number from 1 to 5. Open an earlier copy of it (on the desktop, CapaMap keeps the last three beside the file, ending in .bak1, .bak2 and .bak3), or ask whoever sent it for a fresh copy.',
    );
    expect(summary).not.toContain('$.');
    expect(details).toEqual(['$.answers.compute.power.stage: is 7, but it should be a whole number from 1 to 5']);
  });

  it('finds the item and the value itself in a parsed file, and names a field when there is no question', () => {
    const stage = problemsOf((doc) => {
      const id = Object.keys(doc.answers).find((k) => doc.answers[k]!.kind === 'stage')!;
      doc.answers[id]!.stage = 9;
    });
    expect(stage[0]).toMatchObject({ code: 'schema.stage', params: { value: 9, item: expect.stringMatching(/\./) as unknown } });
    const date = problemsOf((doc) => void ((doc.meta as Record<string, unknown>).assessmentDate = 'soon'));
    expect(explainProblems(t, date, { file: 'a.json', kind: 'assessment' }).summary).toMatch(/^a\.json: this file is damaged: the entry “assessmentDate” should be a date such as 2026-01-15\. Open/);
  });

  it('counts the other problems and keeps at most MAX_DETAILS lines of details', () => {
    const many: Problem[] = Array.from({ length: 30 }, (_, i) => ({ path: `$.modules[${i}]`, code: 'assessment.notModule', params: { module: `m${i}` } }));
    const { summary, details } = explainProblems(t, many, { file: 'a.json', kind: 'assessment' });
    expect(summary).toContain('"m0" is not an optional module of this questionnaire (and 29 more problems).');
    expect(details).toHaveLength(MAX_DETAILS);
  });

  it('adds no advice where the message says what to do (another kind of file, a newer format, encryption)', () => {
    expect(explainProblems(t, [{ path: '$.format', code: 'format.newer', params: { version: 9 } }], { file: 'a.json', kind: 'assessment' }).summary).toBe(
      'a.json: this file was made by a newer CapaMap (format 9); please update CapaMap to open it',
    );
    expect(explainProblems(t, [{ path: '$', code: 'crypto.incomplete', params: {} }], { file: 'a.json', kind: 'assessment' }).summary).toBe(
      'a.json: the encrypted file is damaged: it is incomplete or malformed (it may have been cut short); open an earlier copy of it',
    );
  });

  it('gives a questionnaire its own advice, and says when a problem is in the action library', () => {
    const problem: Problem = { path: '$.actions[1].id', code: 'content.duplicateAction', params: { id: 'compute-pilot' }, document: 'actions' };
    const { summary, details } = explainProblems(t, [problem], { file: 'national.json', kind: 'questionnaire' });
    expect(summary).toBe('national.json: in the action library, duplicate action id "compute-pilot". Ask whoever prepared this questionnaire for a corrected file (docs/questionnaire-format.md describes every field).');
    expect(details).toEqual(['action library $.actions[1].id: duplicate action id "compute-pilot"']);
  });

  it('speaks the reader\'s language, French typography included', async () => {
    const fr = await createTranslator('fr');
    const translate = (key: string, params?: Record<string, unknown>) => fr.t(key, params);
    const problem: Problem = { path: '$.answers.compute.power.stage', code: 'schema.stage', params: { value: 7, item: 'compute.power' } };
    expect(explainProblems(translate, [problem], { file: 'plan.json', kind: 'response', itemTitle: () => 'Alimentation électrique' }).summary).toBe(
      'plan.json\u00a0: ce fichier est endommagé\u00a0: la réponse à «\u00a0Alimentation électrique\u00a0» vaut 7, alors qu’elle devrait être un nombre entier de 1 à 5. Demandez au répondant d’exporter de nouveau ses réponses et de vous envoyer le nouveau fichier.',
    );
  });
});

describe('describeMessage', () => {
  it('names the question of a problem that is not a predicate, and keeps the id when the title is unknown', () => {
    expect(describeMessage(t, { code: 'answer.wrongKind', params: { item: 'compute.power', kind: 'stage', type: 'risk' } }, titles)).toBe(
      'the answer to “Electricity supply is reliable enough to run servers around…”: a "stage" answer does not fit a risk item',
    );
    expect(describeMessage(t, { code: 'schema.empty', params: { item: 'compute.gone' } }, titles)).toBe('the answer to “compute.gone” is empty');
  });
});
