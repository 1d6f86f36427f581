import type { MergeItem } from '../../workshop/merge';
import { bold, h2, h3, headed, italic, join } from '../blocks';
import type { ReportContext } from '../context';
import { formatDate } from '../format';
import { dataTable, keepTogether, th } from '../layout';
import type { PdfContent, PdfText } from '../pdfmake-types';
import { answerValue, itemText } from './appendix';

/**
 * "Where respondents disagree", for an assessment two or more respondents
 * answered (a workshop): who answered, how far apart they were per area, and
 * the most contested questions with every position and the facilitator's
 * decision. Nothing without a merge view.
 */
export function disagreementBlock(ctx: ReportContext): PdfContent[] {
  const merge = ctx.merge;
  if (!merge) return [];
  const { t } = ctx;
  const out: PdfContent[] = [];
  const agencies = new Set(merge.respondents.map((r) => r.agency.trim().toLowerCase()).filter(Boolean)).size;
  const { respondents: count, agreed, conflicts: open, resolved } = merge.totals;
  const sentence = t('disagreement.intro', {
    respondents: count,
    agencies: agencies ? t('disagreement.introAgencies', { count: agencies }) : '',
    agreed: t('disagreement.introAgreed', { count: agreed }),
    resolved: t('disagreement.introResolved', { count: resolved }),
    open: open ? t('disagreement.introOpen', { count: open }) : '',
  });
  const intro = ctx.p(sentence, { style: 'p' });

  const respondents = dataTable(
    {
      widths: ['*', '*', 56],
      headerText: [t('columns.name'), t('columns.agency'), t('columns.answered')],
      header: [th(ctx.runs(t('columns.name'))), th(ctx.runs(t('columns.agency'))), th(ctx.runs(t('columns.answered')))],
      rows: merge.respondents.map((r) => [
        { text: ctx.runs(r.name), style: 'td', bold: true },
        { text: ctx.runs(r.agency || t('none')), style: 'td' },
        { text: String(Object.keys(ctx.assessment.responses[r.id] ?? {}).length), style: 'td' },
      ]),
    },
    ctx.width,
    ctx.pageHeight,
  );
  // The heading, the introduction and the list of respondents start on the same page.
  out.push(...headed(ctx, [h2(ctx, t('disagreement.title'), 'profile-disagreement', 'profile'), intro, h3(ctx, t('disagreement.respondents'))], respondents));

  const byArea = dataTable(
    {
      widths: ['*', 62, 48, 48, 52],
      headerText: [t('columns.area'), t('columns.meanSpread'), t('columns.agreed'), t('columns.open'), t('columns.resolved')],
      header: [t('columns.area'), t('columns.meanSpread'), t('columns.agreed'), t('columns.open'), t('columns.resolved')].map((c) => th(ctx.runs(c))),
      rows: merge.sections.map((s) => [
        { text: ctx.runs(ctx.areaTitle(s.section)), style: 'td', bold: true },
        { text: s.meanSpread === null ? t('none') : ctx.num(s.meanSpread), style: 'td' },
        { text: String(s.agreed), style: 'td' },
        { text: String(s.conflicts), style: 'td', bold: s.conflicts > 0 },
        { text: String(s.resolved), style: 'td' },
      ]),
    },
    ctx.width,
    ctx.pageHeight,
  );
  out.push(...headed(ctx, [h3(ctx, t('disagreement.byArea'))], [ctx.p(t('disagreement.byAreaIntro'), { style: 'small', margin: [0, 0, 0, 4] }), ...byArea]));

  const contested = merge.contested.flatMap((item, index) => contestedItem(ctx, item, index + 1));
  out.push(...headed(ctx, [h3(ctx, t('disagreement.contested'))], contested.length > 0 ? [ctx.p(t('disagreement.contestedIntro'), { style: 'p' }), ...contested] : [ctx.p(t('disagreement.none'), { style: 'p' })]));
  return out;
}

/** One contested question: statement, area and spread, each position with who took it, then the decision. */
function contestedItem(ctx: ReportContext, item: MergeItem, rank: number): PdfContent[] {
  const located = ctx.items.get(item.itemId);
  if (!located) return [];
  const { t } = ctx;
  const names = new Map(ctx.merge!.respondents.map((r) => [r.id, r.name]));
  const positions = new Map<string, string[]>();
  for (const entry of item.entries) {
    if (entry.answer === null) continue;
    const value = answerValue(ctx, located.item, entry.answer);
    const list = positions.get(value) ?? [];
    list.push(names.get(entry.respondent) ?? entry.respondent);
    positions.set(value, list);
  }
  const meta = [ctx.areaTitle(item.section), ...(item.spread === null ? [] : [t('disagreement.spreadOf', { spread: String(item.spread) })])].join(' · ');
  const lines: PdfText[] = [
    { text: join(bold(ctx.runs(`${rank}. ${itemText(ctx, located.item)}`)), ctx.runs(` — ${meta}`)), margin: [0, 0, 0, 2] },
    ...[...positions].map(([value, who]): PdfText => ({ text: join(bold(ctx.runs(value)), ctx.runs(`${t('colon')}${who.join(', ')}`)), margin: [10, 0, 0, 1] })),
  ];
  if (item.resolution) {
    const decided = item.consensus ? answerValue(ctx, located.item, item.consensus) : t('answers.notAnswered');
    lines.push({ text: join(italic(ctx.runs(`${t('disagreement.decided', { date: formatDate(item.resolution.decidedAt, ctx.language) })}${t('colon')}`)), bold(ctx.runs(decided))), margin: [10, 2, 0, 1] });
    if (item.resolution.note.trim()) lines.push({ text: join(italic(ctx.runs(`${t('disagreement.note')}${t('colon')}`)), ctx.runs(item.resolution.note)), style: 'small', margin: [10, 0, 0, 1] });
  } else if (item.status === 'conflict') lines.push({ text: italic(ctx.runs(t('disagreement.open'))), margin: [10, 2, 0, 1] });
  else if (item.consensus) lines.push({ text: join(italic(ctx.runs(`${t('disagreement.consensus')}${t('colon')}`)), bold(ctx.runs(answerValue(ctx, located.item, item.consensus)))), margin: [10, 2, 0, 1] });
  const last = lines[lines.length - 1]!;
  const [left, top] = last.margin as [number, number, number, number];
  last.margin = [left, top, 0, 8];
  return keepTogether(lines, ctx.width, ctx.pageHeight);
}
