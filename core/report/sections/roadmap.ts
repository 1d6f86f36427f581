import type { ActionResult } from '../../method/results';
import type { ActionKpi } from '../../method/roadmap';
import { bold, h1, h2, headed, join } from '../blocks';
import type { ReportContext } from '../context';
import { formatDate, formatUsdRange } from '../format';
import { CARD_LAYOUT, dataTable, keepTogether, th } from '../layout';
import type { PdfContent, PdfTableLayout, PdfText } from '../pdfmake-types';

const PHASE_FILL = '#3a3a3a';

const KEY_VALUE_LAYOUT: PdfTableLayout = {
  hLineWidth: () => 0,
  vLineWidth: () => 0,
  paddingLeft: (i) => (i === 0 ? 0 : 6),
  paddingRight: () => 0,
  paddingTop: () => 1.5,
  paddingBottom: () => 1.5,
};

export function roadmapSection(ctx: ReportContext): PdfContent[] {
  const { t, actions } = ctx;
  const roadmap = ctx.results.roadmap;
  const out: PdfContent[] = [h1(ctx, t('sections.roadmap'), 'roadmap'), ctx.p(t('roadmap.intro', { capacity: ctx.num(roadmap.capacity) }), { style: 'p' })];
  if (actions.length === 0) {
    out.push(ctx.p(t('roadmap.noActions'), { style: 'p' }));
  } else if (!ctx.printed.has('plan')) {
    // The investment plan has the timeline by quarter; without it, the phase overview stands in.
    const phases = [1, 2, 3] as const;
    const timeline = dataTable(
      {
        widths: [24, '*', 92, 44, 44, 44],
        headerText: ['#', t('columns.action'), t('columns.lead'), ...phases.map((p) => t(`phases.${p}`))],
        header: [th('#'), th(ctx.runs(t('columns.action'))), th(ctx.runs(t('columns.lead'))), ...phases.map((p) => th(ctx.runs(t(`phases.${p}`)), { alignment: 'center', fontSize: 7.5 }))],
        rows: actions.map((a) => [
          { text: a.number, style: 'td', bold: true, linkToDestination: ctx.actionAnchor(a.id) },
          { text: ctx.runs(ctx.actionTitle(a)), style: 'td' },
          { text: ctx.runs(a.leadName ?? t(`leadActors.${a.lead}`)), style: 'td' },
          ...phases.map((p): PdfText => (p === a.phase ? { text: a.number, style: 'td', bold: true, color: '#ffffff', fillColor: PHASE_FILL, alignment: 'center' } : { text: '', style: 'td' })),
        ]),
      },
      ctx.width,
      ctx.pageHeight,
    );
    out.push(...headed(ctx, [h2(ctx, t('roadmap.timeline'), 'roadmap-timeline', 'roadmap')], timeline));
  }
  if (roadmap.beyondHorizon.length > 0) {
    out.push(
      ...headed(
        ctx,
        [ctx.p(t('roadmap.deferred'), { style: 'h3' }), ctx.p(t('roadmap.deferredIntro'), { style: 'p' })],
        roadmap.beyondHorizon.map((a) => ({ text: ctx.runs(`• ${ctx.actionTitle(a)} (${a.leadName ?? t(`leadActors.${a.lead}`)})`), margin: [8, 0, 0, 2] })),
      ),
    );
  }
  if (roadmap.dropped.length > 0) out.push(ctx.p(t('roadmap.dropped', { count: roadmap.dropped.length }), { style: ['p', 'muted'], margin: [0, 6, 0, 6] }));

  for (const phase of [1, 2, 3] as const) {
    const inPhase = actions.filter((a) => a.phase === phase);
    if (inPhase.length === 0) continue;
    const cards = inPhase.map((a) => card(ctx, a));
    out.push(...headed(ctx, [h2(ctx, t('phaseTitle', { phase, name: t(`phases.${phase}`) }), `roadmap-phase-${phase}`, 'roadmap')], cards.flat()));
  }
  return out;
}

function card(ctx: ReportContext, action: ActionResult): PdfContent[] {
  const { t } = ctx;
  const titles = new Map(ctx.actions.map((a) => [a.id, a]));
  const rows: PdfContent[][] = [];
  const row = (label: string, value: PdfContent) => rows.push([{ text: ctx.runs(label), style: 'label' }, value]);
  const list = (values: string[]) => ({ text: ctx.runs(values.length > 0 ? values.join(' · ') : t('none')), style: 'td' });

  row(t('columns.lead'), list([action.leadName ?? t(`leadActors.${action.lead}`)]));
  row(t('roadmap.role'), list([t(`roles.${action.role}`)]));
  if (!action.custom) {
    row(t('roadmap.partners'), list(action.partners.map((p) => ctx.results.roadmap.institutions[p] ?? t(`leadActors.${p}`))));
    row(t('roadmap.funding'), list(action.funding.map((f) => t(`funding.${f}`))));
    row(
      t('roadmap.prerequisites'),
      list(
        action.requires.map((id) => {
          const prerequisite = titles.get(id);
          return prerequisite ? `${prerequisite.number} ${ctx.actionTitle(prerequisite)}`.trim() : id;
        }),
      ),
    );
    row(t('columns.cost'), costCell(ctx, action));
    row(t('roadmap.successIndicator'), action.kpi ? kpiCell(ctx, action.kpi) : { text: ctx.runs(ctx.loc(action.successIndicator) || t('none')), style: 'td' });
    if (action.why.length > 0) row(t('roadmap.why'), { stack: action.why.map((id) => ({ text: ctx.runs(`• ${whyText(ctx, id)}`), style: 'td' })) });
  }
  if (action.owner.trim()) row(t('roadmap.owner'), { text: ctx.runs(action.owner), style: 'td' });
  if (action.start) row(t('roadmap.start'), { text: ctx.runs(formatDate(action.start, ctx.language)), style: 'td' });
  if (action.due) row(t('roadmap.due'), { text: ctx.runs(formatDate(action.due, ctx.language)), style: 'td' });

  const notes: string[] = [];
  if (action.pilot) notes.push(t('roadmap.pilot'));
  const gate = action.gate === null ? undefined : titles.get(action.gate);
  if (gate) notes.push(t('roadmap.gate', { pilot: ctx.actionTitle(gate) }));
  if (action.custom) notes.push(t('roadmap.custom'));
  if (action.note) notes.push(t(`roadmap.notes.${action.note}`));

  const number = action.number;
  const meta = [
    ctx.areaTitle(action.area),
    t(`phases.${action.phase}`),
    ...(action.startQuarter === null ? [] : [t('roadmap.starts', { quarter: action.startQuarter })]),
    ...(action.costLow !== null && action.costHigh !== null ? [`${t('columns.cost')}${t('colon')}${formatUsdRange(action.costLow, action.costHigh, ctx.language)}`] : []),
    ...(action.funded ? [t('roadmap.funded')] : []),
  ].join(' · ');
  const body: PdfContent[] = [
    { text: join(bold(number), '  ', bold(ctx.runs(ctx.actionTitle(action)))), fontSize: 11, id: ctx.actionAnchor(action.id), margin: [0, 0, 0, 2] },
    { text: ctx.runs(meta), style: 'small', margin: [0, 0, 0, 4] },
  ];
  const description = ctx.loc(action.description);
  if (description.trim()) body.push({ text: ctx.runs(description), margin: [0, 0, 0, 5] });
  body.push({ table: { widths: [96, '*'], body: rows }, layout: KEY_VALUE_LAYOUT });
  if (notes.length > 0) body.push({ text: ctx.runs(notes.join(' ')), style: ['small', 'muted'], margin: [0, 4, 0, 0] });

  const boxed: PdfContent = { table: { widths: ['*'], body: [[{ stack: body }]] }, layout: CARD_LAYOUT, margin: [0, 0, 0, 10] };
  const kept = keepTogether([boxed], ctx.width, ctx.pageHeight);
  // A card too long for one page is printed unboxed, so pdfmake can break it between lines; its title stays with the lines
  // under it, and comes first on its own, so that a phase heading above the card is held with it (blocks.ts, headed).
  if (kept.length === 1 && typeof kept[0] === 'object' && 'unbreakable' in (kept[0] as object)) return kept;
  const head = description.trim() ? 3 : 2;
  return [...keepTogether(body.slice(0, head), ctx.width, ctx.pageHeight), { stack: body.slice(head), margin: [0, 0, 0, 12] }];
}

function whyText(ctx: ReportContext, itemId: string): string {
  const located = ctx.items.get(itemId);
  const answer = ctx.assessment.answers[itemId];
  if (!located || located.item.type === 'choice' || located.item.type === 'multi' || located.item.type === 'text') return itemId;
  const statement = ctx.loc(located.item.statement).replace(/[.。]\s*$/, '');
  if (answer?.kind === 'stage') return ctx.t('roadmap.whyStage', { statement, stage: answer.stage });
  if (answer?.kind === 'risk' && answer.preparedness !== undefined) return ctx.t('roadmap.whyRisk', { statement, preparedness: answer.preparedness });
  return statement;
}

/** "USD 120,000–350,000 (capital 40 %)", then what the money buys. */
function costCell(ctx: ReportContext, action: ActionResult): PdfContent {
  const { t } = ctx;
  if (action.costLow === null || action.costHigh === null) return { text: t('none'), style: 'td' };
  const range = formatUsdRange(action.costLow, action.costHigh, ctx.language);
  const split = action.capitalShare === null ? '' : ` (${t('roadmap.capital', { share: ctx.pct(action.capitalShare) })})`;
  const basis = ctx.loc(action.costBasis);
  // The line break is plain text: a run of its own would go to whichever font has a glyph for it (the CJK one).
  return { text: join(bold(ctx.runs(range)), ctx.runs(split), ...(basis ? ['\n', ...join(ctx.runs(basis))] : [])), style: 'td' };
}

/** The KPI: indicator, then target, means of verification and frequency (the baseline is in the monitoring framework). */
function kpiCell(ctx: ReportContext, kpi: ActionKpi): PdfContent {
  const { t } = ctx;
  return {
    stack: [
      { text: ctx.runs(ctx.loc(kpi.indicator)), style: 'td' },
      {
        text: ctx.runs(`${t('monitoring.target')}${t('colon')}${ctx.loc(kpi.target)} · ${t('monitoring.verification')}${t('colon')}${ctx.loc(kpi.verification)} · ${t(`monitoring.frequencies.${kpi.frequency}`)}`),
        style: 'td',
        fontSize: 7.5,
        color: '#333333',
      },
    ],
  };
}
