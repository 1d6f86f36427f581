import { activeSections, relevantItems, ruleValues } from './questionnaire';
import type { RuleValue } from './rules';
import { RISK_RATINGS, type Answer, type Answers, type Assessment } from './schema/assessment';
import type { Item, Questionnaire, Section } from './schema/questionnaire';

/**
 * Whether an item has a complete answer: any choice for an indicator (a stage,
 * "don't know" or "not applicable"), all three ratings for a risk (each
 * given or "don't know"), a
 * non-empty value for a profile question. Progress counts, not scores.
 */
export function isComplete(item: Item, answer: Answer | undefined): boolean {
  if (!answer) return false;
  switch (item.type) {
    case 'indicator':
      return answer.kind === 'stage' || answer.kind === 'dont-know' || answer.kind === 'not-applicable';
    case 'risk':
      return answer.kind === 'risk' && RISK_RATINGS.every((r) => answer[r] !== undefined || (answer.unknown ?? []).includes(r));
    default:
      return answer.kind === 'profile' && (Array.isArray(answer.value) ? answer.value.length > 0 : answer.value.trim() !== '');
  }
}

export interface SectionProgress {
  section: string;
  /** Items asked, given the skip logic. */
  asked: number;
  /** Asked items with a complete answer. */
  done: number;
}

/** A section's progress; `values` are the answers' rule values when already worked out (one pass for all sections). */
export function sectionProgress(section: Section, answers: Answers, values: Readonly<Record<string, RuleValue>> = ruleValues(answers)): SectionProgress {
  const items = relevantItems(section, answers, values);
  return { section: section.id, asked: items.length, done: items.filter((i) => isComplete(i, answers[i.id])).length };
}

/** Progress of every section the assessment uses, in questionnaire order. */
export function assessmentProgress(questionnaire: Questionnaire, assessment: Pick<Assessment, 'answers' | 'modules'>): SectionProgress[] {
  const values = ruleValues(assessment.answers);
  return activeSections(questionnaire, assessment.modules).map((s) => sectionProgress(s, assessment.answers, values));
}
