import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../../core/schema/text';
import en from './locales/en.json';

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

void i18next.use(initReactI18next).init({
  resources: { en: { translation: en } },
  lng: initialLanguage(),
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
  returnNull: false,
});
document.documentElement.lang = i18next.language;

/** Switches UI and content language at runtime; the page's lang attribute follows. */
export async function setLanguage(language: Language): Promise<void> {
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
  globalThis.localStorage?.setItem(LANGUAGE_KEY, language);
}

export default i18next;
