import { useTranslation } from '../i18n/use-translation';
import type { Language } from '../../../core/model/schema/text';
import { LanguageOptions } from './LanguageOptions';
import { useApp } from '../store';
import { AssessmentBar } from './AssessmentBar';
import { ProtectionControl } from '../protection/ProtectionControl';

export function Header() {
  const { t } = useTranslation();
  const hasAssessment = useApp((s) => s.assessment !== null);
  const institution = useApp((s) => s.assessment?.meta.institution);
  const language = useApp((s) => s.language);
  const chooseLanguage = useApp((s) => s.chooseLanguage);
  const save = useApp((s) => s.save);
  const open = useApp((s) => s.open);
  const go = useApp((s) => s.go);
  const openDialog = useApp((s) => s.openDialog);
  const openGuide = useApp((s) => s.openGuide);

  // Handlers start async actions without waiting (void): each reports its own failure (a notice, the save status).
  return (
    <header className="header-wrap">
      <div className="header">
        <div className="header-brand">
          <button type="button" className="brand" onClick={() => go('start')} aria-label={t('app.home')}>
            CapaMap
          </button>
          {institution && (
            <span className="header-institution" title={institution}>
              {institution}
            </span>
          )}
        </div>
        <div className="header-actions">
          <button type="button" onClick={() => void open()}>
            {t('file.open')}
          </button>
          {hasAssessment && (
            <>
              <button type="button" onClick={() => void save()}>
                {t('file.save')}
              </button>
              <button type="button" onClick={() => void save(true)}>
                {t('file.saveAs')}
              </button>
            </>
          )}
          <ProtectionControl />
          <button type="button" onClick={() => openDialog('history')} aria-haspopup="dialog">
            {t('history.open')}
          </button>
          <button type="button" onClick={() => openDialog('settings')} aria-haspopup="dialog">
            {t('app.settings')}
          </button>
          <button type="button" onClick={() => openGuide()} data-testid="open-guide">
            {t('guide.open', { ns: 'help' })}
          </button>
          <button type="button" className="key-button" onClick={() => openDialog('shortcuts')} aria-haspopup="dialog" aria-keyshortcuts="?" title={t('app.shortcuts')} aria-label={t('app.shortcuts')}>
            ?
          </button>
          <div className="language-picker">
            <label htmlFor="ui-language">{t('app.language')}</label>
            <select id="ui-language" value={language} onChange={(e) => void chooseLanguage(e.target.value as Language, { askAssessment: true })}>
              <LanguageOptions />
            </select>
          </div>
        </div>
      </div>
      {hasAssessment && <AssessmentBar />}
    </header>
  );
}
