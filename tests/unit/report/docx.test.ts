import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { renderReportDocx } from '../../../cli/docx';
import { reportInput } from '../../../core/report/build';
import type { ReportLanguage } from '../../../core/report/language';
import { svgWithFontNames } from '../../../word/convert';
import { TRANSLATE, demo, miniContent, options, render, reportContent } from './helpers';

const dir = mkdtempSync(join(tmpdir(), 'capamap-docx-'));

function docx(language: ReportLanguage, content = reportContent()): Promise<Uint8Array> {
  return renderReportDocx(reportInput(content, demo(content), TRANSLATE[language]), options({ language }));
}

interface PandocInline {
  t: string;
  c?: unknown;
}
interface PandocBlock {
  t: string;
  c?: unknown;
}

/** The document as pandoc reads it (its JSON AST): a reader that knows nothing of how we wrote it. */
function pandoc(bytes: Uint8Array, name: string): { headings: Array<{ level: number; text: string }>; images: number; text: string } {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  const ast = JSON.parse(execFileSync('pandoc', ['-f', 'docx', '-t', 'json', file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })) as { blocks: PandocBlock[] };
  const text = execFileSync('pandoc', ['-f', 'docx', '-t', 'plain', file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const headings: Array<{ level: number; text: string }> = [];
  let images = 0;
  const inlineText = (inlines: PandocInline[]): string =>
    inlines.map((i) => (i.t === 'Str' ? (i.c as string) : i.t === 'Space' || i.t === 'SoftBreak' ? ' ' : Array.isArray(i.c) ? inlineText(((i.c as unknown[]).find(Array.isArray) as PandocInline[]) ?? []) : '')).join('');
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (node === null || typeof node !== 'object') return;
    const { t, c } = node as PandocBlock;
    if (t === 'Header') {
      const [level, , inlines] = c as [number, unknown, PandocInline[]];
      headings.push({ level, text: inlineText(inlines) });
    }
    if (t === 'Image') images++;
    visit(c);
  };
  visit(ast.blocks);
  return { headings, images, text };
}

/** The PDF's bookmarks, level 1 and 2: the report's section and sub-section headings. */
async function pdfOutline(pdf: Uint8Array): Promise<Array<{ level: number; text: string }>> {
  const doc = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false, verbosity: 0 }).promise;
  const outline = (await doc.getOutline()) ?? [];
  await doc.destroy();
  return outline.flatMap((item) => [{ level: 1, text: item.title }, ...item.items.map((sub) => ({ level: 2, text: sub.title }))]);
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('the Word copy of the report', () => {
  it.each(['en', 'zh'] as const)(
    'has the same section and sub-section headings as the PDF, as Word headings, and its charts as pictures (%s)',
    async (language) => {
      const content = reportContent();
      const [bytes, pdf] = await Promise.all([docx(language, content), render(demo(content), { language }, content)]);
      const read = pandoc(bytes, `report-${language}.docx`);
      const expected = (await pdfOutline(pdf)).map((h) => ({ level: h.level, text: squash(h.text) }));
      const got = read.headings.filter((h) => h.level <= 2).map((h) => ({ level: h.level, text: squash(h.text) }));
      expect(expected.length).toBeGreaterThan(10);
      expect(got).toEqual(expected);
      // The radar chart and the heat map.
      expect(read.images).toBe(2);
      expect(read.text).toContain(TRANSLATE[language]('contents'));
    },
    120_000,
  );

  it('embeds each chart as SVG with a PNG for readers without SVG', async () => {
    const zip = await JSZip.loadAsync(await docx('fr'));
    const media = Object.keys(zip.files)
      .filter((name) => name.startsWith('word/media/'))
      .sort();
    expect(media.filter((m) => m.endsWith('.svg'))).toHaveLength(2);
    expect(media.filter((m) => m.endsWith('.png'))).toHaveLength(2);
    const png = await zip.file(media.find((m) => m.endsWith('.png'))!)!.async('uint8array');
    expect([...png.slice(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
    // Drawn at twice 96 dpi: wide enough to print sharply, so not a blank placeholder.
    expect(new DataView(png.buffer, png.byteOffset).getUint32(16)).toBeGreaterThan(600);
    const documentXml = await zip.file('word/document.xml')!.async('string');
    expect(documentXml).toContain('<w:pStyle w:val="Heading1"/>');
    expect(documentXml).toContain('<w:pStyle w:val="Heading2"/>');
  }, 120_000);

  it('gives the same bytes for the same input and date, also when made twice in one process', async () => {
    const content = miniContent();
    const make = () => renderReportDocx(reportInput(content, demo(content), TRANSLATE.es), options({ language: 'es' }));
    const a = await make();
    const b = await make();
    expect(a.length).toBeGreaterThan(5_000);
    expect(Buffer.compare(Buffer.from(a), Buffer.from(b))).toBe(0);
    const zip = await JSZip.loadAsync(a);
    const core = await zip.file('docProps/core.xml')!.async('string');
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2025-03-02T09:00:00Z</dcterms:created>');
    expect(core).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2025-03-02T09:00:00Z</dcterms:modified>');
    for (const entry of Object.values(zip.files)) expect(entry.date.toISOString().slice(0, 10)).toBe('2025-03-02');
  }, 120_000);

  it('escapes what users type and keeps the page numbers as Word fields', async () => {
    const content = miniContent();
    const assessment = demo(content, (a) => {
      a.meta.institution = 'Science, Technology & Innovation <Board>';
    });
    const bytes = await renderReportDocx(reportInput(content, assessment, TRANSLATE.en), options());
    const zip = await JSZip.loadAsync(bytes);
    const core = await zip.file('docProps/core.xml')!.async('string');
    expect(core).toContain('Science, Technology &amp; Innovation &lt;Board&gt;');
    const footers = await Promise.all(
      Object.keys(zip.files)
        .filter((n) => /^word\/footer\d+\.xml$/.test(n))
        .map((n) => zip.file(n)!.async('string')),
    );
    expect(footers.join('')).toMatch(/PAGE[\s\S]*NUMPAGES/);
    expect(pandoc(bytes, 'escaped.docx').text).toContain('Science, Technology & Innovation <Board>');
  }, 120_000);
});

describe('chart fonts for Word and resvg', () => {
  it('names the report fonts by the families readers know, with a generic fallback', () => {
    const svg = '<svg font-family="NotoSans"><text>a<tspan font-family="NotoSansHans">中</tspan></text><text font-family="serif">b</text></svg>';
    expect(svgWithFontNames(svg)).toBe('<svg font-family="Noto Sans, sans-serif"><text>a<tspan font-family="Noto Sans SC, sans-serif">中</tspan></text><text font-family="serif">b</text></svg>');
  });
});
