import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../cli/index';

/*
 * `npm run cli` runs scripts/cli.mjs, which runs the bundle out/cli.js with
 * plain node and builds it first when it is missing or older than a source.
 * The bundle must behave exactly as the sources do (runCli in this process).
 */
const ROOT = join(__dirname, '../../..');
const BUNDLE = join(ROOT, 'out', 'cli.js');
const example = join(ROOT, 'examples', 'demo-assessment.capamap.json');
const dir = mkdtempSync(join(tmpdir(), 'capamap-cli-bundle-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What `npm run --silent cli -- <argv>` does, without npm. */
function npmRunCli(argv: string[]) {
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts', 'cli.mjs'), ...argv], { cwd: ROOT, encoding: 'utf8' });
  const lines = (text: string) => text.split('\n').filter((l) => l !== '');
  return { code: result.status, stdout: lines(result.stdout), stderr: lines(result.stderr) };
}

async function inProcess(argv: string[]) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await runCli(argv, { log: (l) => stdout.push(...l.split('\n').filter((x) => x !== '')), error: (l) => stderr.push(l) });
  return { code, stdout, stderr };
}

describe('the bundled command line', () => {
  it('is built on first use when missing, then reused while no source is newer', () => {
    rmSync(BUNDLE, { force: true });
    expect(npmRunCli(['help']).code).toBe(0);
    expect(existsSync(BUNDLE)).toBe(true);
    const built = statSync(BUNDLE).mtimeMs;
    expect(npmRunCli(['help']).code).toBe(0);
    expect(statSync(BUNDLE).mtimeMs).toBe(built);
  });

  it('is built again when it is older than its sources', () => {
    const past = new Date('2001-01-01T00:00:00Z');
    utimesSync(BUNDLE, past, past);
    expect(npmRunCli(['--help']).code).toBe(0);
    expect(statSync(BUNDLE).mtimeMs).toBeGreaterThan(past.getTime());
  });

  it('keeps V8 code for the bundle beside it, and replaces a cache V8 refuses', async () => {
    const cache = `${BUNDLE}.cache`;
    writeFileSync(cache, 'not V8 code');
    expect(npmRunCli(['help'])).toEqual(await inProcess(['help']));
    const kept = readFileSync(cache);
    expect(kept.length).toBeGreaterThan(100_000);
    expect(npmRunCli(['help'])).toEqual(await inProcess(['help']));
    expect(readFileSync(cache).equals(kept)).toBe(true);
  });

  it('keeps the shapes of the words a report drew beside it, draws the same report from them, and replaces a file it cannot use', () => {
    const cache = join(dir, 'cache');
    const env = { ...process.env, CAPAMAP_CLI_CACHE: cache };
    const report = (name: string) =>
      spawnSync(process.execPath, [join(ROOT, 'scripts', 'cli.mjs'), 'report', example, '--date', '2026-02-01T10:00:00Z', '-o', join(dir, name)], { cwd: ROOT, env, encoding: 'utf8' }).status;
    const pdf = (name: string) => readFileSync(join(dir, name));
    const kept = join(cache, 'shapes', 'NotoSans-Regular.ttf.json');
    expect(report('a.pdf')).toBe(0);
    const first = readFileSync(kept, 'utf8');
    const { key, words } = JSON.parse(first) as { key: string; words: Record<string, unknown> };
    expect(Object.keys(words).length).toBeGreaterThan(1000);
    // Nothing new to shape: the file is left as it was.
    expect(report('b.pdf')).toBe(0);
    expect(readFileSync(kept, 'utf8')).toBe(first);
    expect(pdf('b.pdf').equals(pdf('a.pdf'))).toBe(true);
    // Not JSON, or made for another font or shaping code: not used, and written again.
    for (const damaged of ['{ not json', JSON.stringify({ key: `${key} (another)`, words, runs: {} })]) {
      writeFileSync(kept, damaged);
      expect(report('c.pdf')).toBe(0);
      expect(pdf('c.pdf').equals(pdf('a.pdf'))).toBe(true);
      expect((JSON.parse(readFileSync(kept, 'utf8')) as { key: string }).key).toBe(key);
    }
  });

  it.each([[[]], [['help']], [['frobnicate']], [['validate', join(ROOT, 'tests', 'fixtures', 'broken', 'questionnaire-rule-cycle.json')]], [['roadmap', example, '--json']], [['stats', '--json']], [['report', example]]])(
    'prints what the sources print and exits with the same code: %j',
    async (argv) => {
      expect(npmRunCli(argv)).toEqual(await inProcess(argv));
    },
  );

  it('writes the same report, byte for byte', async () => {
    const argv = ['report', example, '--lang', 'zh', '--sections', 'cover,profile', '--date', '2026-02-01T10:00:00Z', '-o'];
    const bundled = npmRunCli([...argv, join(dir, 'bundled.pdf')]);
    expect(bundled).toMatchObject({ code: 0, stderr: [] });
    await inProcess([...argv, join(dir, 'sources.pdf')]);
    expect(readFileSync(join(dir, 'bundled.pdf')).equals(readFileSync(join(dir, 'sources.pdf')))).toBe(true);
  });
});
