/** Languages the catalog speaks, and its namespaces. */
export const CATALOG_LANGUAGES = ['en', 'fr', 'es', 'zh', 'pt', 'ar'] as const;
export type CatalogLanguage = (typeof CATALOG_LANGUAGES)[number];

export const NAMESPACES = ['ui', 'reportPanel', 'protection', 'report', 'messages', 'cli', 'dialogs', 'menu', 'kit', 'help'] as const;
export type Namespace = (typeof NAMESPACES)[number];
export const DEFAULT_NAMESPACE: Namespace = 'ui';

/** Languages written right to left: the page mirrors and the report runs right to left. */
export const RIGHT_TO_LEFT: readonly CatalogLanguage[] = ['ar'];

export function isCatalogLanguage(language: string): language is CatalogLanguage {
  return (CATALOG_LANGUAGES as readonly string[]).includes(language);
}

export function isRightToLeft(language: string): boolean {
  return (RIGHT_TO_LEFT as readonly string[]).includes(language);
}
