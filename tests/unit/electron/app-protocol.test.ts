import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveAppFile, serveAppRequest } from '../../../electron/main/app-protocol';
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/security';

let base: string;
let root: string;

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'capamap-protocol-'));
  root = join(base, 'renderer');
  await mkdir(join(root, 'assets'), { recursive: true });
  await mkdir(join(root, 'fonts'), { recursive: true });
  await writeFile(join(root, 'index.html'), '<!doctype html><title>CapaMap</title>');
  await writeFile(join(root, 'assets', 'index-AbC123.js'), 'console.log("app")');
  await writeFile(join(root, 'assets', 'index-AbC123.css'), 'body{}');
  await writeFile(join(root, 'assets', 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  await writeFile(join(root, 'assets', 'data.bin'), Buffer.from([0, 1, 2, 255]));
  await writeFile(join(root, 'fonts', 'NotoSans-Regular.ttf'), Buffer.from([0, 1, 0, 0]));
  // Secrets beside and above the root that no URL may reach.
  await writeFile(join(base, 'secret.txt'), 'top secret');
  await writeFile(join(base, 'renderer-evil.txt'), 'sibling with the same prefix');
});

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

describe('resolveAppFile', () => {
  it('maps the app entry and assets to files under the root', () => {
    expect(resolveAppFile(root, 'app://capamap/index.html')).toBe(join(root, 'index.html'));
    expect(resolveAppFile(root, 'app://capamap/assets/index-AbC123.js')).toBe(join(root, 'assets', 'index-AbC123.js'));
    expect(resolveAppFile(root, 'app://capamap/fonts/Noto%20Sans.ttf')).toBe(join(root, 'fonts', 'Noto Sans.ttf'));
  });

  it('serves index.html for the bare origin', () => {
    expect(resolveAppFile(root, 'app://capamap/')).toBe(join(root, 'index.html'));
  });

  it('ignores query and fragment', () => {
    expect(resolveAppFile(root, 'app://capamap/index.html?lang=fr#/dashboard')).toBe(join(root, 'index.html'));
  });

  it('accepts a relative root and still confines to it', () => {
    const result = resolveAppFile('out/renderer', 'app://capamap/index.html');
    expect(result).toBe(resolve('out/renderer', 'index.html'));
  });

  it('accepts names that merely contain dots', () => {
    expect(resolveAppFile(root, 'app://capamap/a..b.js')).toBe(join(root, 'a..b.js'));
    expect(resolveAppFile(root, 'app://capamap/.well-known/x')).toBe(join(root, '.well-known', 'x'));
  });

  describe('refuses', () => {
    it.each([
      ['plain parent segments', 'app://capamap/../secret.txt'],
      ['parent segments deeper in', 'app://capamap/assets/../../secret.txt'],
      ['a bare parent segment', 'app://capamap/..'],
      ['a current-directory segment', 'app://capamap/./index.html'],
      ['encoded dots', 'app://capamap/%2e%2e/secret.txt'],
      ['upper-case encoded dots', 'app://capamap/%2E%2E/secret.txt'],
      ['mixed encoded dots', 'app://capamap/.%2e/secret.txt'],
      ['encoded dots and slash', 'app://capamap/%2e%2e%2fsecret.txt'],
      ['encoded slash after dots', 'app://capamap/..%2fsecret.txt'],
      ['encoded slashes deeper in', 'app://capamap/assets/..%2f..%2fsecret.txt'],
      ['an encoded leading slash', 'app://capamap/%2fetc%2fpasswd'],
      ['an upper-case encoded slash', 'app://capamap/assets%2Findex-AbC123.js'],
      ['a backslash', 'app://capamap/..\\secret.txt'],
      ['an encoded backslash', 'app://capamap/assets%5c..%5c..%5csecret.txt'],
      ['an upper-case encoded backslash', 'app://capamap/assets%5C..%5C..%5Csecret.txt'],
      ['a NUL byte', 'app://capamap/index.html%00.png'],
      ['a NUL byte in a folder', 'app://capamap/assets%00/index-AbC123.js'],
      ['a double-slash absolute path', 'app://capamap//etc/passwd'],
      ['a Windows drive path', 'app://capamap/C:/Windows/win.ini'],
      ['an encoded Windows drive path', 'app://capamap/C%3A%5CWindows%5Cwin.ini'],
      ['a UNC-looking path', 'app://capamap//server/share/file'],
      ['an NTFS stream name', 'app://capamap/index.html:hidden'],
      ['a sibling folder with the same prefix', 'app://capamap/../renderer-evil.txt'],
      ['the root itself (encoded)', 'app://capamap/%2e%2e'],
      ['malformed percent encoding', 'app://capamap/%E0%A4%A'],
      ['another host', 'app://evil/index.html'],
      ['a host that merely starts with ours', 'app://capamap.evil.com/index.html'],
      ['a port', 'app://capamap:8080/index.html'],
      ['user info', 'app://user:pw@capamap/index.html'],
      ['another scheme with our host', 'http://capamap/index.html'],
      ['file URLs', 'file:///etc/passwd'],
      ['absolute file paths', '/etc/passwd'],
      ['Windows paths', 'C:\\Windows\\win.ini'],
      ['garbage', 'not a url'],
      ['the empty string', ''],
    ])('%s (%s)', (_label, url) => {
      expect(resolveAppFile(root, url)).toBeNull();
    });
  });

  it('never returns a path outside the root for any of a set of tricky inputs', () => {
    const pieces = ['..', '%2e', '%2E', '.', '%2f', '/', '\\', '%5c', 'assets', 'index.html', '%00', ':', 'C:', '%252e'];
    const rootWithSep = resolve(root) + sep;
    for (const a of pieces) {
      for (const b of pieces) {
        for (const c of pieces) {
          const url = `app://capamap/${a}/${b}${c}/secret.txt`;
          const result = resolveAppFile(root, url);
          if (result !== null) expect(result.startsWith(rootWithSep), `${url} → ${result}`).toBe(true);
        }
      }
    }
  });
});

describe('serveAppRequest', () => {
  it('serves index.html with its type and the CSP', async () => {
    const response = await serveAppRequest(root, 'app://capamap/index.html');
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('Content-Security-Policy')).toBe(`${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`);
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(await response.text()).toBe('<!doctype html><title>CapaMap</title>');
  });

  it('serves the bare origin as index.html', async () => {
    const response = await serveAppRequest(root, 'app://capamap/');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>CapaMap</title>');
  });

  it.each([
    ['assets/index-AbC123.js', 'text/javascript; charset=utf-8'],
    ['assets/index-AbC123.css', 'text/css; charset=utf-8'],
    ['assets/logo.svg', 'image/svg+xml'],
    ['fonts/NotoSans-Regular.ttf', 'font/ttf'],
    ['assets/data.bin', 'application/octet-stream'],
  ])('serves %s as %s with the CSP', async (path, type) => {
    const response = await serveAppRequest(root, `app://capamap/${path}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe(type);
    expect(response.headers.get('Content-Security-Policy')).toBe(`${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`);
  });

  it('serves the exact bytes', async () => {
    const response = await serveAppRequest(root, 'app://capamap/assets/data.bin');
    expect([...new Uint8Array(await response.arrayBuffer())]).toEqual([0, 1, 2, 255]);
  });

  it.each([
    ['a missing file', 'app://capamap/missing.js'],
    ['a folder', 'app://capamap/assets/'],
    ['a traversal', 'app://capamap/%2e%2e%2fsecret.txt'],
    ['a backslash traversal', 'app://capamap/..%5csecret.txt'],
    ['another host', 'app://evil/index.html'],
  ])('answers 404 for %s and leaks nothing', async (_label, url) => {
    const response = await serveAppRequest(root, url);
    expect(response.status).toBe(404);
    const body = await response.text();
    expect(body).not.toContain('top secret');
    expect(body).not.toContain('sibling');
  });
});
