import { randomUUID } from 'node:crypto';
import { chmod, mkdtemp, readFile, readdir, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type * as FsPromises from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { STALE_TEMP_MS, backupPath, readTextFile, writeFileAtomic } from '../../../electron/main/file-store';

/**
 * What the fault-injection run and a review of file-store.ts found, pinned:
 * permissions kept on replace, stale temp files of killed saves removed,
 * Windows' transient rename failures retried, the read limit enforced on
 * what is actually read.
 */

// node:fs/promises with rename and stat that a test may intercept; everything else real.
const hooks = vi.hoisted(() => ({
  rename: null as null | ((from: string, to: string) => Promise<void> | undefined),
  stat: null as null | ((path: string) => Promise<unknown> | undefined),
  /** Every file handle's sync(), by path. */
  synced: [] as string[],
}));
vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof FsPromises>();
  return {
    ...real,
    rename: (from: string, to: string) => hooks.rename?.(from, to) ?? real.rename(from, to),
    stat: (path: string) => hooks.stat?.(path) ?? real.stat(path),
    open: async (path: string, flags?: string, mode?: number) => {
      const handle = await real.open(path, flags, mode);
      const sync = handle.sync.bind(handle);
      handle.sync = () => {
        hooks.synced.push(String(path));
        return sync();
      };
      return handle;
    },
  };
});

let dir: string;
let target: string;
const platform = process.platform;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'capamap-hardening-'));
  target = join(dir, `assessment-${randomUUID().slice(0, 8)}.capamap.json`);
});

afterEach(async () => {
  hooks.rename = null;
  hooks.stat = null;
  hooks.synced.length = 0;
  Object.defineProperty(process, 'platform', { value: platform });
  await rm(dir, { recursive: true, force: true });
});

const listing = async () => (await readdir(dir)).sort();
const errno = (code: string) => Object.assign(new Error(`${code}: simulated`), { code });

describe.skipIf(process.platform === 'win32')('permissions', () => {
  it('keeps a private file private when saving over it, backups included', async () => {
    await writeFileAtomic(target, 'v1');
    await chmod(target, 0o600);
    await writeFileAtomic(target, 'v2', 3);
    await writeFileAtomic(target, 'v3', 3);
    expect((await stat(target)).mode & 0o777).toBe(0o600);
    expect((await stat(backupPath(target, 1))).mode & 0o777).toBe(0o600);
    expect((await stat(backupPath(target, 2))).mode & 0o777).toBe(0o600);
    expect(await readFile(target, 'utf8')).toBe('v3');
  });

  it('keeps a read-only-for-others file as it was', async () => {
    await writeFileAtomic(target, 'v1');
    await chmod(target, 0o640);
    await writeFileAtomic(target, 'v2');
    expect((await stat(target)).mode & 0o777).toBe(0o640);
  });
});

describe('durability of backups', () => {
  it('flushes the backup copy to disk before giving it the backup name', async () => {
    await writeFileAtomic(target, 'v1');
    hooks.synced.length = 0;
    await writeFileAtomic(target, 'v2', 3);
    const name = target.slice(dir.length + 1).replace(/[.]/g, '\\.');
    // The new content's temp, the backup copy's temp, then the folder.
    expect(hooks.synced.map((p) => p.slice(dir.length + 1))).toEqual([
      expect.stringMatching(new RegExp(`^\\.${name}\\.[0-9a-f-]{36}\\.tmp$`)),
      expect.stringMatching(new RegExp(`^${name}\\.bak1\\.[0-9a-f-]{36}\\.tmp$`)),
      '',
    ]);
    expect(await readFile(backupPath(target, 1), 'utf8')).toBe('v1');
  });
});

describe('stale temp files of interrupted saves', () => {
  const tempOf = (name: string) => `.${name}.${randomUUID()}.tmp`;
  const backupTempOf = (name: string) => `${name}.bak1.${randomUUID()}.tmp`;
  const age = async (name: string, ms: number) => {
    const when = new Date(Date.now() - ms);
    await utimes(join(dir, name), when, when);
  };

  it('removes old leftovers of this file on the first save, keeps young ones and everything else', async () => {
    const name = target.slice(dir.length + 1);
    const oldTemp = tempOf(name);
    const oldBackupTemp = backupTempOf(name);
    const youngTemp = tempOf(name);
    const otherFilesTemp = tempOf('other.capamap.json');
    const lookalike = `.${name}.not-a-uuid.tmp`;
    for (const n of [oldTemp, oldBackupTemp, youngTemp, otherFilesTemp, lookalike]) await writeFile(join(dir, n), '{"half":');
    for (const n of [oldTemp, oldBackupTemp, otherFilesTemp, lookalike]) await age(n, STALE_TEMP_MS + 60_000);

    await writeFileAtomic(target, 'saved', 3);

    expect(await listing()).toEqual([name, youngTemp, otherFilesTemp, lookalike].sort());
    expect(await readFile(target, 'utf8')).toBe('saved');
  });

  it('never fails a save because a leftover cannot be removed', async () => {
    const name = target.slice(dir.length + 1);
    const stuck = tempOf(name);
    await writeFile(join(dir, stuck), 'x');
    await age(stuck, STALE_TEMP_MS * 2);
    hooks.stat = (path) => (path.endsWith(stuck) ? Promise.reject(errno('EACCES')) : undefined);
    await expect(writeFileAtomic(target, 'saved')).resolves.toBeUndefined();
    expect(await readFile(target, 'utf8')).toBe('saved');
  });

  it('leaves no temp file after overlapping saves (one path is written by one save at a time)', async () => {
    // Two overlapping saves in one process: the second's clean-up cannot see the first's temp (it is gone by then).
    await Promise.all([writeFileAtomic(target, 'a'.repeat(500_000), 3), writeFileAtomic(target, 'b', 3)]);
    expect(await readFile(target, 'utf8')).toBe('b');
    expect((await listing()).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });
});

describe('transient rename failures on Windows', () => {
  it('retries EPERM/EACCES/EBUSY for a few seconds, then succeeds', async () => {
    Object.defineProperty(process, 'platform', { value: 'win32' });
    await writeFileAtomic(target, 'v1');
    const failures = ['EPERM', 'EBUSY', 'EACCES'];
    const calls: string[] = [];
    hooks.rename = (from, to) => {
      calls.push(`${from.endsWith('.tmp') ? 'tmp' : 'bak'}→${to.slice(-4)}`);
      const code = failures.shift();
      return code ? Promise.reject(errno(code)) : undefined;
    };
    await writeFileAtomic(target, 'v2', 3);
    expect(await readFile(target, 'utf8')).toBe('v2');
    expect(await readFile(backupPath(target, 1), 'utf8')).toBe('v1');
    expect(calls.length).toBeGreaterThanOrEqual(4);
    expect((await listing()).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('gives up after the retries with the old file intact and no temp file left', async () => {
    Object.defineProperty(process, 'platform', { value: 'win32' });
    await writeFileAtomic(target, 'v1');
    let calls = 0;
    hooks.rename = (_from, to) => {
      if (to !== target) return undefined;
      calls++;
      return Promise.reject(errno('EPERM'));
    };
    await expect(writeFileAtomic(target, 'v2')).rejects.toThrow(/EPERM/);
    expect(calls).toBe(11);
    expect(await readFile(target, 'utf8')).toBe('v1');
    expect((await listing()).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  }, 15_000);

  it('does not retry elsewhere, where these errors are final', async () => {
    Object.defineProperty(process, 'platform', { value: 'linux' });
    let calls = 0;
    hooks.rename = () => {
      calls++;
      return Promise.reject(errno('EACCES'));
    };
    await expect(writeFileAtomic(target, 'v1')).rejects.toThrow(/EACCES/);
    expect(calls).toBe(1);
  });
});

describe('readTextFile limit', () => {
  it('holds for the bytes actually read, when the file grew after it was measured', async () => {
    await writeFile(target, 'x'.repeat(5000));
    hooks.stat = (path) => (path === target ? Promise.resolve({ isFile: () => true, size: 10 }) : undefined);
    await expect(readTextFile(target, 2048)).rejects.toThrow(/is too large \(over 2 KB\)\.$/);
  });

  it('reads a file that grew but stays within the limit completely', async () => {
    await writeFile(target, 'é'.repeat(900));
    hooks.stat = (path) => (path === target ? Promise.resolve({ isFile: () => true, size: 3 }) : undefined);
    expect(await readTextFile(target, 2048)).toBe('é'.repeat(900));
  });

  it('decodes multi-byte characters across read chunks', async () => {
    const text = '能力評価'.repeat(40_000); // 480 KB: several reads
    await writeFile(target, text);
    expect(await readTextFile(target, 1024 * 1024)).toBe(text);
  });
});
