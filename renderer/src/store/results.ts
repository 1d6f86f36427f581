import { analyse } from '../../../core/method/analyse';
import type { Results } from '../../../core/method/results';
import type { Assessment } from '../../../core/model/schema/assessment';
import { useApp } from '.';
import type { AppState } from './types';

interface Analysed {
  content: AppState['content'];
  assessment: Assessment;
  baseline: Assessment | undefined;
  results: Results;
}

let last: Analysed | null = null;

/** The session's baseline when it was loaded for the open assessment. */
export function baselineFor(state: Pick<AppState, 'assessment' | 'baseline'>): Assessment | undefined {
  return state.baseline && state.assessment && state.baseline.forAssessment === state.assessment.id ? state.baseline.assessment : undefined;
}

/**
 * The one analysis of the open assessment, recomputed only when the content,
 * the answers or the baseline change (they are replaced, never mutated), so
 * every screen that reads it shares one object and zustand sees no change.
 */
export function selectResults(state: AppState): Results | null {
  const { content, assessment } = state;
  if (!content || !assessment) return null;
  const baseline = baselineFor(state);
  if (last && last.content === content && last.assessment === assessment && last.baseline === baseline) return last.results;
  last = { content, assessment, baseline, results: analyse(content, assessment, { baseline }) };
  return last.results;
}

export const useResults = (): Results | null => useApp(selectResults);
