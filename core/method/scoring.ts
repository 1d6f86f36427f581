import { activeSections, isIndicator, relevantItems, ruleValues } from '../model/questionnaire';
import type { Answer, Assessment } from '../model/schema/assessment';
import type { Indicator, Questionnaire, Section } from '../model/schema/questionnaire';

/** Value of each confidence mark (docs/methodology.md §4); an answer without a mark counts as medium. */
export const CONFIDENCE_VALUE = { low: 1 / 3, medium: 2 / 3, high: 1 } as const;

/** The stage every default ambition reaches at least: "established" (docs/methodology.md §5). */
export const AMBITION_FLOOR = 3;

export type IndicatorAnswer = 'stage' | 'dont-know' | 'not-applicable' | 'unanswered';

export interface IndicatorScore {
  id: string;
  answer: IndicatorAnswer;
  /** The stage answered (1–5); null for any other answer. */
  stage: number | null;
  /** The team's target for this indicator, else its section's target. */
  target: number;
  /** max(0, target − stage); null without a stage. */
  gap: number | null;
  confidence: 'low' | 'medium' | 'high' | null;
}

export interface SectionScore {
  section: string;
  kind: Section['kind'];
  /**
   * Weighted mean stage (1–5) of the asked indicators answered with a stage or
   * "don't know", each "don't know" counted at stage 1: a lower bound, since an
   * unknown is not capacity. Null when no indicator has either answer.
   */
  score: number | null;
  /** Where the score would lie if every "don't know" were stage 1 (low, = score) or stage 5 (high); equal when none. */
  range: { low: number; high: number } | null;
  /** The stage aimed for: the team's target or, by default, the assessment's ambition (see defaultAmbition). */
  target: number;
  /** max(0, target − score): how far below the target the section stands; null when there is no score. */
  gap: number | null;
  /** Share of asked indicators with data (a stage or "not applicable"), 0–1; 1 when none is asked. */
  completeness: number;
  /** Mean confidence (1/3, 2/3 or 1 each; unmarked = 2/3) of the stage answers; null when none. */
  confidence: number | null;
  asked: number;
  answered: number;
  dontKnow: number;
  notApplicable: number;
  indicators: IndicatorScore[];
}

type ScoreInput = Pick<Assessment, 'answers' | 'targets' | 'modules'> & Partial<Pick<Assessment, 'indicatorTargets'>>;

/**
 * Scores of every scored section (pillars and chosen modules), in questionnaire
 * order. Only asked indicators count (skip logic): a stored answer to an item
 * that is currently hidden is ignored. "Don't know" counts at stage 1 in the
 * score and lowers completeness; "not applicable" is left out of the score and
 * counts as complete. Sections without a target of the team's share one
 * default ambition, so a weaker section never shows a smaller gap.
 */
export function scoreAssessment(questionnaire: Questionnaire, assessment: ScoreInput): SectionScore[] {
  const values = ruleValues(assessment.answers);
  const sections = activeSections(questionnaire, assessment.modules).filter((s) => s.kind === 'pillar' || s.kind === 'module');
  const means = sections.map((section) => {
    const asked = relevantItems(section, assessment.answers, values).filter(isIndicator);
    return { section, asked, ...weightedMeans(asked, assessment) };
  });
  const ambition = defaultAmbition(means.filter((m) => m.section.kind === 'pillar').map((m) => m.low));
  return means.map(({ section, asked, low, high }) => scoreSection(section, asked, assessment, low, high, ambition));
}

/** The weighted mean stage with every "don't know" at stage 1 (low) and at stage 5 (high). */
function weightedMeans(asked: readonly Indicator[], assessment: Pick<Assessment, 'answers'>): { low: number | null; high: number | null } {
  let low = 0;
  let high = 0;
  let weights = 0;
  for (const indicator of asked) {
    const answer: Answer | undefined = assessment.answers[indicator.id];
    if (answer?.kind !== 'stage' && answer?.kind !== 'dont-know') continue;
    low += (answer.kind === 'stage' ? answer.stage : 1) * indicator.weight;
    high += (answer.kind === 'stage' ? answer.stage : 5) * indicator.weight;
    weights += indicator.weight;
  }
  return weights > 0 ? { low: low / weights, high: high / weights } : { low: null, high: null };
}

function scoreSection(section: Section, asked: readonly Indicator[], assessment: ScoreInput, score: number | null, high: number | null, ambition: number): SectionScore {
  const userTarget = section.kind === 'pillar' ? (assessment.targets as Record<string, number | undefined>)[section.id] : undefined;
  const target = userTarget ?? ambition;
  const indicatorTargets = assessment.indicatorTargets ?? {};
  const indicators: IndicatorScore[] = asked.map((indicator) => {
    const answer = assessment.answers[indicator.id];
    const own = Object.hasOwn(indicatorTargets, indicator.id) ? indicatorTargets[indicator.id]! : target;
    const stage = answer?.kind === 'stage' ? answer.stage : null;
    return {
      id: indicator.id,
      answer: answer?.kind === 'stage' || answer?.kind === 'dont-know' || answer?.kind === 'not-applicable' ? answer.kind : 'unanswered',
      stage,
      target: own,
      gap: stage === null ? null : Math.max(0, own - stage),
      confidence: answer?.kind === 'stage' ? (answer.confidence ?? null) : null,
    };
  });
  const counts = {
    answered: indicators.filter((i) => i.answer === 'stage').length,
    dontKnow: indicators.filter((i) => i.answer === 'dont-know').length,
    notApplicable: indicators.filter((i) => i.answer === 'not-applicable').length,
  };
  const confidence = indicators.filter((i) => i.answer === 'stage').reduce((sum, i) => sum + CONFIDENCE_VALUE[i.confidence ?? 'medium'], 0);
  return {
    section: section.id,
    kind: section.kind,
    score,
    range: score === null || high === null ? null : { low: score, high },
    target,
    gap: score === null ? null : Math.max(0, target - score),
    completeness: indicators.length === 0 ? 1 : (counts.answered + counts.notApplicable) / indicators.length,
    confidence: counts.answered > 0 ? confidence / counts.answered : null,
    asked: indicators.length,
    ...counts,
    indicators,
  };
}

/**
 * The default ambition, the same for every section without a target of the
 * team's: one stage above the whole stage the weakest pillar has reached, and
 * never below "established" (3): ⌊lowest pillar score⌋ + 1, between 3 and 5.
 * One shared level makes the gap (ambition − score) grow with weakness.
 */
export function defaultAmbition(pillarScores: readonly (number | null)[]): number {
  const scored = pillarScores.filter((s): s is number => s !== null);
  if (scored.length === 0) return AMBITION_FLOOR;
  return Math.min(5, Math.max(AMBITION_FLOOR, Math.floor(Math.min(...scored)) + 1));
}

/**
 * The one stage rule (docs/methodology.md §2): a score is read as it is
 * printed, to one decimal, and a section is at the whole stage that rounded
 * score reaches. So "2.96" prints as "3.0" and is stage 3; "2.6" is stage 2.
 */
export function stageOfScore(score: number): number {
  return Math.min(5, Math.max(1, Math.floor(Math.round(score * 10) / 10)));
}
