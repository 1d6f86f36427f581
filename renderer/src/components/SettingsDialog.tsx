import { useTranslation } from '../i18n/use-translation';
import type { Language } from '../../../core/model/schema/text';
import { UI_LANGUAGES, languageTag } from '../i18n';
import type { TextSize, Theme } from '../lib/preferences';
import { useApp } from '../store';
import { Dialog } from './Dialog';

function Choice<T extends string>({ legend, name, value, options, onChange }: { legend: string; name: string; value: T; options: { value: T; label: string; lang?: string }[]; onChange: (v: T) => void }) {
  return (
    <fieldset className="field choice-group">
      <legend>{legend}</legend>
      {options.map((o) => (
        <label key={o.value} className="check" lang={o.lang}>
          <input type="radio" name={name} value={o.value} checked={value === o.value} onChange={() => onChange(o.value)} />
          {o.label}
        </label>
      ))}
    </fieldset>
  );
}

export function SettingsDialog() {
  const { t } = useTranslation();
  const closeDialog = useApp((s) => s.closeDialog);
  const preferences = useApp((s) => s.preferences);
  const setPreferences = useApp((s) => s.setPreferences);
  const language = useApp((s) => s.language);
  const chooseLanguage = useApp((s) => s.chooseLanguage);

  return (
    <Dialog title={t('settings.title')} onClose={() => closeDialog('settings')} className="settings-dialog">
      <Choice<Theme>
        legend={t('settings.theme')}
        name="theme"
        value={preferences.theme}
        options={[
          { value: 'light', label: t('settings.themeLight') },
          { value: 'contrast', label: t('settings.themeContrast') },
        ]}
        onChange={(theme) => setPreferences({ theme })}
      />
      <Choice<TextSize>
        legend={t('settings.textSize')}
        name="text-size"
        value={preferences.textSize}
        options={[
          { value: 'normal', label: t('settings.textNormal') },
          { value: 'large', label: t('settings.textLarge') },
        ]}
        onChange={(textSize) => setPreferences({ textSize })}
      />
      <Choice<Language>
        legend={t('app.language')}
        name="language"
        value={language}
        options={UI_LANGUAGES.map((l) => ({ value: l.code, label: l.name, lang: languageTag(l.code) }))}
        // The catalog is bundled, so switching cannot fail for want of a download: nothing waits for it.
        onChange={(code) => void chooseLanguage(code, { askAssessment: true })}
      />
      <p className="muted">{t('settings.note')}</p>
    </Dialog>
  );
}
