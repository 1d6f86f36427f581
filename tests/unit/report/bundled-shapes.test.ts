import pdfMake from 'pdfmake/build/pdfmake';
import { describe, expect, it } from 'vitest';
import { loadFontFiles } from '../../../cli/pdf';
import { buildReport, reportInput } from '../../../core/report/build';
import { emptyShapes, readBundledShapes, type BundledShapes } from '../../../pdf/kept-shapes';
import { keepShapes, type KeptShape, type KeptShapes } from '../../../pdf/pdfkit-cache';
import { renderPdf, type PdfMakeLike } from '../../../pdf/render';
import { giveBundledShapes } from '../../../renderer/src/report/bundled-shapes';
import { TRANSLATE, demo, options, reportContent } from './helpers';

/** The browser build of pdfmake, as the app's report worker runs it (it loads in Node too). */
const pdfmake = pdfMake as unknown as PdfMakeLike;
const files = loadFontFiles();
const definition = () => buildReport(reportInput(reportContent(), demo(), TRANSLATE.en), options({ language: 'en', sections: ['summary', 'roadmap'] }));

/** Fresh copies of the font files, as a new worker fetches them: fonts parsed afresh, with no shapes yet. */
function freshFonts(): Record<string, Uint8Array> {
  const copies = Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, new Uint8Array(bytes)]));
  for (const [name, bytes] of Object.entries(copies)) pdfmake.virtualfs.writeFileSync(name, bytes);
  return copies;
}

/** What the build bundles: the shapes a report drew, per font file with its size. */
async function bundledFromRender(): Promise<BundledShapes> {
  const fonts = freshFonts();
  const fresh = new Map<string, KeptShapes>();
  for (const [name, bytes] of Object.entries(fonts)) {
    fresh.set(name, emptyShapes());
    keepShapes(bytes, emptyShapes(), fresh.get(name));
  }
  await renderPdf(pdfmake, fonts, definition());
  const shapes: BundledShapes = { fonts: {} };
  for (const [name, { words, runs }] of fresh) if (Object.keys(words).length > 0) shapes.fonts[name] = { bytes: fonts[name]!.length, words, runs };
  return shapes;
}

async function renderWith(shapes: BundledShapes | null): Promise<Buffer> {
  const fonts = freshFonts();
  giveBundledShapes(shapes, fonts);
  return Buffer.from(await renderPdf(pdfmake, fonts, definition()));
}

/** The same shapes with every kept word drawn with glyph 3 instead: a report that uses them cannot come out as before. */
function tampered(shapes: BundledShapes): BundledShapes {
  const regular = shapes.fonts['NotoSans-Regular.ttf']!;
  const words = Object.fromEntries(Object.entries(regular.words).map(([word, [ids, ...rest]]) => [word, [ids.map(() => 3), ...rest] as KeptShape]));
  return { fonts: { ...shapes.fonts, 'NotoSans-Regular.ttf': { ...regular, words } } };
}

describe("the report worker's bundled shapes (renderer/src/report/bundled-shapes.ts)", () => {
  it('draws the report byte for byte as shaping afresh, takes its words from the shapes, and ignores shapes made for another font file or malformed', async () => {
    const bundled = await bundledFromRender();
    expect(Object.keys(bundled.fonts['NotoSans-Regular.ttf']!.words).length).toBeGreaterThan(100);
    // As the worker reads the file: through JSON.
    const read = readBundledShapes(JSON.parse(JSON.stringify(bundled)));
    expect(read).not.toBeNull();
    const afresh = await renderWith(null);
    expect((await renderWith(read)).equals(afresh)).toBe(true);

    // The words really come from the shapes: altered shapes change the drawing...
    expect((await renderWith(tampered(bundled))).equals(afresh)).toBe(false);
    // ...but not when they were made for a font file of another size, nor when one is malformed (it is shaped again).
    const otherFont = tampered(bundled);
    otherFont.fonts['NotoSans-Regular.ttf']!.bytes += 1;
    expect((await renderWith(otherFont)).equals(afresh)).toBe(true);
    const regular = bundled.fonts['NotoSans-Regular.ttf']!;
    const malformed = Object.fromEntries(Object.keys(regular.words).map((word) => [word, [[3], [], [], [], [], [], []] as unknown as KeptShape]));
    expect((await renderWith({ fonts: { ...bundled.fonts, 'NotoSans-Regular.ttf': { ...regular, words: malformed } } })).equals(afresh)).toBe(true);
  });

  it('reads only files of the expected outline', () => {
    const font = { bytes: 10, words: {}, runs: {} };
    expect(readBundledShapes({ fonts: { 'a.ttf': font } })).toEqual({ fonts: { 'a.ttf': font } });
    for (const bad of [
      null,
      'text',
      [],
      { fonts: [] },
      { fonts: { 'a.ttf': null } },
      { fonts: { 'a.ttf': { ...font, bytes: 0 } } },
      { fonts: { 'a.ttf': { ...font, bytes: '10' } } },
      { fonts: { 'a.ttf': { ...font, words: [] } } },
      { fonts: { 'a.ttf': { bytes: 10, words: {} } } },
    ])
      expect(readBundledShapes(bad)).toBeNull();
  });
});
