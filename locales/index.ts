import i18next, { type i18n, type Resource } from 'i18next';
import { CATALOG_LANGUAGES, DEFAULT_NAMESPACE, NAMESPACES, isCatalogLanguage, type CatalogLanguage } from './languages';

export * from './languages';

/*
 * The one translation catalog: every string the interface, the report, the CLI
 * and the desktop shell show, per language and namespace (locales/<lang>/<ns>.json).
 * The renderer, the report worker and Node (CLI, main process) all build their
 * i18next instance from these files. Each language is a module of its own, loaded
 * when first asked for: the page ships English (the fallback) and the language it
 * opens in, not all six.
 */

type Catalog = Resource[string];

const LOADERS: Record<CatalogLanguage, () => Promise<{ default: Catalog }>> = {
  en: () => import('./en'),
  fr: () => import('./fr'),
  es: () => import('./es'),
  zh: () => import('./zh'),
  pt: () => import('./pt'),
  ar: () => import('./ar'),
};

const catalogs = new Map<CatalogLanguage, Promise<Catalog>>();

/** One language's catalog, imported once per process or page. */
export function loadCatalog(language: CatalogLanguage): Promise<Catalog> {
  let catalog = catalogs.get(language);
  if (!catalog) {
    catalog = LOADERS[language]().then((m) => m.default);
    catalogs.set(language, catalog);
  }
  return catalog;
}

/** The resources an instance in this language needs: the language and English, its fallback. */
export async function resourcesFor(language: CatalogLanguage): Promise<Resource> {
  const [en, own] = await Promise.all([loadCatalog('en'), loadCatalog(language)]);
  return { en, [language]: own };
}

/** i18next options shared by every instance, so plurals and interpolation behave alike everywhere. */
export const I18N_OPTIONS = {
  fallbackLng: 'en',
  supportedLngs: [...CATALOG_LANGUAGES],
  ns: [...NAMESPACES],
  defaultNS: DEFAULT_NAMESPACE,
  interpolation: { escapeValue: false },
  returnNull: false,
} as const;

/** A separate i18next instance in one language (Node, the report worker, tests). */
export async function createTranslator(language: string): Promise<i18n> {
  const lng = isCatalogLanguage(language) ? language : 'en';
  const instance = i18next.createInstance();
  await instance.init({ ...I18N_OPTIONS, resources: await resourcesFor(lng), lng });
  return instance;
}

/** A key of one namespace and its parameters to text (core's report builder takes one for the `report` namespace). */
export type FixedTranslate = (key: string, params?: Record<string, unknown>) => string;

const reportTranslators = new Map<string, Promise<FixedTranslate>>();

/**
 * The `report` namespace in one language, for core's report builder. Made
 * once per language and process, then reused by every report.
 *
 * A report asks for over a thousand words and sentences, and a full t() call
 * costs tens of microseconds: each key's text (after language fallback) is
 * resolved by i18next once, and a sentence is then filled in by i18next's own
 * interpolator. A `count` goes through t(), which picks the plural form.
 */
export function reportTranslator(language: CatalogLanguage): Promise<FixedTranslate> {
  let translator = reportTranslators.get(language);
  if (!translator) {
    translator = createTranslator(language).then((instance) => {
      const t = instance.getFixedT(language, 'report');
      const { interpolator } = instance.services;
      const texts = new Map<string, string>();
      const text = (key: string) => {
        let found = texts.get(key);
        if (found === undefined) texts.set(key, (found = t(key, { skipInterpolation: true })));
        return found;
      };
      return (key: string, params?: Record<string, unknown>) => {
        if (!params) return text(key);
        if (typeof params.count === 'number') return t(key, params);
        return interpolator.interpolate(text(key), params, language, {});
      };
    });
    reportTranslators.set(language, translator);
  }
  return translator;
}

/** The `kit` namespace in one language, for core's facilitator's kit (core/report/kit.ts). */
export async function kitTranslator(language: CatalogLanguage): Promise<FixedTranslate> {
  const instance = await createTranslator(language);
  return instance.getFixedT(language, 'kit');
}
