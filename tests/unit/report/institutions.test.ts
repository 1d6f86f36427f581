import { describe, expect, it } from 'vitest';
import { analyse } from '../../../core/method/analyse';
import { setInstitutionName } from '../../../core/method/institutions';
import { buildReport, reportInput } from '../../../core/report/build';
import { TRANSLATE, demo, miniContent, options } from './helpers';

/** Every text of a document definition, joined: what a reader of the PDF would see. */
function textOf(node: unknown): string {
  if (typeof node === 'string') return node;
  if (Array.isArray(node)) return node.map(textOf).join(' ');
  if (node === null || typeof node !== 'object') return '';
  const record = node as Record<string, unknown>;
  return ['text', 'stack', 'columns', 'ul', 'ol'].map((key) => textOf(record[key])).join(' ') + ('table' in record ? textOf((record.table as { body: unknown }).body) : '');
}

describe('the report and the institution directory', () => {
  it('prints the real name of a named lead body in the roadmap, and the generic name of the others', () => {
    const content = miniContent();
    const base = demo(content);
    const actions = analyse(content, base).roadmap.phases.flatMap((p) => p.actions);
    const [named, other] = [actions[0]!.lead, actions.find((a) => a.lead !== actions[0]!.lead)?.lead];
    const assessment = setInstitutionName(base, named, 'Agence nationale du numérique');
    const roadmapText = (a: typeof base) => textOf(buildReport(reportInput(content, a, TRANSLATE.en), options({ sections: ['roadmap'] })).content);
    const before = roadmapText(base);
    const after = roadmapText(assessment);
    expect(before).not.toContain('Agence nationale du numérique');
    expect(after).toContain('Agence nationale du numérique');
    if (other) expect(after).toContain(TRANSLATE.en(`leadActors.${other}`));
  });

  it('prints the real name of a named partner body on the action cards', () => {
    const content = miniContent();
    const base = demo(content);
    const actions = analyse(content, base).roadmap.phases.flatMap((p) => p.actions);
    const partner = actions.flatMap((a) => a.partners).find((p) => !actions.some((a) => a.lead === p))!;
    const assessment = setInstitutionName(base, partner, 'Conseil national de la recherche');
    const text = textOf(buildReport(reportInput(content, assessment, TRANSLATE.en), options({ sections: ['roadmap'] })).content);
    expect(text).toContain('Conseil national de la recherche');
  });
});
