import { mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { parseHistoryIndex, type HistoryStorage } from '../../core/model/history';
import { readTextFile, writeFileAtomic } from './file-store';

const INDEX = 'index.json';
const stateFile = (dir: string, id: string) => join(dir, `${id}.capamap.json`);

/**
 * The version history on the desktop: one file per state in `dir` (the
 * autosave's text as it was: ciphertext when protected) and an index, each
 * written atomically; files the index no longer names are removed.
 */
export function fileHistory(dir: string, limit: number): HistoryStorage {
  return {
    async readIndex() {
      const text = await readTextFile(join(dir, INDEX), limit).catch(() => null);
      if (text === null) return [];
      try {
        return parseHistoryIndex(JSON.parse(text));
      } catch {
        return [];
      }
    },

    readText(id) {
      return readTextFile(stateFile(dir, id), limit).catch(() => null);
    },

    async commit({ put, remove, index }) {
      await mkdir(dir, { recursive: true });
      if (put) await writeFileAtomic(stateFile(dir, put.entry.id), put.text);
      await writeFileAtomic(join(dir, INDEX), JSON.stringify(index));
      for (const id of remove) await rm(stateFile(dir, id), { force: true });
      // States a crash left unnamed by the index.
      const named = new Set(index.map((e) => `${e.id}.capamap.json`));
      for (const name of await readdir(dir)) if (name.endsWith('.capamap.json') && !named.has(name)) await rm(join(dir, name), { force: true });
    },
  };
}
