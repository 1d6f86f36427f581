import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RESOURCES } from '../../../locales';

type Tree = { [key: string]: string | Tree };
const flatten = (tree: Tree, prefix = ''): Record<string, string> =>
  Object.fromEntries(Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [[prefix + k, v]] : Object.entries(flatten(v, `${prefix}${k}.`)))));
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

/** Plural forms differ by language (Chinese has one, English two): compare keys without their plural suffix. */
const base = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');
/** One language's whole catalog, keys prefixed by namespace ("ui:stage.1"). */
const catalog = (language: keyof typeof RESOURCES) => Object.fromEntries(Object.entries(RESOURCES[language]).flatMap(([ns, tree]) => Object.entries(flatten(tree as Tree, `${ns}:`))));
const english = catalog('en');
const englishBase = Object.fromEntries(Object.entries(english).map(([k, v]) => [base(k), v]));
const locales = { fr: catalog('fr'), es: catalog('es'), zh: catalog('zh') };

const glossary = (language: string) =>
  new Map((JSON.parse(readFileSync(join(__dirname, `../../../questionnaires/glossary/${language}.json`), 'utf8')) as { terms: { en: string; term: string }[] }).terms.map((t) => [t.en, t.term]));

describe('The catalog (locales/)', () => {
  for (const [language, strings] of Object.entries(locales)) {
    it(`${language} has every English key, no other, none empty, with the same placeholders`, () => {
      expect([...new Set(Object.keys(strings).map(base))].sort()).toEqual(Object.keys(englishBase).sort());
      for (const [key, text] of Object.entries(strings)) {
        expect(text.trim(), `${language}:${key}`).not.toBe('');
        expect(placeholders(text), `${language}:${key}`).toEqual(placeholders(englishBase[base(key)]!));
      }
      // Every plural form the language needs is there.
      const forms = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
      for (const key of Object.keys(english).filter((k) => k.endsWith('_other')).map(base)) {
        for (const form of forms) expect(strings[`${key}_${form}`], `${language}:${key}_${form}`).toBeDefined();
      }
    });

    it(`${language} names the five stages as its glossary does`, () => {
      const terms = glossary(language);
      const names = ['nascent (stage 1)', 'emerging (stage 2)', 'established (stage 3)', 'advanced (stage 4)', 'leading (stage 5)'];
      names.forEach((name, i) => expect(strings[`ui:stage.${i + 1}`]!.toLowerCase()).toBe(terms.get(name)!.toLowerCase()));
      for (const [key, en] of [['ui:risk.likelihood', 'likelihood'], ['ui:risk.preparedness', 'preparedness'], ['ui:results.roadmapTitle', 'roadmap']] as const) {
        expect(strings[key]!.toLowerCase(), `${language}:${key} uses the glossary term for "${en}"`).toContain(terms.get(en)!.toLowerCase());
      }
    });
  }

  it('French puts a no-break space before high punctuation and inside guillemets', () => {
    for (const [key, text] of Object.entries(locales.fr)) {
      expect(/ [:;?!»]| %|« /.test(text), `fr:${key}: ${text}`).toBe(false);
    }
  });
});
