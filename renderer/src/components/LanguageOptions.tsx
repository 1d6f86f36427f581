import { UI_LANGUAGES } from '../i18n';

/** The interface languages as options of a select, each named in its own language. */
export function LanguageOptions() {
  return UI_LANGUAGES.map((l) => (
    <option key={l.code} value={l.code} lang={l.code}>
      {l.name}
    </option>
  ));
}
