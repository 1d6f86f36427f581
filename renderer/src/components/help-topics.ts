/**
 * What each screen's help explains: the points, in order, and the section of
 * the user guide that says more (its id, the same in every language). The text is in the catalog (help namespace):
 * `<screen>.<point>.title` and `<screen>.<point>.text`.
 */
export const HELP_TOPICS = {
  start: { points: ['time', 'evidence', 'who', 'saving'], guide: 'start' },
  questionnaire: { points: ['stages', 'confidence', 'dontKnow', 'notApplicable', 'saving'], guide: 'answering' },
  results: { points: ['scores', 'stages', 'gaps', 'priorities'], guide: 'results' },
  roadmap: { points: ['phases', 'leads', 'costs', 'edits'], guide: 'roadmap' },
  workshop: { points: ['files', 'merge', 'consensus', 'projector'], guide: 'workshops' },
} as const;

export type HelpTopic = keyof typeof HELP_TOPICS;
