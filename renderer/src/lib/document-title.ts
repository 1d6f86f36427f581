import type { TFunction } from 'i18next';
import type { View } from '../store/ui-state';

/** The name of each screen, as the view tabs say it. */
const SCREEN_KEYS: Record<View, string> = {
  start: 'nav.start',
  questionnaire: 'nav.questionnaire',
  review: 'nav.review',
  results: 'nav.results',
  report: 'nav.results',
  roadmap: 'nav.roadmap',
  workshop: 'workshop.nav.tab',
  'paper-entry': 'paper.entry.title',
  presentation: 'app.title.presentation',
  guide: 'help:guide.title',
};

/** The window or tab title: the screen, then the assessment (its institution) when one is open, then the app. */
export function documentTitle(t: TFunction, view: View, institution: string | null | undefined): string {
  const screen = t(SCREEN_KEYS[view]);
  const name = institution?.trim();
  return name ? t('app.title.assessment', { screen, institution: name }) : t('app.title.noAssessment', { screen });
}
