import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../../cli/index';
import { loadBundled } from '../../../cli/content';
import { parseAssessment, serializeAssessment } from '../../../core/model/assessment-file';
import { makeDemoAssessment } from '../../../core/demo/assessment';
import { ASSESSMENT_FORMAT, type Assessment } from '../../../core/model/schema/assessment';
import type { Parsed } from '../../../core/model/schema/parse';
import { explainProblems } from '../../../core/model/explain';
import { english, t } from '../../english';
import type * as CliContent from '../../../cli/content';

/**
 * Assessment files come from USB sticks, e-mail and half-finished saves: the
 * parser and the CLI must turn any of them into a value or a clear one-line
 * error, quickly, and never throw. Inputs: random JSON and text, and
 * mutations of a rich, valid assessment (truncation, wrong types, huge
 * strings, deep nesting, lone surrogates and U+FFFD, forbidden keys,
 * out-of-range numbers, wrong enum values, hostile keys, raw invalid UTF-8).
 */

// `validate` loads the bundled questionnaires on every run (~50 ms); the fuzzed input is what matters, so load once.
vi.mock('../../../cli/content', async (importOriginal) => {
  const real = await importOriginal<typeof CliContent>();
  let cache: ReturnType<typeof real.loadBundled> | null = null;
  return { ...real, loadBundled: (...args: Parameters<typeof real.loadBundled>) => (args.length > 0 ? real.loadBundled(...args) : (cache ??= real.loadBundled())) };
});

/**
 * Longest one case may take. A real parse takes a few milliseconds: this only
 * catches runaway work (a backtracking pattern, a quadratic loop) with room
 * for a busy two-core machine; speed itself is measured by `npm run bench`.
 */
const CASE_LIMIT_MS = 15_000;
const MIN_CASES = 7000;
const figures = { cases: 0, parsedOk: 0, refused: 0, cliRuns: 0, slowestMs: 0, started: performance.now() };
const LINE_BREAK = /[\n\r\u2028\u2029]/;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;

const tmp = mkdtempSync(join(tmpdir(), 'capamap-assessment-fuzz-'));
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
  console.log(`assessment fuzz: ${JSON.stringify({ ...figures, seconds: ((performance.now() - figures.started) / 1000).toFixed(1) })}`);
});

// ---------------------------------------------------------------- the valid starting points

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

const content = [...loadBundled().values()][0]!;
const demo = makeDemoAssessment(content.questionnaire, { seed: 11, now: '2026-01-15T09:00:00.000Z' });

/** The demo with every optional part filled, so mutations reach every field of the format. */
function richAssessment(): Assessment {
  const itemIds = Object.keys(demo.answers);
  const a = structuredClone(demo) as Assessment;
  a.targets = { compute: 3, data: 4, models: 3, talent: 5 };
  a.respondents = [
    { id: 'r-amina', name: 'Amina Diallo', agency: 'Ministère du Numérique', role: 'Directrice', exportedAt: '2026-01-14T10:00:00.000Z' },
    { id: 'r-li', name: '李明', agency: 'Statistics Office', role: 'Data lead' },
  ];
  a.responses = { 'r-amina': { [itemIds[0]!]: { kind: 'stage', stage: 2, confidence: 'low', notes: 'Évaluation partielle' } }, 'r-li': {} };
  a.resolutions = { [itemIds[0]!]: { note: 'Agreed in the plenary.', decidedAt: '2026-01-15T08:00:00.000Z' } };
  a.roadmap = {
    edits: { 'some-action': { status: 'accepted', phase: 2, owner: 'ICT unit', due: '2027-06-30', title: 'Renamed', description: 'Edited' } },
    custom: [{ id: 'custom-data-law', area: 'data', title: 'Data protection bill', description: '', phase: 1, lead: content.library.actions[0]!.lead, owner: '', due: '2026-12-31' }],
    phaseCap: 12,
  };
  a.answers[itemIds[1]!] = { kind: 'dont-know', confidence: 'medium', evidence: 'None found' };
  a.answers[itemIds[2]!] = { kind: 'not-applicable', notes: 'n/a' };
  return a;
}

const RICH = serializeAssessment(richAssessment());
const DEMO = serializeAssessment(demo);
/** The same assessment as a format-1 file (before workshops), so mutations also run the migration. */
const FORMAT_1 = (() => {
  const doc = JSON.parse(RICH) as Record<string, Json>;
  delete doc.responses;
  delete doc.resolutions;
  doc.format = 1;
  doc.respondents = [
    { id: 'r-a', name: 'A' },
    { id: 'r-a', name: 'B' },
    { id: 'r-a', name: 'C' },
  ]; // duplicate ids: the migration renames them
  return `${JSON.stringify(doc, null, 1)}\n`;
})();

function allPaths(doc: Json, path: Path = [], out: Path[] = []): Path[] {
  out.push(path);
  if (Array.isArray(doc)) doc.forEach((v, i) => allPaths(v, [...path, i], out));
  else if (doc !== null && typeof doc === 'object') for (const [k, v] of Object.entries(doc)) allPaths(v, [...path, k], out);
  return out;
}

const SOURCES = [RICH, DEMO, FORMAT_1].map((text) => ({ text, paths: allPaths(JSON.parse(text) as Json) }));
const RICH_LEAVES = SOURCES[0]!.paths.filter((p) => {
  const v = valueAt(JSON.parse(RICH) as Json, p);
  return v === null || typeof v !== 'object';
});

// ---------------------------------------------------------------- checks

function timed<T>(run: () => T): T {
  const start = performance.now();
  const result = run();
  const ms = performance.now() - start;
  figures.slowestMs = Math.max(figures.slowestMs, Math.round(ms));
  if (ms > CASE_LIMIT_MS) throw new Error(`one case took ${Math.round(ms)} ms`);
  return result;
}

/** Plain checks rather than expect(): thousands of cases would spend their time in the assertion library. */
function fault(result: Parsed<Assessment>): string | null {
  if (result.ok) {
    // What parses must survive a save and a reload unchanged (lone surrogates included: JSON.stringify escapes them).
    const again = parseAssessment(serializeAssessment(result.value));
    if (!again.ok) return `a parsed file does not parse again after saving: ${JSON.stringify(again.problems[0])}`;
    if (serializeAssessment(again.value) !== serializeAssessment(result.value)) return 'a parsed file changes when saved and reloaded';
    return null;
  }
  if (!Array.isArray(result.problems) || result.problems.length === 0) return 'failed without a problem';
  for (const problem of result.problems) {
    const { path } = problem;
    const message = english(problem);
    if (typeof path !== 'string' || !path.startsWith('$')) return 'a problem without a JSON path';
    if (message.trim() === '') return 'a problem without a message';
    if (LINE_BREAK.test(path + message) || CONTROL.test(path + message)) return 'a problem with a line break or control character';
    if (path.length > 400 || message.length > 400) return 'a problem too long to read';
  }
  const line = explainProblems(t, result.problems, { file: 'assessment.capamap.json', kind: 'assessment' }).summary;
  if (LINE_BREAK.test(line) || line.length > 1000) return 'the summary is not one readable line';
  return null;
}

function check(text: string): void {
  figures.cases++;
  let result: Parsed<Assessment>;
  try {
    result = timed(() => parseAssessment(text));
  } catch (error) {
    throw new Error(`parseAssessment threw ${String(error)} on ${JSON.stringify(text.slice(0, 300))}`);
  }
  const problem = fault(result);
  if (problem) throw new Error(`${problem}: ${JSON.stringify(result).slice(0, 400)} for ${JSON.stringify(text.slice(0, 300))}`);
  if (result.ok) figures.parsedOk++;
  else figures.refused++;
}

// ---------------------------------------------------------------- mutations

/** Placeholders for what JSON.stringify cannot write: raw text (deep nesting, 1e400, huge strings) and forbidden keys. */
const RAW = '\u0001RAW';
const KEY = '\u0001KEY';

const hostileKey = fc.constantFrom(
  'line\nbreak',
  'tab\tand\u0000nul',
  '\u001b[31mred\u001b[0m',
  'x'.repeat(5000),
  '\uD800lone',
  '\uFFFD\uFFFD',
  'right-to-left \u202Eevil',
  '',
  ' ',
  'A.Upper',
  '../../etc/passwd',
  'hasOwnProperty',
  'toString',
  'valueOf',
  '__defineGetter__',
);

const outOfRange = fc.constantFrom(0, -1, 6, 2.5, -0, 1e308, -1e308, 2 ** 53 + 2, 5e-324, 4294967297, 51, 201, 1000);
const wrongEnum = fc.constantFrom('', 'xx', 'EN', 'en ', 'maybe', 'HIGH', 'bogus', 'stage ', 'accepted\n', 'nobody', 'compute\u0000', 'risk', 'profile', '4', 'null', 'true');
const badDate = fc.constantFrom('2026-13-45', '2026-02-30', '2026-01-15T25:00:00Z', '2026-01-15 09:00', 'yesterday', '0000-00-00', '+275760-09-13T00:00:00.000Z', '');
const oddText = fc.constantFrom('\uD800', '\uDC00x', 'a\uDBFF', '\uFFFD', '\uFEFFbom', '\u0000', 'é'.normalize('NFD'), '🇰🇪', '\u2028\u2029', '"quoted"', '\\', '</script>');
const hostileValue: fc.Arbitrary<Json> = fc.oneof(
  outOfRange,
  wrongEnum,
  badDate,
  oddText,
  fc.constantFrom<Json>(null, true, false, [], {}, [[]], { kind: 'stage' }, { kind: 'stage', stage: 3, extra: 1 }),
  fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
);
const rawNumber = fc.constantFrom('1e400', '-1e400', '123456789012345678901234567890', '1E-400', '-0.0', '3.0000000000000001', '0x10', 'NaN', 'Infinity', '01', '.5', '+1');

type Mutation =
  | { kind: 'delete'; at: number }
  | { kind: 'set'; at: number; value: Json }
  | { kind: 'rename-key'; at: number; key: string }
  | { kind: 'forbidden-key'; at: number; key: string }
  | { kind: 'raw'; at: number; text: string }
  | { kind: 'huge-string'; at: number; length: number; char: string }
  | { kind: 'deep'; at: number; depth: number; object: boolean }
  | { kind: 'truncate'; fraction: number }
  | { kind: 'insert-text'; fraction: number; text: string }
  | { kind: 'cut-chars'; fraction: number; count: number };

const at = fc.nat();
const fraction = fc.double({ min: 0, max: 1, noNaN: true });
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('delete' as const), at }) },
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('set' as const), at, value: hostileValue }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('rename-key' as const), at, key: hostileKey }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('forbidden-key' as const), at, key: fc.constantFrom('__proto__', 'constructor', 'prototype') }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('raw' as const), at, text: rawNumber }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('huge-string' as const),
      at,
      length: fc.oneof({ weight: 8, arbitrary: fc.integer({ min: 2001, max: 60_000 }) }, { weight: 1, arbitrary: fc.constant(11_000_000) }),
      char: fc.constantFrom('a', '能', '\uD800', '\uFFFD', ' ', '"'),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('deep' as const), at, depth: fc.oneof(fc.integer({ min: 2, max: 200 }), fc.constantFrom(1000, 100_000)), object: fc.boolean() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('truncate' as const), fraction }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('insert-text' as const), fraction, text: fc.constantFrom('\uD800', '\uFFFD', '\u0000', '{', ']', '"', ',', '\\', '\\u', '\\uD800', '/*x*/', '\uFEFF') }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('cut-chars' as const), fraction, count: fc.integer({ min: 1, max: 40 }) }) },
);
const mutations = fc.array(mutation, { minLength: 1, maxLength: 4 });

function valueAt(doc: Json, path: Path): Json | undefined {
  let node: Json | undefined = doc;
  for (const key of path) node = node !== null && typeof node === 'object' ? (node as Record<string | number, Json>)[key] : undefined;
  return node;
}

function parentOf(doc: Json, path: Path): { parent: Json[] | { [key: string]: Json }; key: string | number } | null {
  if (path.length === 0) return null;
  const parent = valueAt(doc, path.slice(0, -1));
  return parent !== null && typeof parent === 'object' && parent !== undefined ? { parent, key: path[path.length - 1]! } : null;
}

function setAt(doc: Json, path: Path, value: Json): void {
  const p = parentOf(doc, path);
  if (p) (p.parent as Record<string | number, Json>)[p.key] = value;
}

/** Applies mutations to a copy of a source; returns the text of the mutated file. */
function mutate(sourceIndex: number, ms: readonly Mutation[]): string {
  const { text, paths } = SOURCES[sourceIndex % SOURCES.length]!;
  const doc = JSON.parse(text) as Json;
  const pick = (n: number) => paths[n % paths.length]!;
  let raw: string | null = null;
  let forbidden: string | null = null;
  const textEdits: Mutation[] = [];
  for (const m of ms) {
    switch (m.kind) {
      case 'delete': {
        const p = parentOf(doc, pick(m.at));
        if (!p) break;
        if (Array.isArray(p.parent)) p.parent.splice(Number(p.key), 1);
        else delete p.parent[String(p.key)];
        break;
      }
      case 'set':
        setAt(doc, pick(m.at), m.value);
        break;
      case 'rename-key': {
        const p = parentOf(doc, pick(m.at));
        if (p && !Array.isArray(p.parent)) {
          const value = p.parent[String(p.key)]!;
          delete p.parent[String(p.key)];
          p.parent[m.key] = value;
        }
        break;
      }
      case 'forbidden-key': {
        const target = valueAt(doc, pick(m.at));
        if (forbidden === null && target !== null && typeof target === 'object' && !Array.isArray(target)) {
          target[KEY] = { polluted: true };
          forbidden = m.key;
        }
        break;
      }
      case 'raw':
      case 'huge-string':
      case 'deep':
        if (raw !== null) break;
        raw =
          m.kind === 'raw'
            ? m.text
            : m.kind === 'deep'
              ? m.object
                ? '{"a":'.repeat(m.depth) + '1' + '}'.repeat(m.depth)
                : '['.repeat(m.depth) + ']'.repeat(m.depth)
              : m.length > 1_000_000
                ? `"${m.char.repeat(m.length)}"`
                : JSON.stringify(m.char.repeat(m.length));
        setAt(doc, pick(m.at), RAW);
        break;
      default:
        textEdits.push(m);
    }
  }
  let out = JSON.stringify(doc, null, 1);
  if (raw !== null) out = out.replace(JSON.stringify(RAW), () => raw!);
  if (forbidden !== null) out = out.replace(JSON.stringify(KEY), JSON.stringify(forbidden));
  for (const m of textEdits) {
    const i = 'fraction' in m ? Math.floor(out.length * m.fraction) : 0;
    if (m.kind === 'truncate') out = out.slice(0, i);
    if (m.kind === 'insert-text') out = out.slice(0, i) + m.text + out.slice(i);
    if (m.kind === 'cut-chars') out = out.slice(0, i) + out.slice(i + m.count);
  }
  return out;
}

// ---------------------------------------------------------------- properties

describe('assessment fuzz: parseAssessment', () => {
  it('sanity: the starting points parse, and the placeholders produce what they stand for', () => {
    for (const { text } of SOURCES) expect(parseAssessment(text)).toMatchObject({ ok: true, value: { format: ASSESSMENT_FORMAT } });
    const migrated = parseAssessment(FORMAT_1);
    expect(migrated.ok && migrated.value.respondents.map((r) => r.id)).toEqual(['r-a', 'r-a-2', 'r-a-3']);
    expect(mutate(0, [{ kind: 'deep', at: 5, depth: 100_000, object: false }])).toContain('['.repeat(100_000));
    expect(mutate(0, [{ kind: 'raw', at: 5, text: '1e400' }])).toContain(': 1e400');
    const proto = mutate(0, [{ kind: 'forbidden-key', at: 0, key: '__proto__' }]);
    expect(parseAssessment(proto)).toEqual({ ok: false, problems: [{ path: '$', code: 'file.forbiddenKey', params: { key: '__proto__' } }] });
  });

  it('random JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => check(JSON.stringify(value) ?? 'null')),
      { numRuns: 700 },
    );
  });

  it('random JSON objects that claim to be assessments', () => {
    const claim = fc.record(
      {
        format: fc.oneof(fc.constantFrom<Json>(1, 2, ASSESSMENT_FORMAT, 0, -1, 1.5, '2', null, 99), outOfRange),
        id: fc.oneof(fc.string(), fc.constant('assessment-0001')),
        questionnaire: fc.oneof(fc.constant<Json>({ id: content.questionnaire.id, version: content.questionnaire.version }), hostileValue),
        meta: fc.oneof(fc.constant<Json>(JSON.parse(DEMO).meta as Json), hostileValue),
        answers: fc.oneof(fc.dictionary(fc.oneof(hostileKey, fc.string()), hostileValue, { maxKeys: 5 }), hostileValue),
        respondents: fc.oneof(fc.array(fc.record({ id: fc.oneof(wrongEnum, fc.constant('r-1')), name: fc.oneof(oddText, fc.string()) }), { maxLength: 4 }), hostileValue),
        responses: fc.oneof(fc.dictionary(fc.oneof(hostileKey, fc.constant('r-1')), hostileValue, { maxKeys: 3 }), hostileValue),
        createdAt: fc.oneof(badDate, fc.constant('2026-01-15T09:00:00.000Z')),
        updatedAt: fc.oneof(badDate, fc.constant('2026-01-15T09:00:00.000Z')),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(claim, (doc) => check(JSON.stringify(doc))),
      { numRuns: 900 },
    );
  });

  it('random text', () => {
    const junk = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.string({ unit: fc.constantFrom('{', '}', '[', ']', '"', ':', ',', '\\', 'u', 'a', '1', 'e', '-', ' ', '\uD800', '\uFFFD', '\uFEFF'), maxLength: 300 }),
      fc.json(),
    );
    fc.assert(
      fc.property(junk, (text) => check(text)),
      { numRuns: 700 },
    );
  });

  it('mutations of a rich assessment, the demo and a format-1 file', () => {
    fc.assert(
      fc.property(fc.nat(), mutations, (source, ms) => check(mutate(source, ms))),
      { numRuns: 4000 },
    );
  });

  it('every field of the format, set to a hostile value', () => {
    // Each leaf in turn (answers, meta, roadmap, responses…) with a wrong type, enum, range, date or text.
    fc.assert(
      fc.property(fc.nat(RICH_LEAVES.length - 1), hostileValue, (leaf, value) => {
        const doc = JSON.parse(RICH) as Json;
        setAt(doc, RICH_LEAVES[leaf]!, value);
        check(JSON.stringify(doc));
      }),
      { numRuns: 1200 },
    );
  });

  it('extreme inputs are refused quickly with one problem, and nothing is polluted', () => {
    const extremes = [
      '',
      ' ',
      '\uFEFF',
      'null',
      '0',
      '"text"',
      '[]',
      '{}',
      '\uD800',
      '\uFFFD\uFFFD',
      '['.repeat(100_000) + ']'.repeat(100_000),
      '{"a":'.repeat(100_000) + '1' + '}'.repeat(100_000),
      '['.repeat(1_000_000),
      `{"format":${ASSESSMENT_FORMAT},"id":"${'x'.repeat(11_000_000)}"}`,
      `"${'能'.repeat(4_000_000)}"`,
      `{"format":1e400}`,
      `{"format":${ASSESSMENT_FORMAT + 1}}`,
      '{"__proto__":{"polluted":true}}',
      '{"constructor":{"prototype":{"polluted":true}}}',
      `{"format":${ASSESSMENT_FORMAT},"answers":{"__proto__":{"kind":"stage","stage":3}}}`,
    ];
    for (const text of extremes) {
      check(text);
      expect(parseAssessment(text).ok).toBe(false);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('kind');
  });
});

describe('assessment fuzz: the CLI (validate and roadmap on a file)', () => {
  const file = join(tmp, 'fuzzed.capamap.json');

  async function cli(argv: string[]): Promise<{ code: number; lines: string[] }> {
    figures.cliRuns++;
    const lines: string[] = [];
    const start = performance.now();
    let code: number;
    try {
      code = await runCli(argv, { log: (l) => lines.push(l), error: (l) => lines.push(l) });
    } catch (error) {
      throw new Error(`runCli ${argv[0]} threw ${String(error)}`);
    }
    const ms = performance.now() - start;
    figures.slowestMs = Math.max(figures.slowestMs, Math.round(ms));
    if (ms > CASE_LIMIT_MS) throw new Error(`runCli ${argv[0]} took ${Math.round(ms)} ms`);
    return { code, lines };
  }

  /** Each output line: one line, about this file, no stack trace. */
  function badLines(lines: string[]): string[] {
    return lines.filter((l) => LINE_BREAK.test(l) || /^\s+at /.test(l) || l.length > 2000);
  }

  const input = fc.oneof(
    { weight: 6, arbitrary: fc.tuple(fc.nat(), mutations).map(([s, ms]) => mutate(s, ms) as string | Uint8Array) },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v) ?? 'null') },
    // Raw bytes that are not UTF-8 at all, spliced into a valid file: overlongs, lone continuation bytes, CESU-8 surrogates.
    {
      weight: 1,
      arbitrary: fc.tuple(fraction, fc.constantFrom([0xff], [0xc0, 0x80], [0x80], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xe2, 0x82])).map(([f, bad]) => {
        const bytes = Buffer.from(RICH, 'utf8');
        const i = Math.floor(bytes.length * f);
        return new Uint8Array(Buffer.concat([bytes.subarray(0, i), Buffer.from(bad), bytes.subarray(i)]));
      }),
    },
  );

  it('never throws, answers in one-line messages, and exits 0 or 1', async () => {
    await fc.assert(
      fc.asyncProperty(input, async (data) => {
        figures.cases++;
        writeFileSync(file, data);
        const validate = await cli(['validate', file]);
        expect([0, 1]).toContain(validate.code);
        expect(validate.lines.length).toBeGreaterThan(0);
        expect(badLines(validate.lines)).toEqual([]);
        expect(validate.lines.filter((l) => !l.startsWith(`${file}: `))).toEqual([]);
        const roadmap = await cli(['roadmap', file]);
        expect([0, 1]).toContain(roadmap.code);
        expect(badLines(roadmap.lines)).toEqual([]);
        // A refused file is exactly one line naming it.
        if (roadmap.code === 1) expect(roadmap.lines).toEqual([expect.stringMatching(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `))]);
        // validate and roadmap agree on whether the file is usable.
        expect(roadmap.code).toBe(validate.code);
      }),
      { numRuns: 600 },
    );
  });

  it('reports a missing file or a folder in one line', async () => {
    for (const path of [join(tmp, 'missing.json'), tmp]) {
      for (const command of ['validate', 'roadmap']) {
        const { code, lines } = await cli([command, path]);
        expect(code).toBe(1);
        expect(lines).toHaveLength(1);
        expect(badLines(lines)).toEqual([]);
      }
    }
  });
});

describe('assessment fuzz: totals', () => {
  it(`ran at least ${MIN_CASES} cases, each within ${CASE_LIMIT_MS} ms`, () => {
    expect(figures.cases).toBeGreaterThanOrEqual(MIN_CASES);
    expect(figures.slowestMs).toBeLessThan(CASE_LIMIT_MS);
    expect(figures.parsedOk).toBeGreaterThan(0);
    expect(figures.refused).toBeGreaterThan(0);
  });
});
