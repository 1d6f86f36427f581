import { activeSections, relevantItems, ruleValues } from './questionnaire';
import type { Assessment } from './schema/assessment';
import type { Item, Questionnaire } from './schema/questionnaire';
import { isComplete } from './progress';

export interface ReviewEntry {
  itemId: string;
  sectionId: string;
  /** 1-based number of the item within its section's asked items, as the questionnaire shows it. */
  number: number;
  item: Item;
}

export interface ReviewLists {
  /** Asked items without a complete answer (a risk missing one of its three ratings counts here). */
  unanswered: ReviewEntry[];
  dontKnow: ReviewEntry[];
  /** Answers marked with low confidence. */
  lowConfidence: ReviewEntry[];
}

/** What is left to check before the results are trusted: only items the skip logic asks. */
export function reviewLists(questionnaire: Questionnaire, assessment: Pick<Assessment, 'answers' | 'modules'>): ReviewLists {
  const lists: ReviewLists = { unanswered: [], dontKnow: [], lowConfidence: [] };
  // The rule values once for every section: they depend on the answers only.
  const values = ruleValues(assessment.answers);
  for (const section of activeSections(questionnaire, assessment.modules)) {
    relevantItems(section, assessment.answers, values).forEach((item, i) => {
      const entry: ReviewEntry = { itemId: item.id, sectionId: section.id, number: i + 1, item };
      const answer = assessment.answers[item.id];
      if (!isComplete(item, answer)) lists.unanswered.push(entry);
      if (answer?.kind === 'dont-know' || (answer?.kind === 'risk' && (answer.unknown ?? []).length > 0)) lists.dontKnow.push(entry);
      if (answer && answer.kind !== 'profile' && answer.confidence === 'low') lists.lowConfidence.push(entry);
    });
  }
  return lists;
}
