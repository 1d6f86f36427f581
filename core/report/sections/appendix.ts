import { COST_BANDS } from '../../model/schema/actions';
import type { Answer } from '../../model/schema/assessment';
import type { Item, Section } from '../../model/schema/questionnaire';
import { METHOD_VERSION } from '../../method/version';
import { bold, bullets, h1, h2, h3, headed, italic, join } from '../blocks';
import { citedRecords, referenceIndex } from '../../model/references';
import type { ReportContext } from '../context';
import { TABLE_LAYOUT, dataTable, th } from '../layout';
import type { PdfContent, PdfInline, PdfText } from '../pdfmake-types';

/** Marks a question the respondents disagreed on (in the appendix and its legend); both fonts have it. */
export const CONTESTED_MARK = '‡';

/** The method's formulas and the report's assumptions, in print order (keys under appendix.formulas and appendix.assumptionList). */
const FORMULAS = ['score', 'target', 'completeness', 'confidence', 'priority', 'trigger'] as const;
const ASSUMPTIONS = ['selfAssessed', 'observable', 'ambition', 'indicative', 'unanswered'] as const;

export function appendixSection(ctx: ReportContext): PdfContent[] {
  const { t } = ctx;
  const out: PdfContent[] = [h1(ctx, t('sections.appendix'), 'appendix')];

  // Every answer, section by section; with several respondents, contested questions are marked.
  const legend: PdfContent[] = ctx.merge ? [ctx.p(t('disagreement.legend', { mark: CONTESTED_MARK }), { style: 'small', margin: [0, 0, 0, 6] })] : [];
  ctx.sections.forEach((section, index) => {
    const heading = index === 0 ? [h2(ctx, t('appendix.answers'), 'appendix-answers', 'appendix'), ...legend, h3(ctx, ctx.loc(section.title))] : [h3(ctx, ctx.loc(section.title))];
    out.push(...headed(ctx, heading, answersTable(ctx, section)));
  });

  // Respondents and institutions consulted: with no respondent recorded, the lead respondent is the one.
  out.push(...headed(ctx, [h2(ctx, t('appendix.respondents'), 'appendix-respondents', 'appendix')], respondentsBlock(ctx)));

  // Method: version, formulas, scheduling, cost bands.
  const costTable = dataTable(
    {
      widths: [80, '*'],
      headerText: [t('columns.band'), t('columns.range')],
      header: [th(ctx.runs(t('columns.band'))), th(ctx.runs(t('columns.range')))],
      rows: COST_BANDS.map((band) => [
        { text: ctx.runs(t(`costBands.${band}.name`)), style: 'td', bold: true },
        { text: ctx.runs(t(`costBands.${band}.range`)), style: 'td' },
      ]),
    },
    ctx.width,
    ctx.pageHeight,
  );
  out.push(
    ...headed(
      ctx,
      [h2(ctx, t('appendix.method'), 'appendix-method', 'appendix')],
      [
        ctx.p(t('appendix.methodVersion', { version: METHOD_VERSION }), { style: 'p', bold: true }),
        bullets(FORMULAS.map((key) => ctx.p(t(`appendix.formulas.${key}`), { margin: [0, 0, 0, 2] }))),
        ctx.p(schedulingText(ctx), { style: 'p' }),
      ],
    ),
    ...headed(ctx, [ctx.p(t('appendix.costBands'), { style: 'h3' })], costTable),
  );

  // Assumptions.
  out.push(...headed(ctx, [h2(ctx, t('appendix.assumptions'), 'appendix-assumptions', 'appendix')], [bullets(ASSUMPTIONS.map((key) => ctx.p(t(`appendix.assumptionList.${key}`), { margin: [0, 0, 0, 2] })))]));

  // Data completeness.
  const completeness = dataTable(
    {
      widths: ['*', 44, 52, 52, 52, 62],
      headerText: [t('columns.section'), t('columns.asked'), t('columns.answered'), t('columns.dontKnow'), t('columns.notApplicable'), t('columns.completeness')],
      header: [t('columns.section'), t('columns.asked'), t('columns.answered'), t('columns.dontKnow'), t('columns.notApplicable'), t('columns.completeness')].map((c) => th(ctx.runs(c))),
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
  out.push(
    ...headed(ctx, [h2(ctx, t('appendix.completeness'), 'appendix-completeness', 'appendix')], [...completeness, ctx.p(t('appendix.risksAssessed', { assessed: ctx.risks.length, asked: riskCount }), { style: 'p' })]),
  );

  const references = referenceLines(ctx);
  if (references.length > 0) out.push(...headed(ctx, [h2(ctx, t('appendix.references'), 'appendix-references', 'appendix'), ctx.p(t('appendix.referencesIntro'), { style: 'p' })], references));
  out.push(...headed(ctx, [h2(ctx, t('appendix.signOff'), 'appendix-sign-off', 'appendix')], signOff(ctx)));
  return out;
}

/** Everyone who answered, by name, agency and role, then the institutions they came from. */
function respondentsBlock(ctx: ReportContext): PdfContent[] {
  const { t, assessment } = ctx;
  const meta = assessment.meta;
  const people = assessment.respondents.length > 0 ? assessment.respondents.map((r) => [r.name, r.agency, r.role]) : meta.leadRespondent.trim() ? [[meta.leadRespondent, meta.institution, t('cover.leadRespondent')]] : [];
  if (people.length === 0) return [ctx.p(t('appendix.noRespondents'), { style: 'p' })];
  const table = dataTable(
    {
      widths: ['*', '*', '*'],
      headerText: [t('columns.name'), t('columns.agency'), t('columns.role')],
      header: [th(ctx.runs(t('columns.name'))), th(ctx.runs(t('columns.agency'))), th(ctx.runs(t('columns.role')))],
      rows: people.map((row) => row.map((v): PdfText => ({ text: ctx.runs(v.trim() || t('none')), style: 'td' }))),
    },
    ctx.width,
    ctx.pageHeight,
  );
  const institutions = [...new Map([meta.institution, ...people.map((p) => p[1]!)].map((name) => [name.trim().toLowerCase(), name.trim()])).values()].filter(Boolean);
  return [...table, ctx.p(t('appendix.institutions', { count: institutions.length, list: institutions.join(t('listSeparator')) }), { style: 'p' })];
}

/** The sources cited by the sections and questions asked and the actions scheduled: each record once, in full, with the parts cited. */
function referenceLines(ctx: ReportContext): PdfContent[] {
  const scheduled = new Set(ctx.actions.map((a) => a.id));
  const cited = [
    ...ctx.sections.flatMap((s) => s.references ?? []),
    ...ctx.sections
      .flatMap((s) => s.items)
      .filter((i) => ctx.asked.has(i.id))
      .flatMap((i) => i.references ?? []),
    ...ctx.content.library.actions.filter((a) => scheduled.has(a.id)).flatMap((a) => a.references),
  ];
  const records = referenceIndex(ctx.content.questionnaire, ctx.content.library);
  // One paragraph per source, its cited parts after it: a source cited thirty times takes a few lines, not a page.
  const parts = new Map<string, Set<string>>();
  for (const c of cited) {
    const entry = parts.get(c.ref) ?? new Set<string>();
    if (c.locator) entry.add(c.locator);
    parts.set(c.ref, entry);
  }
  return citedRecords(cited, records)
    .sort((a, b) => a.title.localeCompare(b.title) || a.year - b.year)
    .map((r) => {
      const locators = [...parts.get(r.id)!].sort();
      const cites = locators.length > 0 ? ctx.runs(` ${ctx.t('appendix.cited')}${ctx.t('colon')}${locators.join('; ')}`) : [];
      return { text: join(bold(ctx.runs(r.title)), ctx.runs(`. ${r.publisher}, ${r.year}.${r.url ? ` ${r.url}` : ''}${r.doi ? ` doi:${r.doi}` : ''}`), cites), style: 'small', margin: [0, 0, 0, 3] };
    });
}

/** Who prepared, reviewed and approved the report: blank lines to sign, with the method version they sign off. */
function signOff(ctx: ReportContext): PdfContent[] {
  const { t } = ctx;
  const columns = [t('signOff.step'), t('columns.name'), t('columns.role'), t('signOff.date'), t('signOff.signature')];
  const blank = (): PdfText => ({ text: ' ', style: 'td', margin: [0, 14, 0, 0] });
  return [
    ctx.p(t('signOff.intro', { version: METHOD_VERSION, id: ctx.assessment.id }), { style: 'p' }),
    {
      table: {
        widths: [80, '*', '*', 60, 90],
        dontBreakRows: true,
        body: [
          columns.map((c) => th(ctx.runs(c))),
          ...(['prepared', 'reviewed', 'approved'] as const).map((step) => [{ text: ctx.runs(t(`signOff.steps.${step}`)), style: 'td', bold: true, margin: [0, 14, 0, 0] } as PdfText, blank(), blank(), blank(), blank()]),
        ],
      },
      layout: { ...TABLE_LAYOUT, hLineWidth: () => 0.8, hLineColor: () => '#000000' },
      unbreakable: true,
    },
  ];
}

/** The statement of an indicator or risk, the label of a profile question. */
export function itemText(ctx: ReportContext, item: Item): string {
  return item.type === 'indicator' || item.type === 'risk' ? ctx.loc(item.statement) : ctx.loc(item.label);
}

/** Whose capacity an indicator or risk rates, on a line of its own under the statement. */
function scopeLine(ctx: ReportContext, item: Item): PdfInline[] {
  return item.type === 'indicator' || item.type === 'risk' ? italic(ctx.runs(`\n${ctx.t(`itemScope.${item.scope}`)}`)) : [];
}

function answerText(ctx: ReportContext, item: Item, answer: Answer | undefined): string {
  const { t } = ctx;
  if (!ctx.asked.has(item.id)) return t('answers.notAsked');
  if (answer === undefined) return ctx.mergeItems.get(item.id)?.status === 'conflict' ? t('disagreement.noConsensus') : t('answers.notAnswered');
  return answerValue(ctx, item, answer);
}

/** An answer as a short text: "2 · emerging", "Likelihood 4, impact 3, preparedness 2 · emerging", an option label… */
export function answerValue(ctx: ReportContext, item: Item, answer: Answer): string {
  const { t } = ctx;
  switch (answer.kind) {
    case 'stage':
      return ctx.stageShort(answer.stage);
    case 'dont-know':
      return t('answers.dontKnow');
    case 'not-applicable':
      return t('answers.notApplicable');
    case 'risk':
      return t('answers.riskValues', {
        likelihood: String(answer.likelihood ?? t('none')),
        impact: String(answer.impact ?? t('none')),
        preparedness: answer.preparedness === undefined ? t('none') : ctx.stageShort(answer.preparedness),
      });
    case 'profile': {
      const values = Array.isArray(answer.value) ? answer.value : [answer.value];
      const options = new Map((item.type === 'choice' || item.type === 'multi' ? (item.options ?? []) : []).map((o) => [o.value, ctx.loc(o.label)]));
      const text = values.map((v) => options.get(v) ?? v).join(', ');
      return text.trim() ? text : t('none');
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
  const mark = merged.spread === null ? CONTESTED_MARK : `${CONTESTED_MARK} ${ctx.t('disagreement.spreadOf', { spread: String(merged.spread) })}`;
  const inlines: PdfInline[] = join(ctx.runs(`${text}\n`), bold(ctx.runs(mark)));
  return { text: inlines, style: 'td' };
}

function answersTable(ctx: ReportContext, section: Section): PdfContent[] {
  const { t } = ctx;
  const answers = ctx.assessment.answers;
  if (section.kind === 'profile') {
    return dataTable(
      {
        widths: ['*', '*'],
        headerText: [t('columns.item'), t('columns.answer')],
        header: [th(ctx.runs(t('columns.item'))), th(ctx.runs(t('columns.answer')))],
        rows: section.items.map((item) => [{ text: ctx.runs(itemText(ctx, item)), style: 'td' }, answerCell(ctx, item, answers[item.id])]),
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
  const columns = [t('columns.item'), t('columns.answer'), t('columns.confidence'), ...(hasNotes ? [t('columns.notes')] : []), ...(hasEvidence ? [t('columns.evidence')] : [])];
  return dataTable(
    {
      widths: [hasNotes && hasEvidence ? 150 : '*', section.kind === 'priority' ? 96 : 76, 52, ...(hasNotes ? ['*' as const] : []), ...(hasEvidence ? ['*' as const] : [])],
      headerText: columns,
      header: columns.map((c) => th(ctx.runs(c))),
      rows: section.items.map((item) => {
        const answer = answers[item.id];
        const extras = extrasOf(item);
        return [
          { text: join(ctx.runs(itemText(ctx, item)), scopeLine(ctx, item)), style: 'td' },
          answerCell(ctx, item, answer),
          { text: ctx.runs(extras?.confidence ? t(`confidence.${extras.confidence}`) : t('none')), style: 'td' },
          ...(hasNotes ? [{ text: ctx.runs(extras?.notes?.trim() ? extras.notes : ''), style: 'td' }] : []),
          ...(hasEvidence ? [{ text: ctx.runs(extras?.evidence?.trim() ? extras.evidence : ''), style: 'td' }] : []),
        ];
      }),
    },
    ctx.width,
    ctx.pageHeight,
  );
}

/** How the roadmap was scheduled: the institution's capacity, and the team's phase cap when set. */
function schedulingText(ctx: ReportContext): string {
  const { capacity, phaseCap } = ctx.results.roadmap;
  const text = ctx.t('appendix.scheduling', { capacity: ctx.num(capacity) });
  return phaseCap === null ? text : `${text} ${ctx.t('appendix.schedulingCap', { cap: phaseCap })}`;
}
