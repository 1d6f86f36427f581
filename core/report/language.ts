/** Languages a report can be printed in. */
export const REPORT_LANGUAGES = ['en', 'fr', 'es', 'zh', 'pt'] as const;
export type ReportLanguage = (typeof REPORT_LANGUAGES)[number];

/**
 * The report's words in its language: a key of the catalog's `report`
 * namespace (locales/<lang>/report.json) and its parameters; a numeric
 * `count` picks the plural form. Core depends on no translation library, so
 * the caller (report worker, CLI, tests) makes it from the catalog.
 */
export type Translate = (key: string, params?: Record<string, unknown>) => string;
