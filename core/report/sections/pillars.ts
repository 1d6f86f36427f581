import { isIndicator, relevantItems } from '../../model/questionnaire';
import type { ActionResult, SectionResult } from '../../method/results';
import type { Answer } from '../../model/schema/assessment';
import type { Indicator, Section } from '../../model/schema/questionnaire';
import { bold, h1, h2, h3, headed, italic, join, pageRef } from '../blocks';
import type { ReportContext } from '../context';
import { dataTable, keepTogether, th } from '../layout';
import type { PdfContent, PdfText } from '../pdfmake-types';
import { confidenceText } from './profile';

const MAX_NEXT_STEPS = 5;
/** The stage from which an indicator is something that exists (CMM "established"). */
const ESTABLISHED = 3;

export function pillarsSection(ctx: ReportContext): PdfContent[] {
  // The rule a respondent followed to choose a stage, word for word as the questionnaire states it.
  const out: PdfContent[] = [h1(ctx, ctx.t('sections.pillars'), 'pillars'), ctx.p(ctx.loc(ctx.content.questionnaire.scales.stageRule), { style: 'p', bold: true })];
  ctx.scored.forEach((score, index) => {
    const section = ctx.sections.find((s) => s.id === score.id);
    if (section) out.push(...pillarBlock(ctx, section, score, index > 0));
  });
  return out;
}

/** The answer of an indicator as a short text: "2 · emerging", "Don't know", … */
export function stageAnswerText(ctx: ReportContext, answer: Answer | undefined): string {
  if (answer?.kind === 'stage') return ctx.stageShort(answer.stage);
  if (answer?.kind === 'dont-know') return ctx.t('answers.dontKnow');
  if (answer?.kind === 'not-applicable') return ctx.t('answers.notApplicable');
  return ctx.t('answers.notAnswered');
}

/** Actions that belong to a section: its area, or triggered by one of its items. */
export function sectionActions(ctx: ReportContext, section: Section): ActionResult[] {
  const ids = new Set(section.items.map((i) => i.id));
  return ctx.actions.filter((a) => a.area === section.id || a.why.some((w) => ids.has(w)));
}

function pillarBlock(ctx: ReportContext, section: Section, score: SectionResult, newPage: boolean): PdfContent[] {
  const { t, assessment } = ctx;
  const answers = assessment.answers;
  const indicators = relevantItems(section, answers).filter(isIndicator);
  const id = `pillar-${section.id}`;
  const out: PdfContent[] = [];

  // Where you stand.
  const stand =
    score.score === null || score.stage === null
      ? t('pillar.noScore', { target: String(score.target), completeness: ctx.pct(score.completeness) })
      : t('pillar.standSentence', {
          score: ctx.num(score.score),
          stage: t('stageNamed', { stage: score.stage, name: ctx.stageName(score.stage) }),
          target: String(score.target),
          gap: ctx.num(score.gap ?? 0),
          completeness: ctx.pct(score.completeness),
          confidence: confidenceText(ctx, score.confidence).toLowerCase(),
        });
  const table = dataTable(
    {
      widths: ['*', 90, 80],
      headerText: [t('columns.item'), t('columns.stage'), t('columns.confidence')],
      header: [th(ctx.runs(t('columns.item'))), th(ctx.runs(t('columns.stage'))), th(ctx.runs(t('columns.confidence')))],
      rows: indicators.map((indicator) => {
        const answer = answers[indicator.id];
        const confidence = answer && answer.kind !== 'profile' && answer.confidence ? t(`confidence.${answer.confidence}`) : t('none');
        return [
          { text: ctx.runs(ctx.loc(indicator.statement)), style: 'td' },
          { text: ctx.runs(stageAnswerText(ctx, answer)), style: 'td', bold: answer?.kind === 'stage' && answer.stage >= ESTABLISHED },
          { text: ctx.runs(confidence), style: 'td' },
        ];
      }),
    },
    ctx.width,
    ctx.pageHeight,
  );
  out.push(...headed(ctx, [h2(ctx, ctx.areaTitle(section.id), id, 'pillars'), h3(ctx, t('pillar.stands'))], [ctx.p(stand, { style: 'p' }), ...table], newPage ? { pageBreak: 'before' } : {}));

  // What exists: strengths (established or above) and anything the respondents noted.
  const answered = indicators
    .map((indicator) => ({ indicator, answer: answers[indicator.id] }))
    .filter((x): x is { indicator: Indicator; answer: Extract<Answer, { kind: 'stage' }> } => x.answer?.kind === 'stage')
    .sort((a, b) => b.answer.stage - a.answer.stage || b.indicator.weight - a.indicator.weight);
  // Only what is established (stage 3) or above counts as existing: a stage-1 indicator is an absence, not an asset.
  const strengths = answered.filter((x) => x.answer.stage >= ESTABLISHED);
  const exists: PdfContent[] = [];
  if (strengths.length > 0) exists.push(ctx.p(t('pillar.existsIntro'), { style: 'p' }));
  else exists.push(ctx.p(answered.length > 0 ? t('pillar.noneEstablished') : t('pillar.nothingAnswered'), { style: 'p' }));
  for (const { indicator, answer } of strengths) exists.push(...entry(ctx, indicator, answer, ctx.loc(indicator.stages[answer.stage - 1])));
  out.push(...headed(ctx, [h3(ctx, t('pillar.exists'))], exists));

  // What to do next: the next stage up where the gap to the target is largest, then the roadmap actions.
  const below = answered
    .filter((x) => x.answer.stage < score.target)
    .sort((a, b) => (score.target - b.answer.stage) * b.indicator.weight - (score.target - a.answer.stage) * a.indicator.weight || a.indicator.id.localeCompare(b.indicator.id))
    .slice(0, MAX_NEXT_STEPS);
  const next: PdfContent[] = [];
  if (below.length > 0) {
    next.push(ctx.p(t('pillar.nextIntro'), { style: 'p' }));
    for (const { indicator, answer } of below) {
      const to = answer.stage + 1;
      next.push(
        ...keepTogether(
          [
            { text: join(bold(ctx.runs(ctx.loc(indicator.statement)))), margin: [8, 0, 0, 1] },
            {
              text: join(
                italic(ctx.runs(t('pillar.nextStep', { from: t('stageNamed', { stage: answer.stage, name: ctx.stageName(answer.stage) }), to: t('stageNamed', { stage: to, name: ctx.stageName(to) }) }))),
                ' ',
                ctx.runs(ctx.loc(indicator.stages[to - 1])),
              ),
              margin: [8, 0, 0, 6],
            },
          ],
          ctx.width,
          ctx.pageHeight,
        ),
      );
    }
  } else if (answered.length > 0) next.push(ctx.p(t('pillar.atTarget'), { style: 'p' }));
  const actions = sectionActions(ctx, section);
  const actionLines: PdfContent[] = [ctx.p(actions.length > 0 ? t('pillar.actionsIntro') : t('pillar.noActions'), { style: 'p', margin: [0, 4, 0, 4] })];
  for (const action of actions) {
    // The page number sits in a column of its own: pdfmake resolves page references on the first line of a paragraph only.
    actionLines.push({
      columns: [
        { text: bold(action.number), width: 24 },
        { text: join(ctx.runs(ctx.actionTitle(action)), ' · ', ctx.runs(t(`phases.${action.phase}`))), width: '*' },
        // Without the roadmap section there is no card to refer to.
        ...(ctx.printed.has('roadmap') ? [{ text: pageRef(ctx, ctx.actionAnchor(action.id)), width: 'auto' as const }] : []),
      ],
      columnGap: 6,
      margin: [8, 0, 0, 3],
    });
  }
  // The lead-in line stays with the first action.
  next.push(...keepTogether(actionLines.slice(0, 2), ctx.width, ctx.pageHeight), ...actionLines.slice(2));
  out.push(...headed(ctx, [h3(ctx, t('pillar.next'))], next));
  return out;
}

/** One indicator in "what exists": statement and stage, what that stage means, then notes and evidence. */
function entry(ctx: ReportContext, indicator: Indicator, answer: Answer | undefined, descriptor: string): PdfContent[] {
  const lines: PdfText[] = [{ text: join(bold(ctx.runs(ctx.loc(indicator.statement))), ' — ', ctx.runs(stageAnswerText(ctx, answer))), margin: [8, 0, 0, 1] }];
  lines.push({ text: ctx.runs(descriptor), margin: [8, 0, 0, 1] });
  if (answer && answer.kind !== 'profile') {
    if (answer.notes?.trim()) lines.push({ text: join(italic(ctx.runs(`${ctx.t('pillar.note')}${ctx.t('colon')}`)), ctx.runs(answer.notes)), margin: [8, 0, 0, 1], style: 'small' });
    if (answer.evidence?.trim()) lines.push({ text: join(italic(ctx.runs(`${ctx.t('columns.evidence')}${ctx.t('colon')}`)), ctx.runs(answer.evidence)), margin: [8, 0, 0, 1], style: 'small' });
  }
  lines[lines.length - 1]!.margin = [8, 0, 0, 6];
  return keepTogether(lines, ctx.width, ctx.pageHeight);
}
