import { LATIN_FONT, PDF_FONTS, REPORT_FONT_FILES } from '../core/report/fonts';
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
  createPdf(docDefinition: object, options?: object): { getBuffer(): Promise<Uint8Array>; getStream?(): Promise<unknown> };
}

/** File names (keys of the fontFiles argument of renderPdf) the report needs. */
export const REPORT_FONT_FILE_NAMES: readonly string[] = REPORT_FONT_FILES.map((f) => f.file);

const prepared = new WeakSet<object>();

/**
 * Renders a report document definition with the given pdfmake instance.
 * The first call for an instance writes the font files into its virtual file
 * system and locks it down: fonts come only from that file system, and no
 * URL (and, in Node, no local path) may be read while rendering.
 */
export async function renderPdf(pdfmake: PdfMakeLike, fontFiles: Readonly<Record<string, Uint8Array>>, docDefinition: PdfDocDefinition): Promise<Uint8Array> {
  if (!prepared.has(pdfmake)) {
    const missing = REPORT_FONT_FILE_NAMES.filter((name) => !fontFiles[name]);
    if (missing.length > 0) throw new Error(`font files missing: ${missing.join(', ')}`);
    for (const name of REPORT_FONT_FILE_NAMES) pdfmake.virtualfs.writeFileSync(name, fontFiles[name]!);
    pdfmake.setUrlAccessPolicy(() => false);
    pdfmake.setLocalAccessPolicy?.(() => false);
    prepared.add(pdfmake);
    // An empty document hands out pdfmake's PDFDocument class, which acceleratePdfKit adjusts once.
    setFonts(pdfmake);
    const probe = pdfmake.createPdf({ content: [], defaultStyle: { font: LATIN_FONT } });
    if (typeof probe.getStream === 'function') acceleratePdfKit(await probe.getStream());
  }
  setFonts(pdfmake);
  // pdfmake also annotates the definition in place; lay out a copy so the caller's stays reusable.
  const buffer = await pdfmake.createPdf(copyDefinition(docDefinition)).getBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
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
