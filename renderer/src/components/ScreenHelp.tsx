import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useApp } from '../store';

/**
 * What each screen's help explains: the points, in order, and the section of
 * the user guide that says more. The text is in the catalog (help namespace):
 * `<screen>.<point>.title` and `<screen>.<point>.text`.
 */
const TOPICS = {
  start: { points: ['time', 'evidence', 'who', 'saving'], guide: 'start' },
  questionnaire: { points: ['stages', 'confidence', 'dontKnow', 'notApplicable', 'saving'], guide: 'answering' },
  results: { points: ['scores', 'stages', 'gaps', 'priorities'], guide: 'results' },
  roadmap: { points: ['phases', 'leads', 'costs', 'edits'], guide: 'roadmap' },
  workshop: { points: ['files', 'merge', 'consensus', 'projector'], guide: 'workshops' },
} as const;

export type HelpTopic = keyof typeof TOPICS;

/**
 * A screen's help, folded away until asked for: a few short points on how to
 * read or answer what the screen shows, and a way into the user guide.
 */
export function ScreenHelp({ topic, summary, children }: { topic: HelpTopic; summary?: string; children?: ReactNode }) {
  const { t } = useTranslation('help');
  const openGuide = useApp((s) => s.openGuide);
  const { points, guide } = TOPICS[topic];
  return (
    <details className="screen-help" data-help={topic}>
      <summary>{summary ?? t('screen.summary')}</summary>
      <div className="screen-help-body">
        {children}
        <dl>
          {points.map((point) => (
            <div key={point}>
              <dt>{t(`${topic}.${point}.title`)}</dt>
              <dd>{t(`${topic}.${point}.text`)}</dd>
            </div>
          ))}
        </dl>
        <button type="button" className="link-button" onClick={() => openGuide(guide)}>
          {t('screen.more')}
        </button>
      </div>
    </details>
  );
}
