import i18next from 'i18next';
import en from './locales/en.json';
import es from './locales/es.json';
import fr from './locales/fr.json';
import zh from './locales/zh.json';

/** Passphrase protection keeps its strings in its own i18next namespace, beside its components. */
export const PROTECTION_NAMESPACE = 'protection';
for (const [language, strings] of Object.entries({ en, fr, es, zh })) i18next.addResourceBundle(language, PROTECTION_NAMESPACE, strings, true, true);
