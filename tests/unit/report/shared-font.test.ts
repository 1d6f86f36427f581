import { describe, expect, it } from 'vitest';
import { renderDefinition } from '../../../cli/pdf';
import { ARABIC_FONT, LATIN_FONT, withDocumentFallbacks } from '../../../core/report/fonts';
import type { PdfDocDefinition } from '../../../core/report/pdfmake-types';
import { extract, readLine as read, readerRows as rows } from './helpers';

/*
 * The fonts are parsed once per process and shared by every report after it
 * (pdf/pdfkit-cache.ts), as in the app's report worker. This file must run in
 * a process of its own (vitest's default): the first report below must be the
 * first to meet these glyphs.
 */

function document(language: string, font: string, lines: string[]): PdfDocDefinition {
  return {
    pageSize: 'A4',
    pageMargins: [54, 60, 54, 60],
    language,
    info: { title: 'test', creator: 'CapaMap', producer: 'CapaMap', creationDate: new Date(0), modDate: new Date(0) },
    content: lines.map((text) => ({ text })),
    styles: {},
    defaultStyle: { font, fontSize: 10 },
  };
}

describe('a report drawn after another in the same process', () => {
  it('reads each Arabic letter as written, whatever the report before made of its glyph', async () => {
    // Drawn with the font's composition on, "أُ" is the bare alef's glyph plus a mark, so that glyph then stands for "أ";
    // and embedding "ز" and "ج" makes the glyphs of "ر" and "ح" they are built from, standing for nothing.
    await renderDefinition({ ...document('en', LATIN_FONT, []), content: [{ text: 'أُنجزت زج', font: ARABIC_FONT }] });
    const lines = ['الآن رحب ا', 'أُنجزت رحلة'];
    const [page] = await extract(await renderDefinition(withDocumentFallbacks(document('ar', ARABIC_FONT, lines))));
    expect(rows(page!).map(read)).toEqual(lines);
  });
});
