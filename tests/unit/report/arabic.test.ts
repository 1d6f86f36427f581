import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderDefinition } from '../../../cli/pdf';
import { ARABIC_FONT, withDocumentFallbacks } from '../../../core/report/fonts';
import type { PdfContent, PdfDocDefinition } from '../../../core/report/pdfmake-types';
import JSZip from 'jszip';
import { renderDocx } from '../../../word/render';
import { extract, readLine as read, readerRows as rows, squash, type Page } from './helpers';

/*
 * An Arabic document read as a reader reads it: each line from right to
 * left, a stretch of Latin text or figures within it from left to right.
 * The sentences are ours, not the catalog's, so the test does not depend on
 * the translation.
 */

const PARAGRAPH =
  'قدمت وزارة الاقتصاد الرقمي تقييمها الذاتي لقدرات الذكاء الاصطناعي في 15 يناير 2026، وأجاب 40 مشاركا من أصل 45 عن الاستبيان، أي بنسبة 89%. ' +
  'وتولت السيدة Amina Diallo من Ministry of Finance تنسيق الورشة، وتبلغ الكلفة التقديرية للخطة بين 350,000 و1.2 مليون دولار أمريكي على مدى خمس سنوات.';
const HEADER = 'خارطة طريق بناء القدرات · Ministry of Digital Economy';
const COLUMNS = ['الركيزة', 'المرحلة', 'الفجوة'];
const SECTIONS = ['الملخص التنفيذي', 'خارطة الطريق'];

function definition(): PdfDocDefinition {
  const content: PdfContent[] = [
    { toc: { title: { text: 'المحتويات', fontSize: 16 } } },
    { text: SECTIONS[0]!, fontSize: 16, tocItem: true, pageBreak: 'before' },
    { text: PARAGRAPH, margin: [0, 0, 220, 12] },
    {
      table: {
        widths: ['*', 80, 80],
        body: [COLUMNS, ['البيانات', '2.9', '0.1'], ['الحوسبة (Compute)', '1.4', '1.7']],
      },
    },
    { text: SECTIONS[1]!, fontSize: 16, tocItem: true, pageBreak: 'before' },
    { text: 'الإجراء 1.1: تعيين جهة اتصال وطنية', margin: [0, 0, 0, 6] },
  ];
  return withDocumentFallbacks({
    pageSize: 'A4',
    pageMargins: [54, 60, 54, 60],
    language: 'ar',
    info: { title: 'اختبار', creator: 'CapaMap', producer: 'CapaMap', creationDate: new Date(0), modDate: new Date(0) },
    content,
    styles: {},
    defaultStyle: { font: ARABIC_FONT, fontSize: 10, lineHeight: 1.2 },
    header: () => ({ text: HEADER, fontSize: 7.5, margin: [54, 26, 54, 0] }),
    footer: (page, count) => ({ text: `الصفحة ${page} من ${count}`, fontSize: 7.5, margin: [54, 20, 54, 0] }),
  });
}

let pdf: Uint8Array;
let pages: Page[];
let dir: string;

beforeAll(async () => {
  pdf = await renderDefinition(definition());
  pages = await extract(pdf);
  dir = mkdtempSync(join(tmpdir(), 'capamap-ar-'));
  writeFileSync(join(dir, 'ar.pdf'), pdf);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const topOf = (page: Page) => rows(page).filter((r) => r[0]!.y > 50 && r[0]!.y < page.height - 45);

describe('an Arabic PDF read like a reader', () => {
  it('reads a paragraph over several lines in logical order, with its figures and Latin names', () => {
    const body = topOf(pages[1]!);
    const lines = body.slice(
      1,
      body.findIndex((r) => r.some((i) => i.str === COLUMNS[0])),
    );
    expect(lines.length).toBeGreaterThanOrEqual(3);
    expect(squash(lines.map(read).join(''))).toBe(squash(PARAGRAPH));
    // Every line is set flush right.
    const right = Math.max(...lines.map((r) => r[0]!.x + r[0]!.width));
    for (const line of lines.slice(0, -1)) expect(line[0]!.x + line[0]!.width).toBeCloseTo(right, 0);
  });

  it('reads a table from right to left: the first column on the right', () => {
    const body = topOf(pages[1]!);
    const header = body.find((r) => r.some((i) => i.str === COLUMNS[0]))!;
    expect(header.map((i) => i.str)).toEqual(COLUMNS);
    const last = body.find((r) => r.some((i) => i.str.includes('Compute')))!;
    expect(read(last).split(' ')).toEqual(['الحوسبة', '(Compute)', '1.4', '1.7']);
  });

  it('prints the contents with each page number on the left of its title, pointing at the right page', () => {
    const entries = topOf(pages[0]!).filter((r) => r.some((i) => SECTIONS.includes(i.str)));
    expect(entries.map((r) => r[0]!.str)).toEqual(SECTIONS);
    for (const [i, entry] of entries.entries()) {
      const number = entry.at(-1)!;
      expect(Number(number.str)).toBe(i + 2);
      expect(number.x).toBeLessThan(entry[0]!.x - 200);
      expect(rows(pages[i + 1]!).some((r) => r[0]!.str === SECTIONS[i])).toBe(true);
    }
  });

  it('reads the running header and footer in logical order, set on the right', () => {
    for (const page of pages) {
      const all = rows(page);
      expect(squash(read(all[0]!))).toBe(squash(HEADER));
      expect(squash(read(all.at(-1)!))).toBe(squash(`الصفحة ${page.number} من ${pages.length}`));
      expect(all.at(-1)![0]!.x + all.at(-1)![0]!.width).toBeCloseTo(page.width - 54, 0);
    }
  });

  it('reads the same in pdftotext, ligatures included, and embeds the Arabic font', () => {
    const text = execFileSync('pdftotext', ['-f', '2', '-l', '2', join(dir, 'ar.pdf'), '-'], { encoding: 'utf8' }).replace(/[\u202a-\u202e]/g, '');
    // The lam-alef ligature of "الاقتصاد" reads forwards, not "االقتصاد".
    expect(squash(text)).toContain(squash('قدمت وزارة الاقتصاد الرقمي'));
    expect(squash(text)).toContain(squash('وأجاب 40 مشاركا من أصل 45'));
    const fonts = execFileSync('pdffonts', [join(dir, 'ar.pdf')], { encoding: 'utf8' });
    expect(fonts).toMatch(/\+NotoNaskhArabic\s+CID TrueType\s+Identity-H\s+yes yes yes/);
  });

  it('reads a vowelled hamza and a plain alef each as written, whichever comes first', async () => {
    // أُ drawn by the font's composition would give the bare alef's glyph a second meaning (see fonts.ts).
    const lines = ['أُنجزت الآن', 'اُستشيرت الآن وإِذا', 'أنجزت الآن'];
    const doc = { ...definition(), header: undefined, footer: undefined, content: lines.map((line) => ({ text: line })) };
    const [page] = await extract(await renderDefinition(withDocumentFallbacks(doc)));
    expect(rows(page!).map(read)).toEqual(lines);
  });
});

describe('an Arabic Word copy', () => {
  it('has right-to-left paragraphs, tables laid out right to left and Arabic runs marked right to left', async () => {
    const docx = await renderDocx(definition(), async () => []);
    const xml = await (await JSZip.loadAsync(docx)).file('word/document.xml')!.async('string');
    // Every paragraph but Word's table of contents (a field Word fills in when the document opens).
    const body = xml.replace(/<w:sdt>.*?<\/w:sdt>/gs, '');
    expect(body.match(/<w:bidi\/>/g)!.length).toBe(body.match(/<w:p>|<w:p [^>]*>/g)!.length);
    expect(xml.match(/<w:tbl>/g)!.length).toBe(xml.match(/<w:bidiVisual\/>/g)!.length);
    // Cells stay in reading order: the first column's heading comes first.
    expect(xml.indexOf(COLUMNS[0]!)).toBeLessThan(xml.indexOf(COLUMNS[2]!));
    expect(xml).toMatch(/<w:rtl\/>(?:(?!<\/w:r>).)*الملخص التنفيذي/s);
    const styles = await (await JSZip.loadAsync(docx)).file('word/styles.xml')!.async('string');
    expect(styles).toContain('w:cs="Noto Naskh Arabic"');
    expect(styles).toMatch(/<w:lang [^>]*w:bidi="ar"/);
  });
});
