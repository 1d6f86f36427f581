import { execSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron, type ElectronApplication, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLATFORM_METHOD_NAMES } from '../../core/platform-methods';
import { findElectronBinary, obtainElectronBinary } from '../../scripts/electron-runtime';

const ROOT = resolve(__dirname, '../..');
const binary = findElectronBinary();
const noDisplay = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const skipReason = !binary
  ? 'Electron smoke test skipped: no Electron binary in node_modules/electron/dist (it is downloaded on first use and this machine cannot download it).'
  : noDisplay
    ? 'Electron smoke test skipped: no display (set DISPLAY, e.g. run under xvfb-run).'
    : null;
if (skipReason) console.warn(skipReason);

describe.skipIf(skipReason !== null)(skipReason ?? 'desktop app (real Electron)', () => {
  let app: ElectronApplication;
  let page: Page;

  beforeAll(async () => {
    if (!existsSync(join(ROOT, 'out', 'main', 'index.js'))) execSync('npm run build', { cwd: ROOT, stdio: 'inherit' });
    app = await _electron.launch({
      executablePath: binary!,
      // Chromium refuses its OS sandbox as root (containers); the renderer sandbox option still applies.
      args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), 'out/main/index.js'],
      cwd: ROOT,
      timeout: 60_000,
    });
    page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
  }, 180_000);

  afterAll(async () => {
    await app?.close();
  });

  it('opens a window titled CapaMap from app://capamap', async () => {
    await expect.poll(() => page.title()).toBe('CapaMap');
    expect(page.url()).toBe('app://capamap/index.html');
  });

  it('exposes exactly the platform contract on window.api, and no Node', async () => {
    const seen = await page.evaluate(() => {
      const w = window as unknown as Record<string, unknown>;
      const api = w.api as Record<string, unknown> | undefined;
      return {
        keys: api ? Object.keys(api).sort() : null,
        allFunctions: api ? Object.values(api).every((v) => typeof v === 'function') : false,
        require: typeof w.require,
        process: typeof w.process,
        module: typeof w.module,
      };
    });
    expect(seen.keys).toEqual([...PLATFORM_METHOD_NAMES].sort());
    expect(seen.allFunctions).toBe(true);
    expect(seen.require).toBe('undefined');
    expect(seen.process).toBe('undefined');
    expect(seen.module).toBe('undefined');
  });

  it('answers a contract call across IPC', async () => {
    const result = await page.evaluate(() => (window as unknown as { api: { loadAutosave(): Promise<unknown> } }).api.loadAutosave());
    expect(result === null || typeof result === 'object').toBe(true);
  });
});

describe('scripts/electron-runtime', () => {
  let root: string;
  const pkg = () => join(root, 'node_modules', 'electron');

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'capamap-runtime-'));
  });

  afterAll(() => {
    rmSync(root, { recursive: true, force: true });
  });

  /** A stand-in electron package: index.js behaves like the real one (chatty, exports the path). */
  function fakeElectron({ pathTxt, binaryOnDisk, indexJs }: { pathTxt?: string; binaryOnDisk?: boolean; indexJs?: string }) {
    rmSync(pkg(), { recursive: true, force: true });
    mkdirSync(join(pkg(), 'dist'), { recursive: true });
    if (pathTxt !== undefined) writeFileSync(join(pkg(), 'path.txt'), pathTxt);
    if (binaryOnDisk) {
      writeFileSync(join(pkg(), 'dist', 'electron'), '#!/bin/sh\n');
      chmodSync(join(pkg(), 'dist', 'electron'), 0o755);
    }
    writeFileSync(join(pkg(), 'index.js'), indexJs ?? `console.log('Downloading Electron binary...'); console.error('progress'); module.exports = require('path').join(__dirname, 'dist', 'electron');`);
  }

  it('finds the binary named by path.txt', () => {
    fakeElectron({ pathTxt: 'electron', binaryOnDisk: true });
    expect(findElectronBinary(root)).toBe(join(pkg(), 'dist', 'electron'));
  });

  it('finds nothing without path.txt, with an empty one, or when the binary is missing', () => {
    fakeElectron({ binaryOnDisk: true });
    expect(findElectronBinary(root)).toBeNull();
    fakeElectron({ pathTxt: '', binaryOnDisk: true });
    expect(findElectronBinary(root)).toBeNull();
    fakeElectron({ pathTxt: 'electron', binaryOnDisk: false });
    expect(findElectronBinary(root)).toBeNull();
    expect(findElectronBinary(join(root, 'no-project-here'))).toBeNull();
  });

  it('obtains the path require("electron") gives, ignoring its chatter', () => {
    fakeElectron({ pathTxt: 'electron', binaryOnDisk: true });
    expect(obtainElectronBinary(root)).toBe(join(pkg(), 'dist', 'electron'));
  });

  it('returns null when require("electron") fails (no download possible)', () => {
    fakeElectron({ indexJs: `console.log('Downloading Electron binary...'); throw new Error('Electron failed to install correctly.');` });
    expect(obtainElectronBinary(root)).toBeNull();
  });

  it('returns null when require("electron") names a file that does not exist', () => {
    fakeElectron({ indexJs: `module.exports = '/definitely/not/here/electron';` });
    expect(obtainElectronBinary(root)).toBeNull();
  });

  it('returns null when there is no electron package at all', () => {
    rmSync(pkg(), { recursive: true, force: true });
    expect(obtainElectronBinary(root)).toBeNull();
  });
});
