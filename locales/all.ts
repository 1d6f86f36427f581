import type { Resource } from 'i18next';
import ar from './ar';
import en from './en';
import es from './es';
import fr from './fr';
import pt from './pt';
import zh from './zh';
import type { CatalogLanguage } from './languages';

/**
 * Every language of the catalog at once, loaded eagerly: for tests, which read
 * all of it, and for code that must translate synchronously. The app loads one
 * language at a time through loadCatalog (locales/index.ts).
 */
export const RESOURCES = { en, fr, es, zh, pt, ar } satisfies Record<CatalogLanguage, Resource[string]>;
