import { COST_BANDS } from '../../model/schema/actions';
import type { Answer } from '../../model/schema/assessment';
import type { Item, Section } from '../../model/schema/questionnaire';
import { METHOD_VERSION } from '../../method/version';
import { bold, bullets, h1, h2, h3, headed, join } from '../blocks';
import type { ReportContext } from '../context';
import { dataTable, th } from '../layout';
import type { PdfContent, PdfInline, PdfText } from '../pdfmake-types';

/** Marks a question the respondents disagreed on (in the appendix and its legend); both fonts have it. */
export const CONTESTED_MARK = '‡';

export function appendixSection(ctx: ReportContext): PdfContent[] {
  const { l, assessment } = ctx;
  const out: PdfContent[] = [h1(ctx, l.sections.appendix, 'appendix')];

  // Every answer, section by section; with several respondents, contested questions are marked.
  const legend: PdfContent[] = ctx.merge ? [ctx.p(l.disagreement.legend(CONTESTED_MARK), { style: 'small', margin: [0, 0, 0, 6] })] : [];
  ctx.sections.forEach((section, index) => {
    const heading = index === 0 ? [h2(ctx, l.appendix.answers, 'appendix-answers', 'appendix'), ...legend, h3(ctx, ctx.loc(section.title))] : [h3(ctx, ctx.loc(section.title))];
    out.push(...headed(ctx, heading, answersTable(ctx, section)));
  });

  // Respondents.
  const respondents =
    assessment.respondents.length === 0
      ? [ctx.p(l.appendix.noRespondents, { style: 'p' })]
      : dataTable(
          {
            widths: ['*', '*', '*'],
            headerText: [l.columns.name, l.columns.agency, l.columns.role],
            header: [th(ctx.runs(l.columns.name)), th(ctx.runs(l.columns.agency)), th(ctx.runs(l.columns.role))],
            rows: assessment.respondents.map((r) => [r.name, r.agency, r.role].map((v): PdfText => ({ text: ctx.runs(v), style: 'td' }))),
          },
          ctx.width,
          ctx.pageHeight,
        );
  out.push(...headed(ctx, [h2(ctx, l.appendix.respondents, 'appendix-respondents', 'appendix')], respondents));

  // Method: version, formulas, scheduling, cost bands.
  const costTable = dataTable(
    {
      widths: [80, '*'],
      headerText: [l.columns.band, l.columns.range],
      header: [th(ctx.runs(l.columns.band)), th(ctx.runs(l.columns.range))],
      rows: COST_BANDS.map((band) => [
        { text: ctx.runs(l.costBands[band].name), style: 'td', bold: true },
        { text: ctx.runs(l.costBands[band].range), style: 'td' },
      ]),
    },
    ctx.width,
    ctx.pageHeight,
  );
  out.push(
    ...headed(ctx, [h2(ctx, l.appendix.method, 'appendix-method', 'appendix')], [
      ctx.p(l.appendix.methodVersion(METHOD_VERSION), { style: 'p', bold: true }),
      bullets(l.appendix.formulas.map((f) => ctx.p(f, { margin: [0, 0, 0, 2] }))),
      ctx.p(l.appendix.phaseCap(ctx.results.roadmap.phaseCap), { style: 'p' }),
    ]),
    ...headed(ctx, [ctx.p(l.appendix.costBands, { style: 'h3' })], costTable),
  );

  // Assumptions.
  out.push(...headed(ctx, [h2(ctx, l.appendix.assumptions, 'appendix-assumptions', 'appendix')], [bullets(l.appendix.assumptionList.map((a) => ctx.p(a, { margin: [0, 0, 0, 2] })))]));

  // Data completeness.
  const completeness = dataTable(
    {
      widths: ['*', 44, 52, 52, 52, 62],
      headerText: [l.columns.section, l.columns.asked, l.columns.answered, l.columns.dontKnow, l.columns.notApplicable, l.columns.completeness],
      header: [l.columns.section, l.columns.asked, l.columns.answered, l.columns.dontKnow, l.columns.notApplicable, l.columns.completeness].map((c) => th(ctx.runs(c))),
      rows: ctx.scored.map((s) => [
        { text: ctx.runs(ctx.areaTitle(s.id)), style: 'td', bold: true },
        { text: String(s.asked), style: 'td' },
        { text: String(s.answered), style: 'td' },
        { text: String(s.unknown), style: 'td' },
        { text: String(s.notApplicable), style: 'td' },
        { text: ctx.runs(ctx.pct(s.completeness)), style: 'td' },
      ]),
    },
    ctx.width,
    ctx.pageHeight,
  );
  const riskCount = ctx.sections.flatMap((s) => s.items).filter((i) => i.type === 'risk' && ctx.asked.has(i.id)).length;
  out.push(...headed(ctx, [h2(ctx, l.appendix.completeness, 'appendix-completeness', 'appendix')], [...completeness, ctx.p(l.appendix.risksAssessed(ctx.risks.length, riskCount), { style: 'p' })]));
  return out;
}

/** The statement of an indicator or risk, the label of a profile question. */
export function itemText(ctx: ReportContext, item: Item): string {
  return item.type === 'indicator' || item.type === 'risk' ? ctx.loc(item.statement) : ctx.loc(item.label);
}

function answerText(ctx: ReportContext, item: Item, answer: Answer | undefined): string {
  const { l } = ctx;
  if (!ctx.asked.has(item.id)) return l.answers.notAsked;
  if (answer === undefined) return ctx.mergeItems.get(item.id)?.status === 'conflict' ? l.disagreement.noConsensus : l.answers.notAnswered;
  return answerValue(ctx, item, answer);
}

/** An answer as a short text: "2 · emerging", "Likelihood 4, impact 3, preparedness 2 · emerging", an option label… */
export function answerValue(ctx: ReportContext, item: Item, answer: Answer): string {
  const { l } = ctx;
  switch (answer.kind) {
    case 'stage':
      return ctx.stageShort(answer.stage);
    case 'dont-know':
      return l.answers.dontKnow;
    case 'not-applicable':
      return l.answers.notApplicable;
    case 'risk':
      return l.answers.riskValues(String(answer.likelihood ?? l.none), String(answer.impact ?? l.none), answer.preparedness === undefined ? l.none : ctx.stageShort(answer.preparedness));
    case 'profile': {
      const values = Array.isArray(answer.value) ? answer.value : [answer.value];
      const options = new Map((item.type === 'choice' || item.type === 'multi' ? (item.options ?? []) : []).map((o) => [o.value, ctx.loc(o.label)]));
      const text = values.map((v) => options.get(v) ?? v).join(', ');
      return text.trim() ? text : l.none;
    }
  }
}

/**
 * The answer cell: the consensus answer and, for a question the respondents
 * disagreed on, the contested mark with the spread on a line of its own.
 */
function answerCell(ctx: ReportContext, item: Item, answer: Answer | undefined): PdfText {
  const text = answerText(ctx, item, answer);
  const merged = ctx.mergeItems.get(item.id);
  if (!merged || merged.agreed || merged.positions < 2) return { text: ctx.runs(text), style: 'td' };
  const mark = merged.spread === null ? CONTESTED_MARK : `${CONTESTED_MARK} ${ctx.l.disagreement.spreadOf(String(merged.spread))}`;
  const inlines: PdfInline[] = join(ctx.runs(`${text}\n`), bold(ctx.runs(mark)));
  return { text: inlines, style: 'td' };
}

function answersTable(ctx: ReportContext, section: Section): PdfContent[] {
  const { l } = ctx;
  const answers = ctx.assessment.answers;
  if (section.kind === 'profile') {
    return dataTable(
      {
        widths: ['*', '*'],
        headerText: [l.columns.item, l.columns.answer],
        header: [th(ctx.runs(l.columns.item)), th(ctx.runs(l.columns.answer))],
        rows: section.items.map((item) => [
          { text: ctx.runs(itemText(ctx, item)), style: 'td' },
          answerCell(ctx, item, answers[item.id]),
        ]),
      },
      ctx.width,
      ctx.pageHeight,
    );
  }
  // Notes and evidence get a column only when the section has some: the statements then have the room (fewer lines, fewer pages).
  const extrasOf = (item: Item) => {
    const answer = answers[item.id];
    return answer && answer.kind !== 'profile' ? answer : undefined;
  };
  const hasNotes = section.items.some((item) => Boolean(extrasOf(item)?.notes?.trim()));
  const hasEvidence = section.items.some((item) => Boolean(extrasOf(item)?.evidence?.trim()));
  const columns = [l.columns.item, l.columns.answer, l.columns.confidence, ...(hasNotes ? [l.columns.notes] : []), ...(hasEvidence ? [l.columns.evidence] : [])];
  return dataTable(
    {
      widths: [hasNotes && hasEvidence ? 150 : '*', section.kind === 'priority' ? 96 : 76, 52, ...(hasNotes ? ['*' as const] : []), ...(hasEvidence ? ['*' as const] : [])],
      headerText: columns,
      header: columns.map((c) => th(ctx.runs(c))),
      rows: section.items.map((item) => {
        const answer = answers[item.id];
        const extras = extrasOf(item);
        return [
          { text: ctx.runs(itemText(ctx, item)), style: 'td' },
          answerCell(ctx, item, answer),
          { text: ctx.runs(extras?.confidence ? l.confidence[extras.confidence] : l.none), style: 'td' },
          ...(hasNotes ? [{ text: ctx.runs(extras?.notes?.trim() ? extras.notes : ''), style: 'td' }] : []),
          ...(hasEvidence ? [{ text: ctx.runs(extras?.evidence?.trim() ? extras.evidence : ''), style: 'td' }] : []),
        ];
      }),
    },
    ctx.width,
    ctx.pageHeight,
  );
}
