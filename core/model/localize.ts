import type { Language, LocalizedText } from './schema/text';

/** The text in the wanted language, falling back to English (the one language every text has). */
export function localize(text: LocalizedText | undefined, language: Language | string): string {
  if (!text) return '';
  const wanted = text[language];
  return wanted && wanted.trim() ? wanted : (text.en ?? '');
}
