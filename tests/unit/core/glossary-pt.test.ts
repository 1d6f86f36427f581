import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..', '..', 'questionnaires');
const readJson = (...path: string[]): unknown => JSON.parse(readFileSync(join(ROOT, ...path), 'utf8'));

type Term = { en: string; term: string; note?: string };
const { terms } = readJson('glossary', 'pt.json') as { terms: Term[] };

/** Every [English, Portuguese] pair of the bundled questionnaire and action library. */
function pairs(tree: unknown): [string, string][] {
  if (Array.isArray(tree)) return tree.flatMap(pairs);
  if (!tree || typeof tree !== 'object') return [];
  const record = tree as Record<string, unknown>;
  if (typeof record.en === 'string' && typeof record.pt === 'string') return [[record.en, record.pt]];
  return Object.values(record).flatMap(pairs);
}
const content = [...pairs(readJson('capamap-core', 'questionnaire.json')), ...pairs(readJson('capamap-core', 'actions.json'))];

/** Parenthesised glosses ("(stage 1)", "(deepfake)", "(HPC)") are not part of a term. */
const withoutGlosses = (term: string) => term.replace(/\s*\([^)]*\)/g, '').trim();
const lower = (text: string) => text.normalize('NFC').toLowerCase();

/** The term and the forms its note quotes in «…» (plurals, agreement, set phrases). */
const forms = (t: Term) => [t.term, ...[...(t.note ?? '').matchAll(/«([^»]+)»/g)].map((m) => m[1]!)].map((form) => lower(withoutGlosses(form)));

/**
 * A text uses a term when it contains one of its forms, or keeps the English words
 * themselves: titles left in English ("Call to Action") and item ids ("models.public-deployment").
 */
const uses = (t: Term, english: string, portuguese: string) => {
  const text = lower(portuguese);
  return forms(t).some((form) => text.includes(form)) || text.includes(lower(english));
};

describe('the Portuguese glossary (questionnaires/glossary/pt.json)', () => {
  it('has the term list of the French glossary, in the same order', () => {
    const french = readJson('glossary', 'fr.json') as { terms: Term[] };
    expect(terms.map((t) => t.en)).toEqual(french.terms.map((t) => t.en));
    for (const t of terms) expect(t.term.trim(), t.en).not.toBe('');
  });

  it('accepts a quoted form or the English words, and nothing else', () => {
    const action = terms.find((t) => t.en === 'action')!;
    expect(uses(action, 'action', 'Cada ação tem um responsável.')).toBe(true);
    expect(uses(action, 'action', 'As ações do roteiro.')).toBe(true);
    expect(uses(action, 'action', 'o REAIM Call to Action')).toBe(true);
    expect(uses(action, 'action', 'Cada medida tem um responsável.')).toBe(false);
  });

  it.each(terms.map((t) => [t.en, t] as const))('"%s": wherever the English uses the term, the Portuguese uses the glossary term', (_, t) => {
    const english = withoutGlosses(t.en);
    const pattern = new RegExp(`\\b${english.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i');
    const misses = content.filter(([en, pt]) => pattern.test(en) && !uses(t, english, pt));
    expect(misses.map(([en]) => en)).toEqual([]);
  });
});
