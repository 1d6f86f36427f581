import { useTranslation } from 'react-i18next';
import { localize } from '../../../core/i18n';
import { activeSections, relevantItems } from '../../../core/questionnaire';
import { PILLARS, type Pillar } from '../../../core/schema/questionnaire';
import { ItemView } from '../components/ItemView';
import { SectionNav } from '../components/SectionNav';
import { TargetPicker } from '../components/TargetPicker';
import { useApp } from '../store';

export function QuestionnaireView() {
  const { t, i18n } = useTranslation();
  const content = useApp((s) => s.content);
  const modules = useApp((s) => s.assessment?.modules ?? []);
  const sectionId = useApp((s) => s.sectionId);
  const answers = useApp((s) => s.assessment?.answers ?? {});
  const go = useApp((s) => s.go);
  if (!content) return null;
  const sections = activeSections(content.questionnaire, modules);
  const index = Math.max(0, sections.findIndex((s) => s.id === sectionId));
  const section = sections[index]!;
  const items = relevantItems(section, answers);
  const next = sections[index + 1];
  const previous = sections[index - 1];

  return (
    <div className="workspace">
      <SectionNav sections={sections} current={section.id} />
      <section className="section-page" aria-labelledby="section-title">
        <h1 id="section-title">{localize(section.title, i18n.language)}</h1>
        <p className="lead">{localize(section.intro, i18n.language)}</p>
        {(PILLARS as readonly string[]).includes(section.id) && <TargetPicker pillar={section.id as Pillar} />}
        <ol className="items">
          {items.map((item, i) => (
            <li key={item.id}>
              <ItemView item={item} number={i + 1} />
            </li>
          ))}
        </ol>
        <nav className="pager" aria-label={t('questionnaire.pager')}>
          {previous && <button type="button" onClick={() => go('questionnaire', previous.id)}>← {localize(previous.title, i18n.language)}</button>}
          {next ? (
            <button type="button" className="primary" onClick={() => go('questionnaire', next.id)}>{localize(next.title, i18n.language)} →</button>
          ) : (
            <button type="button" className="primary" onClick={() => go('results')}>{t('questionnaire.seeResults')} →</button>
          )}
        </nav>
      </section>
    </div>
  );
}
