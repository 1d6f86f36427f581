import { describe, expect, it } from 'vitest';
import { buildReport, reportInput, shorten } from '../../../core/report/build';
import { REPORT_SECTIONS } from '../../../core/report/section-ids';
import { contentBox, dataTable, estimateHeight, estimateRow, estimateTextHeight, headingBeforeTable, headingPageBreak, keepLimit } from '../../../core/report/layout';
import type { PdfContent, PdfNode, PdfNodeInfo, PdfTable, PdfText } from '../../../core/report/pdfmake-types';
import { TRANSLATE, demo, miniContent, options, reportContent } from './helpers';

type Visit = (node: PdfNode, parent: PdfNode | null) => void;

function walk(content: PdfContent, visit: Visit, parent: PdfNode | null = null): void {
  if (typeof content === 'string') return;
  if (Array.isArray(content)) return content.forEach((c) => walk(c, visit, parent));
  visit(content, parent);
  const node = content as unknown as Record<string, unknown>;
  for (const key of ['stack', 'columns', 'ul', 'ol']) if (Array.isArray(node[key])) walk(node[key] as PdfContent[], visit, content);
  if ('table' in content) for (const row of content.table.body) walk(row, visit, content);
}

function nodes(content: PdfContent[]): PdfNode[] {
  const out: PdfNode[] = [];
  walk(content, (n) => out.push(n));
  return out;
}

const LONG = 'A very long respondent note that goes on and on. '.repeat(260);

describe('buildReport', () => {
  it('lists h1 and h2 headings in the table of contents, with ids and headline levels', () => {
    const doc = buildReport(reportInput(reportContent(), demo(), TRANSLATE.en), options());
    const level = (n: PdfNode) => n.headlineLevel ?? n._headline;
    const headings = nodes(doc.content).filter((n): n is PdfText => 'text' in n && (level(n) === 1 || level(n) === 2));
    expect(headings.length).toBeGreaterThan(15);
    for (const h of headings) {
      expect(h.tocItem).toBe(true);
      expect(h.fontSize).toBe(level(h) === 1 ? 18 : 13.5);
      expect(h.id).toMatch(/^[a-z0-9-]+$/);
    }
    // Named styles are expanded into plain properties (only the running header and footer keep a name).
    expect(nodes(doc.content).filter((n) => n.style !== undefined)).toEqual([]);
    expect(Object.keys(doc.styles)).toEqual(['furniture']);
    expect(new Set(headings.map((h) => h.id)).size).toBe(headings.length);
    expect(nodes(doc.content).filter((n) => 'toc' in n)).toHaveLength(1);
  });

  it('starts every section on a new page, never the first one', () => {
    const doc = buildReport(reportInput(miniContent(), demo(miniContent()), TRANSLATE.en), options({ sections: ['summary', 'roadmap'] }));
    const first = doc.content[0] as PdfNode;
    expect(first.pageBreak).toBeUndefined();
    const breaks = doc.content.filter((c) => typeof c === 'object' && !Array.isArray(c) && (c as PdfNode).pageBreak === 'before');
    expect(breaks).toHaveLength(1);
    expect(nodes(doc.content).some((n) => 'toc' in n)).toBe(false);
    expect(REPORT_SECTIONS).toEqual(['cover', 'summary', 'contents', 'context', 'profile', 'pillars', 'security', 'plan', 'roadmap', 'monitoring', 'appendix']);
  });

  it('sets paper, language, fonts and a deterministic creation date', () => {
    const doc = buildReport(reportInput(miniContent(), demo(miniContent()), TRANSLATE.zh), options({ paper: 'letter', language: 'zh' }));
    expect(doc.pageSize).toBe('LETTER');
    expect(doc.language).toBe('zh-CN');
    expect(doc.defaultStyle.font).toBe('NotoSansHans');
    expect(doc.info.creationDate.toISOString()).toBe('2025-03-02T09:00:00.000Z');
    expect(doc.info.modDate.toISOString()).toBe('2025-03-02T09:00:00.000Z');
    expect(() => buildReport(reportInput(miniContent(), demo(miniContent()), TRANSLATE.en), options({ generatedAt: 'yesterday' }))).toThrow(/generatedAt/);
  });

  it('hides header and footer on the cover only, and numbers pages "X of Y"', () => {
    const doc = buildReport(reportInput(miniContent(), demo(miniContent()), TRANSLATE.en), options());
    const size = { width: 595, height: 842 };
    expect(doc.header!(1, 9, size)).toBeNull();
    expect(doc.footer!(1, 9, size)).toBeNull();
    expect(JSON.stringify(doc.footer!(3, 9, size))).toContain('Page 3 of 9');
    expect(JSON.stringify(doc.header!(3, 9, size))).toContain('For official use');
    const noCover = buildReport(reportInput(miniContent(), demo(miniContent()), TRANSLATE.en), options({ sections: ['summary'] }));
    expect(JSON.stringify(noCover.footer!(1, 2, size))).toContain('Page 1 of 2');
  });

  it('never makes a block unbreakable or a table row unsplittable when it may not fit on a page', () => {
    const content = miniContent();
    const assessment = demo(content, (a) => {
      for (const answer of Object.values(a.answers)) if (answer.kind === 'stage' || answer.kind === 'risk') answer.notes = LONG;
      a.roadmap.edits['compute-connect'] = { description: LONG };
    });
    for (const paper of ['a4', 'letter'] as const) {
      const doc = buildReport(reportInput(content, assessment, TRANSLATE.en), options({ paper }));
      const { width, height } = contentBox(paper);
      let checked = 0;
      walk(doc.content, (node) => {
        if (node.unbreakable) {
          checked++;
          expect(estimateHeight(node, width)).toBeLessThanOrEqual(keepLimit(height));
        }
        if ('table' in node && node.table.dontBreakRows) for (const row of node.table.body) expect(estimateHeight({ table: { ...node.table, body: [row] } }, width)).toBeLessThanOrEqual(keepLimit(height));
      });
      expect(checked).toBeGreaterThan(5);
      // The long note is still in the document, in full.
      expect(JSON.stringify(doc.content).split(LONG.trim()).length - 1).toBeGreaterThanOrEqual(2);
    }
  });
});

/** Every text of the document in reading order, runs joined, one string per text node. */
function texts(content: PdfContent[]): string[] {
  const flat = (text: unknown): string =>
    typeof text === 'string' ? text : Array.isArray(text) ? text.map(flat).join('') : text && typeof text === 'object' && 'text' in text ? flat((text as { text: unknown }).text) : '';
  return nodes(content)
    .filter((n): n is PdfText => 'text' in n)
    .map((n) => flat(n.text));
}

describe("the user's decisions on an action card", () => {
  it("prints the owner, start and due date the user set, labelled in the report's language", () => {
    const content = miniContent();
    const assessment = demo(content, (a) => {
      a.roadmap.edits['talent-literacy'] = { status: 'accepted', owner: 'Training unit', start: '2026-09-01', due: '2027-06-30' };
    });
    for (const [language, start, due] of [
      ['en', '1 September 2026', '30 June 2027'],
      ['fr', '1er septembre 2026', '30 juin 2027'],
    ] as const) {
      const t = TRANSLATE[language];
      const all = texts(buildReport(reportInput(content, assessment, t), options({ language, sections: ['roadmap'] })).content);
      // Label and value sit side by side in the card's key-value table.
      for (const [label, value] of [
        [t('roadmap.owner'), 'Training unit'],
        [t('roadmap.start'), start],
        [t('roadmap.due'), due],
      ] as const) {
        expect(all[all.indexOf(label) + 1], `${language}: ${label}`).toBe(value);
      }
      expect(all.indexOf(t('roadmap.owner'))).toBeLessThan(all.indexOf(t('roadmap.start')));
      expect(all.indexOf(t('roadmap.start'))).toBeLessThan(all.indexOf(t('roadmap.due')));
    }
  });
});

describe('layout helpers', () => {
  const box = contentBox('a4');

  it('prints a row too tall for a page between two parts of its table', () => {
    const rows: PdfContent[][] = [
      ['a', 'short'],
      ['b', LONG],
      ['c', 'short'],
    ];
    const out = dataTable({ widths: [80, '*'], header: ['Item', 'Notes'], headerText: ['Item', 'Notes'], rows }, box.width, box.height);
    expect(out).toHaveLength(3);
    const [before, middle, after] = out as [PdfTable, PdfNode, PdfTable];
    expect(before.table.body).toHaveLength(2);
    expect(before.table).toMatchObject({ headerRows: 1, keepWithHeaderRows: 1, dontBreakRows: true });
    expect(JSON.stringify(middle)).toContain('"Notes"');
    expect(middle.unbreakable).toBeUndefined();
    expect(after.table.body).toHaveLength(2);
  });

  it('estimates text height conservatively and grows with length', () => {
    const one = estimateTextHeight('Short line', 400, 10);
    expect(one).toBeGreaterThanOrEqual(10 * 1.362 * 1.2);
    expect(estimateTextHeight('word '.repeat(400), 400, 10)).toBeGreaterThan(one * 10);
    expect(estimateTextHeight('数据'.repeat(100), 400, 10)).toBeGreaterThan(estimateTextHeight('ab'.repeat(100), 400, 10));
  });

  it('moves a heading to the next page when only headings follow it there', () => {
    const info = (extra: Partial<PdfNodeInfo>): PdfNodeInfo => ({ pageNumbers: [1], startPosition: { pageNumber: 1, top: 700 }, ...extra });
    const queries = (following: PdfNodeInfo[]) => ({ getFollowingNodesOnPage: () => following, getNodesOnNextPage: () => [], getPreviousNodesOnPage: () => [] });
    expect(headingPageBreak(info({ headlineLevel: 2 }), queries([]))).toBe(true);
    expect(headingPageBreak(info({ headlineLevel: 2 }), queries([info({ headlineLevel: 3 })]))).toBe(true);
    expect(headingPageBreak(info({ headlineLevel: 2 }), queries([info({ text: 'body' })]))).toBe(false);
    expect(headingPageBreak(info({ text: 'body' }), queries([]))).toBe(false);
    // The running header and footer do not count as content after a heading.
    expect(headingPageBreak(info({ headlineLevel: 3 }), queries([info({ text: 'Page 3 of 9', style: 'furniture' }), info({ stack: false })]))).toBe(true);
    expect(headingPageBreak(info({ headlineLevel: 3 }), queries([info({ table: {} })]))).toBe(false);
    // A data table whose header and first row went to the next page is still listed on this one, with its header cells, all at its start.
    const start = { pageNumber: 1, top: 700 };
    const table = info({ table: { headerRows: 1 }, startPosition: start });
    expect(headingPageBreak(info({ headlineLevel: 3 }), queries([table, info({ text: 'Item', startPosition: start }), info({ text: 'Answer', startPosition: start })]))).toBe(true);
    // Its first row is on this page: the heading stays.
    expect(headingPageBreak(info({ headlineLevel: 3 }), queries([table, info({ text: 'Item', startPosition: start }), info({ text: 'Row 1', startPosition: { pageNumber: 1, top: 716 } })]))).toBe(false);
  });

  it("keeps a heading with a long table's header and first row by reserving their room, not by a second layout pass", () => {
    const rows = Array.from({ length: 40 }, (_, i) => [{ text: `Item ${i} with a fairly long question that wraps onto a second line` }, { text: '2 · emerging' }]);
    const [table] = dataTable({ widths: ['*', 90], headerText: ['Item', 'Answer'], header: [{ text: 'Item' }, { text: 'Answer' }], rows }, 480, 700) as PdfTable[];
    const heading = { text: 'Models', style: 'h3', headlineLevel: 3 };
    const [block, pulled, ...rest] = headingBeforeTable([heading], table!, 480);
    expect(rest).toEqual([]);
    const { stack, unbreakable } = block as { stack: PdfContent[]; unbreakable: boolean };
    expect(unbreakable).toBe(true);
    // The heading no longer asks pdfmake's page-break hook (each heading it moves costs a whole relayout).
    expect(stack[0]).not.toHaveProperty('headlineLevel');
    const reserve = (stack[1] as { margin: number[] }).margin[3]!;
    const [header, first] = table!.table.body;
    expect(reserve).toBeGreaterThanOrEqual(estimateRow(header!, [390, 98], 9.5) + estimateRow(first!, [390, 98], 8.5));
    expect((pulled as PdfTable).margin).toEqual([0, 2 - reserve, 0, 10]);
    expect((pulled as PdfTable).table).toBe(table!.table);
    expect(headingBeforeTable([], table!, 480)).toEqual([table]);
  });

  it('shortens long names at a word boundary', () => {
    expect(shorten('Ministry of Digital Economy', 70)).toBe('Ministry of Digital Economy');
    expect(shorten('Ministry of Digital Economy and Innovation and Many Other Things', 30)).toBe('Ministry of Digital Economy…');
    expect([...shorten('数'.repeat(100), 20)].length).toBe(21);
  });
});
