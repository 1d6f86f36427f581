import { radarChart } from '../../charts/radar';
import { toSvgString } from '../../charts/svg';
import { h1, h3, headed } from '../blocks';
import type { ReportContext } from '../context';
import { withReportFonts } from '../fonts';
import { dataTable, th } from '../layout';
import type { PdfContent } from '../pdfmake-types';
import { disagreementBlock } from './disagreement';
import { progressBlock } from './progress';

const RADAR_SIZE = 420;

/** Confidence (0–1) in words, with the mean as a percentage. */
export function confidenceText(ctx: ReportContext, confidence: number | null): string {
  if (confidence === null) return ctx.l.none;
  const word = confidence < 0.5 ? ctx.l.confidence.low : confidence < 0.84 ? ctx.l.confidence.medium : ctx.l.confidence.high;
  return `${word} (${ctx.pct(confidence)})`;
}

export function profileSection(ctx: ReportContext): PdfContent[] {
  const { l, scored } = ctx;
  const radar = radarChart(
    ctx.scored.filter((s) => ctx.results.radar.includes(s.id)).map((s) => ({ label: ctx.areaTitle(s.id), current: s.score, target: s.target })),
    RADAR_SIZE,
    { title: l.profile.radarTitle, current: l.profile.radarCurrent, target: l.profile.radarTarget, noData: l.profile.noData },
  );
  const svg = toSvgString(withReportFonts(radar, ctx.font));
  const height = Number(radar.attrs.height);
  const table = dataTable(
    {
      widths: ['*', 44, 62, 34, 34, 60, 64, 50],
      headerText: [l.columns.pillar, l.columns.score, l.columns.stage, l.columns.target, l.columns.gap, l.columns.completeness, l.columns.confidence, l.columns.answered],
      header: [l.columns.pillar, l.columns.score, l.columns.stage, l.columns.target, l.columns.gap, l.columns.completeness, l.columns.confidence, l.columns.answered].map((c) => th(ctx.runs(c))),
      rows: scored.map((s) => [
        { text: ctx.runs(ctx.areaTitle(s.id)), style: 'td', bold: true },
        { text: s.score === null ? l.none : ctx.num(s.score), style: 'td' },
        { text: ctx.runs(s.stage === null ? l.profile.noData : ctx.stageShort(s.stage)), style: 'td' },
        { text: String(s.target), style: 'td' },
        { text: s.gap === null ? l.none : ctx.num(s.gap), style: 'td' },
        { text: ctx.runs(ctx.pct(s.completeness)), style: 'td' },
        { text: ctx.runs(confidenceText(ctx, s.confidence)), style: 'td' },
        { text: ctx.runs(l.profile.answeredOf(s.answered, s.asked, s.unknown, s.notApplicable)), style: 'td' },
      ]),
    },
    ctx.width,
    ctx.pageHeight,
  );
  return [
    h1(ctx, l.sections.profile, 'profile'),
    ctx.p(l.profile.intro, { style: 'p' }),
    { svg, width: RADAR_SIZE, height, font: ctx.font, alignment: 'center', margin: [0, 6, 0, 10], _estimate: height + 16 },
    ...headed(ctx, [h3(ctx, l.profile.tableHeading)], table),
    // Then, when there is a previous assessment, the progress since it; when several respondents answered, where they disagree.
    ...progressBlock(ctx),
    ...disagreementBlock(ctx),
  ];
}
