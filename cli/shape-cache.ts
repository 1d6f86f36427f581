import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { z } from 'zod';
import { keepShapes, type KeptShapes } from '../pdf/pdfkit-cache';

/*
 * The shapes of the words a report drew, kept on disk between runs of the
 * CLI (pdf/pdfkit-cache.ts, keepShapes): shaping each word afresh was a third
 * of a `report` command's time. One file per font, in the folder the bundled
 * CLI is given (scripts/cli.mjs: beside the bundle, like V8's code cache). A
 * file made for another font file, pdfkit or fontkit, or not well formed, is
 * not used, and is replaced at exit.
 */

/** Set by scripts/cli.mjs; without it (tests, tsx) nothing is kept. */
export const SHAPE_CACHE_ENV = 'CAPAMAP_SHAPE_CACHE';
/** Past this a file starts again empty: words of users' own texts must not make it grow without end. */
const MAX_FILE_BYTES = 16 * 1024 * 1024;

const nodeRequire = createRequire(__filename);
/** A file as it is now: its size and time of change. */
const stamp = (path: string) => {
  const { size, mtimeMs } = statSync(path);
  return `${size}:${Math.round(mtimeMs)}`;
};

/** Each shape is checked when it is used (pdf/pdfkit-cache.ts, keptRun): a malformed one is shaped afresh. */
const shapeTable = z.record(
  z.string(),
  z.custom<KeptShapes['words'][string]>((value) => Array.isArray(value)),
);
const ShapeFile = z.object({ key: z.string(), words: shapeTable, runs: shapeTable });

const emptyShapes = (): KeptShapes => ({ words: Object.create(null) as KeptShapes['words'], runs: Object.create(null) as KeptShapes['runs'] });

/** What a kept file must have been made for: the font file as it is now, and the shaping code (pdfkit's and fontkit's, as installed). */
function keyOf(fontPath: string): string {
  return [fontPath, 'pdfkit', 'fontkit'].map((path, i) => stamp(i === 0 ? path : nodeRequire.resolve(path))).join(' ');
}

function readKept(file: string, key: string): KeptShapes {
  try {
    const parsed = ShapeFile.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    if (parsed.success && parsed.data.key === key) return { words: parsed.data.words, runs: parsed.data.runs };
  } catch {
    // No file yet, or one that cannot be read: shape afresh.
  }
  return emptyShapes();
}

const pending = new Map<string, { key: string; kept: KeptShapes; fresh: KeptShapes }>();

/** Keeps the shapes of this font file in the folder named by SHAPE_CACHE_ENV, if any (once per font per process). */
export function keepFontShapes(fontName: string, fontPath: string, bytes: Uint8Array): void {
  const dir = process.env[SHAPE_CACHE_ENV];
  if (!dir) return;
  const file = join(dir, `${fontName}.json`);
  if (pending.has(file)) return;
  let key: string;
  try {
    key = keyOf(fontPath);
  } catch {
    return;
  }
  const entry = { key, kept: readKept(file, key), fresh: emptyShapes() };
  keepShapes(bytes, entry.kept, entry.fresh);
  if (pending.size === 0) process.once('exit', saveShapes);
  pending.set(file, entry);
}

/** Writes each font's file again when this process shaped something new (aside, then renamed: a run started meanwhile never reads half a file). */
function saveShapes(): void {
  for (const [file, { key, kept, fresh }] of pending) {
    if (Object.keys(fresh.words).length === 0 && Object.keys(fresh.runs).length === 0) continue;
    const text = JSON.stringify({ key, words: { ...kept.words, ...fresh.words }, runs: { ...kept.runs, ...fresh.runs } });
    const contents = text.length > MAX_FILE_BYTES ? JSON.stringify({ key, ...fresh }) : text;
    const temporary = `${file}.${process.pid}.tmp`;
    try {
      mkdirSync(join(file, '..'), { recursive: true });
      writeFileSync(temporary, contents);
      renameSync(temporary, file);
    } catch {
      // A read-only install runs without kept shapes.
    }
  }
}
