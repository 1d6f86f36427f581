import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../cli/index';
import { parseActionLibrary, parseContent, parseQuestionnaire } from '../../../core/model/content';
import { PILLARS, PRIORITIES } from '../../../core/model/schema/questionnaire';
import { LANGUAGES } from '../../../core/model/schema/text';
import { detailOf } from '../../../core/model/explain';
import { t } from '../../english';

const REPO = join(__dirname, '..', '..', '..');
const CORE_Q = join(REPO, 'questionnaires', 'capamap-core', 'questionnaire.json');
const CORE_A = join(REPO, 'questionnaires', 'capamap-core', 'actions.json');
const BROKEN = join(REPO, 'tests', 'fixtures', 'broken');
const MINI = join(REPO, 'tests', 'fixtures', 'mini');

const core = (() => {
  const parsed = parseContent(readFileSync(CORE_Q, 'utf8'), readFileSync(CORE_A, 'utf8'));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems.slice(0, 3)));
  return parsed.value;
})();

const tmp = mkdtempSync(join(tmpdir(), 'capamap-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function cli(...argv: string[]) {
  const log: string[] = [];
  const error: string[] = [];
  const code = await runCli(argv, { log: (l) => log.push(l), error: (l) => error.push(l) });
  return { code, log, error, all: [...log, ...error] };
}

/** The lines `validate` must print for a file, derived from the core parser. */
function expectedProblemLines(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const name = file.split('/').pop()!;
  const parsed = name.startsWith('actions-') ? parseActionLibrary(text, core.questionnaire) : parseQuestionnaire(text);
  if (parsed.ok) throw new Error(`${file} is not broken`);
  return parsed.problems.map((p) => `${file}: ${detailOf(t, p)}`);
}

describe('validate', () => {
  it('passes the bundled files with one "ok" line each', async () => {
    const items = core.questionnaire.sections.reduce((n, s) => n + s.items.length, 0);
    const result = await cli('validate', CORE_Q, CORE_A);
    expect(result).toMatchObject({ code: 0, error: [] });
    expect(result.log).toEqual([
      `${CORE_Q}: ok (questionnaire capamap-core ${core.questionnaire.version}, ${items} items)`,
      `${CORE_A}: ok (action library ${core.library.id} ${core.library.version}, ${core.library.actions.length} actions)`,
    ]);
  });

  it('checks an action library against the questionnaire beside it', async () => {
    const result = await cli('validate', join(MINI, 'questionnaire.json'), join(MINI, 'actions.json'));
    expect(result.code).toBe(0);
    expect(result.log).toEqual([`${join(MINI, 'questionnaire.json')}: ok (questionnaire mini 1.0.0, 12 items)`, `${join(MINI, 'actions.json')}: ok (action library mini-actions 1.0.0, 11 actions)`]);
  });

  const broken = readdirSync(BROKEN).filter((f) => f.endsWith('.json') && !f.endsWith('.valid.json') && f !== 'actions-other-questionnaire.json');
  it.each(broken)('fails %s with one line per problem, naming the file and the JSON path', async (name) => {
    const file = join(BROKEN, name);
    const result = await cli('validate', file);
    expect(result.code).toBe(1);
    expect(result.error).toEqual([]);
    expect(result.log).toEqual(expectedProblemLines(file));
    for (const line of result.log) expect(line).toMatch(new RegExp(`^${escape(file)}: \\$[^ ]*: \\S`));
  });

  it('says when an action library serves a questionnaire it cannot find', async () => {
    const file = join(BROKEN, 'actions-other-questionnaire.json');
    const result = await cli('validate', file);
    expect(result.code).toBe(1);
    expect(result.log).toEqual([`${file}: $.questionnaire: questionnaire "mini" was not found beside the file or among the bundled ones`]);
  });

  it('prints every problem of a file with several', async () => {
    const doc = JSON.parse(readFileSync(join(BROKEN, 'base-questionnaire.valid.json'), 'utf8')) as { sections: { id: string; items: { id: string }[] }[] };
    doc.sections[1]!.id = 'energy';
    doc.sections[2]!.items[0]!.id = 'compute.deepfakes';
    const file = join(tmp, 'several.json');
    writeFileSync(file, JSON.stringify(doc));
    const result = await cli('validate', file);
    expect(result.code).toBe(1);
    expect(result.log.length).toBeGreaterThanOrEqual(3);
    expect(result.log).toEqual(expectedProblemLines(file));
    expect(result.log).toContain(`${file}: $.sections[1].id: a pillar section must be one of compute, data, models, talent, governance`);
  });

  it('reports a missing file in one line', async () => {
    const missing = join(tmp, 'no-such-file.json');
    const result = await cli('validate', missing);
    expect(result.code).toBe(1);
    expect(result.all).toEqual([`${missing}: cannot be read (no such file)`]);
  });

  it('still checks the other files after a missing one', async () => {
    const missing = join(tmp, 'no-such-file.json');
    const result = await cli('validate', missing, CORE_A);
    expect(result.code).toBe(1);
    expect(result.all).toHaveLength(2);
    expect(result.all[0]).toBe(`${missing}: cannot be read (no such file)`);
    expect(result.all[1]).toMatch(/: ok \(action library /);
  });

  it('fails the whole run when any file fails, and names each file', async () => {
    const files = [CORE_Q, join(BROKEN, 'questionnaire-rule-cycle.json'), join(BROKEN, 'actions-duplicate-action-id.json')];
    const result = await cli('validate', ...files);
    expect(result.code).toBe(1);
    expect(result.log).toHaveLength(3);
    result.log.forEach((line, i) => expect(line.startsWith(`${files[i]}: `)).toBe(true));
  });

  it('needs at least one file', async () => {
    const result = await cli('validate');
    expect(result.code).toBe(1);
    expect(result.all).toEqual(['arguments: name at least one file to validate']);
  });

  it('refuses an unknown option in one line', async () => {
    const result = await cli('validate', '--strict', CORE_Q);
    expect(result.code).toBe(1);
    expect(result.all).toHaveLength(1);
    expect(result.all[0]).toMatch(/--strict/);
  });

  it('reports schema problems of a library whose questionnaire is not a string, without crashing', async () => {
    const file = join(tmp, 'odd-library.json');
    writeFileSync(file, JSON.stringify({ format: 1, id: 'x', version: '1.0.0', questionnaire: { toString: 1 }, languages: ['en'], actions: [] }));
    const result = await cli('validate', file);
    expect(result.code).toBe(1);
    expect(result.log).toContain(`${file}: $.questionnaire: should be text`);
  });

  it('keeps every problem on one line, whatever the file holds', async () => {
    const file = join(tmp, 'odd-keys.json');
    writeFileSync(file, JSON.stringify({ format: 1, sections: [], 'line\nbreak': 1, [`${'k'.repeat(5000)}`]: 2 }));
    const result = await cli('validate', file);
    expect(result.code).toBe(1);
    for (const line of result.log) {
      expect(line).not.toMatch(/[\n\r]/);
      expect(line.length).toBeLessThan(1000);
    }
  });

  it('reports a file over the size cap in one line', async () => {
    const file = join(tmp, 'huge.json');
    writeFileSync(file, `{"format":1,"sections":[],"pad":"${'x'.repeat(8 * 1024 * 1024)}"}`);
    const result = await cli('validate', file);
    expect(result.code).toBe(1);
    expect(result.all).toEqual([`${file}: $: the file is too large (over 8192 KB)`]);
  });
});

describe('stats --json', () => {
  it('prints exactly the documented shape', async () => {
    const result = await cli('stats', '--json');
    expect(result).toMatchObject({ code: 0, error: [] });
    expect(result.log).toHaveLength(1);
    const stats = JSON.parse(result.log[0]!) as { questionnaires: Record<string, unknown>[] };
    expect(Object.keys(stats)).toEqual(['questionnaires']);
    expect(stats.questionnaires.length).toBeGreaterThanOrEqual(1);
    for (const q of stats.questionnaires) {
      expect(Object.keys(q).sort()).toEqual(['actions', 'id', 'languages', 'sections', 'version']);
      expect(typeof q.id).toBe('string');
      expect(q.version).toMatch(/^\d+\.\d+\.\d+$/);
      for (const s of q.sections as Record<string, unknown>[]) {
        expect(Object.keys(s).sort()).toEqual(['id', 'items', 'kind', 'optional', 'referenced']);
        expect(['profile', 'pillar', 'priority', 'module']).toContain(s.kind);
        expect(typeof s.optional).toBe('boolean');
        expect(Number.isInteger(s.items) && Number.isInteger(s.referenced) && (s.referenced as number) <= (s.items as number)).toBe(true);
      }
      expect(Object.keys(q.languages as object).sort()).toEqual([...LANGUAGES].sort());
      for (const share of Object.values(q.languages as object)) expect(share >= 0 && share <= 1).toBe(true);
      const actions = q.actions as Record<string, unknown>;
      expect(Object.keys(actions).sort()).toEqual(['byArea', 'id', 'languages', 'total', 'version']);
      expect(Object.values(actions.byArea as object).reduce((a: number, b: number) => a + b, 0)).toBe(actions.total);
      expect(Object.keys(actions.languages as object).sort()).toEqual([...LANGUAGES].sort());
    }
  });

  it('matches the example in docs/questionnaire-format.md key for key', async () => {
    const doc = readFileSync(join(REPO, 'docs', 'questionnaire-format.md'), 'utf8');
    const section = doc.slice(doc.indexOf('### `stats [--json]`'));
    const example = JSON.parse(/```json\n([\s\S]*?)\n```/.exec(section)![1]!) as unknown;
    const result = await cli('stats', '--json');
    const actual = (JSON.parse(result.log[0]!) as { questionnaires: { id: string }[] }).questionnaires.find((q) => q.id === 'capamap-core')!;
    expect(shape({ questionnaires: [actual] })).toEqual(shape(example));
  });

  it('describes the core questionnaire: five pillars (governance & ecosystem among them), three priorities, every language complete', async () => {
    const result = await cli('stats', '--json');
    const stats = JSON.parse(result.log[0]!) as {
      questionnaires: {
        id: string;
        version: string;
        sections: { id: string; kind: string; optional: boolean; items: number; referenced: number }[];
        languages: Record<string, number>;
        actions: { id: string; version: string; total: number; byArea: Record<string, number>; languages: Record<string, number> };
      }[];
    };
    const q = stats.questionnaires.find((x) => x.id === 'capamap-core')!;
    expect(q.version).toBe(core.questionnaire.version);
    expect(q.sections.filter((s) => s.kind === 'pillar').map((s) => s.id)).toEqual([...PILLARS]);
    expect(q.sections.filter((s) => s.kind === 'priority').map((s) => s.id)).toEqual([...PRIORITIES]);
    for (const s of q.sections.filter((x) => x.kind === 'pillar')) {
      expect(s.items).toBeGreaterThanOrEqual(8);
      expect(s.referenced).toBe(s.items);
    }
    for (const s of q.sections.filter((x) => x.kind === 'priority')) expect(s.items).toBeGreaterThanOrEqual(3);
    const complete = Object.fromEntries(LANGUAGES.map((l) => [l, 1]));
    expect(q.languages).toEqual(complete);
    expect(q.actions.languages).toEqual(complete);
    expect(q.actions).toMatchObject({ id: core.library.id, version: core.library.version, total: core.library.actions.length });
    // Section rows match the questionnaire, in order.
    expect(q.sections.map((s) => [s.id, s.kind, s.optional, s.items])).toEqual(core.questionnaire.sections.map((s) => [s.id, s.kind, s.optional, s.items.length]));
    for (const area of [...PILLARS, ...PRIORITIES]) expect(q.actions.byArea[area]).toBe(core.library.actions.filter((a) => a.area === area).length);
  });

  it('prints a readable summary without --json', async () => {
    const result = await cli('stats');
    expect(result.code).toBe(0);
    expect(result.log[0]).toBe(`capamap-core ${core.questionnaire.version}`);
    expect(result.log).toContain(`  languages: ${LANGUAGES.map((l) => `${l} 100%`).join(', ')}`);
  });

  it('takes no file names', async () => {
    const result = await cli('stats', 'questionnaire.json');
    expect(result.code).toBe(1);
    expect(result.all).toEqual(['arguments: stats takes no file names']);
  });
});

/** The keys and value types of a JSON value, lists by their first element. */
function shape(value: unknown): unknown {
  if (Array.isArray(value)) return [shape(value[0])];
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value)
        .map(([k, v]) => [k, shape(v)])
        .sort(([a], [b]) => String(a).localeCompare(String(b))),
    );
  return typeof value;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
