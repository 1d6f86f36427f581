import type { ActionResult } from '../../method/results';
import { h1, headed } from '../blocks';
import type { ReportContext } from '../context';
import { formatDate } from '../format';
import { dataTable, th } from '../layout';
import type { PdfContent, PdfText } from '../pdfmake-types';
import { endQuarter } from './plan';

/**
 * "Monitoring framework", a logframe: for each scheduled action with a KPI,
 * the indicator, its baseline (the stage answered for the item it measures,
 * or to be measured at the start), the target and when it is due, the means
 * of verification and how often it is reported. With a previous assessment,
 * a column gives that item's stage then and now, so a re-assessment reports
 * against the baseline.
 */
export function monitoringSection(ctx: ReportContext): PdfContent[] {
  const { t } = ctx;
  const out: PdfContent[] = [h1(ctx, t('sections.monitoring'), 'monitoring'), ctx.p(t('monitoring.intro'), { style: 'p' })];
  const monitored = ctx.actions.filter((a) => a.kpi !== null);
  if (monitored.length === 0) return [...out, ctx.p(t('monitoring.none'), { style: 'p' })];
  const previous = ctx.baseline;
  const columns = [
    '#',
    t('monitoring.indicator'),
    t('monitoring.baseline'),
    t('monitoring.target'),
    t('monitoring.verification'),
    t('monitoring.frequency'),
    ...(previous ? [t('monitoring.since', { date: formatDate(previous.comparison.previous.assessmentDate, ctx.language) })] : []),
  ];
  const table = dataTable(
    {
      widths: [18, '*', 54, 78, 66, 54, ...(previous ? [44] : [])],
      headerText: columns,
      header: columns.map((c) => th(ctx.runs(c), { fontSize: 7.5 })),
      // The table ends the section: no margin left over to start a blank page.
      margin: [0, 2, 0, 0],
      rows: monitored.map((a) =>
        small([
          { text: a.number, style: 'td', bold: true, ...(ctx.printed.has('roadmap') ? { linkToDestination: ctx.actionAnchor(a.id) } : {}) },
          { text: ctx.runs(ctx.loc(a.kpi!.indicator)), style: 'td' },
          { text: ctx.runs(baselineText(ctx, a)), style: 'td' },
          { text: ctx.runs(t('monitoring.targetDue', { target: ctx.loc(a.kpi!.target), due: dueText(ctx, a) })), style: 'td' },
          { text: ctx.runs(ctx.loc(a.kpi!.verification)), style: 'td' },
          { text: ctx.runs(t(`monitoring.frequencies.${a.kpi!.frequency}`)), style: 'td' },
          ...(previous ? [progressCell(ctx, a)] : []),
        ]),
      ),
    },
    ctx.width,
    ctx.pageHeight,
  );
  out.push(...headed(ctx, [], table));
  return out;
}

/** Seven columns: a smaller type than other tables keeps the indicator readable and words whole. */
function small(row: PdfText[]): PdfText[] {
  return row.map((cell) => ({ ...cell, fontSize: 7.5 }));
}

/** The stage answered for the item the KPI measures, or "to be measured at the start". */
function baselineText(ctx: ReportContext, action: ActionResult): string {
  const { stage } = action.kpi!.baseline;
  return stage === null ? ctx.t('monitoring.toMeasure') : ctx.stageShort(stage);
}

/** The due date the user set, else the end of the quarter the action ends in. */
function dueText(ctx: ReportContext, action: ActionResult): string {
  if (action.due) return ctx.t('monitoring.by', { date: formatDate(action.due, ctx.language) });
  const end = endQuarter(action);
  return end === null ? ctx.t('monitoring.beyond') : ctx.t('monitoring.byQuarter', { quarter: end, year: Math.ceil(end / 4) });
}

/** The measured item's stage at the baseline and now: "2 → 3". */
function progressCell(ctx: ReportContext, action: ActionResult): PdfText {
  const { item, stage } = action.kpi!.baseline;
  const before = item ? ctx.baseline!.assessment.answers[item] : undefined;
  const then = before?.kind === 'stage' ? before.stage : before?.kind === 'risk' ? (before.preparedness ?? null) : null;
  if (then === null || stage === null) return { text: ctx.t('none'), style: 'td' };
  return { text: ctx.runs(ctx.t('monitoring.change', { then, now: stage })), style: 'td', bold: stage !== then };
}
