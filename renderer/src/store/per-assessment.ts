import type { Assessment } from '../../../core/model/schema/assessment';
import type { Questionnaire } from '../../../core/model/schema/questionnaire';
import type { AppState } from './types';

/**
 * A store selector for a figure of the open assessment, worked out again only
 * when the assessment or its questionnaire is another object. The store runs
 * every selector on every update (an answer brings several: the answer, the
 * autosave's pending and saved marks), and a figure such as the items left to
 * check or the workshop's open questions walks the whole questionnaire.
 */
export function perAssessment<T>(compute: (questionnaire: Questionnaire, assessment: Assessment) => T, none: T): (state: AppState) => T {
  let last: { questionnaire: Questionnaire; assessment: Assessment; value: T } | null = null;
  return (state) => {
    const questionnaire = state.content?.questionnaire;
    const assessment = state.assessment;
    if (!questionnaire || !assessment) return none;
    if (last?.questionnaire !== questionnaire || last.assessment !== assessment) last = { questionnaire, assessment, value: compute(questionnaire, assessment) };
    return last.value;
  };
}

/**
 * The next list with every entry equal to the previous one's kept as that same
 * object, and the previous list itself when nothing changed: a view drawn from
 * it re-renders only the rows whose figures moved (an answer rarely moves any).
 */
export function keepUnchanged<T>(previous: readonly T[], next: readonly T[], same: (a: T, b: T) => boolean): readonly T[] {
  const kept = next.map((entry, i) => (previous[i] !== undefined && same(previous[i], entry) ? previous[i] : entry));
  return kept.length === previous.length && kept.every((entry, i) => entry === previous[i]) ? previous : kept;
}
