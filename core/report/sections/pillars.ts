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

export function pillarsSection(ctx: ReportContext): PdfContent[] {
  const out: PdfContent[] = [h1(ctx, ctx.l.sections.pillars, 'pillars')];
  ctx.scored.forEach((score, index) => {
    const section = ctx.sections.find((s) => s.id === score.id);
    if (section) out.push(...pillarBlock(ctx, section, score, index > 0));
  });
  return out;
}

/** The answer of an indicator as a short text: "2 · emerging", "Don't know", … */
export function stageAnswerText(ctx: ReportContext, answer: Answer | undefined): string {
  if (answer?.kind === 'stage') return ctx.stageShort(answer.stage);
  if (answer?.kind === 'dont-know') return ctx.l.answers.dontKnow;
  if (answer?.kind === 'not-applicable') return ctx.l.answers.notApplicable;
  return ctx.l.answers.notAnswered;
}

/** Actions that belong to a section: its area, or triggered by one of its items. */
export function sectionActions(ctx: ReportContext, section: Section): ActionResult[] {
  const ids = new Set(section.items.map((i) => i.id));
  return ctx.actions.filter((a) => a.area === section.id || a.why.some((w) => ids.has(w)));
}

function pillarBlock(ctx: ReportContext, section: Section, score: SectionResult, newPage: boolean): PdfContent[] {
  const { l, assessment } = ctx;
  const answers = assessment.answers;
  const indicators = relevantItems(section, answers).filter(isIndicator);
  const id = `pillar-${section.id}`;
  const out: PdfContent[] = [];

  // Where you stand.
  const stand =
    score.score === null || score.stage === null
      ? l.pillar.noScore(String(score.target), ctx.pct(score.completeness))
      : l.pillar.standSentence(ctx.num(score.score), l.stageNamed(score.stage, ctx.stageName(score.stage)), String(score.target), ctx.num(score.gap ?? 0), ctx.pct(score.completeness), confidenceText(ctx, score.confidence).toLowerCase());
  const table = dataTable(
    {
      widths: ['*', 90, 80],
      headerText: [l.columns.item, l.columns.stage, l.columns.confidence],
      header: [th(ctx.runs(l.columns.item)), th(ctx.runs(l.columns.stage)), th(ctx.runs(l.columns.confidence))],
      rows: indicators.map((indicator) => {
        const answer = answers[indicator.id];
        const confidence = answer && answer.kind !== 'profile' && answer.confidence ? l.confidence[answer.confidence] : l.none;
        return [
          { text: ctx.runs(ctx.loc(indicator.statement)), style: 'td' },
          { text: ctx.runs(stageAnswerText(ctx, answer)), style: 'td', bold: answer?.kind === 'stage' && answer.stage >= 3 },
          { text: ctx.runs(confidence), style: 'td' },
        ];
      }),
    },
    ctx.width,
    ctx.pageHeight,
  );
  out.push(
    ...headed(ctx, [h2(ctx, ctx.areaTitle(section.id), id, 'pillars'), h3(ctx, l.pillar.stands)], [ctx.p(stand, { style: 'p' }), ...table], newPage ? { pageBreak: 'before' } : {}),
  );

  // What exists: strengths (established or above) and anything the respondents noted.
  const answered = indicators
    .map((indicator) => ({ indicator, answer: answers[indicator.id] }))
    .filter((x): x is { indicator: Indicator; answer: Extract<Answer, { kind: 'stage' }> } => x.answer?.kind === 'stage')
    .sort((a, b) => b.answer.stage - a.answer.stage || b.indicator.weight - a.indicator.weight);
  const strengths = answered.filter((x) => x.answer.stage >= 3);
  const shown = strengths.length > 0 ? strengths : answered.slice(0, 3);
  const shownIds = new Set(shown.map((x) => x.indicator.id));
  const noted = indicators.filter((i) => !shownIds.has(i.id) && hasText(answers[i.id]));
  const exists: PdfContent[] = [];
  if (strengths.length > 0) exists.push(ctx.p(l.pillar.existsIntro, { style: 'p' }));
  else exists.push(ctx.p(answered.length > 0 ? l.pillar.noneEstablished : l.pillar.nothingAnswered, { style: 'p' }));
  for (const { indicator, answer } of shown) exists.push(...entry(ctx, indicator, answer, ctx.loc(indicator.stages[answer.stage - 1])));
  for (const indicator of noted) exists.push(...entry(ctx, indicator, answers[indicator.id], null));
  out.push(...headed(ctx, [h3(ctx, l.pillar.exists)], exists));

  // What to do next: the next stage up where the gap to the target is largest, then the roadmap actions.
  const below = answered
    .filter((x) => x.answer.stage < score.target)
    .sort((a, b) => (score.target - b.answer.stage) * b.indicator.weight - (score.target - a.answer.stage) * a.indicator.weight || a.indicator.id.localeCompare(b.indicator.id))
    .slice(0, MAX_NEXT_STEPS);
  const next: PdfContent[] = [];
  if (below.length > 0) {
    next.push(ctx.p(l.pillar.nextIntro, { style: 'p' }));
    for (const { indicator, answer } of below) {
      const to = answer.stage + 1;
      next.push(
        ...keepTogether(
          [
            { text: join(bold(ctx.runs(ctx.loc(indicator.statement)))), margin: [8, 0, 0, 1] },
            { text: join(italic(ctx.runs(l.pillar.nextStep(l.stageNamed(answer.stage, ctx.stageName(answer.stage)), l.stageNamed(to, ctx.stageName(to))))), ' ', ctx.runs(ctx.loc(indicator.stages[to - 1]))), margin: [8, 0, 0, 6] },
          ],
          ctx.width,
          ctx.pageHeight,
        ),
      );
    }
  } else if (answered.length > 0) next.push(ctx.p(l.pillar.atTarget, { style: 'p' }));
  const actions = sectionActions(ctx, section);
  const actionLines: PdfContent[] = [ctx.p(actions.length > 0 ? l.pillar.actionsIntro : l.pillar.noActions, { style: 'p', margin: [0, 4, 0, 4] })];
  for (const action of actions) {
    // The page number sits in a column of its own: pdfmake resolves page references on the first line of a paragraph only.
    actionLines.push({
      columns: [
        { text: bold(action.number), width: 24 },
        { text: join(ctx.runs(ctx.actionTitle(action)), ' · ', ctx.runs(l.phases[action.phase])), width: '*' },
        // Without the roadmap section there is no card to refer to.
        ...(ctx.printed.has('roadmap') ? [{ text: pageRef(ctx, `action-${action.id}`), width: 'auto' as const }] : []),
      ],
      columnGap: 6,
      margin: [8, 0, 0, 3],
    });
  }
  // The lead-in line stays with the first action.
  next.push(...keepTogether(actionLines.slice(0, 2), ctx.width, ctx.pageHeight), ...actionLines.slice(2));
  out.push(...headed(ctx, [h3(ctx, l.pillar.next)], next));
  return out;
}

function hasText(answer: Answer | undefined): boolean {
  return answer !== undefined && answer.kind !== 'profile' && Boolean(answer.notes?.trim() || answer.evidence?.trim());
}

/** One indicator in "what exists": statement and stage, what that stage means, then notes and evidence. */
function entry(ctx: ReportContext, indicator: Indicator, answer: Answer | undefined, descriptor: string | null): PdfContent[] {
  const lines: PdfText[] = [{ text: join(bold(ctx.runs(ctx.loc(indicator.statement))), ' — ', ctx.runs(stageAnswerText(ctx, answer))), margin: [8, 0, 0, 1] }];
  if (descriptor) lines.push({ text: ctx.runs(descriptor), margin: [8, 0, 0, 1] });
  if (answer && answer.kind !== 'profile') {
    if (answer.notes?.trim()) lines.push({ text: join(italic(ctx.runs(`${ctx.l.pillar.note}: `)), ctx.runs(answer.notes)), margin: [8, 0, 0, 1], style: 'small' });
    if (answer.evidence?.trim()) lines.push({ text: join(italic(ctx.runs(`${ctx.l.columns.evidence}: `)), ctx.runs(answer.evidence)), margin: [8, 0, 0, 1], style: 'small' });
  }
  lines[lines.length - 1]!.margin = [8, 0, 0, 6];
  return keepTogether(lines, ctx.width, ctx.pageHeight);
}
