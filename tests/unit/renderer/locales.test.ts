import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { CATALOG_LANGUAGES } from '../../../locales';
import { RESOURCES } from '../../../locales/all';
import { DYNAMIC_KEYS } from './dynamic-keys';

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
const locales = Object.fromEntries(CATALOG_LANGUAGES.filter((l) => l !== 'en').map((l) => [l, catalog(l)])) as Record<Exclude<keyof typeof RESOURCES, 'en'>, Record<string, string>>;

const glossary = (language: string) =>
  new Map((JSON.parse(readFileSync(join(__dirname, `../../../questionnaires/glossary/${language}.json`), 'utf8')) as { terms: { en: string; term: string }[] }).terms.map((t) => [t.en, t.term]));

/** Every Chinese text of a content file: the values of its `zh` keys. */
const chineseTexts = (tree: unknown): string[] =>
  Array.isArray(tree) ? tree.flatMap(chineseTexts) : tree && typeof tree === 'object' ? Object.entries(tree).flatMap(([k, v]) => (k === 'zh' && typeof v === 'string' ? [v] : chineseTexts(v))) : [];

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
      for (const key of Object.keys(english)
        .filter((k) => k.endsWith('_other'))
        .map(base)) {
        for (const form of forms) expect(strings[`${key}_${form}`], `${language}:${key}_${form}`).toBeDefined();
      }
    });

    it(`${language} names the five stages as its glossary does`, () => {
      const terms = glossary(language);
      const names = ['nascent (stage 1)', 'emerging (stage 2)', 'established (stage 3)', 'advanced (stage 4)', 'leading (stage 5)'];
      names.forEach((name, i) => expect(strings[`ui:stage.${i + 1}`]!.toLowerCase()).toBe(terms.get(name)!.toLowerCase()));
      for (const [key, en] of [
        ['ui:questionnaire.scaleKey', 'likelihood'],
        ['ui:risk.preparedness', 'preparedness'],
        ['ui:results.roadmapTitle', 'roadmap'],
      ] as const) {
        expect(strings[key]!.toLowerCase(), `${language}:${key} uses the glossary term for "${en}"`).toContain(terms.get(en)!.toLowerCase());
      }
    });
  }

  it('French puts a no-break space before high punctuation and inside guillemets', () => {
    for (const [key, text] of Object.entries(locales.fr)) {
      expect(/ [:;?!»]| %|« /.test(text), `fr:${key}: ${text}`).toBe(false);
    }
  });

  it('Chinese uses full-width punctuation next to Chinese text, in the catalog, the questionnaire and the action library', () => {
    const halfWidthBesideHan = /\p{Script=Han}[,;:!?()]|[,;:!?()]\p{Script=Han}/u;
    const content = ['questionnaire.json', 'actions.json'].flatMap((file) => chineseTexts(JSON.parse(readFileSync(join(__dirname, `../../../questionnaires/capamap-core/${file}`), 'utf8'))));
    for (const [where, text] of [...Object.entries(locales.zh), ...content.map((text, i) => [`content #${i}`, text] as const)]) {
      expect(halfWidthBesideHan.test(text), `zh ${where}: ${text}`).toBe(false);
    }
  });

  it('has no key that nothing uses (every key is a literal in the code, or declared in dynamic-keys.ts)', () => {
    const used = sourceLiterals();
    const dynamic = (key: string) => DYNAMIC_KEYS.some(({ pattern }) => pattern.test(key));
    // A key is used when the code names it with or without its namespace ("ui:stage.1" or "stage.1"); plural forms count as their base.
    const unused = Object.keys(englishBase).filter((key) => !used.has(key) && !used.has(key.slice(key.indexOf(':') + 1)) && !dynamic(key));
    expect(unused, 'remove these keys, or declare how the code builds them in dynamic-keys.ts').toEqual([]);
  });

  it('declares only dynamic keys that exist', () => {
    for (const { pattern, why } of DYNAMIC_KEYS)
      expect(
        Object.keys(englishBase).some((key) => pattern.test(key)),
        `${pattern} (${why})`,
      ).toBe(true);
  });
});

/** Code that shows text to a person: the interface, the desktop shell, the CLI, core's messages, the PDF adapter. */
const SOURCE_FOLDERS = ['core', 'cli', 'electron', 'renderer/src', 'pdf'];

/** Every string literal in the source (quotes, template literals without substitutions, JSX attributes), read by the TypeScript parser. */
function sourceLiterals(): Set<string> {
  const root = join(__dirname, '../../..');
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : [];
    });
  const literals = new Set<string>();
  for (const file of SOURCE_FOLDERS.flatMap((folder) => files(join(root, folder)))) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
    const visit = (node: ts.Node): void => {
      if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) literals.add(node.text);
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return literals;
}
