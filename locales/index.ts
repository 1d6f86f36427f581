import i18next, { type i18n, type Resource } from 'i18next';
import enCli from './en/cli.json';
import enDialogs from './en/dialogs.json';
import enHelp from './en/help.json';
import enKit from './en/kit.json';
import enMenu from './en/menu.json';
import enMessages from './en/messages.json';
import enProtection from './en/protection.json';
import enReport from './en/report.json';
import enReportPanel from './en/reportPanel.json';
import enUi from './en/ui.json';
import esCli from './es/cli.json';
import esDialogs from './es/dialogs.json';
import esHelp from './es/help.json';
import esKit from './es/kit.json';
import esMenu from './es/menu.json';
import esMessages from './es/messages.json';
import esProtection from './es/protection.json';
import esReport from './es/report.json';
import esReportPanel from './es/reportPanel.json';
import esUi from './es/ui.json';
import frCli from './fr/cli.json';
import frDialogs from './fr/dialogs.json';
import frHelp from './fr/help.json';
import frKit from './fr/kit.json';
import frMenu from './fr/menu.json';
import frMessages from './fr/messages.json';
import frProtection from './fr/protection.json';
import frReport from './fr/report.json';
import frReportPanel from './fr/reportPanel.json';
import frUi from './fr/ui.json';
import zhCli from './zh/cli.json';
import zhDialogs from './zh/dialogs.json';
import zhHelp from './zh/help.json';
import zhKit from './zh/kit.json';
import zhMenu from './zh/menu.json';
import zhMessages from './zh/messages.json';
import zhProtection from './zh/protection.json';
import zhReport from './zh/report.json';
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

export const NAMESPACES = ['ui', 'reportPanel', 'protection', 'report', 'messages', 'cli', 'dialogs', 'menu', 'kit', 'help'] as const;
export type Namespace = (typeof NAMESPACES)[number];
export const DEFAULT_NAMESPACE: Namespace = 'ui';

export const RESOURCES = {
  en: { ui: enUi, reportPanel: enReportPanel, protection: enProtection, report: enReport, messages: enMessages, cli: enCli, dialogs: enDialogs, menu: enMenu, kit: enKit, help: enHelp },
  fr: { ui: frUi, reportPanel: frReportPanel, protection: frProtection, report: frReport, messages: frMessages, cli: frCli, dialogs: frDialogs, menu: frMenu, kit: frKit, help: frHelp },
  es: { ui: esUi, reportPanel: esReportPanel, protection: esProtection, report: esReport, messages: esMessages, cli: esCli, dialogs: esDialogs, menu: esMenu, kit: esKit, help: esHelp },
  zh: { ui: zhUi, reportPanel: zhReportPanel, protection: zhProtection, report: zhReport, messages: zhMessages, cli: zhCli, dialogs: zhDialogs, menu: zhMenu, kit: zhKit, help: zhHelp },
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
