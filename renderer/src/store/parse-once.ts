import { parseAssessment } from '../../../core/model/assessment-file';

let last: { text: string; parsed: ReturnType<typeof parseAssessment> } | null = null;

/**
 * parseAssessment, remembered for the last text read: the start page's
 * summary of the autosave and the recovery that follows read the same text,
 * and each parse of a large assessment costs a visible moment. Safe to share:
 * the store replaces assessments and never changes one in place.
 */
export function parseAssessmentOnce(text: string): ReturnType<typeof parseAssessment> {
  if (last?.text !== text) last = { text, parsed: parseAssessment(text) };
  return last.parsed;
}
