import type { ReportLanguage } from '../../../core/report';
import { emptyShapes, readBundledShapes, type BundledShapes } from '../../../pdf/kept-shapes';
import { keepShapes, type KeptShapes } from '../../../pdf/pdfkit-cache';

/*
 * The report worker's first report shaped every word with fontkit, on cold
 * code: some 900 ms of it in a Chromium profile (docs/performance.md). The build bundles the shapes of the
 * bundled questionnaire's words in each report language (scripts/report-shapes.ts);
 * the worker fetches the file of a report's language with its fonts and hands
 * the shapes to pdfkit (pdf/pdfkit-cache.ts, keepShapes), which rebuilds a kept
 * word instead of shaping it. Anything else (the user's own words, a word
 * whose kept shape is malformed, a file that cannot be read) is shaped as before.
 */

// Made by the build (absent in development): same origin, like the fonts.
const SHAPE_URLS = import.meta.glob<string>('../../../out/report-shapes/*.json', { query: '?url', import: 'default', eager: true });

const files = new Map<ReportLanguage, Promise<BundledShapes | null>>();

/** The bundled shapes of a language, fetched once per worker; null when there are none or they cannot be read. */
export function bundledShapes(language: ReportLanguage): Promise<BundledShapes | null> {
  let shapes = files.get(language);
  if (!shapes) {
    const url = Object.entries(SHAPE_URLS).find(([path]) => path.endsWith(`/shapes-${language}.json`))?.[1];
    shapes = url
      ? fetch(url)
          .then((response) => (response.ok ? response.json() : null))
          .then(readBundledShapes)
          .catch(() => null)
      : Promise.resolve(null);
    files.set(language, shapes);
  }
  return shapes;
}

/** The table pdfkit reads each font file's kept shapes from; given to it once, before the font is first drawn with. */
const tables = new WeakMap<Uint8Array, KeptShapes>();
const merged = new WeakMap<Uint8Array, Set<BundledShapes>>();

/**
 * Gives pdfkit the bundled shapes (of a report's language) for these font
 * files, each only for the font file it was made from. Call it before every
 * render: every font is then given its table before it is first drawn with,
 * and a font drawn with before a language's shapes arrived still takes them.
 */
export function giveBundledShapes(shapes: BundledShapes | null, fonts: Readonly<Record<string, Uint8Array>>): void {
  for (const [name, bytes] of Object.entries(fonts)) {
    let table = tables.get(bytes);
    if (!table) {
      tables.set(bytes, (table = emptyShapes()));
      keepShapes(bytes, table);
    }
    const font = shapes?.fonts[name];
    if (!shapes || !font || font.bytes !== bytes.length) continue;
    const done = merged.get(bytes) ?? new Set();
    if (done.has(shapes)) continue;
    merged.set(bytes, done.add(shapes));
    Object.assign(table.words, font.words);
    Object.assign(table.runs, font.runs);
  }
}
