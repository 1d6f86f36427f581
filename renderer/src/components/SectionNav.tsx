import { useTranslation } from 'react-i18next';
import { localize } from '../../../core/i18n';
import { relevantItems } from '../../../core/questionnaire';
import type { Section } from '../../../core/schema/questionnaire';
import { useApp } from '../store';

/** Sidebar of sections, each with how many of its asked items have an answer. */
export function SectionNav({ sections, current }: { sections: Section[]; current: string }) {
  const { t, i18n } = useTranslation();
  const answers = useApp((s) => s.assessment?.answers ?? {});
  const go = useApp((s) => s.go);
  return (
    <nav className="section-nav" aria-label={t('questionnaire.sections')}>
      <ol>
        {sections.map((section) => {
          const items = relevantItems(section, answers);
          const done = items.filter((i) => answers[i.id] !== undefined).length;
          return (
            <li key={section.id}>
              <button type="button" aria-current={section.id === current ? 'step' : undefined} onClick={() => go('questionnaire', section.id)}>
                <span>{localize(section.title, i18n.language)}</span>
                <span className="progress-count" aria-label={t('questionnaire.progress', { done, total: items.length })}>
                  {done}/{items.length}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
      <button type="button" className="primary nav-results" onClick={() => go('results')}>{t('questionnaire.seeResults')}</button>
    </nav>
  );
}
