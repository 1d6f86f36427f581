import i18next from 'i18next';
import en from './locales/en.json';
import es from './locales/es.json';
import fr from './locales/fr.json';
import zh from './locales/zh.json';

/** The report panel's strings live in their own i18next namespace, beside the panel. */
export const REPORT_NAMESPACE = 'report';
for (const [language, strings] of Object.entries({ en, fr, es, zh })) i18next.addResourceBundle(language, REPORT_NAMESPACE, strings, true, true);
