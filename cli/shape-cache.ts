import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { z } from 'zod';
import { keepShapes, type KeptShapes } from '../pdf/pdfkit-cache';
import { cacheFile, stamp, writeKept } from './cli-cache';

/*
 * The shapes of the words a report drew, kept between runs of the CLI
 * (pdf/pdfkit-cache.ts, keepShapes): shaping each word afresh was a third of
 * a `report` command's time. One file per font in the CLI's cache folder
 * (cli-cache.ts). A file made for another font file, pdfkit or fontkit, or
 * not well formed, is not used, and is replaced at exit.
 */

/** Past this a file starts again empty: words of users' own texts must not make it grow without end. */
const MAX_FILE_BYTES = 16 * 1024 * 1024;

const nodeRequire = createRequire(__filename);

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

/** Keeps the shapes of this font file in the CLI's cache folder, if it has one (once per font per process). */
export function keepFontShapes(fontName: string, fontPath: string, bytes: Uint8Array): void {
  const file = cacheFile('shapes', `${fontName}.json`);
  if (!file || pending.has(file)) return;
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

/** Writes each font's file again when this process shaped something new. */
function saveShapes(): void {
  for (const [file, { key, kept, fresh }] of pending) {
    if (Object.keys(fresh.words).length === 0 && Object.keys(fresh.runs).length === 0) continue;
    const text = JSON.stringify({ key, words: { ...kept.words, ...fresh.words }, runs: { ...kept.runs, ...fresh.runs } });
    writeKept(file, text.length > MAX_FILE_BYTES ? JSON.stringify({ key, ...fresh }) : text);
  }
}
