import { riskHeatMap } from '../../charts/heatmap';
import { toSvgString } from '../../charts/svg';
import { isRisk, relevantItems } from '../../model/questionnaire';
import { bold, h1, h2, headed, italic, join } from '../blocks';
import type { ReportContext } from '../context';
import { withReportFonts } from '../fonts';
import { dataTable, keepTogether, th } from '../layout';
import type { PdfContent, PdfText } from '../pdfmake-types';

const HEAT_SIZE = 330;

export function securitySection(ctx: ReportContext): PdfContent[] {
  const { l, risks } = ctx;
  const out: PdfContent[] = [h1(ctx, l.sections.security, 'security'), ctx.p(l.security.intro, { style: 'p' })];
  const statements = new Map<string, string>();
  const riskItems = ctx.sections.flatMap((s) => relevantItems(s, ctx.assessment.answers).filter(isRisk).map((item) => ({ item, section: s })));
  for (const { item } of riskItems) statements.set(item.id, ctx.loc(item.statement));

  if (risks.length === 0) out.push(ctx.p(l.security.noRisks, { style: 'p' }));
  else {
    const chart = riskHeatMap(
      risks,
      {
        title: l.security.heatTitle,
        likelihood: l.security.likelihood,
        impact: l.security.impact,
        preparednessPrefix: l.security.preparednessPrefix,
        markLegend: l.security.markLegend,
        shadeLegend: l.security.shadeLegend,
        risks: Object.fromEntries(statements),
      },
      { size: HEAT_SIZE },
    );
    const height = Number(chart.attrs.height);
    out.push({ svg: toSvgString(withReportFonts(chart, ctx.font)), width: HEAT_SIZE, height, font: ctx.font, alignment: 'center', margin: [0, 4, 0, 8], _estimate: height + 12 });

    const ranked = dataTable(
      {
        widths: [28, '*', 74, 22, 22, 22, 62],
        headerText: [l.columns.rank, l.columns.risk, l.columns.area, l.columns.likelihoodShort, l.columns.impactShort, l.columns.preparednessShort, l.columns.priority],
        header: [l.columns.rank, l.columns.risk, l.columns.area, l.columns.likelihoodShort, l.columns.impactShort, l.columns.preparednessShort, l.columns.priority].map((c) => th(ctx.runs(c))),
        rows: risks.map((r) => [
          { text: String(r.rank), style: 'td', bold: true },
          { text: ctx.runs(statements.get(r.id) ?? r.id), style: 'td' },
          { text: ctx.runs(ctx.areaTitle(r.section)), style: 'td' },
          { text: String(r.likelihood), style: 'td' },
          { text: String(r.impact), style: 'td' },
          { text: String(r.preparedness), style: 'td' },
          { text: ctx.runs(`${ctx.num(r.priority, 2)} · ${l.bands[r.band]}`), style: 'td', bold: r.band === 'high' },
        ]),
      },
      ctx.width,
      ctx.pageHeight,
    );
    out.push(...headed(ctx, [h2(ctx, l.security.ranked, 'security-ranked', 'security')], ranked));

    const meaning: PdfContent[] = [];
    for (const r of risks) {
      const located = ctx.items.get(r.id);
      if (!located || located.item.type !== 'risk') continue;
      const stages = located.item.preparedness;
      const answer = ctx.assessment.answers[r.id];
      const lines: PdfText[] = [
        { text: join(bold(`${r.rank}. `), bold(ctx.runs(statements.get(r.id) ?? r.id)), ' — ', ctx.runs(`${ctx.num(r.priority, 2)} · ${l.bands[r.band]}`)), margin: [0, 0, 0, 2] },
        { text: join(italic(ctx.runs(`${l.security.now}: ${l.stageWord} ${r.preparedness} (${ctx.stageName(r.preparedness)}). `)), ctx.runs(ctx.loc(stages[r.preparedness - 1]))), margin: [10, 0, 0, 2] },
      ];
      if (r.preparedness < 5) {
        const next = r.preparedness + 1;
        lines.push({ text: join(italic(ctx.runs(`${l.security.next}: ${l.stageWord} ${next} (${ctx.stageName(next)}). `)), ctx.runs(ctx.loc(stages[next - 1]))), margin: [10, 0, 0, 2] });
      } else lines.push({ text: ctx.runs(l.security.atTop), margin: [10, 0, 0, 2] });
      if (answer && answer.kind !== 'profile' && answer.notes?.trim()) lines.push({ text: join(italic(ctx.runs(`${l.pillar.note}: `)), ctx.runs(answer.notes)), style: 'small', margin: [10, 0, 0, 2] });
      lines[lines.length - 1]!.margin = [10, 0, 0, 8];
      meaning.push(...keepTogether(lines, ctx.width, ctx.pageHeight));
    }
    out.push(...headed(ctx, [h2(ctx, l.security.meaning, 'security-meaning', 'security')], meaning));
  }

  const assessed = new Set(risks.map((r) => r.id));
  const missing = riskItems.filter(({ item }) => !assessed.has(item.id));
  if (missing.length > 0) {
    out.push(
      ...headed(
        ctx,
        [ctx.p(l.security.notAssessed, { style: 'p', bold: true, margin: [0, 8, 0, 4] })],
        missing.map(({ item }) => ({ text: ctx.runs(`• ${ctx.loc(item.statement)}`), margin: [8, 0, 0, 2] })),
      ),
    );
  }
  return out;
}
