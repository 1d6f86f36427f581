import type { ReactNode } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { useApp } from '../store';
import { HELP_TOPICS, type HelpTopic } from './help-topics';

/**
 * A screen's help, folded away until asked for: a few short points on how to
 * read or answer what the screen shows, and a way into the user guide.
 */
export function ScreenHelp({ topic, summary, children }: { topic: HelpTopic; summary?: string; children?: ReactNode }) {
  const { t } = useTranslation('help');
  const openGuide = useApp((s) => s.openGuide);
  const { points, guide } = HELP_TOPICS[topic];
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
