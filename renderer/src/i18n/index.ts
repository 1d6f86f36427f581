import i18next from 'i18next';
import type { Language } from '../../../core/model/schema/text';
import { I18N_OPTIONS, NAMESPACES, isRightToLeft, loadCatalog } from '../../../locales';
import en from '../../../locales/en';

export const UI_LANGUAGES: { code: Language; name: string }[] = [
  { code: 'en', name: 'English' },
  { code: 'fr', name: 'Français' },
  { code: 'es', name: 'Español' },
  { code: 'zh', name: '中文' },
  { code: 'pt', name: 'Português' },
  { code: 'ar', name: 'العربية' },
];

const LANGUAGE_KEY = 'capamap.language';

function savedLanguage(): Language {
  const saved = globalThis.localStorage?.getItem(LANGUAGE_KEY);
  return UI_LANGUAGES.some((l) => l.code === saved) ? (saved as Language) : 'en';
}

/** BCP 47 tag for the page and for Intl (Chinese content is written in simplified characters). */
export function languageTag(language: string): string {
  return language === 'zh' ? 'zh-Hans' : language;
}

// English, the fallback, is bundled and ready at import (the store and its tests translate synchronously);
// another language's catalog is fetched from its own file before the first render and on a switch,
// so the page does not carry six languages to show one.
void i18next.init({
  ...I18N_OPTIONS,
  resources: { en },
  lng: 'en',
  initAsync: false,
  interpolation: { ...I18N_OPTIONS.interpolation, escapeValue: true, escape: isolateInRightToLeft },
});

/** Sentences kept before the cache starts afresh (a note typed into a sentence makes one per keystroke). */
const CACHED_SENTENCES = 4000;

/**
 * The key under which a t() call's text is kept: where it is asked (language,
 * and a fixed t()'s language, namespace and prefix), the key and its options.
 * Null, for a call looked up afresh, when an option is not a plain value (a
 * function or an object could give another text under the same key).
 */
function sentenceKey(scope: string, key: unknown, options: unknown): string | null {
  if (typeof key !== 'string' && !(Array.isArray(key) && key.every((k) => typeof k === 'string'))) return null;
  if (options === undefined) return `${scope}\u0000${JSON.stringify(key)}`;
  if (typeof options !== 'object' || options === null) return null;
  for (const value of Object.values(options)) {
    const plain = value === null || value === undefined || typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value));
    if (!plain && !(Array.isArray(value) && value.every((v) => typeof v === 'string'))) return null;
  }
  return `${scope}\u0000${JSON.stringify(key)}\u0000${JSON.stringify(options)}`;
}

type Translate = (...args: unknown[]) => unknown;

/**
 * Each sentence is made once per language and catalog: a full t() (language
 * fallback, plural rules, interpolation, nesting) costs tens of microseconds,
 * and a screen asks for the same few dozen again on every render (one decision
 * on the merge screen asked for about sixty). Both the instance's t() and the
 * fixed t() that components use (see use-translation.ts; i18next's copies all
 * its options on every call before it reaches the instance's) look a sentence
 * up here first. A language change or a catalog added or removed starts afresh.
 */
export function cacheSentences(instance: typeof i18next): void {
  const sentences = new Map<string, unknown>();
  const forget = () => sentences.clear();
  instance.on('languageChanged', forget);
  instance.store.on('added', forget);
  instance.store.on('removed', forget);
  const remembering =
    (translate: Translate, scope: () => string): Translate =>
    (key, options, ...rest) => {
      const id = rest.length === 0 ? sentenceKey(scope(), key, options) : null;
      if (id === null) return translate(key, options, ...rest);
      if (sentences.has(id)) return sentences.get(id);
      if (sentences.size >= CACHED_SENTENCES) forget();
      const text = translate(key, options);
      sentences.set(id, text);
      return text;
    };
  instance.t = remembering(instance.t.bind(instance) as unknown as Translate, () => instance.language) as unknown as typeof instance.t;
  const getFixedT = instance.getFixedT.bind(instance) as unknown as (...args: unknown[]) => Translate;
  instance.getFixedT = ((...args: unknown[]) => {
    const fixed = getFixedT(...args);
    // What i18next sets on a fixed t(), kept on the one that remembers.
    const own = fixed as unknown as { lng?: string; lngs?: readonly string[]; ns?: unknown; keyPrefix?: unknown };
    if (typeof own.keyPrefix === 'function') return fixed;
    const where = JSON.stringify([own.lng, own.lngs, own.ns, own.keyPrefix, args[3]]);
    return Object.assign(
      remembering(fixed, () => `${instance.language}\u0000${where}`),
      { lng: own.lng, lngs: own.lngs, ns: own.ns, keyPrefix: own.keyPrefix },
    );
  }) as unknown as typeof instance.getFixedT;
}
cacheSentences(i18next);

/**
 * A value put into a sentence (an institution, a file name, a number) is isolated from the sentence
 * around it in a right-to-left language (U+2068 … U+2069), so "Ministry of ICT" or "2.6 / 5" keeps its
 * own order inside Arabic text. React escapes markup itself; left-to-right languages get the value as is.
 */
function isolateInRightToLeft(value: string): string {
  return isRightToLeft(i18next.language) ? `\u2068${value}\u2069` : value;
}

/** Adds a language's catalog to the instance, once. */
async function ensureCatalog(language: Language): Promise<void> {
  if (i18next.hasResourceBundle(language, NAMESPACES[0])) return;
  const catalog = await loadCatalog(language);
  for (const ns of NAMESPACES) i18next.addResourceBundle(language, ns, catalog[ns], true, true);
}

/** The page's language and direction; unit tests run the store in Node, without a page. */
function setPageLanguage(language: string): void {
  if (typeof document === 'undefined') return;
  document.documentElement.lang = languageTag(language);
  document.documentElement.dir = isRightToLeft(language) ? 'rtl' : 'ltr';
}

/** The latest language asked for: a catalog that arrives after a later choice is not applied over it. */
let latest = 0;

/** Speaks the language once its catalog is in; false when another language was chosen meanwhile. */
async function speak(language: Language): Promise<boolean> {
  const request = ++latest;
  await ensureCatalog(language);
  if (request !== latest) return false;
  await i18next.changeLanguage(language);
  setPageLanguage(language);
  return true;
}

/**
 * Switches UI and content language at runtime, and remembers it; the page's lang and dir follow.
 * Resolves false, changing nothing, when the user chose yet another language while this one loaded.
 */
export async function setLanguage(language: Language): Promise<boolean> {
  if (!(await speak(language))) return false;
  globalThis.localStorage?.setItem(LANGUAGE_KEY, language);
  return true;
}

/** Resolves once the interface speaks the language the user last chose (main.tsx renders after it); English if its file cannot load. */
export const i18nReady: Promise<void> = speak(savedLanguage()).then(
  () => undefined,
  () => setPageLanguage('en'),
);

export default i18next;
