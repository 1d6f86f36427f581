import { indexItems, type LocatedItem } from '../../../core/model/questionnaire';
import type { Questionnaire } from '../../../core/model/schema/questionnaire';
import { useApp } from '../store';
import { perAssessment } from '../store/per-assessment';
import type { AppState } from '../store/types';
import { workshopMerge, type WorkshopMerge } from './merge-model';

/** The merge view of the open assessment (null before any response file was imported), once per change of it. */
const mergeOf = perAssessment((questionnaire, assessment) => (Object.keys(assessment.responses).length > 0 ? workshopMerge(questionnaire, assessment) : null), null as WorkshopMerge | null);

/** The merge view of the open assessment, or null before any response file was imported. */
export function useWorkshopMerge(): WorkshopMerge | null {
  return useApp(mergeOf);
}

/** Questions still to decide: a number, so a selector using it re-renders only when it changes. */
export const conflictCount = (state: AppState): number => mergeOf(state)?.totals.conflicts ?? 0;

const indexes = new WeakMap<Questionnaire, Map<string, LocatedItem>>();
/** The questionnaire's items by id, built once per questionnaire. */
export function itemIndex(q: Questionnaire): Map<string, LocatedItem> {
  let index = indexes.get(q);
  if (!index) indexes.set(q, (index = indexItems(q)));
  return index;
}

/** Each item's number within its section (as the questionnaire shows it to respondents, skip logic aside). */
export function itemNumber(q: Questionnaire, itemId: string): number {
  const located = itemIndex(q).get(itemId);
  return located ? located.section.items.findIndex((i) => i.id === itemId) + 1 : 0;
}
