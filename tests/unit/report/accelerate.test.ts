import { describe, expect, it } from 'vitest';
import { appliedPdfMakeSpeedUps, loadFontFiles, nodePdfMake } from '../../../cli/pdf';
import { buildReport, reportInput } from '../../../core/report/build';
import { PDF_FONTS } from '../../../core/report/fonts';
import { arrangeBidiPages } from '../../../pdf/bidi-layout';
import { acceleratePdfKit, appliedPdfKitPatches, PDFKIT_PATCHES } from '../../../pdf/pdfkit-cache';
import { REPORT_FONT_FILE_NAMES, renderPdf } from '../../../pdf/render';
import { TRANSLATE, demo, options, reportContent } from './helpers';

// This file must run in its own process (vitest's default): the first render below uses pdfkit as it ships.
describe('acceleratePdfKit', () => {
  it('gives the same bytes as pdfkit as it ships (with the layout pass), for English, Chinese and Arabic text (runs shaped with features among it), and leaves pdfkit alone once applied', async () => {
    const pdfmake = nodePdfMake();
    const files = loadFontFiles();
    for (const name of REPORT_FONT_FILE_NAMES) pdfmake.virtualfs.writeFileSync(name, files[name]!);
    const fonts = () => Object.fromEntries(Object.entries(PDF_FONTS).map(([family, faces]) => [family, { ...faces }]));
    // A fresh definition each time: pdfmake annotates the one it lays out.
    const definition = (language: 'en' | 'zh' | 'ar') =>
      buildReport(
        reportInput(
          reportContent(),
          demo(undefined, (a) => (a.meta.institution = 'Ministère 数据 <b> أُنجزت')),
          TRANSLATE[language],
        ),
        options({ language, sections: ['summary', 'appendix'] }),
      );
    const languages = ['en', 'zh', 'ar'] as const;
    // The layout pass (words joined, text objects shared) changes what is drawn; the speed-ups must change nothing more.
    expect(arrangeBidiPages(await pdfmake.createPdf({ content: [] }).getStream!())).toBe(true);
    expect(appliedPdfKitPatches()).toEqual([]);
    const plain: Buffer[] = [];
    for (const language of languages) {
      pdfmake.setFonts(fonts());
      plain.push(Buffer.from(await pdfmake.createPdf(definition(language)).getBuffer()));
    }
    // Now through renderPdf, which applies the cache; twice, so the second render uses cached fonts and shapes.
    for (let round = 0; round < 2; round++)
      for (const [i, language] of languages.entries()) {
        const fast = Buffer.from(await renderPdf(pdfmake, files, definition(language)));
        expect(fast.equals(plain[i]!), `round ${round}, ${language}`).toBe(true);
      }
    // A pdfkit upgrade that silently stops a speed-up from applying fails here, not only in the benchmark.
    expect(appliedPdfKitPatches()).toEqual([...PDFKIT_PATCHES]);
    // So does a pdfmake upgrade that moves the classes the Node build makes faster (their answers are checked in tests/unit/pdf).
    expect(appliedPdfMakeSpeedUps()).toEqual(['style-lookup', 'inline-measure', 'next-line']);
    const document = await pdfmake.createPdf({ content: [] }).getStream!();
    expect(acceleratePdfKit(document)).toBe(false);
    expect(acceleratePdfKit(null)).toBe(false);
  });
});
