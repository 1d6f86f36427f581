import { useTranslation } from 'react-i18next';
import type { Language } from '../../../core/schema/text';
import { UI_LANGUAGES, setLanguage } from '../i18n';
import { useApp } from '../store';
import { SaveStatus } from './SaveStatus';

export function Header() {
  const { t } = useTranslation();
  const hasAssessment = useApp((s) => s.assessment !== null);
  const language = useApp((s) => s.language);
  const setLanguageState = useApp((s) => s.setLanguageState);
  const save = useApp((s) => s.save);
  const open = useApp((s) => s.open);
  const go = useApp((s) => s.go);

  const changeLanguage = async (code: Language) => {
    await setLanguage(code);
    setLanguageState(code);
  };

  return (
    <header className="header">
      <button type="button" className="brand" onClick={() => go('start')}>
        CapaMap
      </button>
      <div className="header-actions">
        {hasAssessment && <SaveStatus />}
        <button type="button" onClick={() => void open()}>{t('file.open')}</button>
        {hasAssessment && (
          <>
            <button type="button" onClick={() => void save()}>{t('file.save')}</button>
            <button type="button" onClick={() => void save(true)}>{t('file.saveAs')}</button>
          </>
        )}
        <label className="language-picker">
          <span>{t('app.language')}</span>
          <select value={language} onChange={(e) => void changeLanguage(e.target.value as Language)}>
            {UI_LANGUAGES.map((l) => (
              <option key={l.code} value={l.code} lang={l.code}>
                {l.name}
              </option>
            ))}
          </select>
        </label>
      </div>
    </header>
  );
}
