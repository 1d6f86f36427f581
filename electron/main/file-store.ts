import { randomUUID } from 'node:crypto';
import { copyFile, lstat, open, readdir, realpath, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { decodeFileBytes } from '../../core/model/text-file';

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
  // settled never rejects: this only tidies the map once the write is over.
  void settled.then(() => {
    if (pending.get(key) === settled) pending.delete(key);
  });
  return current;
}

const pending = new Map<string, Promise<void>>();

async function writeNow(link: string, data: string | Uint8Array, backups: number): Promise<void> {
  const path = await linkTarget(link);
  const tmp = join(dirname(path), `.${basename(path)}.${randomUUID()}.tmp`);
  try {
    const previous = await stat(path).catch(() => null);
    // A new file is private (owner read and write) where the OS has such permissions.
    const handle = await open(tmp, 'wx', NEW_FILE_MODE);
    try {
      // A replaced file keeps its permissions: a file the user made private stays private.
      if (previous?.isFile() && process.platform !== 'win32') await handle.chmod(previous.mode & 0o777);
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (backups > 0 && previous) await rotateBackups(path, backups);
    await renameReplacing(tmp, path);
  } catch (error) {
    // A failed write leaves the old file as it was and no stray temp file beside it.
    await rm(tmp, { force: true }).catch(() => undefined);
    throw error;
  }
  await syncFolder(dirname(path));
  await removeStaleTemps(path);
}

/** Permissions of a file CapaMap creates: answers can be sensitive, so only the owner reads them. */
export const NEW_FILE_MODE = 0o600;

/**
 * Where a save lands: a symbolic link is written through to the file it
 * points to (replaced beside itself, so the rename stays in its folder) and
 * stays a link, as editors do; a link to nothing is refused.
 */
async function linkTarget(path: string): Promise<string> {
  const info = await lstat(path).catch(() => null);
  if (!info?.isSymbolicLink()) return path;
  return realpath(path).catch(() => {
    throw new Error(`${basename(path)} is a link to a file that does not exist.`);
  });
}

export const backupPath = (path: string, n: number): string => `${path}.bak${n}`;

async function rotateBackups(path: string, keep: number): Promise<void> {
  // Copy through a temp name so a half-copied backup never carries a backup name, and flush
  // the copy before naming it: after a power cut a backup is whole or absent, never empty.
  // The slow part (copy and flush) comes first, so a crash almost never falls between the
  // renames that shift .bak1 → .bak2 → .bak3 and leaves a gap.
  const tmp = `${backupPath(path, 1)}.${randomUUID()}.tmp`;
  try {
    await copyFile(path, tmp);
    const handle = await open(tmp, 'r+');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    for (let n = keep - 1; n >= 1; n--) {
      if (await exists(backupPath(path, n))) await renameReplacing(backupPath(path, n), backupPath(path, n + 1));
    }
    await renameReplacing(tmp, backupPath(path, 1));
  } catch (error) {
    await rm(tmp, { force: true }).catch(() => undefined);
    throw error;
  }
}

/**
 * rename(), retried briefly on Windows, where a virus scanner, the search
 * indexer or a sync client holding the target open makes it fail with
 * EPERM, EACCES or EBUSY for a moment; elsewhere those errors are final.
 */
async function renameReplacing(from: string, to: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await rename(from, to);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const transient = process.platform === 'win32' && (code === 'EPERM' || code === 'EACCES' || code === 'EBUSY');
      if (!transient || attempt >= RENAME_RETRIES) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.min(20 * 2 ** attempt, 500)));
    }
  }
}

/** About 3.5 s of retries in all (20, 40, 80, … 500 ms). */
const RENAME_RETRIES = 10;

/** Temp files of a save that a crash interrupted, older than this, are removed by the next save. */
export const STALE_TEMP_MS = 10 * 60 * 1000;
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const cleaned = new Set<string>();

/**
 * A save killed midway leaves its temp file (the real file is untouched).
 * Once per file and process, after a successful save, remove such leftovers
 * of this file that nothing has touched for STALE_TEMP_MS: they may hold a
 * plaintext copy of answers the user has since encrypted or deleted. The age
 * keeps a save still running in another process safe. Best effort: a failure
 * here never fails the save.
 */
async function removeStaleTemps(path: string): Promise<void> {
  const key = resolve(path);
  if (cleaned.has(key)) return;
  cleaned.add(key);
  const name = basename(path).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`^(\\.${name}|${name}\\.bak1)\\.${UUID}\\.tmp$`);
  const folder = dirname(path);
  const names = await readdir(folder).catch(() => [] as string[]);
  for (const entry of names.filter((n) => pattern.test(n))) {
    const file = join(folder, entry);
    const info = await stat(file).catch(() => null);
    if (info?.isFile() && Date.now() - info.mtimeMs > STALE_TEMP_MS) await rm(file, { force: true }).catch(() => undefined);
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
    // The limit holds for what is read, too (a file may grow after the stat): never more than limit + 1 bytes.
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(Math.max(info.size - total, 64 * 1024), limit + 1 - total));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
      if (total > limit) throw new Error(`${basename(path)} is too large (over ${Math.round(limit / 1024)} KB).`);
    }
    // Bad bytes are refused, not turned into U+FFFD that the next save would write back.
    const text = decodeFileBytes(Buffer.concat(chunks, total));
    if (!text.ok) {
      const { byte, line } = text.problems[0]!.params;
      throw new Error(`${basename(path)} is not valid UTF-8 text: byte ${byte} (line ${line}) is not part of a character. Save it again as UTF-8.`);
    }
    return text.value;
  } finally {
    await handle.close();
  }
}
