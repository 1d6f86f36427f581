import { h1, h3, headed } from '../blocks';
import type { ReportContext } from '../context';
import { formatDate } from '../labels';
import { dataTable, th } from '../layout';
import type { PdfContent } from '../pdfmake-types';

export function summarySection(ctx: ReportContext): PdfContent[] {
  const { l, assessment, scored, risks, actions } = ctx;
  const summary = ctx.results.summary;
  const answered = scored.reduce((n, s) => n + s.answered, 0);
  const out: PdfContent[] = [h1(ctx, l.sections.summary, 'summary')];
  out.push(
    ctx.p(l.summary.intro(assessment.meta.institution, assessment.meta.country, formatDate(assessment.meta.assessmentDate, ctx.language), answered, summary.asked, ctx.pct(summary.completeness)), {
      style: 'lead',
    }),
  );
  const section = (id: string) => scored.find((s) => s.id === id)!;
  const highlights: string[] = [];
  if (summary.strongest) highlights.push(l.summary.strongest(ctx.areaTitle(summary.strongest), ctx.num(section(summary.strongest).score!)));
  if (summary.largestGap) highlights.push(l.summary.largestGap(ctx.areaTitle(summary.largestGap), ctx.num(section(summary.largestGap).gap!)));
  if (highlights.length) out.push(ctx.p(highlights.join(' '), { style: 'p' }));

  const stands = dataTable(
    {
      widths: ['*', 70, 45, 40, 70],
      headerText: [l.columns.pillar, l.columns.current, l.columns.target, l.columns.gap, l.columns.completeness],
      header: [th(ctx.runs(l.columns.pillar)), th(ctx.runs(l.columns.current)), th(ctx.runs(l.columns.target)), th(ctx.runs(l.columns.gap)), th(ctx.runs(l.columns.completeness))],
      rows: scored.map((s) => [
        { text: ctx.runs(ctx.areaTitle(s.id)), style: 'td', bold: true },
        { text: ctx.runs(s.score === null || s.stage === null ? l.profile.noData : `${ctx.num(s.score)} · ${ctx.stageName(s.stage)}`), style: 'td' },
        { text: String(s.target), style: 'td' },
        { text: s.gap === null ? l.none : ctx.num(s.gap), style: 'td' },
        { text: ctx.runs(ctx.pct(s.completeness)), style: 'td' },
      ]),
    },
    ctx.width,
    ctx.pageHeight,
  );
  out.push(...headed(ctx, [h3(ctx, l.summary.stands)], stands));

  const top = risks.slice(0, 3);
  const riskBody: PdfContent[] =
    top.length === 0
      ? [ctx.p(l.summary.noRisks, { style: 'p' })]
      : dataTable(
          {
            widths: [30, '*', 70, 90],
            headerText: [l.columns.rank, l.columns.risk, l.columns.priority, l.columns.preparedness],
            header: [th(ctx.runs(l.columns.rank)), th(ctx.runs(l.columns.risk)), th(ctx.runs(l.columns.priority)), th(ctx.runs(l.columns.preparedness))],
            rows: top.map((r) => [
              { text: String(r.rank), style: 'td', bold: true },
              { text: ctx.runs(ctx.loc(riskStatement(ctx, r.id))), style: 'td' },
              { text: ctx.runs(`${ctx.num(r.priority, 2)} · ${l.bands[r.band]}`), style: 'td', bold: r.band === 'high' },
              { text: ctx.runs(ctx.stageShort(r.preparedness)), style: 'td' },
            ]),
          },
          ctx.width,
          ctx.pageHeight,
        );
  out.push(...headed(ctx, [h3(ctx, l.summary.priorities)], riskBody));

  const first = actions.filter((a) => a.phase === 1).slice(0, 5);
  const actionBody: PdfContent[] =
    first.length === 0
      ? [ctx.p(l.summary.noActions, { style: 'p' })]
      : dataTable(
          {
            widths: [24, '*', 110, 50],
            headerText: ['#', l.columns.action, l.columns.lead, l.columns.cost],
            header: [th('#'), th(ctx.runs(l.columns.action)), th(ctx.runs(l.columns.lead)), th(ctx.runs(l.columns.cost))],
            rows: first.map((a) => [
              { text: a.number, style: 'td', bold: true, ...(ctx.printed.has('roadmap') ? { linkToDestination: `action-${a.id}` } : {}) },
              { text: ctx.runs(ctx.actionTitle(a)), style: 'td' },
              { text: ctx.runs(l.leadActors[a.lead]), style: 'td' },
              { text: ctx.runs(a.cost ? l.costBands[a.cost].name : l.none), style: 'td' },
            ]),
          },
          ctx.width,
          ctx.pageHeight,
        );
  out.push(...headed(ctx, [h3(ctx, l.summary.firstActions)], actionBody));
  return out;
}

export function riskStatement(ctx: ReportContext, riskId: string) {
  const located = ctx.items.get(riskId);
  return located && located.item.type === 'risk' ? located.item.statement : { en: riskId };
}
