import { assessmentProgress, type SectionProgress } from '../../../core/model/progress';
import { keepUnchanged, perAssessment } from './per-assessment';

const NONE: readonly SectionProgress[] = [];
let shown = NONE;
const sameCounts = (a: SectionProgress, b: SectionProgress) => a.section === b.section && a.done === b.done && a.asked === b.asked;

/**
 * Every active section's counts, worked out once per change of the assessment and kept as the
 * same objects while they do not move: an answer that completes nothing new leaves the list
 * (and so the section sidebar) as it was.
 */
export const selectSectionProgress = perAssessment((questionnaire, assessment) => (shown = keepUnchanged(shown, assessmentProgress(questionnaire, assessment), sameCounts)), NONE);
