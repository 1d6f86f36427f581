import { memo, useState, type MouseEvent } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { localize } from '../../../core/model/localize';
import type { Section } from '../../../core/model/schema/questionnaire';
import type { SectionProgress } from '../../../core/model/progress';
import { useApp } from '../store';
import { selectSectionProgress } from '../store/section-progress';

/**
 * The sections, each with how many of its asked items have a complete
 * answer: a sidebar on wide windows; below 1100 px a compact bar whose
 * button opens the list (styles.css), so the section itself stays on the
 * first screen of a small laptop.
 */
export function SectionNav({ sections, current, onChoose }: { sections: Section[]; current: string; onChoose: (sectionId: string) => void }) {
  const { t, i18n } = useTranslation();
  const all = useApp(selectSectionProgress);
  const go = useApp((s) => s.go);
  const [open, setOpen] = useState(false);
  const bySection = new Map(all.map((p) => [p.section, p]));
  const progress = sections.map((s) => bySection.get(s.id) ?? { section: s.id, done: 0, asked: 0 });
  const done = progress.reduce((n, p) => n + p.done, 0);
  const asked = progress.reduce((n, p) => n + p.asked, 0);
  const currentSection = sections.find((s) => s.id === current);
  // One handler for the list (a click or Enter on a row's button), so the rows take no callback and a switch re-renders only the two whose mark moved.
  const choose = (event: MouseEvent) => {
    const sectionId = (event.target as Element).closest<HTMLElement>('button[data-section]')?.dataset.section;
    if (!sectionId) return;
    setOpen(false);
    onChoose(sectionId);
  };
  return (
    <nav className="section-nav" aria-label={t('questionnaire.sections')} data-open={open}>
      <p className="overall" data-testid="overall-progress">
        {t('questionnaire.overall', { done, total: asked })}
        <span className="bar" aria-hidden="true">
          <span style={{ width: `${asked ? (100 * done) / asked : 0}%` }} />
        </span>
      </p>
      <button type="button" className="section-nav-toggle" aria-expanded={open} aria-controls="section-list" onClick={() => setOpen(!open)} data-testid="section-nav-toggle">
        <span className="strong">{t('questionnaire.sections')}</span>
        {currentSection && <span className="nav-current">{localize(currentSection.title, i18n.language)}</span>}
        <span aria-hidden="true">{open ? '▴' : '▾'}</span>
      </button>
      <div id="section-list" className="section-nav-body">
        <ol onClick={choose}>
          {sections.map((section, i) => (
            <SectionLink key={section.id} section={section} progress={progress[i]!} current={section.id === current} />
          ))}
        </ol>
        <button type="button" className="nav-review" onClick={() => go('review')}>
          {t('questionnaire.review')}
        </button>
        <button type="button" className="primary nav-results" onClick={() => go('results')}>
          {t('questionnaire.seeResults')}
        </button>
      </div>
    </nav>
  );
}

/** One section in the list; memoised so a count that moved re-renders its own row only. */
const SectionLink = memo(function SectionLink({ section, progress: p, current }: { section: Section; progress: SectionProgress; current: boolean }) {
  const { t, i18n } = useTranslation();
  const complete = p.asked > 0 && p.done === p.asked;
  return (
    <li>
      <button type="button" data-section={section.id} aria-current={current ? 'step' : undefined}>
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
});
