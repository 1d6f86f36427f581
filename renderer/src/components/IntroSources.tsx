import { useTranslation } from '../i18n/use-translation';
import { referenceIndex } from '../../../core/model/references';
import type { Section } from '../../../core/model/schema/questionnaire';
import { useApp } from '../store';

/** The sources of the figures in a section's intro, in one small line under it. */
export function IntroSources({ section }: { section: Section }) {
  const { t } = useTranslation();
  const content = useApp((s) => s.content);
  const cited = (section.references ?? []).filter((c) => c.supports === 'intro');
  if (!content || cited.length === 0) return null;
  const records = referenceIndex(content.questionnaire, content.library);
  const lines = cited.flatMap((c) => {
    const r = records.get(c.ref);
    return r ? [`${r.title}. ${r.publisher}, ${r.year}.${r.url ? ` ${r.url}` : ''}`] : [];
  });
  return <p className="muted small intro-sources">{t('questionnaire.introSources', { list: lines.join(' · ') })}</p>;
}
