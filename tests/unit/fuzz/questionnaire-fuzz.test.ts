import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../cli/index';
import { parseContent, parseQuestionnaire } from '../../../core/model/content';
import type { Parsed } from '../../../core/model/schema/parse';
import { english } from '../../english';

/**
 * Untrusted content must never crash CapaMap: whatever the bytes, the
 * parsers return a value or located, one-line problems, quickly. Inputs are
 * random JSON, random text, and mutations of the real bundled files.
 */

const REPO = join(__dirname, '..', '..', '..');
const text = (...path: string[]) => readFileSync(join(REPO, ...path), 'utf8');
const CORE_Q = text('questionnaires', 'capamap-core', 'questionnaire.json');
const CORE_A = text('questionnaires', 'capamap-core', 'actions.json');
const MINI_Q = text('tests', 'fixtures', 'mini', 'questionnaire.json');
const MINI_A = text('tests', 'fixtures', 'mini', 'actions.json');

/** Longest one case may take; real parses take milliseconds, a hang or blow-up takes far longer. */
const CASE_LIMIT_MS = 3000;
const MIN_CASES = 3000;
let cases = 0;
let slowest = 0;

const tmp = mkdtempSync(join(tmpdir(), 'capamap-fuzz-'));
// A questionnaire beside the fuzzed files, so `validate` also takes the "sibling questionnaire" path.
copyFileSync(join(REPO, 'tests', 'fixtures', 'mini', 'questionnaire.json'), join(tmp, 'questionnaire.json'));

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function timed<T>(run: () => T): T {
  const start = performance.now();
  const result = run();
  const ms = performance.now() - start;
  slowest = Math.max(slowest, ms);
  if (ms > CASE_LIMIT_MS) throw new Error(`one case took ${Math.round(ms)} ms`);
  return result;
}

const LINE_BREAK = /[\n\r\u2028\u2029]/;

/**
 * ok, or a non-empty list of located, one-line problems. Plain checks rather
 * than expect(): thousands of cases with up to 50 problems each would spend
 * most of their time in the assertion library.
 */
function expectWellFormed(result: Parsed<unknown>): void {
  const fault = wellFormed(result);
  if (fault) throw new Error(`${fault}: ${JSON.stringify(result).slice(0, 500)}`);
}

function wellFormed(result: Parsed<unknown>): string | null {
  if (result.ok) return result.value !== null && typeof result.value === 'object' ? null : 'ok without a value';
  if (!Array.isArray(result.problems) || result.problems.length === 0) return 'failed without a problem';
  for (const problem of result.problems) {
    if (typeof problem.path !== 'string' || !problem.path.startsWith('$')) return 'a problem without a JSON path';
    const message = english(problem);
    if (message.trim() === '') return 'a problem without a message';
    if (LINE_BREAK.test(message) || LINE_BREAK.test(problem.path)) return 'a problem on more than one line';
  }
  return null;
}

function checkQuestionnaireText(input: string): void {
  cases++;
  expectWellFormed(timed(() => parseQuestionnaire(input)));
}

function checkLibraryText(questionnaire: string, library: string): void {
  cases++;
  expectWellFormed(timed(() => parseContent(questionnaire, library)));
}

// ---------------------------------------------------------------- mutations

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

/** Every location in a document, root first. */
function allPaths(doc: Json, path: Path = [], out: Path[] = []): Path[] {
  out.push(path);
  if (Array.isArray(doc)) doc.forEach((v, i) => allPaths(v, [...path, i], out));
  else if (doc !== null && typeof doc === 'object') for (const [k, v] of Object.entries(doc)) allPaths(v, [...path, k], out);
  return out;
}

/** Placeholders replaced in the serialised text by what JSON.stringify cannot write (or would overflow on). */
const HOLE = '\u0001HOLE';
const KEY = '\u0001KEY';
const quoted = (placeholder: string) => JSON.stringify(placeholder);

type Mutation =
  | { kind: 'delete'; at: number }
  | { kind: 'replace'; at: number; value: Json }
  | { kind: 'reuse'; at: number; from: number }
  | { kind: 'duplicate'; at: number }
  | { kind: 'huge-string'; at: number; length: number; char: string }
  | { kind: 'deep'; at: number; depth: number; object: boolean }
  | { kind: 'forbidden-key'; at: number; key: string; value: Json }
  | { kind: 'surrogate'; at: number; text: string }
  | { kind: 'truncate'; fraction: number }
  | { kind: 'raw-surrogate'; fraction: number; text: string };

const surrogates = fc.constantFrom('\uD800', '\uDC00', 'a\uDBFFb', '\uDFFF\uD800', '\uD83D', 'ok\uDE00');
const smallJson = fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>;

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), value: smallJson }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('reuse' as const), at: fc.nat(), from: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('huge-string' as const),
      at: fc.nat(),
      length: fc.oneof({ weight: 9, arbitrary: fc.integer({ min: 4001, max: 100_000 }) }, { weight: 1, arbitrary: fc.constant(9_000_000) }),
      char: fc.constantFrom('a', '能', '-', ' ', '\n', '\uD800'),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('deep' as const), at: fc.nat(), depth: fc.oneof(fc.integer({ min: 10, max: 2000 }), fc.constant(100_000)), object: fc.boolean() }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('forbidden-key' as const), at: fc.nat(), key: fc.constantFrom('__proto__', 'constructor', 'prototype'), value: smallJson }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('surrogate' as const), at: fc.nat(), text: surrogates }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('truncate' as const), fraction: fc.double({ min: 0, max: 1, noNaN: true }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('raw-surrogate' as const), fraction: fc.double({ min: 0, max: 1, noNaN: true }), text: surrogates }) },
);

function parentOf(doc: Json, path: Path): { parent: Json[] | { [key: string]: Json }; key: string | number } | null {
  if (path.length === 0) return null;
  let node: Json = doc;
  for (const key of path.slice(0, -1)) {
    if (node === null || typeof node !== 'object') return null;
    node = (node as Record<string | number, Json>)[key] ?? null;
  }
  return node !== null && typeof node === 'object' ? { parent: node, key: path[path.length - 1]! } : null;
}

function valueAt(doc: Json, path: Path): Json | undefined {
  let node: Json | undefined = doc;
  for (const key of path) node = node !== null && typeof node === 'object' ? (node as Record<string | number, Json>)[key] : undefined;
  return node;
}

function set(doc: Json, path: Path, value: Json): void {
  const at = parentOf(doc, path);
  if (at) (at.parent as Record<string | number, Json>)[at.key] = value;
}

/** Applies mutations to a fresh copy of `source`; returns the text to parse. */
function mutate(source: string, paths: readonly Path[], mutations: readonly Mutation[]): string {
  const doc = JSON.parse(source) as Json;
  const pick = (n: number) => paths[n % paths.length]!;
  const textEdits: Mutation[] = [];
  let deep: string | null = null; // text standing in for HOLE: deep nesting or a string over the size cap
  let forbidden: string | null = null;
  for (const m of mutations) {
    switch (m.kind) {
      case 'delete': {
        const at = parentOf(doc, pick(m.at));
        if (!at) break;
        if (Array.isArray(at.parent)) at.parent.splice(Number(at.key), 1);
        else delete at.parent[String(at.key)];
        break;
      }
      case 'replace':
        set(doc, pick(m.at), m.value);
        break;
      case 'reuse': {
        const value = valueAt(doc, pick(m.from));
        if (value !== undefined) set(doc, pick(m.at), JSON.parse(JSON.stringify(value)) as Json);
        break;
      }
      case 'duplicate': {
        const at = parentOf(doc, pick(m.at));
        if (at && Array.isArray(at.parent)) at.parent.push(JSON.parse(JSON.stringify(at.parent[Number(at.key)] ?? null)) as Json);
        break;
      }
      case 'huge-string':
        if (m.length < 1_000_000) set(doc, pick(m.at), m.char.repeat(m.length));
        else if (deep === null) {
          deep = JSON.stringify(m.char.repeat(16)).replace(/^"(.*)"$/s, (_, unit: string) => `"${unit.repeat(m.length / 16)}"`);
          set(doc, pick(m.at), HOLE);
        }
        break;
      case 'deep':
        if (deep === null) {
          deep = m.object ? '{"a":'.repeat(m.depth) + '1' + '}'.repeat(m.depth) : '['.repeat(m.depth) + ']'.repeat(m.depth);
          set(doc, pick(m.at), HOLE);
        }
        break;
      case 'forbidden-key': {
        const target = valueAt(doc, pick(m.at));
        if (forbidden === null && target !== null && typeof target === 'object' && !Array.isArray(target)) {
          target[KEY] = m.value;
          forbidden = m.key;
        }
        break;
      }
      case 'surrogate': {
        const value = valueAt(doc, pick(m.at));
        set(doc, pick(m.at), typeof value === 'string' ? value.slice(0, 3) + m.text + value.slice(3) : m.text);
        break;
      }
      default:
        textEdits.push(m);
    }
  }
  let out = JSON.stringify(doc, null, 1);
  if (deep !== null) out = out.replace(quoted(HOLE), deep);
  if (forbidden !== null) out = out.replace(quoted(KEY), JSON.stringify(forbidden));
  for (const m of textEdits) {
    if (m.kind === 'truncate') out = out.slice(0, Math.floor(out.length * m.fraction));
    if (m.kind === 'raw-surrogate') {
      const i = Math.floor(out.length * m.fraction);
      out = out.slice(0, i) + m.text + out.slice(i);
    }
  }
  return out;
}

const coreQuestionnairePaths = allPaths(JSON.parse(CORE_Q) as Json);
const coreLibraryPaths = allPaths(JSON.parse(CORE_A) as Json);
const miniQuestionnairePaths = allPaths(JSON.parse(MINI_Q) as Json);
const miniLibraryPaths = allPaths(JSON.parse(MINI_A) as Json);
const mutations = fc.array(mutation, { minLength: 1, maxLength: 3 });

// ---------------------------------------------------------------- properties

describe('questionnaire fuzz', () => {
  it('sanity: the unmutated files parse, and a mutation round-trips when it is a no-op', () => {
    const parsed = parseContent(CORE_Q, CORE_A);
    expect(parsed.ok).toBe(true);
    expect(parseQuestionnaire(mutate(MINI_Q, miniQuestionnairePaths, [{ kind: 'truncate', fraction: 1 }])).ok).toBe(true);
    // The placeholders really produce what they stand for.
    const deep = mutate(MINI_Q, miniQuestionnairePaths, [{ kind: 'deep', at: 1, depth: 100_000, object: false }]);
    expect(deep).toContain('['.repeat(100_000));
    const proto = mutate(MINI_Q, miniQuestionnairePaths, [{ kind: 'forbidden-key', at: 0, key: '__proto__', value: 1 }]);
    expect(parseQuestionnaire(proto)).toEqual({ ok: false, problems: [{ path: '$', code: 'file.forbiddenKey', params: { key: '__proto__' } }] });
  });

  it('random JSON values never break the parsers', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        const input = JSON.stringify(value) ?? 'null';
        checkQuestionnaireText(input);
        checkLibraryText(input, input);
        checkLibraryText(MINI_Q, input);
      }),
      { numRuns: 250 },
    );
  });

  it('random text never breaks the parsers', () => {
    const junk = fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: fc.constantFrom('{', '}', '[', ']', '"', ':', ',', '\\', 'a', '1', ' ', '\uD800'), maxLength: 300 }), fc.json());
    fc.assert(
      fc.property(junk, (input) => {
        checkQuestionnaireText(input);
        checkLibraryText(MINI_Q, input);
      }),
      { numRuns: 250 },
    );
  });

  it('mutations of the mini questionnaire never break parseQuestionnaire', () => {
    fc.assert(
      fc.property(mutations, (ms) => checkQuestionnaireText(mutate(MINI_Q, miniQuestionnairePaths, ms))),
      { numRuns: 750 },
    );
  });

  it('mutations of the mini action library never break parseContent', () => {
    fc.assert(
      fc.property(mutations, (ms) => checkLibraryText(MINI_Q, mutate(MINI_A, miniLibraryPaths, ms))),
      { numRuns: 500 },
    );
  });

  it('mutations of the bundled questionnaire never break parseQuestionnaire', () => {
    fc.assert(
      fc.property(mutations, (ms) => checkQuestionnaireText(mutate(CORE_Q, coreQuestionnairePaths, ms))),
      { numRuns: 350 },
    );
  });

  it('mutations of the bundled action library never break parseContent', () => {
    fc.assert(
      fc.property(mutations, (ms) => checkLibraryText(CORE_Q, mutate(CORE_A, coreLibraryPaths, ms))),
      { numRuns: 180 },
    );
  });

  it('extreme inputs are refused quickly with one problem', () => {
    const extremes = [
      '['.repeat(100_000) + ']'.repeat(100_000),
      '{"a":'.repeat(100_000) + '1' + '}'.repeat(100_000),
      '['.repeat(100_000),
      `{"format":1,"sections":"${'x'.repeat(9_000_000)}"}`,
      `"${'能'.repeat(3_000_000)}"`,
      '\uD800',
      `{"format":1,"id":"\uDC00"}`,
      '',
      ' ',
      '\uFEFF',
      'null',
      '{"__proto__":{"polluted":true}}',
      '{"constructor":{"prototype":{"polluted":true}}}',
    ];
    for (const input of extremes) {
      checkQuestionnaireText(input);
      checkLibraryText(MINI_Q, input);
      checkLibraryText(input, input);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('deep nesting where the format recurses (skip-logic rules) is refused, not a stack overflow', () => {
    // item [1] of the mini profile section has a rule; 1,000 levels already overflowed zod before the nesting cap.
    for (const depth of [100, 1_000, 10_000, 100_000]) {
      for (const object of [false, true]) {
        const input = mutate(MINI_Q, [['sections', 0, 'items', 1, 'relevant']], [{ kind: 'deep', at: 0, depth, object }]);
        checkQuestionnaireText(input);
        expect(parseQuestionnaire(input).ok).toBe(false);
      }
    }
    const rule = (depth: number) => '{"!":'.repeat(depth) + 'true' + '}'.repeat(depth);
    for (const depth of [1_000, 100_000]) checkQuestionnaireText(MINI_Q.replace(/"relevant": \{/, `"relevant": ${rule(depth)}, "x": {`));
  });

  it('hostile values in the fields `validate` reads first never break it', async () => {
    const hostile: unknown[] = [{ toString: 1 }, { valueOf: 1, toString: 1 }, ['capamap-core'], 'capamap-core\nforged line', 'x'.repeat(100_000), 12, null, true];
    const file = join(tmp, 'hostile.json');
    for (const value of hostile) {
      for (const doc of [
        { format: 1, id: 'x', version: '1.0.0', questionnaire: value, languages: ['en'], actions: [] },
        { format: 1, id: value, sections: value },
        { format: value, actions: value, questionnaire: value },
        { format: 1, id: 'x', questionnaire: { id: value, version: '1.0.0' }, meta: { institution: value } },
      ]) {
        cases++;
        writeFileSync(file, JSON.stringify(doc));
        const lines: string[] = [];
        const code = await runCli(['validate', file], { log: (l) => lines.push(l), error: (l) => lines.push(l) });
        expect(code).toBe(1);
        expect(lines.length).toBeGreaterThan(0);
        expect(lines.filter((line) => !line.startsWith(`${file}: `) || LINE_BREAK.test(line))).toEqual([]);
      }
    }
  });

  it('mutated files never break `validate`', async () => {
    const sources = [
      { name: 'questionnaire', text: CORE_Q, paths: coreQuestionnairePaths },
      { name: 'actions', text: CORE_A, paths: coreLibraryPaths },
      { name: 'mini-questionnaire', text: MINI_Q, paths: miniQuestionnairePaths },
      { name: 'mini-actions', text: MINI_A, paths: miniLibraryPaths },
    ];
    const input = fc.oneof(
      { weight: 4, arbitrary: fc.tuple(fc.nat(sources.length - 1), mutations).map(([s, ms]) => mutate(sources[s]!.text, sources[s]!.paths, ms)) },
      { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v) ?? 'null') },
    );
    const file = join(tmp, 'fuzzed.json');
    await fc.assert(
      fc.asyncProperty(input, async (content) => {
        cases++;
        writeFileSync(file, content);
        const lines: string[] = [];
        const start = performance.now();
        const code = await runCli(['validate', file], { log: (l) => lines.push(l), error: (l) => lines.push(l) });
        const ms = performance.now() - start;
        slowest = Math.max(slowest, ms);
        expect(ms).toBeLessThan(CASE_LIMIT_MS);
        expect([0, 1]).toContain(code);
        expect(lines.length).toBeGreaterThan(0);
        expect(lines.filter((line) => !line.startsWith(`${file}: `) || LINE_BREAK.test(line))).toEqual([]);
        const ok = lines.filter((line) => line.startsWith(`${file}: ok (`));
        // Exit 0 is exactly one "ok" line; exit 1 is problem lines only.
        expect(code === 0 ? ok.length === 1 && lines.length === 1 : ok.length === 0).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('ran enough cases, each within the time limit', () => {
    expect(cases).toBeGreaterThanOrEqual(MIN_CASES);
    expect(slowest).toBeLessThan(CASE_LIMIT_MS);
  });
});
