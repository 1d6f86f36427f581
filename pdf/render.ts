import { LATIN_FONT, PDF_FONTS, REPORT_FONT_FILES, reportFontFiles } from '../core/report/fonts';
import { arrangeBidiPages } from './bidi-layout';
import { acceleratePdfKit } from './pdfkit-cache';
import type { PdfDocDefinition } from '../core/report/pdfmake-types';

/**
 * The slice of a pdfmake 0.3 instance renderPdf uses. The Node build
 * (require('pdfmake')) and the browser build (pdfmake/build/pdfmake.js)
 * both fit it; only the Node build has setLocalAccessPolicy.
 */
export interface PdfMakeLike {
  virtualfs: {
    existsSync(name: string): boolean;
    writeFileSync(name: string, content: Uint8Array): void;
  };
  setFonts(fonts: Record<string, Record<string, string>>): void;
  setUrlAccessPolicy(policy: (url: string) => boolean): void;
  setLocalAccessPolicy?: (policy: (path: string) => boolean) => void;
  setProgressCallback?: (callback: ((fraction: number) => void) | undefined) => void;
  createPdf(docDefinition: object, options?: object): { getBuffer(): Promise<Uint8Array>; getStream?(): Promise<unknown> };
}

/** Every font file a report may need (keys of the fontFiles argument of renderPdf). */
export const REPORT_FONT_FILE_NAMES: readonly string[] = REPORT_FONT_FILES.map((f) => f.file);

/** Font files already written to each instance's virtual file system. */
const written = new WeakMap<object, Set<string>>();
/** Instances whose PDFDocument class acceleratePdfKit has adjusted. */
const prepared = new WeakSet<object>();

/**
 * Renders a report document definition with the given pdfmake instance.
 * fontFiles must hold the files the definition draws with (reportFontFiles);
 * each is written once into the instance's virtual file system. The first
 * call for an instance locks it down: fonts come only from that file system,
 * and no URL (and, in Node, no local path) may be read while rendering.
 * onDrawn follows pdfmake's drawing of the laid-out pages (0 to 1).
 */
export async function renderPdf(pdfmake: PdfMakeLike, fontFiles: Readonly<Record<string, Uint8Array>>, docDefinition: PdfDocDefinition, onDrawn?: (fraction: number) => void): Promise<Uint8Array> {
  const needed = reportFontFiles(docDefinition);
  const missing = needed.filter((name) => !fontFiles[name]);
  if (missing.length > 0) throw new Error(`font files missing: ${missing.join(', ')}`);
  let files = written.get(pdfmake);
  if (!files) {
    files = new Set();
    written.set(pdfmake, files);
    pdfmake.setUrlAccessPolicy(() => false);
    pdfmake.setLocalAccessPolicy?.(() => false);
  }
  for (const name of needed) {
    if (files.has(name)) continue;
    pdfmake.virtualfs.writeFileSync(name, fontFiles[name]!);
    files.add(name);
  }
  if (!prepared.has(pdfmake)) {
    prepared.add(pdfmake);
    // An empty document hands out pdfmake's PDFDocument class, which acceleratePdfKit and arrangeBidiPages adjust once.
    setFonts(pdfmake);
    const probe = pdfmake.createPdf({ content: [], defaultStyle: { font: LATIN_FONT } });
    if (typeof probe.getStream === 'function') {
      const document = await probe.getStream();
      acceleratePdfKit(document);
      arrangeBidiPages(document);
    }
  }
  setFonts(pdfmake);
  pdfmake.setProgressCallback?.(onDrawn);
  try {
    // pdfmake also annotates the definition in place; lay out a copy so the caller's stays reusable.
    const buffer = await pdfmake.createPdf(copyDefinition(docDefinition)).getBuffer();
    return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  } finally {
    pdfmake.setProgressCallback?.(undefined);
  }
}

/** pdfmake rewrites the font table while resolving it, so it gets a fresh copy each time. */
function setFonts(pdfmake: PdfMakeLike): void {
  pdfmake.setFonts(Object.fromEntries(Object.entries(PDF_FONTS).map(([family, faces]) => [family, { ...faces }])));
}

/** A deep copy of plain data that keeps functions and dates as they are. */
function copyDefinition<T>(value: T): T {
  if (Array.isArray(value)) return value.map(copyDefinition) as T;
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) out[key] = copyDefinition(v);
  return out as T;
}
