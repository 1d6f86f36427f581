import { h2, h3, headed } from '../blocks';
import type { ReportContext } from '../context';
import { formatChange, formatDate } from '../format';
import { dataTable, th } from '../layout';
import type { PdfContent, PdfText } from '../pdfmake-types';
import { riskStatement } from './risk-statement';

/**
 * "Progress since <date>", when the report is given the previous assessment
 * of the institution: per pillar the score then and now, per risk the
 * priority then and now, each with the change, and the actions of the
 * previous roadmap that are now done (core/baseline compareWithBaseline).
 */
export function progressBlock(ctx: ReportContext): PdfContent[] {
  if (!ctx.baseline) return [];
  const { t } = ctx;
  const { comparison, assessment: previous } = ctx.baseline;
  const then = formatDate(comparison.previous.assessmentDate, ctx.language);
  const now = formatDate(comparison.current.assessmentDate, ctx.language);
  const change = (value: number | null, digits: number): PdfText =>
    value === null ? { text: t('none'), style: 'td' } : { text: ctx.runs(formatChange(value, digits, ctx.language)), style: 'td', bold: Math.round(Math.abs(value) * 10 ** digits) > 0 };

  // Warnings are written here in the report language; compareWithBaseline's own are in English.
  const norm = (s: string) => s.normalize('NFKC').trim().toLowerCase();
  const warnings: string[] = [];
  if (norm(previous.meta.institution) !== norm(ctx.assessment.meta.institution)) warnings.push(t('progress.otherInstitution', { name: previous.meta.institution }));
  if (comparison.previous.assessmentDate > comparison.current.assessmentDate) warnings.push(t('progress.datedLater'));
  if (comparison.previous.questionnaireVersion !== comparison.current.questionnaireVersion)
    warnings.push(t('progress.otherVersion', { then: comparison.previous.questionnaireVersion, now: comparison.current.questionnaireVersion }));
  const intro: PdfContent[] = [ctx.p(t('progress.intro', { date: then, id: comparison.previous.id }), { style: 'p' })];
  if (warnings.length > 0) intro.push(ctx.p(warnings.join(' '), { style: 'p', bold: true }));

  const columns = [t('columns.pillar'), then, now, t('columns.change')];
  const scores = dataTable(
    {
      widths: ['*', 96, 96, 56],
      headerText: columns,
      header: columns.map((c) => th(ctx.runs(c))),
      rows: comparison.sections
        .filter((s) => s.kind === 'pillar' || s.kind === 'module')
        .map((s) => [
          { text: ctx.runs(ctx.areaTitle(s.section)), style: 'td', bold: true },
          { text: s.previous === null ? t('none') : ctx.num(s.previous), style: 'td' },
          { text: s.current === null ? t('none') : ctx.num(s.current), style: 'td' },
          change(s.delta, 1),
        ]),
    },
    ctx.width,
    ctx.pageHeight,
  );
  // The heading, the introduction and the first table start on the same page.
  const out: PdfContent[] = [...headed(ctx, [h2(ctx, t('progress.title', { date: then }), 'profile-progress', 'profile'), ...intro, h3(ctx, t('progress.scores'))], scores)];

  if (comparison.risks.length > 0) {
    const priority = (value: number | null, band: string | null) => (value === null ? t('none') : `${ctx.num(value, 2)} · ${band ?? ''}`);
    const riskColumns = [t('columns.risk'), then, now, t('columns.change')];
    const risks = dataTable(
      {
        widths: ['*', 80, 80, 50],
        headerText: riskColumns,
        header: riskColumns.map((c) => th(ctx.runs(c))),
        rows: comparison.risks.map((r) => [
          { text: ctx.runs(ctx.loc(riskStatement(ctx, r.risk))), style: 'td' },
          { text: ctx.runs(priority(r.previous, r.previousBand && t(`bands.${r.previousBand}`))), style: 'td' },
          { text: ctx.runs(priority(r.current, r.currentBand && t(`bands.${r.currentBand}`))), style: 'td', bold: r.currentBand === 'high' },
          change(r.delta, 2),
        ]),
      },
      ctx.width,
      ctx.pageHeight,
    );
    out.push(...headed(ctx, [h3(ctx, t('progress.risks'))], [ctx.p(t('progress.risksIntro'), { style: 'small', margin: [0, 0, 0, 4] }), ...risks]));
  }

  const done = comparison.actions.filter((a) => a.done);
  const total = comparison.actions.length;
  const libraryActions = t('progress.libraryActions', { count: total });
  const actions: PdfContent[] = [
    ctx.p(total === 0 ? t('progress.noActions') : done.length === 0 ? t('progress.noneDone', { actions: libraryActions }) : t('progress.actionsIntro', { count: done.length, actions: libraryActions }), { style: 'p' }),
  ];
  for (const action of done) actions.push({ text: ctx.runs(`• ${ctx.loc(action.title)} (${ctx.areaTitle(action.area)} · ${t(`phases.${action.phase}`)})`), margin: [8, 0, 0, 2] });
  out.push(...headed(ctx, [h3(ctx, t('progress.actions'))], actions));
  return out;
}
