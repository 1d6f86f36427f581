import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import i18next from '.';

/** Labels by language, then key: what a key says changes only with the language or its catalog. */
const cache = new Map<string, Map<string, string>>();
// A catalog added or replaced (a language's file arriving) may change what a key says.
i18next.store.on('added', () => cache.clear());

/** What a key without options says in a language, looked up (with `lookup`, that language's t) the first time only. */
export function cachedLabel(language: string, key: string, lookup: (key: string) => string): string {
  let labels = cache.get(language);
  if (!labels) cache.set(language, (labels = new Map()));
  let text = labels.get(key);
  if (text === undefined) labels.set(key, (text = lookup(key)));
  return text;
}

/** A label by key, and the language it is in (for content texts, which localize() reads). */
export interface Labels {
  label: (key: string) => string;
  language: string;
}

/**
 * t() for keys without options, each looked up once per language for the whole page. Every
 * questionnaire item draws the same few dozen labels (stages, "don't know", confidence, help),
 * and a full lookup costs tens of microseconds: a section drew over two hundred of them.
 */
export function useLabel(): Labels {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(() => ({ label: (key: string) => cachedLabel(language, key, t), language }), [t, language]);
}
