import { mkdir, mkdtemp, readFile, readdir, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupPath, readTextFile, writeFileAtomic } from '../../../electron/main/file-store';

let dir: string;
let target: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'capamap-store-'));
  target = join(dir, 'assessment.capamap.json');
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const listing = async () => (await readdir(dir)).sort();

describe('writeFileAtomic', () => {
  it('creates a new file with exactly the content and nothing else', async () => {
    await writeFileAtomic(target, '{"hello":"wörld"}');
    expect(await readFile(target, 'utf8')).toBe('{"hello":"wörld"}');
    expect(await listing()).toEqual(['assessment.capamap.json']);
  });

  it('writes bytes unchanged', async () => {
    const bytes = new Uint8Array([0, 1, 2, 253, 254, 255]);
    await writeFileAtomic(target, bytes);
    expect([...(await readFile(target))]).toEqual([...bytes]);
  });

  it('replaces a longer file completely (no leftover tail)', async () => {
    await writeFile(target, 'x'.repeat(10_000));
    await writeFileAtomic(target, 'short');
    expect(await readFile(target, 'utf8')).toBe('short');
  });

  it('writes an empty file', async () => {
    await writeFileAtomic(target, '');
    expect(await readFile(target, 'utf8')).toBe('');
  });

  it('leaves no temp files after many writes', async () => {
    for (let i = 0; i < 10; i++) await writeFileAtomic(target, `v${i}`, i % 2 === 0 ? 3 : 0);
    const names = await listing();
    expect(names.filter((n) => n.endsWith('.tmp') || n.startsWith('.'))).toEqual([]);
    expect(names.every((n) => n === 'assessment.capamap.json' || /^assessment\.capamap\.json\.bak[123]$/.test(n))).toBe(true);
  });

  it('keeps no backups unless asked', async () => {
    await writeFileAtomic(target, 'one');
    await writeFileAtomic(target, 'two');
    expect(await listing()).toEqual(['assessment.capamap.json']);
  });

  it('makes no backup of a file that did not exist', async () => {
    await writeFileAtomic(target, 'first', 3);
    expect(await listing()).toEqual(['assessment.capamap.json']);
  });

  it('keeps backups with .bak1 the newest and never more than asked', async () => {
    for (const v of ['v1', 'v2', 'v3', 'v4', 'v5']) await writeFileAtomic(target, v, 3);
    expect(await readFile(target, 'utf8')).toBe('v5');
    expect(await readFile(backupPath(target, 1), 'utf8')).toBe('v4');
    expect(await readFile(backupPath(target, 2), 'utf8')).toBe('v3');
    expect(await readFile(backupPath(target, 3), 'utf8')).toBe('v2');
    expect(await listing()).toEqual(['assessment.capamap.json', 'assessment.capamap.json.bak1', 'assessment.capamap.json.bak2', 'assessment.capamap.json.bak3']);
  });

  it('honours a smaller backup count', async () => {
    for (const v of ['v1', 'v2', 'v3']) await writeFileAtomic(target, v, 1);
    expect(await readFile(backupPath(target, 1), 'utf8')).toBe('v2');
    expect(await listing()).toEqual(['assessment.capamap.json', 'assessment.capamap.json.bak1']);
  });

  it('names backups beside the file', () => {
    expect(backupPath('/a/b/file.json', 2)).toBe('/a/b/file.json.bak2');
  });

  it('runs overlapping writes to one file in call order, rotating backups cleanly', async () => {
    await writeFileAtomic(target, 'v0', 3);
    await Promise.all(Array.from({ length: 8 }, (_, i) => writeFileAtomic(target, `v${i + 1}`, 3)));
    expect(await readFile(target, 'utf8')).toBe('v8');
    expect(await readFile(backupPath(target, 1), 'utf8')).toBe('v7');
    expect(await readFile(backupPath(target, 2), 'utf8')).toBe('v6');
    expect(await readFile(backupPath(target, 3), 'utf8')).toBe('v5');
    expect((await listing()).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('lets the last of overlapping writes win', async () => {
    const sizes = [400_000, 10, 200_000, 5, 300_000, 1];
    await Promise.all(sizes.map((size, i) => writeFileAtomic(target, `${i}:`.padEnd(size, 'x'))));
    expect((await readFile(target, 'utf8')).startsWith('5:')).toBe(true);
  });

  it('never exposes a partly written file to readers', async () => {
    const versions = ['a', 'b', 'c', 'd'].map((c) => c.repeat(1024 * 1024));
    await writeFileAtomic(target, versions[0]!);
    let writing = true;
    const seen = new Set<string>();
    const reader = (async () => {
      while (writing) {
        const text = await readFile(target, 'utf8');
        seen.add(text.length === versions[0]!.length && new Set(text).size === 1 ? text[0]! : `torn(${text.length})`);
      }
    })();
    for (const v of versions.slice(1)) await writeFileAtomic(target, v, 3);
    writing = false;
    await reader;
    expect([...seen].filter((s) => s.startsWith('torn'))).toEqual([]);
  });

  it('fails without a stray temp file and leaves the old target alone', async () => {
    const folderTarget = join(dir, 'is-a-folder');
    await mkdir(folderTarget);
    await writeFile(join(folderTarget, 'inside.txt'), 'kept');
    await expect(writeFileAtomic(folderTarget, 'data')).rejects.toThrow();
    await expect(writeFileAtomic(folderTarget, 'data', 3)).rejects.toThrow();
    expect(await listing()).toEqual(['is-a-folder']);
    expect(await readFile(join(folderTarget, 'inside.txt'), 'utf8')).toBe('kept');
  });

  it('still writes after a failed write to the same path', async () => {
    await mkdir(target);
    await expect(writeFileAtomic(target, 'first')).rejects.toThrow();
    await rm(target, { recursive: true });
    await writeFileAtomic(target, 'second');
    expect(await readFile(target, 'utf8')).toBe('second');
  });

  it('fails cleanly when the folder does not exist', async () => {
    await expect(writeFileAtomic(join(dir, 'missing', 'x.json'), 'data')).rejects.toThrow();
    expect(await listing()).toEqual([]);
  });
});

describe('readTextFile', () => {
  it('reads UTF-8 text', async () => {
    await writeFile(target, 'Évaluation 能力');
    expect(await readTextFile(target, 1024)).toBe('Évaluation 能力');
  });

  it('refuses a file over the limit with one sentence naming the file and not its folder', async () => {
    await writeFile(target, '');
    await truncate(target, 2048 + 1);
    const error = await readTextFile(target, 2048).catch((e: Error) => e);
    expect((error as Error).message).toMatch(/^assessment\.capamap\.json is too large \(\d+ KB; the limit is 2 KB\)\.$/);
    expect((error as Error).message).not.toContain(dir);
  });

  it('accepts a file exactly at the limit', async () => {
    await writeFile(target, 'x'.repeat(2048));
    expect(await readTextFile(target, 2048)).toHaveLength(2048);
  });

  it('refuses a missing file or a folder with a sentence naming it', async () => {
    await expect(readTextFile(join(dir, 'nope.json'), 1024)).rejects.toThrow(/^nope\.json could not be read: it is not a file\.$/);
    await expect(readTextFile(dir, 1024)).rejects.toThrow(/could not be read: it is not a file\.$/);
  });
});
