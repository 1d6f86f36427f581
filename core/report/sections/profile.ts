import { radarChart } from '../../charts/radar';
import { h1, h3, headed } from '../blocks';
import type { SectionResult } from '../../method/results';
import type { ReportContext } from '../context';
import { chartSvg } from '../fonts';
import { dataTable, th } from '../layout';
import type { PdfContent } from '../pdfmake-types';
import { disagreementBlock } from './disagreement';
import { progressBlock } from './progress';

const RADAR_SIZE = 420;

/** Confidence (0–1) in words, with the mean as a percentage. */
export function confidenceText(ctx: ReportContext, confidence: number | null): string {
  if (confidence === null) return ctx.t('none');
  const word = confidence < 0.5 ? ctx.t('confidence.low') : confidence < 0.84 ? ctx.t('confidence.medium') : ctx.t('confidence.high');
  return `${word} (${ctx.pct(confidence)})`;
}

/** "7 of 9, 1 don't know, 1 n/a": the unknown and not-applicable counts only when there are any. */
function answeredOf(ctx: ReportContext, s: SectionResult): string {
  const { t } = ctx;
  const unknown = s.unknown ? t('profile.answeredDontKnow', { unknown: s.unknown }) : '';
  const notApplicable = s.notApplicable ? t('profile.answeredNotApplicable', { notApplicable: s.notApplicable }) : '';
  return `${t('profile.answeredOf', { answered: s.answered, asked: s.asked })}${unknown}${notApplicable}`;
}

export function profileSection(ctx: ReportContext): PdfContent[] {
  const { t, scored } = ctx;
  const radar = radarChart(
    ctx.scored.filter((s) => ctx.results.radar.includes(s.id)).map((s) => ({ label: ctx.areaTitle(s.id), current: s.score, target: s.target })),
    RADAR_SIZE,
    { title: t('profile.radarTitle'), current: t('profile.radarCurrent'), target: t('profile.radarTarget'), noData: t('profile.noData') },
  );
  const svg = chartSvg(radar, ctx.font);
  const height = Number(radar.attrs.height);
  const table = dataTable(
    {
      widths: ['*', 44, 62, 34, 34, 60, 64, 50],
      headerText: [t('columns.pillar'), t('columns.score'), t('columns.stage'), t('columns.target'), t('columns.gap'), t('columns.completeness'), t('columns.confidence'), t('columns.answered')],
      header: [t('columns.pillar'), t('columns.score'), t('columns.stage'), t('columns.target'), t('columns.gap'), t('columns.completeness'), t('columns.confidence'), t('columns.answered')].map((c) => th(ctx.runs(c))),
      rows: scored.map((s) => [
        { text: ctx.runs(ctx.areaTitle(s.id)), style: 'td', bold: true },
        { text: s.score === null ? t('none') : ctx.num(s.score), style: 'td' },
        { text: ctx.runs(s.stage === null ? t('profile.noData') : ctx.stageShort(s.stage)), style: 'td' },
        { text: String(s.target), style: 'td' },
        { text: s.gap === null ? t('none') : ctx.num(s.gap), style: 'td' },
        { text: ctx.runs(ctx.pct(s.completeness)), style: 'td' },
        { text: ctx.runs(confidenceText(ctx, s.confidence)), style: 'td' },
        { text: ctx.runs(answeredOf(ctx, s)), style: 'td' },
      ]),
    },
    ctx.width,
    ctx.pageHeight,
  );
  return [
    h1(ctx, t('sections.profile'), 'profile'),
    ctx.p(t('profile.intro'), { style: 'p' }),
    { ...svg, width: RADAR_SIZE, height, font: ctx.font, alignment: 'center', margin: [0, 6, 0, 10], _estimate: height + 16 },
    ...headed(ctx, [h3(ctx, t('profile.tableHeading'))], table),
    // Then, when there is a previous assessment, the progress since it; when several respondents answered, where they disagree.
    ...progressBlock(ctx),
    ...disagreementBlock(ctx),
  ];
}
