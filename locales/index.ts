import i18next, { type i18n, type Resource } from 'i18next';
import enProtection from './en/protection.json';
import enReportPanel from './en/reportPanel.json';
import enUi from './en/ui.json';
import esProtection from './es/protection.json';
import esReportPanel from './es/reportPanel.json';
import esUi from './es/ui.json';
import frProtection from './fr/protection.json';
import frReportPanel from './fr/reportPanel.json';
import frUi from './fr/ui.json';
import zhProtection from './zh/protection.json';
import zhReportPanel from './zh/reportPanel.json';
import zhUi from './zh/ui.json';

/*
 * The one translation catalog: every string the interface, the report, the CLI
 * and the desktop shell show, per language and namespace. The renderer, the
 * report worker and Node (CLI, main process) all build their i18next instance
 * from these resources.
 */

export const CATALOG_LANGUAGES = ['en', 'fr', 'es', 'zh'] as const;
export type CatalogLanguage = (typeof CATALOG_LANGUAGES)[number];

export const NAMESPACES = ['ui', 'reportPanel', 'protection'] as const;
export type Namespace = (typeof NAMESPACES)[number];
export const DEFAULT_NAMESPACE: Namespace = 'ui';

export const RESOURCES = {
  en: { ui: enUi, reportPanel: enReportPanel, protection: enProtection },
  fr: { ui: frUi, reportPanel: frReportPanel, protection: frProtection },
  es: { ui: esUi, reportPanel: esReportPanel, protection: esProtection },
  zh: { ui: zhUi, reportPanel: zhReportPanel, protection: zhProtection },
} satisfies Resource;

/** i18next options shared by every instance, so plurals and interpolation behave alike everywhere. */
export const I18N_OPTIONS = {
  resources: RESOURCES,
  fallbackLng: 'en',
  ns: [...NAMESPACES],
  defaultNS: DEFAULT_NAMESPACE,
  interpolation: { escapeValue: false },
  returnNull: false,
} as const;

export function isCatalogLanguage(language: string): language is CatalogLanguage {
  return (CATALOG_LANGUAGES as readonly string[]).includes(language);
}

/** A separate i18next instance in one language (Node, the report worker, tests). */
export async function createTranslator(language: string): Promise<i18n> {
  const instance = i18next.createInstance();
  await instance.init({ ...I18N_OPTIONS, lng: isCatalogLanguage(language) ? language : 'en' });
  return instance;
}
