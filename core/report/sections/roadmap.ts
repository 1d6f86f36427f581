import type { ActionResult } from '../../method/results';
import type { Phase } from '../../model/schema/actions';
import { bold, h1, h2, headed, join } from '../blocks';
import type { ReportContext } from '../context';
import { formatDate } from '../labels';
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
  const { l, actions } = ctx;
  const roadmap = ctx.results.roadmap;
  const out: PdfContent[] = [h1(ctx, l.sections.roadmap, 'roadmap'), ctx.p(l.roadmap.intro(roadmap.phaseCap), { style: 'p' })];
  if (actions.length === 0) {
    out.push(ctx.p(l.roadmap.noActions, { style: 'p' }));
  } else {
    const phases = [1, 2, 3] as const;
    const timeline = dataTable(
      {
        widths: [24, '*', 92, 44, 44, 44],
        headerText: ['#', l.columns.action, l.columns.lead, ...phases.map((p) => l.phases[p])],
        header: [th('#'), th(ctx.runs(l.columns.action)), th(ctx.runs(l.columns.lead)), ...phases.map((p) => th(ctx.runs(l.phases[p]), { alignment: 'center', fontSize: 7.5 }))],
        rows: actions.map((a) => [
          { text: a.number, style: 'td', bold: true, linkToDestination: `action-${a.id}` },
          { text: ctx.runs(ctx.actionTitle(a)), style: 'td' },
          { text: ctx.runs(l.leadActors[a.lead]), style: 'td' },
          ...phases.map((p): PdfText => (p === a.phase ? { text: a.number, style: 'td', bold: true, color: '#ffffff', fillColor: PHASE_FILL, alignment: 'center' } : { text: '', style: 'td' })),
        ]),
      },
      ctx.width,
      ctx.pageHeight,
    );
    out.push(...headed(ctx, [h2(ctx, l.roadmap.timeline, 'roadmap-timeline', 'roadmap')], timeline));
  }
  if (roadmap.beyondHorizon.length > 0) {
    out.push(
      ...headed(
        ctx,
        [ctx.p(l.roadmap.deferred, { style: 'h3' }), ctx.p(l.roadmap.deferredIntro, { style: 'p' })],
        roadmap.beyondHorizon.map((a) => ({ text: ctx.runs(`• ${ctx.actionTitle(a)} (${l.leadActors[a.lead]})`), margin: [8, 0, 0, 2] })),
      ),
    );
  }
  if (roadmap.dropped.length > 0) out.push(ctx.p(l.roadmap.dropped(roadmap.dropped.length), { style: ['p', 'muted'], margin: [0, 6, 0, 6] }));

  for (const phase of [1, 2, 3] as const) {
    const inPhase = actions.filter((a) => a.phase === phase);
    if (inPhase.length === 0) continue;
    const cards = inPhase.map((a) => card(ctx, a));
    out.push(...headed(ctx, [h2(ctx, l.phaseTitle(phase, l.phases[phase]), `roadmap-phase-${phase}`, 'roadmap')], cards.flat()));
  }
  return out;
}

function card(ctx: ReportContext, action: ActionResult): PdfContent[] {
  const { l } = ctx;
  const titles = new Map(ctx.actions.map((a) => [a.id, a]));
  const rows: PdfContent[][] = [];
  const row = (label: string, value: PdfContent) => rows.push([{ text: ctx.runs(label), style: 'label' }, value]);
  const list = (values: string[]) => ({ text: ctx.runs(values.length > 0 ? values.join(' · ') : l.none), style: 'td' });

  row(l.columns.lead, list([l.leadActors[action.lead]]));
  if (!action.custom) {
    row(l.roadmap.partners, list(action.partners.map((p) => l.leadActors[p])));
    row(l.roadmap.channels, list(action.channels.map((c) => l.channels[c])));
    row(
      l.roadmap.prerequisites,
      list(
        action.requires.map((id) => {
          const prerequisite = titles.get(id);
          return prerequisite ? `${prerequisite.number} ${ctx.actionTitle(prerequisite)}`.trim() : id;
        }),
      ),
    );
    row(l.columns.cost, action.cost ? { text: ctx.runs(`${l.costBands[action.cost].name}: ${l.costBands[action.cost].range}`), style: 'td' } : list([]));
    row(l.roadmap.successIndicator, { text: ctx.runs(ctx.loc(action.successIndicator) || l.none), style: 'td' });
    if (action.why.length > 0) row(l.roadmap.why, { stack: action.why.map((id) => ({ text: ctx.runs(`• ${whyText(ctx, id)}`), style: 'td' })) });
  }
  if (action.owner.trim()) row(l.roadmap.owner, { text: ctx.runs(action.owner), style: 'td' });
  if (action.due) row(l.roadmap.due, { text: ctx.runs(formatDate(action.due, ctx.language)), style: 'td' });

  const notes: string[] = [];
  if (action.pilot) notes.push(l.roadmap.pilot);
  if (action.custom) notes.push(l.roadmap.custom);
  if (action.note) notes.push(l.roadmap.notes[action.note]);

  const number = action.number;
  const meta = [ctx.areaTitle(action.area), l.phases[action.phase as Phase], ...(action.cost ? [`${l.columns.cost}: ${l.costBands[action.cost].name}`] : [])].join(' · ');
  const body: PdfContent[] = [
    { text: join(bold(number), '  ', bold(ctx.runs(ctx.actionTitle(action)))), fontSize: 11, id: `action-${action.id}`, margin: [0, 0, 0, 2] },
    { text: ctx.runs(meta), style: 'small', margin: [0, 0, 0, 4] },
  ];
  const description = ctx.loc(action.description);
  if (description.trim()) body.push({ text: ctx.runs(description), margin: [0, 0, 0, 5] });
  body.push({ table: { widths: [96, '*'], body: rows }, layout: KEY_VALUE_LAYOUT });
  if (notes.length > 0) body.push({ text: ctx.runs(notes.join(' ')), style: ['small', 'muted'], margin: [0, 4, 0, 0] });

  const boxed: PdfContent = { table: { widths: ['*'], body: [[{ stack: body }]] }, layout: CARD_LAYOUT, margin: [0, 0, 0, 10] };
  const kept = keepTogether([boxed], ctx.width, ctx.pageHeight);
  // A card too long for one page is printed unboxed, so pdfmake can break it between lines.
  return kept.length === 1 && typeof kept[0] === 'object' && 'unbreakable' in (kept[0] as object) ? kept : [{ stack: body, margin: [0, 0, 0, 12] }];
}

function whyText(ctx: ReportContext, itemId: string): string {
  const located = ctx.items.get(itemId);
  const answer = ctx.assessment.answers[itemId];
  if (!located || located.item.type === 'choice' || located.item.type === 'multi' || located.item.type === 'text') return itemId;
  const statement = ctx.loc(located.item.statement).replace(/[.。]\s*$/, '');
  if (answer?.kind === 'stage') return ctx.l.roadmap.whyStage(statement, answer.stage);
  if (answer?.kind === 'risk' && answer.preparedness !== undefined) return ctx.l.roadmap.whyRisk(statement, answer.preparedness);
  return statement;
}
