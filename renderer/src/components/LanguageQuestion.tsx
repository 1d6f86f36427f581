import { useTranslation } from '../i18n/use-translation';
import { UI_LANGUAGES } from '../i18n';
import { useApp } from '../store';

const nameOf = (code: string) => UI_LANGUAGES.find((l) => l.code === code)?.name ?? code;

/** After the user switches the interface language: should the assessment and its report follow? */
export function LanguageQuestion() {
  const { t } = useTranslation();
  const question = useApp((s) => s.languageQuestion);
  const current = useApp((s) => s.assessment?.meta.language);
  const answer = useApp((s) => s.answerLanguageQuestion);
  if (!question || !current) return null;
  return (
    <div className="notice notice-info" role="status" data-testid="language-question">
      <span>{t('app.languageQuestion', { assessment: nameOf(current), chosen: nameOf(question) })}</span>
      <button type="button" onClick={() => answer(true)}>
        {t('app.languageChange', { chosen: nameOf(question) })}
      </button>
      <button type="button" className="link-button" onClick={() => answer(false)}>
        {t('app.languageKeep', { assessment: nameOf(current) })}
      </button>
    </div>
  );
}
