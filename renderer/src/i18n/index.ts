import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../../core/model/schema/text';
import { I18N_OPTIONS } from '../../../locales';

export const UI_LANGUAGES: { code: Language; name: string }[] = [
  { code: 'en', name: 'English' },
  { code: 'fr', name: 'Français' },
  { code: 'es', name: 'Español' },
  { code: 'zh', name: '中文' },
];

const LANGUAGE_KEY = 'capamap.language';

function initialLanguage(): Language {
  const saved = globalThis.localStorage?.getItem(LANGUAGE_KEY);
  return UI_LANGUAGES.some((l) => l.code === saved) ? (saved as Language) : 'en';
}

/** BCP 47 tag for the page and for Intl (Chinese content is written in simplified characters). */
export function languageTag(language: string): string {
  return language === 'zh' ? 'zh-Hans' : language;
}

// The one catalog (locales/) is bundled: the app is offline and switches language without a reload.
// With the resources inline, init is done when it returns: its promise has nothing left to wait for.
void i18next.use(initReactI18next).init({
  ...I18N_OPTIONS,
  lng: initialLanguage(),
});
setPageLanguage(i18next.language);

/** The page's lang attribute; unit tests run the store in Node, without a page. */
function setPageLanguage(language: string): void {
  if (typeof document !== 'undefined') document.documentElement.lang = languageTag(language);
}

/** Switches UI and content language at runtime; the page's lang attribute follows. */
export async function setLanguage(language: Language): Promise<void> {
  await i18next.changeLanguage(language);
  setPageLanguage(language);
  globalThis.localStorage?.setItem(LANGUAGE_KEY, language);
}

export default i18next;
