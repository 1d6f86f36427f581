import { h1, h3, headed } from '../blocks';
import type { ReportContext } from '../context';
import { formatDate } from '../format';
import { dataTable, th } from '../layout';
import type { PdfContent } from '../pdfmake-types';

export function summarySection(ctx: ReportContext): PdfContent[] {
  const { t, assessment, scored, risks, actions } = ctx;
  const summary = ctx.results.summary;
  const answered = scored.reduce((n, s) => n + s.answered, 0);
  const out: PdfContent[] = [h1(ctx, t('sections.summary'), 'summary')];
  out.push(
    ctx.p(t('summary.intro', { institution: assessment.meta.institution, country: assessment.meta.country, date: formatDate(assessment.meta.assessmentDate, ctx.language), answered, asked: summary.asked, completeness: ctx.pct(summary.completeness) }), {
      style: 'lead',
    }),
  );
  const workshop = ctx.results.workshop;
  if (workshop?.provisional) out.push(ctx.p(`${t('provisional', { count: workshop.undecided })}. ${t('provisionalWhy')}`, { style: 'p', bold: true }));
  const section = (id: string) => scored.find((s) => s.id === id)!;
  const highlights: string[] = [];
  if (summary.strongest) highlights.push(t('summary.strongest', { pillar: ctx.areaTitle(summary.strongest), score: ctx.num(section(summary.strongest).score!) }));
  if (summary.largestGap) highlights.push(t('summary.largestGap', { pillar: ctx.areaTitle(summary.largestGap), gap: ctx.num(section(summary.largestGap).gap!) }));
  if (highlights.length) out.push(ctx.p(highlights.join(' '), { style: 'p' }));

  const stands = dataTable(
    {
      widths: ['*', 70, 45, 40, 70],
      headerText: [t('columns.pillar'), t('columns.current'), t('columns.target'), t('columns.gap'), t('columns.completeness')],
      header: [th(ctx.runs(t('columns.pillar'))), th(ctx.runs(t('columns.current'))), th(ctx.runs(t('columns.target'))), th(ctx.runs(t('columns.gap'))), th(ctx.runs(t('columns.completeness')))],
      rows: scored.map((s) => [
        { text: ctx.runs(ctx.areaTitle(s.id)), style: 'td', bold: true },
        { text: ctx.runs(s.score === null || s.stage === null ? t('profile.noData') : `${ctx.num(s.score)} · ${ctx.stageName(s.stage)}`), style: 'td' },
        { text: String(s.target), style: 'td' },
        { text: s.gap === null ? t('none') : ctx.num(s.gap), style: 'td' },
        { text: ctx.runs(ctx.pct(s.completeness)), style: 'td' },
      ]),
    },
    ctx.width,
    ctx.pageHeight,
  );
  out.push(...headed(ctx, [h3(ctx, t('summary.stands'))], stands));

  const top = risks.slice(0, 3);
  const riskBody: PdfContent[] =
    top.length === 0
      ? [ctx.p(t('summary.noRisks'), { style: 'p' })]
      : dataTable(
          {
            widths: [30, '*', 70, 90],
            headerText: [t('columns.rank'), t('columns.risk'), t('columns.priority'), t('columns.preparedness')],
            header: [th(ctx.runs(t('columns.rank'))), th(ctx.runs(t('columns.risk'))), th(ctx.runs(t('columns.priority'))), th(ctx.runs(t('columns.preparedness')))],
            rows: top.map((r) => [
              { text: String(r.rank), style: 'td', bold: true },
              { text: ctx.runs(ctx.loc(riskStatement(ctx, r.id))), style: 'td' },
              { text: ctx.runs(`${ctx.num(r.priority, 2)} · ${t(`bands.${r.band}`)}`), style: 'td', bold: r.band === 'high' },
              { text: ctx.runs(ctx.stageShort(r.preparedness)), style: 'td' },
            ]),
          },
          ctx.width,
          ctx.pageHeight,
        );
  out.push(...headed(ctx, [h3(ctx, t('summary.priorities'))], riskBody));

  const first = actions.filter((a) => a.phase === 1).slice(0, 5);
  const actionBody: PdfContent[] =
    first.length === 0
      ? [ctx.p(t('summary.noActions'), { style: 'p' })]
      : dataTable(
          {
            widths: [24, '*', 110, 50],
            headerText: ['#', t('columns.action'), t('columns.lead'), t('columns.cost')],
            header: [th('#'), th(ctx.runs(t('columns.action'))), th(ctx.runs(t('columns.lead'))), th(ctx.runs(t('columns.cost')))],
            rows: first.map((a) => [
              { text: a.number, style: 'td', bold: true, ...(ctx.printed.has('roadmap') ? { linkToDestination: `action-${a.id}` } : {}) },
              { text: ctx.runs(ctx.actionTitle(a)), style: 'td' },
              { text: ctx.runs(t(`leadActors.${a.lead}`)), style: 'td' },
              { text: ctx.runs(a.cost ? t(`costBands.${a.cost}.name`) : t('none')), style: 'td' },
            ]),
          },
          ctx.width,
          ctx.pageHeight,
        );
  out.push(...headed(ctx, [h3(ctx, t('summary.firstActions'))], actionBody));
  return out;
}

export function riskStatement(ctx: ReportContext, riskId: string) {
  const located = ctx.items.get(riskId);
  return located && located.item.type === 'risk' ? located.item.statement : { en: riskId };
}
