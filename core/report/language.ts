/** Languages a report can be printed in. */
export const REPORT_LANGUAGES = ['en', 'fr', 'es', 'zh', 'pt', 'ar'] as const;
export type ReportLanguage = (typeof REPORT_LANGUAGES)[number];

/** Languages written right to left: their reports are ordered and mirrored by pdf/bidi-layout.ts and word/convert.ts. */
export const RTL_LANGUAGES: readonly ReportLanguage[] = ['ar'];

export function isRtl(language: string): boolean {
  return (RTL_LANGUAGES as readonly string[]).includes(language);
}

/**
 * The report's words in its language: a key of the catalog's `report`
 * namespace (locales/<lang>/report.json) and its parameters; a numeric
 * `count` picks the plural form. Core depends on no translation library, so
 * the caller (report worker, CLI, tests) makes it from the catalog.
 */
export type Translate = (key: string, params?: Record<string, unknown>) => string;
