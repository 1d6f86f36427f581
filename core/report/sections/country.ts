import { relevantItems } from '../../model/questionnaire';
import { h1, h3, headed } from '../blocks';
import type { ReportContext } from '../context';
import { formatDate } from '../format';
import type { PdfContent, PdfTableLayout } from '../pdfmake-types';
import { answerValue } from './appendix';

const FACTS_LAYOUT: PdfTableLayout = {
  hLineWidth: (i, node) => (i === 0 || i === node.table.body.length ? 0.8 : 0.4),
  vLineWidth: () => 0,
  hLineColor: () => '#9a9a9a',
  paddingLeft: () => 4,
  paddingRight: () => 6,
  paddingTop: () => 4,
  paddingBottom: () => 4,
};

/**
 * "Country context": the profile answers (strategy status, income group,
 * region, sectors, mandate…) as the respondents gave them, each under its
 * question, and how they shape the roadmap. Unanswered questions are left out.
 */
export function contextSection(ctx: ReportContext): PdfContent[] {
  const { t, assessment } = ctx;
  const meta = assessment.meta;
  const rows: PdfContent[][] = [];
  for (const section of ctx.sections.filter((s) => s.kind === 'profile')) {
    for (const item of relevantItems(section, assessment.answers)) {
      const answer = assessment.answers[item.id];
      if (answer?.kind !== 'profile' || item.type === 'indicator' || item.type === 'risk') continue;
      const value = answerValue(ctx, item, answer);
      if (value === t('none')) continue;
      rows.push([
        { text: ctx.runs(ctx.loc(item.label)), style: 'label' },
        { text: ctx.runs(value), style: 'td' },
      ]);
    }
  }
  const facts: PdfContent[] = rows.length === 0 ? [ctx.p(t('context.noProfile'), { style: 'p' })] : [{ table: { widths: [200, '*'], body: rows, dontBreakRows: true }, layout: FACTS_LAYOUT, margin: [0, 2, 0, 10] }];
  return [
    h1(ctx, t('sections.context'), 'context'),
    ctx.p(t('context.intro', { institution: ctx.institutionIn, date: formatDate(meta.assessmentDate, ctx.language) }), { style: 'lead' }),
    ...headed(ctx, [h3(ctx, t('context.profile'))], facts),
    ctx.p(t('context.shapes', { capacity: ctx.num(ctx.results.roadmap.capacity) }), { style: 'p' }),
  ];
}
