import { heatMapOverflow, riskHeatMap, riskMarkLabel } from '../../charts/heatmap';
import { isRisk, relevantItems, scaleLevel, type RatingScaleName } from '../../model/questionnaire';
import { bold, h1, h2, headed, italic, join } from '../blocks';
import type { ReportContext } from '../context';
import { chartSvg } from '../fonts';
import { dataTable, keepTogether, th } from '../layout';
import type { PdfContent, PdfText } from '../pdfmake-types';
import { unrankedRisks } from './unranked';

const HEAT_SIZE = 330;

export function securitySection(ctx: ReportContext): PdfContent[] {
  const { t, risks } = ctx;
  const out: PdfContent[] = [h1(ctx, t('sections.security'), 'security'), ctx.p(t('security.intro'), { style: 'p' }), ...scaleTable(ctx)];
  const statements = new Map<string, string>();
  const riskItems = ctx.sections.flatMap((s) =>
    relevantItems(s, ctx.assessment.answers)
      .filter(isRisk)
      .map((item) => ({ item, section: s })),
  );
  for (const { item } of riskItems) statements.set(item.id, ctx.loc(item.statement));

  if (risks.length === 0) out.push(ctx.p(t('security.noRisks'), { style: 'p' }));
  else {
    const chart = riskHeatMap(
      risks,
      {
        title: t('security.heatTitle'),
        likelihood: t('security.likelihood'),
        impact: t('security.impact'),
        preparednessPrefix: t('security.preparednessPrefix'),
        markLegend: t('security.markLegend'),
        shadeLegend: t('security.shadeLegend'),
        risks: Object.fromEntries(statements),
      },
      { size: HEAT_SIZE },
    );
    const height = Number(chart.attrs.height);
    out.push({ ...chartSvg(chart, ctx.font), width: HEAT_SIZE, height, font: ctx.font, alignment: 'center', margin: [0, 4, 0, 8], _estimate: height + 12 });
    // The map never hides a risk: what a crowded cell cannot draw is listed under it.
    const overflow = heatMapOverflow(risks, { preparednessPrefix: t('security.preparednessPrefix') }, { size: HEAT_SIZE });
    if (overflow.length > 0) {
      out.push(
        ...keepTogether(
          [
            ctx.p(t('security.overflow'), { style: 'small', bold: true, margin: [0, 0, 0, 2] }),
            ...overflow.map((r) =>
              ctx.p(t('security.overflowItem', { mark: riskMarkLabel(r, t('security.preparednessPrefix')), likelihood: r.likelihood, impact: r.impact, statement: statements.get(r.id) ?? r.id }), {
                style: 'small',
                margin: [8, 0, 0, 1],
              }),
            ),
          ],
          ctx.width,
          ctx.pageHeight,
          { margin: [0, 0, 0, 8] },
        ),
      );
    }

    const ranked = dataTable(
      {
        widths: [28, '*', 74, 22, 22, 22, 62],
        headerText: [t('columns.rank'), t('columns.risk'), t('columns.area'), t('columns.likelihoodShort'), t('columns.impactShort'), t('columns.preparednessShort'), t('columns.priority')],
        header: [t('columns.rank'), t('columns.risk'), t('columns.area'), t('columns.likelihoodShort'), t('columns.impactShort'), t('columns.preparednessShort'), t('columns.priority')].map((c) => th(ctx.runs(c))),
        rows: risks.map((r) => [
          { text: String(r.rank), style: 'td', bold: true },
          { text: ctx.runs(statements.get(r.id) ?? r.id), style: 'td' },
          { text: ctx.runs(ctx.areaTitle(r.section)), style: 'td' },
          { text: String(r.likelihood), style: 'td' },
          { text: String(r.impact), style: 'td' },
          { text: String(r.preparedness), style: 'td' },
          { text: ctx.runs(`${ctx.num(r.priority, 2)} · ${t(`bands.${r.band}`)}`), style: 'td', bold: r.band === 'high' },
        ]),
      },
      ctx.width,
      ctx.pageHeight,
    );
    out.push(...headed(ctx, [h2(ctx, t('security.ranked'), 'security-ranked', 'security')], ranked));

    const meaning: PdfContent[] = [];
    for (const r of risks) {
      const located = ctx.items.get(r.id);
      if (!located || located.item.type !== 'risk') continue;
      const stages = located.item.preparedness;
      const answer = ctx.assessment.answers[r.id];
      const lines: PdfText[] = [
        { text: join(bold(`${r.rank}. `), bold(ctx.runs(statements.get(r.id) ?? r.id)), ' — ', ctx.runs(`${ctx.num(r.priority, 2)} · ${t(`bands.${r.band}`)}`)), margin: [0, 0, 0, 2] },
        { text: join(italic(ctx.runs(`${t('security.now', { stage: r.preparedness, name: ctx.stageName(r.preparedness) })} `)), ctx.runs(ctx.loc(stages[r.preparedness - 1]))), margin: [10, 0, 0, 2] },
      ];
      if (r.preparedness < 5) {
        const next = r.preparedness + 1;
        lines.push({ text: join(italic(ctx.runs(`${t('security.next', { stage: next, name: ctx.stageName(next) })} `)), ctx.runs(ctx.loc(stages[next - 1]))), margin: [10, 0, 0, 2] });
      } else lines.push({ text: ctx.runs(t('security.atTop')), margin: [10, 0, 0, 2] });
      if (answer && answer.kind !== 'profile' && answer.notes?.trim()) lines.push({ text: join(italic(ctx.runs(`${t('pillar.note')}${t('colon')}`)), ctx.runs(answer.notes)), style: 'small', margin: [10, 0, 0, 2] });
      lines[lines.length - 1]!.margin = [10, 0, 0, 8];
      meaning.push(...keepTogether(lines, ctx.width, ctx.pageHeight));
    }
    out.push(...headed(ctx, [h2(ctx, t('security.meaning'), 'security-meaning', 'security')], meaning));
  }

  const unranked = unrankedRisks(ctx);
  if (unranked.length > 0) {
    out.push(
      ...headed(
        ctx,
        [ctx.p(t('security.notAssessed'), { style: 'p', bold: true, margin: [0, 8, 0, 4] })],
        unranked.map((u) => ({ text: ctx.runs(`• ${u.statement}${t('dash')}${u.reason}`), margin: [8, 0, 0, 2] })),
      ),
    );
  }
  return out;
}

/** The likelihood and impact scales with their meanings, from the questionnaire's one definition (as on screen and on paper). */
function scaleTable(ctx: ReportContext): PdfContent[] {
  const { scales } = ctx.content.questionnaire;
  const cell = (scale: RatingScaleName, value: number): PdfText => {
    const level = scaleLevel(ctx.content.questionnaire, scale, value, ctx.language);
    return { text: join(bold(ctx.runs(`${value} · ${level.label}`)), ctx.runs(` ${level.meaning}`)), style: 'td' };
  };
  const headerText = [ctx.loc(scales.likelihood.title), ctx.loc(scales.impact.title)];
  return dataTable(
    {
      widths: ['*', '*'],
      headerText,
      header: headerText.map((c) => th(ctx.runs(c))),
      rows: [1, 2, 3, 4, 5].map((value) => [cell('likelihood', value), cell('impact', value)]),
    },
    ctx.width,
    ctx.pageHeight,
  );
}
