import { Resvg, initWasm } from '@resvg/resvg-wasm';
import { ARABIC_FONT, CJK_FONT, LATIN_FONT, PDF_FONTS } from '../core/report/fonts';
import { svgWithFontNames, type ChartSvg } from './convert';
import type { Rasterize } from './render';

/** The family name inside the CJK font file, which the SVG must use for resvg to pick that file. */
const CJK_FAMILY_IN_FILE = 'Noto Sans S Chinese';
/** Pixels per point of the PNG: 2 × 96 dpi, sharp enough on paper. */
export const RASTER_SCALE = (96 / 72) * 2;

let ready: Promise<void> | null = null;

/** Font files (by the names in fonts.ts) resvg draws chart text with: the regular and bold faces of every family. */
const RASTER_FONT_FILES: readonly string[] = ([LATIN_FONT, CJK_FONT, ARABIC_FONT] as const).flatMap((family) => [PDF_FONTS[family].normal, PDF_FONTS[family].bold]);

/**
 * Charts drawn by resvg (WebAssembly) with the report's own fonts and no
 * system font: the same pixels on every machine, and no network. Used in
 * Node; the app's pages may not compile WebAssembly (its CSP), so the report
 * worker has the page draw them instead. wasm gives the module's bytes.
 */
export function resvgRasterizer(wasm: () => Promise<BufferSource>, fontFiles: Readonly<Record<string, Uint8Array>>): Rasterize {
  const fonts = RASTER_FONT_FILES.map((name) => {
    const file = fontFiles[name];
    if (!file) throw new Error(`font file missing: ${name}`);
    return file;
  });
  return async (charts) => {
    ready ??= wasm().then((source) => initWasm(source));
    ready.catch(() => (ready = null));
    await ready;
    return charts.map((chart) => draw(chart, fonts));
  };
}

function draw({ svg, width }: ChartSvg, fonts: readonly Uint8Array[]): Uint8Array {
  const resvg = new Resvg(svgWithFontNames(svg, CJK_FAMILY_IN_FILE), {
    font: { fontBuffers: [...fonts], loadSystemFonts: false, defaultFontFamily: 'Noto Sans', sansSerifFamily: 'Noto Sans' },
    fitTo: { mode: 'width', value: Math.round(width * RASTER_SCALE) },
    background: '#ffffff',
  });
  try {
    return resvg.render().asPng();
  } finally {
    resvg.free();
  }
}
