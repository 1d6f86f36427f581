import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * Where the Electron binary is, if there is one. The `electron` npm package
 * downloads its binary on first use (electron 45 no longer does it on
 * install), so a fresh or offline checkout may have the package but no
 * runtime. These helpers tell the two apart without surprises.
 */

export const PROJECT_ROOT = resolve(__dirname, '..');

const electronPackageDir = (root: string) => join(root, 'node_modules', 'electron');

/** The binary already on disk (node_modules/electron/dist/<path.txt>), or null. Never downloads. */
export function findElectronBinary(root: string = PROJECT_ROOT): string | null {
  const dir = electronPackageDir(root);
  let relativePath: string;
  try {
    relativePath = readFileSync(join(dir, 'path.txt'), 'utf8').trim();
  } catch {
    return null;
  }
  if (!relativePath) return null;
  const binary = join(dir, 'dist', relativePath);
  return existsSync(binary) ? binary : null;
}

const MARKER = '@@capamap-electron-binary@@';
const DOWNLOAD_TIMEOUT_MS = 15 * 60 * 1000;

/**
 * The binary, downloading it first if `require('electron')` can (it does so on
 * first use). Runs in a child process with its output captured, so nothing is
 * printed; returns null when there is no binary and none can be fetched.
 */
export function obtainElectronBinary(root: string = PROJECT_ROOT): string | null {
  const entry = join(electronPackageDir(root), 'index.js');
  if (!existsSync(entry)) return null;
  // electron's index.js logs to stdout while downloading: mark our answer so it cannot be confused.
  const script = `const p = require(${JSON.stringify(entry)}); process.stdout.write('\\n${MARKER}' + p + '\\n');`;
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  const result = spawnSync(process.execPath, ['-e', script], {
    cwd: root,
    env,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: DOWNLOAD_TIMEOUT_MS,
    maxBuffer: 64 * 1024 * 1024,
    windowsHide: true,
  });
  if (result.error || result.status !== 0) return null;
  const line = result.stdout
    .split(/\r?\n/)
    .reverse()
    .find((l) => l.startsWith(MARKER));
  const binary = line?.slice(MARKER.length).trim();
  return binary && existsSync(binary) ? binary : null;
}
