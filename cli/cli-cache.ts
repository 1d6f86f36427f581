import { mkdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/*
 * What the bundled CLI keeps between runs to start faster: the shapes of
 * words (shape-cache.ts) and the checked bundled content (content.ts). Each
 * kept file names what it was made from, and one made from anything else is
 * not used. The folder is given by scripts/cli.mjs (beside the bundle, like
 * V8's code cache); without it (tests, tsx) nothing is kept.
 */
export const CLI_CACHE_ENV = 'CAPAMAP_CLI_CACHE';

/** The file of this name in the cache folder, or null when there is none. */
export function cacheFile(...path: string[]): string | null {
  const dir = process.env[CLI_CACHE_ENV];
  return dir ? join(dir, ...path) : null;
}

/** A file as it is now: its size and time of change. */
export function stamp(path: string): string {
  const { size, mtimeMs } = statSync(path);
  return `${size}:${Math.round(mtimeMs)}`;
}

/**
 * Writes a kept file aside, then renames it: a run started meanwhile never
 * reads half a file. A read-only install keeps nothing. Synchronous, unlike
 * writeFileAtomic (electron/main/file-store.ts): shapes are written from the
 * process's exit handler, where a promise never settles.
 */
export function writeKept(file: string, text: string): void {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(temporary, text);
    renameSync(temporary, file);
  } catch {
    // Nothing is lost: the next run works it out again.
  }
}
