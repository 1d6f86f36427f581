import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { CLI_CACHE_ENV } from '../../../cli/cli-cache';
import { CliError, loadBundled } from '../../../cli/content';

const dir = mkdtempSync(join(tmpdir(), 'capamap-content-cache-'));
const bundled = join(dir, 'questionnaires');
const cache = join(dir, 'cache');
cpSync(join(__dirname, '../../fixtures/mini'), join(bundled, 'mini'), { recursive: true });
const questionnaireFile = join(bundled, 'mini', 'questionnaire.json');
const original = readFileSync(questionnaireFile, 'utf8');
const keptFiles = () => readdirSync(join(cache, 'content')).map((name) => join(cache, 'content', name));

afterEach(() => {
  delete process.env[CLI_CACHE_ENV];
  writeFileSync(questionnaireFile, original);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('bundled content kept checked between runs of the CLI', () => {
  it('keeps what it checked, gives it back as checked, and checks again when a file changed', () => {
    process.env[CLI_CACHE_ENV] = cache;
    const checked = loadBundled(bundled);
    const [kept] = keptFiles();
    expect(kept).toBeDefined();
    // Read back from the kept file: the very same content.
    writeFileSync(kept!, readFileSync(kept!, 'utf8').replace('"content":{', '"content":{"marker":1,'));
    expect([...loadBundled(bundled).values()][0]).toHaveProperty('marker', 1);
    // Another text, even by one space: checked again (and kept again); a broken one refused, whatever was kept.
    writeFileSync(questionnaireFile, `${original} `);
    expect(loadBundled(bundled)).toEqual(checked);
    writeFileSync(questionnaireFile, original.replace('"sections"', '"sectionz"'));
    expect(() => loadBundled(bundled)).toThrow(CliError);
    writeFileSync(questionnaireFile, original);
    expect(loadBundled(bundled)).toEqual(checked);
  });

  it('checks the files when the kept one cannot be read, and writes it again', () => {
    process.env[CLI_CACHE_ENV] = cache;
    const checked = loadBundled(bundled);
    const [kept] = keptFiles();
    for (const damaged of ['{ not json', '{"key":1}', '[]']) {
      writeFileSync(kept!, damaged);
      expect(loadBundled(bundled)).toEqual(checked);
      expect(JSON.parse(readFileSync(kept!, 'utf8'))).toEqual({ key: expect.any(String), content: JSON.parse(JSON.stringify([...checked.values()][0])) });
    }
  });

  it('keeps nothing without a cache folder', () => {
    rmSync(cache, { recursive: true, force: true });
    loadBundled(bundled);
    expect(() => keptFiles()).toThrow();
  });
});
