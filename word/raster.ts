import { Resvg, initWasm } from '@resvg/resvg-wasm';
import { CJK_FONT, LATIN_FONT, PDF_FONTS } from '../core/report/fonts';
import { svgWithFontNames } from './convert';

/** The family name inside the CJK font file, which the SVG must use for resvg to pick that file. */
const CJK_FAMILY_IN_FILE = 'Noto Sans S Chinese';
/** Pixels per point of the PNG: 2 × 96 dpi, sharp enough on paper. */
const SCALE = (96 / 72) * 2;

let ready: Promise<void> | null = null;

/** Loads resvg's WebAssembly once per process or worker; the caller gives the module's bytes or response. */
export function loadRasterizer(wasm: () => Promise<BufferSource | Response>): Promise<void> {
  ready ??= wasm().then((source) => initWasm(source));
  ready.catch(() => (ready = null));
  return ready;
}

/** Font files (by the names in fonts.ts) resvg draws chart text with: the regular and bold faces of both families. */
export const RASTER_FONT_FILES: readonly string[] = [PDF_FONTS[LATIN_FONT].normal, PDF_FONTS[LATIN_FONT].bold, PDF_FONTS[CJK_FONT].normal, PDF_FONTS[CJK_FONT].bold];

/**
 * Draws a chart's SVG as a PNG with the report's own fonts and no system
 * font: the same pixels on every machine, and no network. Call
 * loadRasterizer first.
 */
export function svgToPng(svg: string, width: number, fonts: readonly Uint8Array[]): Uint8Array {
  const resvg = new Resvg(svgWithFontNames(svg, CJK_FAMILY_IN_FILE), {
    font: { fontBuffers: [...fonts], loadSystemFonts: false, defaultFontFamily: 'Noto Sans', sansSerifFamily: 'Noto Sans' },
    fitTo: { mode: 'width', value: Math.round(width * SCALE) },
    background: '#ffffff',
  });
  try {
    return resvg.render().asPng();
  } finally {
    resvg.free();
  }
}
