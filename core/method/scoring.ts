import { activeSections, isIndicator, relevantItems } from '../model/questionnaire';
import type { Answer, Assessment } from '../model/schema/assessment';
import type { Questionnaire, Section } from '../model/schema/questionnaire';

/** Value of each confidence mark (docs/methodology.md §4); an answer without a mark counts as medium. */
export const CONFIDENCE_VALUE = { low: 1 / 3, medium: 2 / 3, high: 1 } as const;

export interface SectionScore {
  section: string;
  kind: Section['kind'];
  /** Weighted mean stage (1–5) of the asked indicators answered with a stage; null when none is. */
  score: number | null;
  /** The stage aimed for: the user's target or, by default, one whole stage above the stage reached (see defaultTarget). */
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
}

/**
 * Scores of every scored section (pillars and chosen modules), in questionnaire
 * order. Only asked indicators count (skip logic): a stored answer to an item
 * that is currently hidden is ignored. "Don't know" is missing data (lowers
 * completeness, not the score); "not applicable" is left out of the score and
 * counts as complete.
 */
export function scoreAssessment(questionnaire: Questionnaire, assessment: Pick<Assessment, 'answers' | 'targets' | 'modules'>): SectionScore[] {
  return activeSections(questionnaire, assessment.modules)
    .filter((s) => s.kind === 'pillar' || s.kind === 'module')
    .map((section) => scoreSection(section, assessment));
}

export function scoreSection(section: Section, assessment: Pick<Assessment, 'answers' | 'targets'>): SectionScore {
  const indicators = relevantItems(section, assessment.answers).filter(isIndicator);
  let weighted = 0;
  let weights = 0;
  let confidence = 0;
  const counts = { answered: 0, dontKnow: 0, notApplicable: 0 };
  for (const indicator of indicators) {
    const answer: Answer | undefined = assessment.answers[indicator.id];
    if (answer?.kind === 'stage') {
      weighted += answer.stage * indicator.weight;
      weights += indicator.weight;
      confidence += CONFIDENCE_VALUE[answer.confidence ?? 'medium'];
      counts.answered++;
    } else if (answer?.kind === 'dont-know') counts.dontKnow++;
    else if (answer?.kind === 'not-applicable') counts.notApplicable++;
  }
  const score = weights > 0 ? weighted / weights : null;
  const target = (assessment.targets as Record<string, number | undefined>)[section.id] ?? defaultTarget(score);
  return {
    section: section.id,
    kind: section.kind,
    score,
    target,
    gap: score === null ? null : Math.max(0, target - score),
    completeness: indicators.length === 0 ? 1 : (counts.answered + counts.notApplicable) / indicators.length,
    confidence: counts.answered > 0 ? confidence / counts.answered : null,
    asked: indicators.length,
    ...counts,
  };
}

/**
 * One stage up from the whole stage reached (floor of the score), capped at the
 * top stage: 1.0–1.99 → 2, 2.0–2.99 → 3, …, 4.0 and above → 5; stage 3 when
 * nothing is answered.
 */
export function defaultTarget(score: number | null): number {
  return score === null ? 3 : Math.min(5, Math.floor(score) + 1);
}
