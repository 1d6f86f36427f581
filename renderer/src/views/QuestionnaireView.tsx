import { useCallback, useEffect, useLayoutEffect, useRef } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { useShallow } from 'zustand/react/shallow';
import { Arrow } from '../components/Arrow';
import { ScaleKey } from '../components/ScaleKey';
import { ScreenHelp } from '../components/ScreenHelp';
import { IntroSources } from '../components/IntroSources';
import { localize } from '../../../core/model/localize';
import { activeSections, relevantItems } from '../../../core/model/questionnaire';
import { PILLARS, type Item, type Pillar } from '../../../core/model/schema/questionnaire';
import { ItemView } from '../components/ItemView';
import { SectionNav } from '../components/SectionNav';
import { TargetPicker } from '../components/TargetPicker';
import { useScreenHeading } from '../hooks/useScreenHeading';
import { useApp } from '../store';

const NO_ITEMS: Item[] = [];

export function QuestionnaireView() {
  const { t, i18n } = useTranslation();
  const content = useApp((s) => s.content);
  const modules = useApp((s) => s.assessment?.modules);
  const sectionId = useApp((s) => s.sectionId);
  const focusRequest = useApp((s) => s.focusRequest);
  const clearFocusRequest = useApp((s) => s.clearFocusRequest);
  const go = useApp((s) => s.go);
  const titleRef = useRef<HTMLHeadingElement | null>(null);
  const focusTitle = useRef(false);
  const arrive = useScreenHeading();
  const setTitle = useCallback(
    (element: HTMLHeadingElement | null) => {
      titleRef.current = element;
      arrive(element);
    },
    [arrive],
  );

  const sections = content ? activeSections(content.questionnaire, modules ?? []) : [];
  const index = Math.max(
    0,
    sections.findIndex((s) => s.id === sectionId),
  );
  const section = sections[index];
  const currentId = section?.id;
  // The items skip logic asks, compared item by item: an answer that changes none of them leaves the view as it is.
  const items = useApp(useShallow((s) => (section ? relevantItems(section, s.assessment?.answers ?? {}) : NO_ITEMS)));

  // A new section starts at its top; the pager and the section list move focus to its title so the change is announced.
  useLayoutEffect(() => {
    if (!currentId) return;
    window.scrollTo(0, 0);
    if (focusTitle.current) {
      focusTitle.current = false;
      titleRef.current?.focus();
    }
  }, [currentId]);

  // Review jumps and J/K across sections: scroll the item into view and focus it.
  useEffect(() => {
    if (!focusRequest) return;
    const element = document.querySelector<HTMLElement>(`[data-item="${CSS.escape(focusRequest.itemId)}"]`);
    if (!element) return;
    element.scrollIntoView({ block: 'center' });
    element.focus({ preventScroll: true });
    clearFocusRequest();
  }, [focusRequest, currentId, clearFocusRequest]);

  if (!content || !section) return null;
  const next = sections[index + 1];
  const previous = sections[index - 1];
  const goSection = (id: string) => {
    if (id === currentId) return titleRef.current?.focus();
    focusTitle.current = true;
    go('questionnaire', id);
  };

  return (
    <div className="workspace">
      <SectionNav sections={sections} current={section.id} onChoose={goSection} />
      <section className="section-page" aria-labelledby="section-title">
        <h1 id="section-title" ref={setTitle} tabIndex={-1}>
          {localize(section.title, i18n.language)}
        </h1>
        <p className="lead section-lead">{localize(section.intro, i18n.language)}</p>
        <IntroSources section={section} />
        {section.kind !== 'profile' && (
          <p className="stage-rule section-lead" data-testid="stage-rule">
            {localize(content.questionnaire.scales.stageRule, i18n.language)}
          </p>
        )}
        {section.kind === 'priority' && <ScaleKey />}
        <p className="keyboard-hint muted small">{t('questionnaire.keyboardHint')}</p>
        <ScreenHelp topic="questionnaire" />
        {(PILLARS as readonly string[]).includes(section.id) && <TargetPicker pillar={section.id as Pillar} />}
        <ol className="items">
          {items.map((item, i) => (
            <li key={item.id}>
              <ItemView item={item} number={i + 1} />
            </li>
          ))}
        </ol>
        <nav className="pager" aria-label={t('questionnaire.pager')}>
          {previous ? (
            <button type="button" onClick={() => goSection(previous.id)}>
              <Arrow to="back" />
              {localize(previous.title, i18n.language)}
            </button>
          ) : (
            <span />
          )}
          {next ? (
            <button type="button" className="primary" onClick={() => goSection(next.id)}>
              {localize(next.title, i18n.language)}
              <Arrow to="forward" />
            </button>
          ) : (
            <button type="button" className="primary" onClick={() => go('review')}>
              {t('questionnaire.review')}
              <Arrow to="forward" />
            </button>
          )}
        </nav>
      </section>
    </div>
  );
}
