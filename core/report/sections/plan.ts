import type { FundingInstrument } from '../../model/schema/actions';
import type { ActionResult } from '../../method/results';
import { h1, h2, h3, headed } from '../blocks';
import type { ReportContext } from '../context';
import { formatUsdRange } from '../format';
import { TABLE_LAYOUT, dataTable, th } from '../layout';
import type { PdfContent, PdfTableLayout, PdfText } from '../pdfmake-types';

const HORIZON_QUARTERS = 20;
const BAR_FILL = '#3a3a3a';
const YEAR_FILL = '#f2f2f2';
/** Columns before the quarters: #, action, needs. */
const LEAD_COLUMNS = 3;

/** The data-table rules, with quarter cells unpadded (the bars touch) and a thin line where each year starts. */
const TIMELINE_LAYOUT: PdfTableLayout = {
  ...TABLE_LAYOUT,
  vLineWidth: (i) => (i >= LEAD_COLUMNS && (i - LEAD_COLUMNS) % 4 === 0 ? 0.4 : 0),
  vLineColor: () => '#9a9a9a',
  paddingLeft: (i) => (i >= LEAD_COLUMNS ? 0 : 4),
  paddingRight: (i) => (i >= LEAD_COLUMNS ? 0 : 4),
};

/** The quarter an action ends in (its start plus its duration), at most the horizon's last. */
export function endQuarter(action: ActionResult): number | null {
  if (action.startQuarter === null) return null;
  return Math.min(HORIZON_QUARTERS, action.startQuarter + Math.max(1, Math.ceil(action.months / 3)) - 1);
}

/**
 * "Investment plan": what the roadmap costs per phase and per area (the
 * totals of Results), what is marked funded, the candidate funders of each
 * area's actions, and a timeline by quarter with each action's prerequisites.
 */
export function planSection(ctx: ReportContext): PdfContent[] {
  const { t } = ctx;
  const out: PdfContent[] = [h1(ctx, t('sections.plan'), 'plan'), ctx.p(t('plan.intro'), { style: 'p' })];
  if (ctx.actions.length === 0) return [...out, ctx.p(t('roadmap.noActions'), { style: 'p' })];
  out.push(...headed(ctx, [h3(ctx, t('plan.totals'))], totalsTable(ctx)));
  out.push(...headed(ctx, [h3(ctx, t('plan.funders'))], fundersTable(ctx)));
  out.push(...headed(ctx, [h2(ctx, t('plan.timeline'), 'plan-timeline', 'plan'), ctx.p(t('plan.timelineIntro'), { style: 'small', margin: [0, 0, 0, 4] })], timeline(ctx)));
  return out;
}

function totalsTable(ctx: ReportContext): PdfContent[] {
  const { t, language } = ctx;
  const totals = ctx.results.roadmap.totals;
  const money = (range: { costLow: number; costHigh: number }) => formatUsdRange(range.costLow, range.costHigh, language);
  const group = (label: string): PdfContent[] => [{ text: ctx.runs(label), style: 'td', bold: true, colSpan: 2, fillColor: YEAR_FILL }, { text: '' }];
  const row = (label: string, range: { costLow: number; costHigh: number }, strong = false): PdfContent[] => [
    { text: ctx.runs(label), style: 'td', bold: strong, margin: strong ? [0, 0, 0, 0] : [8, 0, 0, 0] },
    { text: ctx.runs(money(range)), style: 'td', bold: strong, alignment: 'right' },
  ];
  const rows: PdfContent[][] = [
    group(t('plan.byPhase')),
    ...totals.byPhase.map((p) => row(t('phaseTitle', { phase: p.phase, name: t(`phases.${p.phase}`) }), p)),
    group(t('plan.byArea')),
    ...totals.byArea.map((a) => row(ctx.areaTitle(a.area), a)),
    row(t('plan.total'), totals, true),
    row(t('plan.firstYear'), totals.firstYear),
    row(t('plan.funded'), totals.funded),
    row(t('plan.unfunded'), totals.unfunded),
  ];
  const columns = ['', t('plan.cost')];
  return dataTable({ widths: ['*', 170], headerText: columns, header: columns.map((c, i) => th(ctx.runs(c), i === 1 ? { alignment: 'right' } : {})), rows }, ctx.width, ctx.pageHeight);
}

/** Per area: its actions and the instruments named for them, the most often named first. */
function fundersTable(ctx: ReportContext): PdfContent[] {
  const { t } = ctx;
  const areas = ctx.results.roadmap.totals.byArea.map((a) => a.area).filter((area) => ctx.actions.some((a) => a.area === area));
  const columns = [t('columns.area'), t('plan.actions'), t('plan.candidates')];
  return dataTable(
    {
      widths: [110, 70, '*'],
      headerText: columns,
      header: columns.map((c) => th(ctx.runs(c))),
      rows: areas.map((area) => {
        const actions = ctx.actions.filter((a) => a.area === area);
        const counts = new Map<FundingInstrument, number>();
        for (const a of actions) for (const f of a.funding) counts.set(f, (counts.get(f) ?? 0) + 1);
        const named = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([f, n]) => t('plan.instrumentCount', { instrument: t(`funding.${f}`), count: n }));
        return [
          { text: ctx.runs(ctx.areaTitle(area)), style: 'td', bold: true },
          { text: actions.map((a) => a.number).join(', '), style: 'td' },
          { text: ctx.runs(named.length > 0 ? named.join(t('listSeparator')) : t('none')), style: 'td' },
        ];
      }),
    },
    ctx.width,
    ctx.pageHeight,
  );
}

/** One row per action: number, title, the numbers of its prerequisites, and a bar over the quarters it runs in. */
function timeline(ctx: ReportContext): PdfContent[] {
  const { t } = ctx;
  const numbers = new Map(ctx.actions.map((a) => [a.id, a.number]));
  const quarters = Array.from({ length: HORIZON_QUARTERS }, (_, i) => i + 1);
  const years: PdfContent[] = [th('#'), th(ctx.runs(t('columns.action'))), th(ctx.runs(t('plan.needs')))];
  for (let year = 1; year <= 5; year++) years.push(th(ctx.runs(t('plan.year', { year })), { colSpan: 4, alignment: 'center', fontSize: 7 }), { text: '' }, { text: '' }, { text: '' });
  const rows = ctx.actions.map((a) => {
    const end = endQuarter(a);
    const bar = (q: number): PdfText => (a.startQuarter !== null && end !== null && q >= a.startQuarter && q <= end ? { text: '', style: 'td', fillColor: BAR_FILL } : { text: '', style: 'td' });
    return [
      { text: a.number, style: 'td', bold: true, ...(ctx.printed.has('roadmap') ? { linkToDestination: ctx.actionAnchor(a.id) } : {}) },
      { text: ctx.runs(ctx.actionTitle(a)), style: 'td', fontSize: 7.5 },
      { text: a.requires.map((id) => numbers.get(id) ?? id).join(', ') || t('none'), style: 'td', fontSize: 7.5 },
      ...quarters.map(bar),
    ];
  });
  return dataTable(
    // No bottom margin: the table ends the section, and a margin left over at the foot of a full page would start a blank one.
    { widths: [20, '*', 50, ...quarters.map(() => 10)], headerText: ['#', t('columns.action'), t('plan.needs'), ...quarters.map((q) => `Q${q}`)], header: years, rows, layout: TIMELINE_LAYOUT, margin: [0, 2, 0, 0] },
    ctx.width,
    ctx.pageHeight,
  );
}
