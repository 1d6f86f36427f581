import { indexItems, itemTitle } from '../core/model/questionnaire';
import type { ItemTitle, Translate } from '../core/model/explain';
import type { Content } from '../core/model/content';
import { createTranslator, isCatalogLanguage, type CatalogLanguage } from '../locales';

/**
 * The language of the CLI's messages: CAPAMAP_LANG, else the POSIX locale
 * (LC_ALL, then LC_MESSAGES, then LANG, the first one set decides);
 * English when none names a language CapaMap speaks. "fr_FR.UTF-8" → "fr".
 */
export function cliLanguage(env: Readonly<Record<string, string | undefined>>): CatalogLanguage {
  const setting = [env.CAPAMAP_LANG, env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v.trim() !== '');
  const language =
    setting
      ?.trim()
      .toLowerCase()
      .split(/[_.@-]/)[0] ?? 'en';
  return isCatalogLanguage(language) ? language : 'en';
}

/** How the CLI speaks: the translator over the one catalog, and its language (for content texts). */
export interface Voice {
  t: Translate;
  language: CatalogLanguage;
}

const voices = new Map<CatalogLanguage, Promise<Voice>>();

/** The voice for a language, built once per process (the catalog never changes while it runs). */
export function createVoice(language: CatalogLanguage): Promise<Voice> {
  let voice = voices.get(language);
  if (!voice) {
    voice = createTranslator(language).then((i18n) => ({ t: (key, params) => i18n.t(key, params), language }));
    voices.set(language, voice);
  }
  return voice;
}

/** Names items by their title in the CLI's language, looking through the questionnaires given. */
export function titlesIn(contents: Iterable<Content>, language: string): ItemTitle {
  const indexes = [...contents].map((c) => indexItems(c.questionnaire));
  return (id) => {
    for (const index of indexes) {
      const item = index.get(id)?.item;
      if (item) return itemTitle(item, language);
    }
    return undefined;
  };
}
