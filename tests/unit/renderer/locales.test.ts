import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../../renderer/src/i18n/locales/en.json';
import es from '../../../renderer/src/i18n/locales/es.json';
import fr from '../../../renderer/src/i18n/locales/fr.json';
import zh from '../../../renderer/src/i18n/locales/zh.json';

type Tree = { [key: string]: string | Tree };
const flatten = (tree: Tree, prefix = ''): Record<string, string> =>
  Object.fromEntries(Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [[prefix + k, v]] : Object.entries(flatten(v, `${prefix}${k}.`)))));
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

/** Plural forms differ by language (Chinese has one, English two): compare keys without their plural suffix. */
const base = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');
const english = flatten(en as Tree);
const englishBase = Object.fromEntries(Object.entries(english).map(([k, v]) => [base(k), v]));
const locales = { fr: flatten(fr as Tree), es: flatten(es as Tree), zh: flatten(zh as Tree) };

const glossary = (language: string) =>
  new Map((JSON.parse(readFileSync(join(__dirname, `../../../questionnaires/glossary/${language}.json`), 'utf8')) as { terms: { en: string; term: string }[] }).terms.map((t) => [t.en, t.term]));

describe('UI strings', () => {
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
      names.forEach((name, i) => expect(strings[`stage.${i + 1}`]!.toLowerCase()).toBe(terms.get(name)!.toLowerCase()));
      for (const [key, en] of [['risk.likelihood', 'likelihood'], ['risk.preparedness', 'preparedness'], ['results.roadmapTitle', 'roadmap']] as const) {
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
