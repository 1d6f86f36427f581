import { lstat, mkdir, mkdtemp, readFile, readdir, readlink, rm, stat, symlink, writeFile, chmod } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupPath, readTextFile, writeFileAtomic } from '../../../electron/main/file-store';
import { createWebServer } from '../../../scripts/web-server';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'capamap-hardening-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('the desktop file store', () => {
  it('creates new files private to their owner (0600), and keeps the permissions of a file it replaces', async () => {
    const fresh = join(dir, 'fresh.capamap.json');
    await writeFileAtomic(fresh, '{}', 3);
    expect((await stat(fresh)).mode & 0o777).toBe(0o600);
    const shared = join(dir, 'shared.capamap.json');
    await writeFile(shared, 'old');
    await chmod(shared, 0o644);
    await writeFileAtomic(shared, 'new', 3);
    expect((await stat(shared)).mode & 0o777).toBe(0o644);
    expect((await stat(backupPath(shared, 1))).mode & 0o777).toBe(0o644);
  });

  it('saves through a symbolic link by writing the file it points to; the link stays a link and backups sit beside the target', async () => {
    const folder = join(dir, 'real');
    await mkdir(folder);
    const target = join(folder, 'assessment.capamap.json');
    await writeFile(target, 'version 1');
    const link = join(dir, 'shortcut.capamap.json');
    await symlink(target, link);
    await writeFileAtomic(link, 'version 2', 3);
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
    expect(await readlink(link)).toBe(target);
    expect(await readFile(target, 'utf8')).toBe('version 2');
    expect(await readFile(backupPath(target, 1), 'utf8')).toBe('version 1');
    expect((await readdir(dir)).filter((n) => n.startsWith('shortcut'))).toEqual(['shortcut.capamap.json']);
  });

  it('refuses to save through a link to nothing, in one sentence', async () => {
    const dangling = join(dir, 'dangling.capamap.json');
    await symlink(join(dir, 'missing', 'nowhere.json'), dangling);
    await expect(writeFileAtomic(dangling, 'x')).rejects.toThrow('dangling.capamap.json is a link to a file that does not exist.');
  });

  it('refuses a file that is not UTF-8, naming the byte and line, instead of reading U+FFFD', async () => {
    const file = join(dir, 'latin1.capamap.json');
    await writeFile(file, Buffer.from('{\n"name": "Minist\xe8re"}', 'latin1'));
    await expect(readTextFile(file, 1024)).rejects.toThrow('latin1.capamap.json is not valid UTF-8 text: byte 18 (line 2)');
  });
});

describe('the browser edition’s server', () => {
  it('forbids framing on every response: pages, missing files and refused methods', async () => {
    const root = join(dir, 'site');
    await mkdir(root);
    await writeFile(join(root, 'index.html'), '<!doctype html><title>x</title>');
    const server = createWebServer(root);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      for (const [path, method, status] of [
        ['/', 'GET', 200],
        ['/index.html', 'HEAD', 200],
        ['/missing.js', 'GET', 404],
        ['/', 'POST', 405],
      ] as const) {
        const response = await fetch(`${base}${path}`, { method });
        expect(response.status, `${method} ${path}`).toBe(status);
        expect(response.headers.get('x-frame-options'), `${method} ${path}`).toBe('DENY');
        expect(response.headers.get('content-security-policy'), `${method} ${path}`).toContain("frame-ancestors 'none'");
      }
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
