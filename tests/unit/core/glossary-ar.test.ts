import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..', '..', 'questionnaires');
const readJson = (...path: string[]): unknown => JSON.parse(readFileSync(join(ROOT, ...path), 'utf8'));

type Term = { en: string; term: string; note?: string };
const { terms } = readJson('glossary', 'ar.json') as { terms: Term[] };

/** Every [English, Arabic] pair of the bundled questionnaire and action library. */
function pairs(tree: unknown): [string, string][] {
  if (Array.isArray(tree)) return tree.flatMap(pairs);
  if (!tree || typeof tree !== 'object') return [];
  const record = tree as Record<string, unknown>;
  if (typeof record.en === 'string' && typeof record.ar === 'string') return [[record.en, record.ar]];
  return Object.values(record).flatMap(pairs);
}
const content = [...pairs(readJson('capamap-core', 'questionnaire.json')), ...pairs(readJson('capamap-core', 'actions.json'))];

/** Parenthesised glosses ("(stage 1)", "(deepfake)", "(فريق …)") are not part of a term. */
const withoutGlosses = (term: string) => term.replace(/\s*\([^)]*\)/g, '');
/** Nor is a Latin gloss inside Arabic text ("وحدة معالجة الرسومات (GPU) / المسرع"). */
const withoutLatinGlosses = (text: string) => text.replace(/\s*\([^)\u0600-\u06ff]*\)/g, '');

/**
 * Arabic words as a reader finds them in a dictionary: no short vowels or
 * tatweel, one alif, and without the article and the particles written onto
 * it ("والبيانات", "للبيانات" and "بيانات" are the same word).
 */
const words = (text: string): string[] =>
  (
    withoutLatinGlosses(text)
      .replace(/\p{M}|\u0640/gu, '')
      .replace(/[\u0622\u0623\u0625]/g, '\u0627')
      .match(/[\p{L}\p{N}]+/gu) ?? []
  ).map((word) => word.replace(/^[وف]?[بكل]?ال(?=\p{L}{2})/u, '').replace(/^[وف]?لل(?=\p{L}{2})/u, ''));

/** The words of a form appear in a row; a word may carry a particle in front or a pronoun behind ("وبياناتها"). */
function uses(text: string, form: string): boolean {
  const hay = words(text);
  const needle = words(withoutGlosses(form));
  return hay.some((_, start) => needle.every((word, k) => hay[start + k]?.includes(word)));
}

/** The term and the inflected forms the glossary note quotes in «…» (plurals, feminine, compounds). */
const forms = (t: Term) => [t.term, ...[...(t.note ?? '').matchAll(/«([^»]+)»/g)].map((m) => m[1]!)];

describe('the Arabic glossary (questionnaires/glossary/ar.json)', () => {
  it('has the term list of the French glossary, in the same order', () => {
    const french = readJson('glossary', 'fr.json') as { terms: Term[] };
    expect(terms.map((t) => t.en)).toEqual(french.terms.map((t) => t.en));
    for (const t of terms) expect(t.term.trim(), t.en).not.toBe('');
  });

  it('recognises a term through the article, attached particles and short vowels', () => {
    expect(uses('وللبيانات المفتوحة قيمة', 'البيانات المفتوحة')).toBe(true);
    expect(uses('فريق CERT الوطني', 'CERT (فريق الاستجابة لطوارئ الحاسوب)')).toBe(true);
    expect(uses('خارطةُ الطريق', 'خارطة الطريق')).toBe(true);
    expect(uses('خطة العمل', 'خارطة الطريق')).toBe(false);
  });

  it.each(terms.map((t) => [t.en, t] as const))('"%s": wherever the English uses the term, the Arabic uses the glossary term', (_, t) => {
    const english = new RegExp(`\\b${withoutGlosses(t.en).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i');
    const misses = content.filter(([en, ar]) => english.test(en) && !forms(t).some((form) => uses(ar, form)));
    expect(misses.map(([en]) => en)).toEqual([]);
  });
});
