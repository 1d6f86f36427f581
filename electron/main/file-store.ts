import { randomUUID } from 'node:crypto';
import { copyFile, open, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

/**
 * Writes a file so that a crash at any moment leaves either the old or the
 * new content on disk, never a mix: temp file in the same folder, fsync,
 * rename over the target, fsync the folder. Keeps `backups` earlier versions
 * beside it (name.bak1 is the newest).
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array, backups = 0): Promise<void> {
  // Writes to one path run one after another, in call order: two overlapping
  // autosaves must not let the older one land last, nor two saves rotate the
  // same backups at once.
  const key = resolve(path);
  const current = (pending.get(key) ?? Promise.resolve()).then(() => writeNow(path, data, backups));
  const settled = current.catch(() => undefined);
  pending.set(key, settled);
  void settled.then(() => {
    if (pending.get(key) === settled) pending.delete(key);
  });
  return current;
}

const pending = new Map<string, Promise<void>>();

async function writeNow(path: string, data: string | Uint8Array, backups: number): Promise<void> {
  const tmp = join(dirname(path), `.${basename(path)}.${randomUUID()}.tmp`);
  try {
    const handle = await open(tmp, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (backups > 0 && (await exists(path))) await rotateBackups(path, backups);
    await rename(tmp, path);
  } catch (error) {
    // A failed write leaves the old file as it was and no stray temp file beside it.
    await rm(tmp, { force: true }).catch(() => undefined);
    throw error;
  }
  await syncFolder(dirname(path));
}

export const backupPath = (path: string, n: number): string => `${path}.bak${n}`;

async function rotateBackups(path: string, keep: number): Promise<void> {
  for (let n = keep - 1; n >= 1; n--) {
    if (await exists(backupPath(path, n))) await rename(backupPath(path, n), backupPath(path, n + 1));
  }
  // Copy through a temp name so a half-copied backup never carries a backup name.
  const tmp = `${backupPath(path, 1)}.${randomUUID()}.tmp`;
  try {
    await copyFile(path, tmp);
    await rename(tmp, backupPath(path, 1));
  } catch (error) {
    await rm(tmp, { force: true }).catch(() => undefined);
    throw error;
  }
}

async function syncFolder(folder: string): Promise<void> {
  // Makes the rename itself durable; folders cannot be opened for sync on Windows.
  if (process.platform === 'win32') return;
  const handle = await open(folder, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/** Reads a text file, refusing anything larger than limit with a sentence naming the file. */
export async function readTextFile(path: string, limit: number): Promise<string> {
  const info = await stat(path).catch(() => null);
  if (!info?.isFile()) throw new Error(`${basename(path)} could not be read: it is not a file.`);
  if (info.size > limit) throw new Error(`${basename(path)} is too large (${Math.round(info.size / 1024)} KB; the limit is ${Math.round(limit / 1024)} KB).`);
  const handle = await open(path, 'r');
  try {
    return await handle.readFile('utf8');
  } finally {
    await handle.close();
  }
}
