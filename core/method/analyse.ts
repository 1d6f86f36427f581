import type { Content } from '../model/content';
import { message, type Message } from '../model/message';
import { activeSections, isRisk, relevantItems } from '../model/questionnaire';
import { reviewLists } from '../model/review';
import type { Assessment } from '../model/schema/assessment';
import type { Section } from '../model/schema/questionnaire';
import { compareWithBaseline } from '../workshop/baseline';
import { mergeView, mostContested, type MergeView } from '../workshop/merge';
import { institutionName, namesInRoadmap } from './institutions';
import { compareIds, priorityBand, rankRisks } from './priorities';
import type { ActionResult, BeyondHorizonAction, IndicatorResult, Results, RiskResult, RoadmapResult, SectionResult, Summary, WorkshopResult } from './results';
import { buildRoadmap, type Roadmap, type RoadmapAction } from './roadmap';
import { costTotals } from './costs';
import { AREAS } from '../model/schema/questionnaire';
import { scoreAssessment, stageOfScore, type SectionScore } from './scoring';
import { METHOD_VERSION } from './version';

export interface AnalyseOptions {
  /** A previous assessment of the same institution: Results then carry the comparison. */
  baseline?: Assessment;
}

/**
 * The one analysis every view reads: scores, stages, risks, roadmap, workshop
 * state, baseline comparison and summary, computed once from the content and
 * the answers. Views format and translate it; none recomputes any of it.
 */
export function analyse(content: Content, assessment: Assessment, options: AnalyseOptions = {}): Results {
  const q = content.questionnaire;
  const merge = hasWorkshop(assessment) ? mergeView(q, assessment) : null;
  const contested = new Set(merge?.items.filter((i) => i.status === 'conflict').map((i) => i.itemId) ?? []);
  const scored = scoreAssessment(q, assessment);
  const scores = new Map(scored.map((s) => [s.section, s]));
  const sections = activeSections(q, assessment.modules)
    .filter((section) => section.kind !== 'profile')
    .map((section) => sectionResult(section, assessment, scores.get(section.id)));
  const risks = riskResults(content, assessment, contested);
  const roadmap = roadmapResult(buildRoadmap(q, content.library, assessment, scored), assessment.institutions);
  const workshop = merge ? workshopResult(merge) : null;
  return {
    method: METHOD_VERSION,
    questionnaire: { id: q.id, version: q.version },
    sections,
    radar: sections.filter((s) => s.kind === 'pillar').map((s) => s.id),
    risks,
    roadmap,
    workshop,
    baseline: options.baseline ? compareWithBaseline(q, content.library, assessment, options.baseline) : null,
    summary: summarise(content, assessment, sections, risks, workshop),
  };
}

/** Whether respondents are compared: two or more of them gave at least one answer. */
export function hasWorkshop(assessment: Assessment): boolean {
  return Object.values(assessment.responses).filter((answers) => Object.keys(answers).length > 0).length >= 2;
}

const CONFIDENCE_MARK = { low: 'low', medium: 'medium', high: 'high' } as const;

function sectionResult(section: Section, assessment: Assessment, score: SectionScore | undefined): SectionResult {
  if (!score)
    return riskSectionResult(
      section,
      assessment,
      relevantItems(section, assessment.answers)
        .filter(isRisk)
        .map((r) => r.id),
    );
  // Targets per indicator come from scoring (the team's, else the section's); an unmarked stage answer reads as medium.
  const indicators: IndicatorResult[] = score.indicators.map((indicator) => {
    const answer = assessment.answers[indicator.id];
    return { ...indicator, confidence: answer?.kind === 'stage' ? CONFIDENCE_MARK[answer.confidence ?? 'medium'] : null };
  });
  return {
    id: section.id,
    kind: section.kind,
    score: score.score,
    range: score.range,
    stage: score.score === null ? null : stageOfScore(score.score),
    target: score.target,
    gap: score.gap,
    completeness: score.completeness,
    confidence: score.confidence,
    unknown: score.dontKnow,
    asked: score.asked,
    answered: score.answered,
    notApplicable: score.notApplicable,
    indicators,
  };
}

/** A priority area: no score; its completeness is the share of its asked risks rated on all three scales. */
function riskSectionResult(section: Section, assessment: Assessment, riskIds: string[]): SectionResult {
  const answers = riskIds.map((id) => assessment.answers[id]);
  const rated = answers.filter((a) => a?.kind === 'risk' && a.likelihood && a.impact && a.preparedness).length;
  return {
    id: section.id,
    kind: section.kind,
    score: null,
    range: null,
    stage: null,
    target: 0,
    gap: null,
    completeness: riskIds.length === 0 ? 1 : rated / riskIds.length,
    confidence: null,
    unknown: answers.filter((a) => a?.kind === 'dont-know' || (a?.kind === 'risk' && (a.unknown ?? []).length > 0)).length,
    asked: riskIds.length,
    answered: rated,
    notApplicable: 0,
    indicators: [],
  };
}

/**
 * Every asked risk: the fully rated ones ranked (rankRisks), then those a
 * workshop still contests or that lack a rating, in questionnaire order.
 */
function riskResults(content: Content, assessment: Assessment, contested: ReadonlySet<string>): RiskResult[] {
  const ranked = new Map(rankRisks(content.questionnaire, assessment).map((r) => [r.risk, r]));
  const out: RiskResult[] = [];
  for (const section of activeSections(content.questionnaire, assessment.modules)) {
    for (const risk of relevantItems(section, assessment.answers).filter(isRisk)) {
      const answer = assessment.answers[risk.id];
      const ratings = answer?.kind === 'risk' ? answer : undefined;
      const row = ranked.get(risk.id);
      const status = contested.has(risk.id) ? 'contested' : row ? 'assessed' : 'incomplete';
      // A contested risk keeps the ratings recorded so far, but no rank: it is not agreed.
      const priority = row && status === 'assessed' ? row.priority : null;
      out.push({
        id: risk.id,
        section: section.id,
        likelihood: ratings?.likelihood ?? null,
        impact: ratings?.impact ?? null,
        preparedness: ratings?.preparedness ?? null,
        priority,
        band: priority === null ? null : priorityBand(priority),
        rank: null,
        status,
      });
    }
  }
  const assessed = out.filter((r) => r.priority !== null).sort((a, b) => b.priority! - a.priority! || b.impact! - a.impact! || compareIds(a.id, b.id));
  assessed.forEach((r, i) => (r.rank = i + 1));
  return [...assessed, ...out.filter((r) => r.priority === null)];
}

function roadmapResult(roadmap: Roadmap, institutions: Assessment['institutions']): RoadmapResult {
  const perPhase: Record<number, number> = { 1: 0, 2: 0, 3: 0 };
  const numbered = roadmap.actions.map((a) => actionResult(a, `${a.phase}.${++perPhase[a.phase]!}`, institutions));
  return {
    phases: ([1, 2, 3] as const).map((phase) => ({ phase, actions: numbered.filter((a) => a.phase === phase) })),
    beyondHorizon: roadmap.deferred.map(({ reason, ...a }): BeyondHorizonAction => ({ ...actionResult(a, '', institutions), reason })),
    dropped: roadmap.dropped,
    phaseCap: roadmap.phaseCap,
    capacity: roadmap.capacity,
    load: roadmap.load,
    totals: costTotals(roadmap.actions, AREAS),
    institutions: namesInRoadmap([...roadmap.actions, ...roadmap.deferred], institutions),
  };
}

function actionResult(action: RoadmapAction, number: string, institutions: Assessment['institutions']): ActionResult {
  const { prerequisites, ...rest } = action;
  return { ...rest, number, requires: prerequisites, leadName: institutionName(institutions, action.lead) };
}

function workshopResult(merge: MergeView): WorkshopResult {
  const open = merge.items.filter((i) => i.status === 'conflict');
  return {
    respondents: merge.respondents.length,
    undecided: open.length,
    provisional: open.length > 0,
    contested: mostContested(open, open.length).map((i) => i.itemId),
  };
}

function summarise(content: Content, assessment: Assessment, sections: SectionResult[], risks: RiskResult[], workshop: WorkshopResult | null): Summary {
  const scored = sections.filter((s) => s.kind === 'pillar' || s.kind === 'module');
  const pillars = scored.filter((s): s is SectionResult & { score: number; gap: number } => s.kind === 'pillar' && s.score !== null);
  const by = (key: (s: SectionResult & { score: number; gap: number }) => number) => [...pillars].sort((a, b) => key(a) - key(b) || compareIds(a.id, b.id))[0]?.id ?? null;
  const strongest = by((s) => -s.score);
  const weakest = by((s) => s.score);
  const widest = [...pillars].sort((a, b) => b.gap - a.gap || a.score - b.score || compareIds(a.id, b.id))[0];
  const largestGap = widest && widest.gap > 0 ? widest.id : null;
  const asked = scored.reduce((n, s) => n + s.asked, 0);
  const withData = scored.reduce((n, s) => n + s.answered + s.notApplicable, 0);
  const review = reviewLists(content.questionnaire, assessment);
  const unknown = sections.reduce((n, s) => n + s.unknown, 0);
  const keyMessages: Message[] = [];
  const pillar = (id: string) => pillars.find((s) => s.id === id)!;
  if (workshop?.provisional) keyMessages.push(message('results.summaryProvisional', { count: workshop.undecided }));
  if (strongest) keyMessages.push(message('results.summaryStrongest', { pillar: strongest, score: pillar(strongest).score }));
  if (weakest && weakest !== strongest) keyMessages.push(message('results.summaryWeakest', { pillar: weakest, score: pillar(weakest).score }));
  if (largestGap) keyMessages.push(message('results.summaryGap', { pillar: largestGap, gap: pillar(largestGap).gap, target: pillar(largestGap).target }));
  const top = risks.find((r) => r.rank === 1);
  if (top) keyMessages.push(message('results.summaryTopRisk', { risk: top.id, band: top.band! }));
  const unassessed = risks.filter((r) => r.status !== 'assessed');
  if (unassessed.length > 0) keyMessages.push(message('results.summaryRisksNotAssessed', { count: unassessed.length, contested: unassessed.filter((r) => r.status === 'contested').length }));
  if (unknown > 0) keyMessages.push(message('results.summaryUnknowns', { count: unknown }));
  return {
    strongest,
    weakest,
    largestGap,
    topRisk: risks.find((r) => r.rank === 1)?.id ?? null,
    asked,
    withData,
    completeness: asked === 0 ? 1 : withData / asked,
    toReview: review.unanswered.length + review.dontKnow.length + review.lowConfidence.length,
    keyMessages,
  };
}
