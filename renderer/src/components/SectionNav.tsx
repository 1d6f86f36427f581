import { useTranslation } from 'react-i18next';
import { localize } from '../../../core/model/localize';
import type { Section } from '../../../core/model/schema/questionnaire';
import { sectionProgress } from '../../../core/model/progress';
import { useApp } from '../store';

/** Sidebar of sections, each with how many of its asked items have a complete answer. */
export function SectionNav({ sections, current }: { sections: Section[]; current: string }) {
  const { t, i18n } = useTranslation();
  const answers = useApp((s) => s.assessment?.answers ?? {});
  const go = useApp((s) => s.go);
  const progress = sections.map((s) => sectionProgress(s, answers));
  const done = progress.reduce((n, p) => n + p.done, 0);
  const asked = progress.reduce((n, p) => n + p.asked, 0);
  return (
    <nav className="section-nav" aria-label={t('questionnaire.sections')}>
      <p className="overall" data-testid="overall-progress">
        {t('questionnaire.overall', { done, total: asked })}
        <span className="bar" aria-hidden="true">
          <span style={{ width: `${asked ? (100 * done) / asked : 0}%` }} />
        </span>
      </p>
      <ol>
        {sections.map((section, i) => {
          const p = progress[i]!;
          const complete = p.asked > 0 && p.done === p.asked;
          return (
            <li key={section.id}>
              <button type="button" data-section={section.id} aria-current={section.id === current ? 'step' : undefined} onClick={() => go('questionnaire', section.id)}>
                <span className="nav-title">{localize(section.title, i18n.language)}</span>
                <span className="progress-count">
                  <span aria-hidden="true">
                    {complete ? '✓ ' : ''}
                    {p.done}/{p.asked}
                  </span>
                  <span className="visually-hidden">{t('questionnaire.progress', { done: p.done, total: p.asked })}</span>
                </span>
                <span className="bar" aria-hidden="true">
                  <span style={{ width: `${p.asked ? (100 * p.done) / p.asked : 0}%` }} />
                </span>
              </button>
            </li>
          );
        })}
      </ol>
      <button type="button" className="nav-review" onClick={() => go('review')}>
        {t('questionnaire.review')}
      </button>
      <button type="button" className="primary nav-results" onClick={() => go('results')}>
        {t('questionnaire.seeResults')}
      </button>
    </nav>
  );
}
