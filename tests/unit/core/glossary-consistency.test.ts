import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectTexts } from '../../../core/model/validate';
import { bundledContent } from '../../content';

/**
 * Every glossary (questionnaires/glossary/<language>.json, whatever languages exist): wherever
 * the English text of a bundled content string uses a glossary term, its translation uses
 * that language's term.
 *
 * - English: the term without its parenthesised gloss, each " / " alternative, as whole words,
 *   singular or plural ("pilot", "pilots").
 * - Translation: the term, its parenthesised gloss or an alternative, or one of the entry's
 *   optional `forms` (other accepted forms, e.g. an attributive use). In alphabetic scripts a
 *   word of five letters or more may change its last two (gender and number: "consolidado",
 *   "consolidada"); in Chinese and Arabic the term is looked for as written (Arabic glossary
 *   terms are stems, so "احتمال" is found in "الاحتمال").
 */
interface Term {
  en: string;
  term: string;
  note?: string;
  forms?: string[];
}
const GLOSSARY = join(__dirname, '..', '..', '..', 'questionnaires', 'glossary');
const glossaries = readdirSync(GLOSSARY)
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(join(GLOSSARY, f), 'utf8')) as { language: string; terms: Term[] });

/**
 * English words the glossary names in one sense that the content also uses in an everyday
 * sense the glossary does not govern; in those texts the translation rightly uses other words.
 */
const EVERYDAY_SENSES: Record<string, string> = {
  models: 'also "a model for the question" (an example to follow)',
  compute: 'also a modifier ("compute node", "compute budget"), translated by the head noun alone',
  data: 'in compounds ("data-protection", "datasets") the translation follows the compound',
  stage: 'also "the stage of a bill" (its progress), not a stage of the scale',
  'priority (security priority)': 'also the adjective ("priority datasets")',
  'advanced (stage 4)': 'also "advanced training", "advanced chips"',
  'emerging (stage 2)': 'also "emerging technologies"',
  'established (stage 3)': 'also "an established body"',
  'leading (stage 5)': 'also "leading to"',
  'nascent (stage 1)': 'only the stage name is governed',
  impact: 'also "impact assessment", a fixed expression of its own',
  pilot: 'also the verb ("pilot an open model"): "poner a prueba", "tester"',
  action: 'also "Call to Action" and ordinary "action"',
  evidence: 'also "evidence-based", "on evidence" (probantes, 实证), not the supporting documents',
  preparedness: 'also "preparedness plans" (emergency planning), not the rating',
  'military use of AI': 'inside the title of the Political Declaration, which has its own official wording',
  'scaling up': 'the noun; "scale it" and "to scale" are verbs',
  talent: 'the pillar name; "AI talent" in running text may read "skills"',
  'cross-border data': 'the priority name; running text may say "transfrontière" for flows',
};

const stripGloss = (s: string) => s.replace(/\s*[(（][^)）]*[)）]/g, '').trim();
const glosses = (s: string) => [...s.matchAll(/[(（]([^)）]*)[)）]/g)].map((m) => m[1]!.trim());
const alternatives = (s: string) =>
  s
    .split(/\s+\/\s+|\s*\/\s*(?=\p{L})/u)
    .map((a) => a.trim())
    .filter(Boolean);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Languages whose words are not separated by spaces or take prefixes (the article in Arabic): terms are found as written. */
const AS_WRITTEN = new Set(['zh', 'ar']);

const englishPattern = (term: Term) => new RegExp(`(?<![\\p{L}-])(?:${alternatives(stripGloss(term.en)).map(escape).join('|')})(?:s|es)?(?![\\p{L}-])`, 'iu');

/** A translation form as a pattern: whole words, each long word free in its last two letters. */
function formPattern(form: string, language: string): (text: string) => boolean {
  if (language.startsWith('ar')) {
    // Arabic attaches the article and particles to the word ("للجهات" = for + the + bodies): each word of the term, without its article, in order.
    const words = form
      .split(/\s+/u)
      .map((w) => w.replace(/^ال/u, ''))
      .filter(Boolean);
    const pattern = new RegExp(words.map(escape).join('[\\s\\S]{0,12}?'), 'u');
    return (text) => pattern.test(text);
  }
  if (AS_WRITTEN.has(language.slice(0, 2))) return (text) => text.includes(form);
  const words = form
    .toLowerCase()
    .split(/[\s’']+/u)
    .filter(Boolean);
  const parts = words.map((w) => (w.length >= 5 ? `${escape(w.slice(0, -2))}\\p{L}{0,4}` : `${escape(w)}\\p{L}?`));
  const pattern = new RegExp(`(?<!\\p{L})${parts.join("[\\s’'-]+")}(?!\\p{L})`, 'iu');
  return (text) => pattern.test(text);
}

function translationMatchers(term: Term, language: string): ((text: string) => boolean)[] {
  // Forms quoted «…» in the note are accepted forms too (the Arabic and Portuguese glossaries list plurals and constructs there).
  const quoted = [...(term.note ?? '').matchAll(/«\s*([^»]+?)\s*»/g)].map((m) => m[1]!);
  const forms = [stripGloss(term.term), ...glosses(term.term), ...(term.forms ?? []), ...quoted].flatMap(alternatives);
  return forms.map((f) => formPattern(f, language));
}

const texts = (() => {
  const { questionnaire, library } = bundledContent();
  return [...collectTexts(questionnaire), ...collectTexts(library)];
})();

describe.each(glossaries.map((g) => [g.language, g] as const))('the %s glossary', (language, glossary) => {
  it('is used wherever the English text uses one of its terms', () => {
    const misses: string[] = [];
    for (const term of glossary.terms) {
      if (term.en in EVERYDAY_SENSES) continue;
      const english = englishPattern(term);
      const matchers = translationMatchers(term, language);
      for (const { path, text } of texts) {
        const translation = text[language];
        if (!translation || !english.test(text.en!)) continue;
        if (!matchers.some((m) => m(translation))) misses.push(`${term.en} → ${term.term}: ${path}: ${translation.slice(0, 90)}`);
      }
    }
    expect(misses).toEqual([]);
  });

  it('lists no everyday-sense exception for a term it does not have', () => {
    expect(Object.keys(EVERYDAY_SENSES).filter((en) => !glossaries.some((g) => g.terms.some((t) => t.en === en)))).toEqual([]);
  });
});

describe('the translations the expert review corrected (issue 15)', () => {
  const translations = (language: string) => texts.flatMap(({ text }) => (text[language] ? [{ en: text.en!, translation: text[language] }] : []));

  it('no longer read "small cut" as a small gap, nor "classified" datasets as state secrets', () => {
    expect(translations('es').filter((t) => /pequeña brecha/i.test(t.translation))).toEqual([]);
    expect(translations('fr').filter((t) => /petite brèche|ont classifié|été classifiés/i.test(t.translation))).toEqual([]);
  });

  it('keep phishing apart from impersonation in Spanish', () => {
    const phishingOnly = translations('es').filter((t) => /phishing/i.test(t.en) && !/impersonat/i.test(t.en));
    expect(phishingOnly.length).toBeGreaterThan(0);
    expect(phishingOnly.filter((t) => /suplantación/i.test(t.translation))).toEqual([]);
  });

  it('call deliberate misuse 恶意使用 and mobile money 移动货币 in Chinese', () => {
    expect(translations('zh').filter((t) => /滥用|移动支付/.test(t.translation))).toEqual([]);
    expect(translations('zh').filter((t) => /\bmisuse\b/i.test(t.en) && !t.translation.includes('恶意使用'))).toEqual([]);
  });
});
