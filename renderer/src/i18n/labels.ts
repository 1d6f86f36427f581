import { useTranslation } from './use-translation';

/** A label by key, and the language it is in (for content texts, which localize() reads). */
export interface Labels {
  label: (key: string) => string;
  language: string;
}

const byLanguage = new Map<string, Labels>();

/**
 * t() for keys without options, and the language. Every questionnaire item draws the same few
 * dozen labels (stages, "don't know", confidence, help): each is made once per language by the
 * sentence cache (see cacheSentences), and the object is the same for every item, so memoised
 * items do not draw again when nothing but their parent changed.
 */
export function useLabel(): Labels {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  let labels = byLanguage.get(language);
  // t() is the same for a language all along (see use-translation.ts), so one object per language is enough.
  if (!labels) byLanguage.set(language, (labels = { label: (key: string) => t(key), language }));
  return labels;
}
