import { z } from 'zod';
import type { KeptShape, KeptShapes } from './pdfkit-cache';

/*
 * Files of kept shapes (pdfkit-cache.ts, keepShapes): the CLI's cache of the
 * words it shaped (cli/shape-cache.ts) and the app's bundled shapes of the
 * bundled content's words (scripts/report-shapes.ts, renderer/src/report/bundled-shapes.ts).
 */

/** Each shape is checked when it is used (pdfkit-cache.ts, keptRun): a malformed one is shaped afresh. */
export const shapeTable = z.record(
  z.string(),
  z.custom<KeptShape>((value) => Array.isArray(value)),
);

export const emptyShapes = (): KeptShapes => ({ words: Object.create(null) as KeptShapes['words'], runs: Object.create(null) as KeptShapes['runs'] });

/**
 * The shapes bundled with the app for one report language: per font file,
 * its size in bytes (shapes are used only with a font file of that size,
 * so never with another font's) and its words and runs.
 */
export interface BundledShapes {
  fonts: Record<string, { bytes: number; words: KeptShapes['words']; runs: KeptShapes['runs'] }>;
}

const isTable = (value: unknown): value is Record<string, KeptShape> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The bundled shapes in a parsed file, or null when it is not such a file.
 * Only the outline is checked here, not each of some ten thousand shapes (a
 * schema took longer than shaping would save): each shape is checked when used.
 */
export function readBundledShapes(data: unknown): BundledShapes | null {
  if (typeof data !== 'object' || data === null || !isTable((data as BundledShapes).fonts)) return null;
  const fonts = Object.create(null) as BundledShapes['fonts'];
  for (const [name, font] of Object.entries((data as BundledShapes).fonts)) {
    if (typeof font !== 'object' || font === null) return null;
    const { bytes, words, runs } = font;
    if (!Number.isInteger(bytes) || bytes <= 0 || !isTable(words) || !isTable(runs)) return null;
    fonts[name] = { bytes, words, runs };
  }
  return { fonts };
}
