import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { loadFontFiles, nodePdfMake, renderDefinition } from '../../../cli/pdf';
import { buildReport, reportInput } from '../../../core/report/build';
import { REPORT_FONT_FILE_NAMES, renderPdf, type PdfMakeLike } from '../../../pdf/render';
import { GENERATED, TRANSLATE, demo, extract, headings, miniContent, options, render, reportContent, workshop } from './helpers';

const latin1 = (pdf: Uint8Array) => Buffer.from(pdf).toString('latin1');

describe('deterministic output', () => {
  it('gives byte-identical PDFs for the same assessment and generatedAt', async () => {
    const assessment = demo();
    const a = await render(assessment);
    const b = await render(structuredClone(assessment));
    expect(a.length).toBeGreaterThan(10_000);
    expect(Buffer.compare(Buffer.from(a), Buffer.from(b))).toBe(0);
  });

  it('stamps generatedAt as the creation and modification date and derives the file ID from it', async () => {
    const assessment = demo(miniContent());
    const first = await render(assessment, { generatedAt: GENERATED }, miniContent());
    const later = await render(assessment, { generatedAt: '2026-01-15T08:30:00.000Z' }, miniContent());
    const info = async (pdf: Uint8Array) => {
      const doc = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false, verbosity: 0 }).promise;
      const meta = (await doc.getMetadata()).info as Record<string, string>;
      await doc.destroy();
      return meta;
    };
    expect(await info(first)).toMatchObject({ CreationDate: 'D:20250302090000Z', ModDate: 'D:20250302090000Z', Creator: 'CapaMap' });
    expect((await info(later)).CreationDate).toBe('D:20260115083000Z');
    const id = (pdf: Uint8Array) => /\/ID \[<([0-9a-f]+)>/.exec(latin1(pdf))?.[1];
    expect(id(first)).toMatch(/^[0-9a-f]{32}$/);
    expect(id(first)).not.toBe(id(later));
  });

  it('renders the same definition twice without changing it', async () => {
    const definition = buildReport(reportInput(miniContent(), demo(miniContent()), TRANSLATE.en), options());
    const before = JSON.stringify(definition);
    const a = await renderDefinition(definition);
    const b = await renderDefinition(definition);
    expect(JSON.stringify(definition)).toBe(before);
    expect(Buffer.compare(Buffer.from(a), Buffer.from(b))).toBe(0);
  });
});

describe('layout passes', () => {
  // Each heading pdfmake's page-break hook moves costs a whole second layout of the report: headings above long
  // tables reserve their room instead, so the hook has nothing to move in the workshop demo, in any language.
  it('lays the workshop demo report out once in every language: the page-break hook moves no heading', async () => {
    const content = reportContent();
    const assessment = workshop(content);
    for (const language of ['en', 'fr', 'es', 'zh'] as const) {
      const definition = buildReport(reportInput(content, assessment, TRANSLATE[language]), options({ language }));
      const hook = definition.pageBreakBefore!;
      const moved: string[] = [];
      definition.pageBreakBefore = (node, nodes) => {
        const move = hook(node, nodes);
        if (move) moved.push(JSON.stringify(node.text).slice(0, 60));
        return move;
      };
      await renderDefinition(definition);
      expect(moved, language).toEqual([]);
    }
  }, 120_000);
});

describe('paper size', () => {
  it('prints A4 and US Letter pages', async () => {
    const content = miniContent();
    const a4 = await extract(await render(demo(content), { paper: 'a4' }, content));
    const letter = await extract(await render(demo(content), { paper: 'letter' }, content));
    for (const page of a4) expect([Math.round(page.width * 100) / 100, Math.round(page.height * 100) / 100]).toEqual([595.28, 841.89]);
    for (const page of letter) expect([page.width, page.height]).toEqual([612, 792]);
  });
});

describe('sections option', () => {
  it('prints only the chosen sections, in report order, without a blank first page', async () => {
    const content = miniContent();
    const pages = await extract(await render(demo(content), { sections: ['security', 'summary'] }, content));
    expect(headings(pages, 18).map((h) => h.text)).toEqual(['Decision brief', 'Security priorities']);
    expect(headings([pages[0]!], 18).map((h) => h.text)).toEqual(['Decision brief']);
    expect(pages[0]!.text).not.toContain('Contents');
  });
});

describe('renderPdf', () => {
  it('loads fonts only from the given files, each written once, and refuses URLs and local paths', async () => {
    const calls: string[] = [];
    const fake: PdfMakeLike = {
      virtualfs: { existsSync: () => false, writeFileSync: (name) => void calls.push(`write ${name}`) },
      setFonts: () => void calls.push('fonts'),
      setUrlAccessPolicy: (policy) => void calls.push(`url ${policy('https://example.org/font.ttf')}`),
      setLocalAccessPolicy: (policy) => void calls.push(`local ${policy('/etc/passwd')}`),
      createPdf: () => ({ getBuffer: async () => new Uint8Array([37, 80, 68, 70]) }),
    };
    const files = Object.fromEntries(REPORT_FONT_FILE_NAMES.map((name) => [name, new Uint8Array([1])]));
    const english = buildReport(reportInput(miniContent(), demo(miniContent()), TRANSLATE.en), options());
    const chinese = buildReport(reportInput(miniContent(), demo(miniContent()), TRANSLATE.zh), options({ language: 'zh' }));
    const arabic = buildReport(reportInput(miniContent(), demo(miniContent()), TRANSLATE.ar), options({ language: 'ar' }));
    expect(await renderPdf(fake, files, english)).toEqual(new Uint8Array([37, 80, 68, 70]));
    await renderPdf(fake, files, english);
    // An English report writes the Latin faces only; the CJK and Arabic ones come with the first report that draws with them.
    expect(calls.filter((c) => c.startsWith('write'))).toEqual(REPORT_FONT_FILE_NAMES.filter((n) => n.startsWith('NotoSans-')).map((n) => `write ${n}`));
    await renderPdf(fake, files, chinese);
    await renderPdf(fake, files, english);
    expect(calls.filter((c) => c.startsWith('write'))).toEqual(REPORT_FONT_FILE_NAMES.filter((n) => !n.startsWith('NotoNaskhArabic')).map((n) => `write ${n}`));
    await renderPdf(fake, files, arabic);
    expect(calls.filter((c) => c.startsWith('write'))).toEqual(REPORT_FONT_FILE_NAMES.map((n) => `write ${n}`));
    expect(calls).toContain('url false');
    expect(calls).toContain('local false');
    await expect(renderPdf({ ...fake }, {}, english)).rejects.toThrow(/font files missing: NotoSans-Regular.ttf/);
    const latinOnly = Object.fromEntries(Object.entries(files).filter(([name]) => name.startsWith('NotoSans-')));
    await expect(renderPdf({ ...fake }, latinOnly, chinese)).rejects.toThrow(/font files missing: NotoSansHans-Regular.otf, NotoSansHans-Bold.otf/);
  });

  it("reports how much of the drawing is done, to the end, through pdfmake's progress callback", async () => {
    const fractions: number[] = [];
    const definition = buildReport(reportInput(miniContent(), demo(miniContent()), TRANSLATE.en), options({ sections: ['profile'] }));
    await renderPdf(nodePdfMake(), loadFontFiles(), definition, (fraction) => fractions.push(fraction));
    expect(fractions.length).toBeGreaterThan(10);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(fractions.at(-1)).toBe(1);
    // The callback is the caller's for one report only.
    await renderPdf(nodePdfMake(), loadFontFiles(), definition);
    expect(fractions.at(-1)).toBe(1);
    expect(fractions.filter((f) => f === 1)).toHaveLength(1);
  });

  it('never reads a font from disk in Node: the real instance renders with the vfs fonts only', async () => {
    const pdfmake = nodePdfMake() as PdfMakeLike & { localAccessPolicy?: (path: string) => boolean; urlAccessPolicy?: (url: string) => boolean };
    await renderDefinition(buildReport(reportInput(miniContent(), demo(miniContent()), TRANSLATE.en), options({ sections: ['profile'] })));
    expect(pdfmake.localAccessPolicy?.('NotoSans-Regular.ttf')).toBe(false);
    expect(pdfmake.urlAccessPolicy?.('https://fonts.example/NotoSans.ttf')).toBe(false);
    expect(Object.keys(loadFontFiles()).sort()).toEqual([...REPORT_FONT_FILE_NAMES].sort());
  });
});
