import { useSyncExternalStore } from 'react';
import type { TFunction } from 'i18next';
import i18next from '.';

const onLanguageChange = (changed: () => void) => {
  i18next.on('languageChanged', changed);
  return () => i18next.off('languageChanged', changed);
};
const currentLanguage = () => i18next.language;

/** One t() per language and namespace, shared by every component (it looks texts up when called). */
const fixed = new Map<string, TFunction>();

function fixedT(language: string, ns: string | undefined): TFunction {
  const key = `${language}\u0000${ns ?? ''}`;
  let t = fixed.get(key);
  if (!t) fixed.set(key, (t = i18next.getFixedT(language, ns) as TFunction));
  return t;
}

/**
 * A component's t() (in a namespace, or the default one) and the i18next instance; the
 * component renders again when the language changes. Written here rather than taken from
 * react-i18next, whose hook copies every property of the i18next instance for each component
 * that mounts: a questionnaire section mounts five per item, and those copies were the largest
 * single cost of switching sections.
 */
export function useTranslation(ns?: string): { t: TFunction; i18n: typeof i18next } {
  const language = useSyncExternalStore(onLanguageChange, currentLanguage, currentLanguage);
  return { t: fixedT(language, ns), i18n: i18next };
}
