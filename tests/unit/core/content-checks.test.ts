import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_CONTENT_BYTES, parseActionLibrary, parseContent, parseQuestionnaire } from '../../../core/model/content';
import { MAX_JSON_DEPTH, parseJsonText, type Parsed } from '../../../core/model/schema/parse';
import type { Questionnaire } from '../../../core/model/schema/questionnaire';
import { checkQuestionnaire, findCycle, languageCompleteness } from '../../../core/model/validate';
import { english } from '../../english';

const BROKEN = join(__dirname, '..', '..', 'fixtures', 'broken');
const BUNDLED = join(__dirname, '..', '..', '..', 'questionnaires', 'capamap-core');
const read = (name: string) => readFileSync(join(BROKEN, name), 'utf8');

const bundledQuestionnaire: Questionnaire = (() => {
  const parsed = parseQuestionnaire(readFileSync(join(BUNDLED, 'questionnaire.json'), 'utf8'));
  if (!parsed.ok) throw new Error(`the bundled questionnaire is invalid: ${JSON.stringify(parsed.problems[0])}`);
  return parsed.value;
})();

/**
 * One broken fixture per check, each with exactly one problem. Questionnaire
 * fixtures change tests/fixtures/broken/base-questionnaire.valid.json;
 * library fixtures change base-actions.valid.json, which serves the bundled
 * capamap-core questionnaire.
 */
const CASES: Record<string, { path: string; message: RegExp }> = {
  'questionnaire-duplicate-item-id.json': { path: '$.sections[1].items[1].id', message: /^duplicate id "compute\.gpu-access"$/ },
  'questionnaire-duplicate-section-id.json': { path: '$.sections[2].id', message: /^duplicate id "compute"$/ },
  'questionnaire-item-not-prefixed.json': { path: '$.sections[1].items[1].id', message: /start with their section id \("compute\."\)/ },
  'questionnaire-wrong-item-type.json': { path: '$.sections[1].items[1].type', message: /a pillar section cannot hold "risk" items/ },
  'questionnaire-pillar-id-not-allowed.json': { path: '$.sections[1].id', message: /a pillar section must be one of compute, data, models, talent/ },
  'questionnaire-priority-id-not-allowed.json': { path: '$.sections[2].id', message: /a priority section must be one of military, cross-border-data, misuse/ },
  'questionnaire-choice-without-options.json': { path: '$.sections[0].items[0].options', message: /choice items need options/ },
  'questionnaire-duplicate-option-values.json': { path: '$.sections[0].items[0].options', message: /option values must be unique/ },
  'questionnaire-text-with-options.json': { path: '$.sections[0].items[1].options', message: /"text" items take no options/ },
  'questionnaire-rule-unknown-item.json': { path: '$.sections[0].items[1].relevant', message: /the rule reads "profile\.strategy-status", which is not an item/ },
  'questionnaire-rule-cycle.json': { path: '$.sections[0].items[0].relevant', message: /in a circle: profile\.strategy → profile\.strategy-name → profile\.strategy$/ },
  'questionnaire-rule-too-deep.json': { path: '$.sections[0].items[1].relevant', message: /rules nest at most 16 levels/ },
  'questionnaire-missing-translation.json': { path: '$.sections[1].items[0].guidance', message: /^the "fr" translation is missing$/ },
  'questionnaire-forbidden-proto-key.json': { path: '$', message: /forbidden key “__proto__”/ },
  'questionnaire-invalid-json.json': { path: '$', message: /not valid JSON/ },
  'questionnaire-newer-format.json': { path: '$.format', message: /made by a newer CapaMap \(format 3\)/ },
  'questionnaire-too-deep.json': { path: '$', message: /nested too deeply/ },
  'questionnaire-dotted-id.json': { path: '$.id', message: /contains a “\.”/ },
  'questionnaire-duplicate-reference.json': { path: '$.references[1].id', message: /^duplicate reference id "oecd-ai-recommendation"$/ },
  'questionnaire-unknown-reference.json': { path: '$.sections[1].items[0].references[1].ref', message: /no reference record "unesco-ram-2021"/ },
  'questionnaire-unused-reference.json': { path: '$.references[0]', message: /"itu-gci-2024" is cited by nothing/ },
  'questionnaire-statistic-unsourced.json': { path: '$.sections[1].intro', message: /gives figures .* "supports": "intro"/ },
  'questionnaire-supports-no-text.json': { path: '$.sections[1].items[0].references[0].supports', message: /supports "intro", which has no such text/ },
  'actions-unknown-reference.json': { path: '$.actions[0].references[0].ref', message: /no reference record "unesco-ram-2021"/ },
  'actions-unused-reference.json': { path: '$.references[0]', message: /"world-bank-dgra" is cited by nothing/ },
  'actions-duplicate-reference.json': { path: '$.references[0].id', message: /^duplicate reference id "unesco-ram"$/ },
  'actions-statistic-unsourced.json': { path: '$.actions[0].description', message: /gives figures .* "supports": "description"/ },
  'actions-other-questionnaire.json': { path: '$.questionnaire', message: /the library serves "mini", not "capamap-core"/ },
  'actions-unknown-trigger-item.json': { path: '$.actions[0].triggers[0].item', message: /unknown indicator or risk "compute\.quantum-computers"/ },
  'actions-trigger-on-profile-question.json': { path: '$.actions[0].triggers[0].item', message: /unknown indicator or risk "profile\.institution-type"/ },
  'actions-unknown-prerequisite.json': { path: '$.actions[1].prerequisites[0]', message: /unknown action "compute-scoping"/ },
  'actions-prerequisite-later-phase.json': { path: '$.actions[1].prerequisites[0]', message: /"compute-pilot" starts in a later phase/ },
  'actions-prerequisite-cycle.json': { path: '$.actions[0].prerequisites', message: /prerequisites form a circle: compute-pilot → compute-widen → compute-pilot/ },
  'actions-duplicate-action-id.json': { path: '$.actions[1].id', message: /^duplicate action id "compute-pilot"$/ },
  // A format-1 file, read through the migrations: its success indicator is the KPI's indicator.
  'actions-missing-translation.json': { path: '$.actions[0].kpi.indicator', message: /^the "fr" translation is missing$/ },
  'actions-newer-format.json': { path: '$.format', message: /this file was made by a newer CapaMap \(format 7\)/ },
};

function parseFixture(name: string): Parsed<unknown> {
  return name.startsWith('actions-') || name.startsWith('base-actions') ? parseActionLibrary(read(name), bundledQuestionnaire) : parseQuestionnaire(read(name));
}

describe('broken fixtures', () => {
  const files = readdirSync(BROKEN).filter((f) => f.endsWith('.json'));

  it('each has an expectation here, and each expectation a file', () => {
    const broken = files.filter((f) => !f.endsWith('.valid.json')).sort();
    expect(broken).toEqual(Object.keys(CASES).sort());
  });

  it('are each named in docs/questionnaire-format.md', () => {
    const doc = readFileSync(join(__dirname, '..', '..', '..', 'docs', 'questionnaire-format.md'), 'utf8');
    expect(Object.keys(CASES).filter((name) => !doc.includes(`\`${name}\``))).toEqual([]);
  });

  it.each(files.filter((f) => f.endsWith('.valid.json')))('the base %s is valid', (name) => {
    const parsed = parseFixture(name);
    expect(parsed.ok ? [] : parsed.problems).toEqual([]);
  });

  it.each(Object.entries(CASES))('%s has exactly its one problem', (name, { path, message }) => {
    const parsed = parseFixture(name);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems).toHaveLength(1);
    expect(parsed.problems[0]!.path).toBe(path);
    expect(english(parsed.problems[0]!)).toMatch(message);
  });

  it('library fixtures fail through parseContent too, marked as library problems', () => {
    const parsed = parseContent(readFileSync(join(BUNDLED, 'questionnaire.json'), 'utf8'), read('actions-duplicate-action-id.json'));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems).toEqual([{ path: '$.actions[1].id', code: 'content.duplicateAction', params: { id: 'compute-pilot' }, document: 'actions' }]);
  });

  it('parseContent stops at a broken questionnaire without reading the library', () => {
    const parsed = parseContent(read('questionnaire-rule-cycle.json'), 'not even JSON');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems.map((p) => p.path)).toEqual(['$.sections[0].items[0].relevant']);
  });
});

describe('file limits', () => {
  const base = read('base-questionnaire.valid.json');

  it('refuses a file over the size cap, counting UTF-8 bytes', () => {
    const padded = base.replace(/\n$/, ' '.repeat(MAX_CONTENT_BYTES - base.length + 2));
    expect(padded.length).toBe(MAX_CONTENT_BYTES + 1);
    expect(parseQuestionnaire(padded)).toEqual({ ok: false, problems: [{ path: '$', code: 'file.tooLarge', params: { limitKb: 8192 } }] });
    // Fewer UTF-16 units than the cap, but three bytes each in UTF-8.
    const wide = base.replace('"Broken fixture"', `"${'能'.repeat(Math.ceil(MAX_CONTENT_BYTES / 3))}"`);
    expect(wide.length).toBeLessThan(MAX_CONTENT_BYTES);
    const parsed = parseQuestionnaire(wide);
    expect(parsed.ok ? [] : parsed.problems).toEqual([{ path: '$', code: 'file.tooLarge', params: { limitKb: 8192 } }]);
  });

  it('accepts a file at the size cap (it then fails only for its content)', () => {
    const padded = base.replace(/\n$/, ' '.repeat(MAX_CONTENT_BYTES - base.length + 2)).slice(0, MAX_CONTENT_BYTES);
    expect(parseQuestionnaire(padded).ok).toBe(true);
  });

  it('counts nesting up to the depth cap, not brackets inside strings', () => {
    const nested = (n: number) => '['.repeat(n) + ']'.repeat(n);
    expect(parseJsonText(nested(MAX_JSON_DEPTH), 1e6).ok).toBe(true);
    expect(parseJsonText(nested(MAX_JSON_DEPTH + 1), 1e6)).toEqual({
      ok: false,
      problems: [{ path: '$', code: 'file.tooDeep', params: { limit: MAX_JSON_DEPTH } }],
    });
    expect(parseJsonText(JSON.stringify({ a: '[[[[{{{{'.repeat(100), b: '\\"[[[[' }), 1e6).ok).toBe(true);
    expect(parseJsonText(nested(100_000), 1e6).ok).toBe(false);
  });

  it.each(['__proto__', 'constructor', 'prototype'])('refuses the key "%s" at any depth', (key) => {
    expect(parseJsonText(`{"a":[{"b":{"${key}":1}}]}`, 1e6)).toEqual({ ok: false, problems: [{ path: '$', code: 'file.forbiddenKey', params: { key } }] });
  });

  it('accepts a UTF-8 byte-order mark', () => {
    expect(parseQuestionnaire(`\uFEFF${base}`).ok).toBe(true);
  });
});

describe('translation checks', () => {
  it('list the first ten missing texts of a language, then count the rest', () => {
    const doc = JSON.parse(read('base-questionnaire.valid.json')) as { languages: string[] };
    doc.languages = ['en', 'zh', 'zh'];
    const parsed = parseQuestionnaire(JSON.stringify(doc));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    const texts = countTexts(doc);
    expect(parsed.problems).toHaveLength(11);
    expect(parsed.problems.slice(0, 10).every((p) => english(p) === 'the "zh" translation is missing' && p.path.startsWith('$.'))).toBe(true);
    expect(parsed.problems[10]).toEqual({ path: '$', code: 'content.missingTranslations', params: { language: 'zh', count: texts - 10 } });
    expect(english(parsed.problems[10]!)).toBe(`the "zh" translation is missing from ${texts - 10} more texts`);
  });

  it('measure completeness per language', () => {
    const doc = JSON.parse(read('questionnaire-missing-translation.json')) as unknown;
    const result = languageCompleteness(doc, ['en', 'fr', 'es']);
    const total = countTexts(doc);
    expect(result.en).toBe(1);
    expect(result.fr).toBeCloseTo((total - 1) / total);
    expect(result.es).toBe(0);
  });
});

/** Translatable texts: objects whose values are all strings and that have an English one. */
function countTexts(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + countTexts(v), 0);
  if (value === null || typeof value !== 'object') return 0;
  const values = Object.values(value);
  if (typeof (value as { en?: unknown }).en === 'string' && values.every((v) => typeof v === 'string')) return 1;
  return values.reduce((n: number, v) => n + countTexts(v), 0);
}

describe('findCycle', () => {
  it('finds none in a chain of 100,000 without overflowing the stack', () => {
    const edges = new Map<string, string[]>();
    for (let i = 0; i < 100_000; i++) edges.set(`n${i}`, [`n${i + 1}`]);
    expect(findCycle(edges)).toBeNull();
  });

  it('finds the cycle at the end of a long chain, as the ids along it', () => {
    const edges = new Map<string, string[]>();
    for (let i = 0; i < 50_000; i++) edges.set(`n${i}`, [`n${i + 1}`]);
    edges.set('n50000', ['n49998']);
    expect(findCycle(edges)).toEqual(['n49998', 'n49999', 'n50000', 'n49998']);
  });

  it('finds a self-loop and ignores edges to unknown nodes', () => {
    expect(findCycle(new Map([['a', ['a']]]))).toEqual(['a', 'a']);
    expect(
      findCycle(
        new Map([
          ['a', ['b', 'x']],
          ['b', ['y']],
        ]),
      ),
    ).toBeNull();
    expect(
      findCycle(
        new Map([
          ['a', ['b']],
          ['b', ['c']],
          ['c', ['b']],
        ]),
      ),
    ).toEqual(['b', 'c', 'b']);
  });

  it('lets a questionnaire read later items in a long chain', () => {
    const doc = JSON.parse(read('base-questionnaire.valid.json')) as { sections: { items: unknown[] }[] };
    const profile = doc.sections[0]!;
    profile.items = Array.from({ length: 200 }, (_, i) => ({
      type: 'text',
      id: `profile.q${i}`,
      label: { en: `Question ${i}` },
      ...(i < 199 ? { relevant: { '!=': [{ var: `profile.q${i + 1}` }, 'skip'] } } : {}),
    }));
    const parsed = parseQuestionnaire(JSON.stringify(doc));
    expect(parsed.ok ? [] : parsed.problems).toEqual([]);
    if (parsed.ok) expect(checkQuestionnaire(parsed.value)).toEqual([]);
  });
});
