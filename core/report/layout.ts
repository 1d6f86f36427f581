import { neutralise } from '../model/sanitize';
import type { PdfContent, PdfDocDefinition, PdfInline, PdfMargin, PdfNode, PdfNodeInfo, PdfNodeQueries, PdfStyle, PdfTable, PdfTableLayout, PdfText, PdfTextContent } from './pdfmake-types';

export type Paper = 'a4' | 'letter';

/** Page geometry in points. */
export const PAGE: Record<Paper, { width: number; height: number; name: 'A4' | 'LETTER' }> = {
  a4: { width: 595.28, height: 841.89, name: 'A4' },
  letter: { width: 612, height: 792, name: 'LETTER' },
};
export const MARGINS: [number, number, number, number] = [54, 62, 54, 58];

export const BASE_SIZE = 9.5;
export const LINE_HEIGHT = 1.2;

export const STYLES: Record<string, PdfStyle> = {
  h1: { fontSize: 18, bold: true, margin: [0, 0, 0, 10] },
  h2: { fontSize: 13.5, bold: true, margin: [0, 14, 0, 6] },
  h3: { fontSize: 11, bold: true, margin: [0, 10, 0, 4] },
  lead: { fontSize: 10.5, margin: [0, 0, 0, 8] },
  p: { margin: [0, 0, 0, 6] },
  small: { fontSize: 8, color: '#333333' },
  th: { bold: true, fontSize: 8.5, fillColor: '#e6e6e6' },
  td: { fontSize: 8.5 },
  label: { bold: true, fontSize: 8.5 },
  muted: { color: '#444444', italics: true },
  tocLine: { fontSize: 10.5 },
  tocSub: { fontSize: 9.5 },
  furniture: {},
};

const FONT_SIZES: Record<string, number> = { h1: 18, h2: 13.5, h3: 11, lead: 10.5, small: 8, th: 8.5, td: 8.5, label: 8.5 };

/** Usable area of a page for the given paper. */
export function contentBox(paper: Paper): { width: number; height: number } {
  const page = PAGE[paper];
  return { width: page.width - MARGINS[0] - MARGINS[2], height: page.height - MARGINS[1] - MARGINS[3] };
}

// ——— Height estimates (conservative, for keep-together decisions only) ———

function plain(text: PdfTextContent | undefined): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  if (Array.isArray(text)) return text.map((t) => (typeof t === 'string' ? t : plain(t.text))).join('');
  return plain((text as PdfInline).text);
}

function verticalMargin(margin: PdfMargin | undefined): number {
  if (margin === undefined) return 0;
  if (typeof margin === 'number') return margin * 2;
  if (margin.length === 2) return margin[1] * 2;
  return margin[1] + margin[3];
}

function nodeFontSize(node: { fontSize?: number; style?: string | string[] }, inherited: number): number {
  if (node.fontSize) return node.fontSize;
  const styles = node.style === undefined ? [] : Array.isArray(node.style) ? node.style : [node.style];
  for (const s of styles) if (FONT_SIZES[s]) return FONT_SIZES[s]!;
  return inherited;
}

function styleMargin(node: { style?: string | string[]; margin?: PdfMargin }): number {
  if (node.margin !== undefined) return verticalMargin(node.margin);
  const styles = node.style === undefined ? [] : Array.isArray(node.style) ? node.style : [node.style];
  return styles.reduce((sum, s) => sum + verticalMargin(STYLES[s]?.margin), 0);
}

/** Estimated height of a paragraph of text set in a column of the given width. */
export function estimateTextHeight(text: string, width: number, fontSize: number): number {
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let em = 0;
    for (const ch of paragraph) {
      const c = ch.codePointAt(0)!;
      em += c >= 0x2e80 ? 1.0 : c === 32 ? 0.26 : 0.52;
    }
    lines += Math.max(1, Math.ceil((em * fontSize) / Math.max(width * 0.96, fontSize)));
  }
  return lines * fontSize * 1.45 * LINE_HEIGHT;
}

/** Estimated height of a node set in a column of the given width. */
export function estimateHeight(content: PdfContent, width: number, fontSize = BASE_SIZE): number {
  if (typeof content === 'string') return estimateTextHeight(content, width, fontSize);
  if (Array.isArray(content)) return content.reduce<number>((sum, c) => sum + estimateHeight(c, width, fontSize), 0);
  const node = content as PdfNode;
  if (node._estimate !== undefined) return node._estimate;
  const size = nodeFontSize(node, fontSize);
  const margin = styleMargin(node);
  if ('text' in node) return margin + estimateTextHeight(plain((node as PdfText).text), width, size);
  if ('stack' in node) return margin + node.stack.reduce<number>((sum, c) => sum + estimateHeight(c, width, size), 0);
  if ('columns' in node) {
    const w = (width - (node.columnGap ?? 10) * (node.columns.length - 1)) / Math.max(1, node.columns.length);
    return margin + Math.max(0, ...node.columns.map((c) => estimateHeight(c, typeof c === 'object' && !Array.isArray(c) && typeof c.width === 'number' ? c.width : w, size)));
  }
  if ('table' in node) {
    const widths = columnWidths(node.table.widths, width);
    return margin + node.table.body.reduce<number>((sum, row) => sum + estimateRow(row, widths, size), 0);
  }
  if ('ul' in node || 'ol' in node) return margin + (node.ul ?? node.ol ?? []).reduce<number>((sum, c) => sum + estimateHeight(c, width - 12, size), 0);
  if ('svg' in node) return margin + (node.height ?? node.width ?? 200);
  return margin + 20;
}

export function estimateRow(row: readonly PdfContent[], widths: readonly number[], fontSize: number): number {
  return 7 + Math.max(0, ...row.map((cell, i) => estimateHeight(cell, Math.max(10, (widths[i] ?? 60) - 8), fontSize)));
}

function columnWidths(widths: ReadonlyArray<number | '*' | 'auto'>, total: number): number[] {
  const fixed = widths.reduce<number>((sum, w) => sum + (typeof w === 'number' ? w + 8 : 0), 0);
  const flexible = widths.filter((w) => typeof w !== 'number').length;
  const share = flexible > 0 ? Math.max(30, (total - fixed) / flexible) : 0;
  return widths.map((w) => (typeof w === 'number' ? w + 8 : share));
}

// ——— Keep-together and orphan control ———

/**
 * Largest block we let pdfmake keep on one page. pdfmake cannot split an
 * unbreakable block or row that is taller than a page (it would cut it), so
 * anything that might not fit is left breakable instead.
 */
export function keepLimit(pageHeight: number): number {
  return pageHeight * 0.6;
}

/** The blocks as one unbreakable stack when they surely fit on a page, otherwise as they are. */
export function keepTogether(blocks: PdfContent[], width: number, pageHeight: number, extra: Partial<PdfNode> = {}): PdfContent[] {
  const height = blocks.reduce<number>((sum, b) => sum + estimateHeight(b, width), 0);
  if (height <= keepLimit(pageHeight)) return [{ stack: blocks.map(settled), unbreakable: true, ...extra } as PdfNode];
  return blocks;
}

/**
 * A heading held with a block that is already unbreakable (it surely fits a
 * page on its own, like an action card): one block, so the heading never
 * stays behind at the foot of a page when the block moves on.
 */
export function withHeading(heading: PdfContent[], block: PdfNode, extra: Partial<PdfNode> = {}): PdfNode {
  return { stack: [...heading.map(settled), block], unbreakable: true, ...extra } as PdfNode;
}

/**
 * A heading above a long table, kept with the table's header and first row
 * without holding the whole table back: the heading goes in an unbreakable
 * block that also reserves the height of those two rows (so the block moves
 * to the next page when they would not fit below it), and the table is drawn
 * up into the reserved room. headingPageBreak would do the same, but each
 * heading it moves costs pdfmake a whole second layout of the report.
 */
export function headingBeforeTable(heading: PdfContent[], table: PdfTable, width: number, extra: Partial<PdfNode> = {}): PdfContent[] {
  if (heading.length === 0) return [table];
  const widths = columnWidths(table.table.widths, width);
  const [header = [], firstRow = []] = table.table.body;
  // Generous: were the rows taller than reserved, pdfmake would move them (and not the heading) to the next page.
  const reserve = Math.ceil(1.25 * (estimateRow(header, widths, BASE_SIZE) + estimateRow(firstRow, widths, 8.5))) + 6;
  const [left = 0, top = 0, right = 0, bottom = 0] = (Array.isArray(table.margin) && table.margin.length === 4 ? table.margin : [0, 0, 0, 0]) as number[];
  return [{ stack: [...heading.map(settled), { text: '', margin: [0, 0, 0, reserve] }], unbreakable: true, ...extra } as PdfNode, { ...table, margin: [left, top - reserve, right, bottom] }];
}

/**
 * A heading kept in one block with what follows needs no page-break check:
 * it loses its headline level, which is all headingPageBreak looks at. (A
 * page break pdfmake puts inside an unbreakable block loses the block.)
 */
function settled(block: PdfContent): PdfContent {
  if (typeof block !== 'object' || Array.isArray(block) || (block as PdfNode).headlineLevel === undefined) return block;
  const { headlineLevel, ...rest } = block as PdfNode;
  return { ...rest, _headline: headlineLevel } as PdfNode;
}

/**
 * pdfmake's pageBreakBefore hook: a heading moves to the next page when
 * nothing but other headings follows it on its page, so no heading is left
 * orphaned at the foot of a page.
 */
export function headingPageBreak(node: PdfNodeInfo, nodes: PdfNodeQueries): boolean {
  if (node.headlineLevel === undefined) return false;
  const following = nodes.getFollowingNodesOnPage().filter((n) => n.headlineLevel === undefined && !isFurniture(n) && (n.text !== undefined || n.table !== undefined || n.svg !== undefined));
  const first = following[0];
  if (first === undefined) return true;
  // A data table whose header and first row pdfmake moved to the next page (keepWithHeaderRows) is still listed
  // here with its header cells, all where the table starts; when nothing else of it is on this page, it is all on the next.
  if (typeof first.table === 'object' && first.table !== null && ((first.table as { headerRows?: number }).headerRows ?? 0) > 0) {
    const top = first.startPosition.top;
    return !following.some((n) => n.startPosition.top !== top);
  }
  return false;
}

/** Running header and footer nodes: pdfmake lists them among a page's nodes. */
function isFurniture(info: PdfNodeInfo): boolean {
  return info.style === FURNITURE || (Array.isArray(info.style) && info.style.includes(FURNITURE));
}

/** Style name marking the running header and footer. */
export const FURNITURE = 'furniture';

/** Type size of the running header and footer. */
export const FURNITURE_SIZE = 7.5;

/**
 * A running header or footer of any printed document: small dark-grey type
 * within the side margins, `top` points below the page's edge, marked
 * FURNITURE (headingPageBreak does not count it as content after a heading).
 */
export function furniture<T extends object>(node: T, top: number): T & { style: typeof FURNITURE; fontSize: number; color: string; margin: PdfMargin } {
  return { ...node, style: FURNITURE, fontSize: FURNITURE_SIZE, color: '#333333', margin: [MARGINS[0], top, MARGINS[2], 0] };
}

// ——— Styles ———

/**
 * Replaces named styles by the properties they stand for, node by node (a
 * node's own properties win). pdfmake resolves every text property by walking
 * the stack of enclosing nodes, and a named style costs a dictionary lookup
 * and an allocation at each step; plain properties are inherited the same way
 * but much faster. The running header and footer keep their FURNITURE name,
 * which headingPageBreak looks for.
 */
export function expandStyles(content: PdfContent[]): PdfContent[] {
  return content.map(expandNode);
}

function styled<T extends { style?: string | string[] | PdfStyle }>(node: T): T {
  if (node.style === undefined || (typeof node.style === 'object' && !Array.isArray(node.style))) return node;
  const names = Array.isArray(node.style) ? node.style : [node.style];
  if (names.includes(FURNITURE)) return node;
  const merged: PdfStyle = {};
  for (const name of names) Object.assign(merged, STYLES[name]);
  const { style: _style, ...own } = node;
  return { ...merged, ...own } as T;
}

function expandInline(inline: string | PdfInline): string | PdfInline {
  if (typeof inline === 'string') return inline;
  const out = styled(inline);
  return Array.isArray(out.text) ? { ...out, text: out.text.map((t) => expandInline(t) as PdfInline) } : out;
}

function expandNode(content: PdfContent): PdfContent {
  if (typeof content === 'string') return content;
  if (Array.isArray(content)) return content.map(expandNode);
  const node = styled(content as PdfNode) as PdfNode;
  if ('text' in node) {
    const text = node.text;
    return { ...node, text: typeof text === 'string' ? text : Array.isArray(text) ? text.map(expandInline) : expandInline(text) } as PdfNode;
  }
  if ('stack' in node) return { ...node, stack: node.stack.map(expandNode) };
  if ('columns' in node) return { ...node, columns: node.columns.map(expandNode) };
  if ('table' in node) return { ...node, table: { ...node.table, body: node.table.body.map((row) => row.map(expandNode)) } };
  if ('ul' in node || 'ol' in node) return { ...node, ...(node.ul ? { ul: node.ul.map(expandNode) } : {}), ...(node.ol ? { ol: node.ol.map(expandNode) } : {}) };
  if ('toc' in node) return { ...node, toc: { ...node.toc, ...(node.toc.title ? { title: expandNode(node.toc.title) as PdfText } : {}) } };
  return node;
}

// ——— Tables ———

export const TABLE_LAYOUT: PdfTableLayout = {
  hLineWidth: (i, node) => (i === 0 || i === 1 || i === node.table.body.length ? 0.8 : 0.4),
  vLineWidth: () => 0,
  hLineColor: (i) => (i <= 1 ? '#000000' : '#9a9a9a'),
  paddingLeft: () => 4,
  paddingRight: () => 4,
  paddingTop: () => 3,
  paddingBottom: () => 3,
};

export const CARD_LAYOUT: PdfTableLayout = {
  hLineWidth: () => 0.8,
  vLineWidth: () => 0.8,
  hLineColor: () => '#000000',
  vLineColor: () => '#000000',
  paddingLeft: () => 8,
  paddingRight: () => 8,
  paddingTop: () => 6,
  paddingBottom: () => 6,
};

export interface TableSpec {
  widths: Array<number | '*' | 'auto'>;
  header: PdfContent[];
  rows: PdfContent[][];
  /** Plain-text column names, for rows too tall for a table (see below). */
  headerText: string[];
  margin?: PdfMargin;
  /** Rules and padding; the data-table look by default. */
  layout?: PdfTableLayout;
}

/**
 * A data table whose rows never split across pages and whose header repeats
 * and stays with the first row. A row estimated too tall for a page cannot be
 * kept whole, so it is printed between two parts of the table as a block of
 * "column: value" paragraphs, which may break between lines.
 */
export function dataTable(spec: TableSpec, width: number, pageHeight: number): PdfContent[] {
  const widths = columnWidths(spec.widths, width);
  const out: PdfContent[] = [];
  let chunk: PdfContent[][] = [];
  const flush = () => {
    if (chunk.length === 0) return;
    const table: PdfTable = {
      table: { widths: spec.widths, headerRows: 1, keepWithHeaderRows: 1, dontBreakRows: true, body: [spec.header, ...chunk] },
      layout: spec.layout ?? TABLE_LAYOUT,
      margin: spec.margin ?? [0, 2, 0, 10],
    };
    out.push(table);
    chunk = [];
  };
  for (const row of spec.rows) {
    if (estimateRow(row, widths, 8.5) > keepLimit(pageHeight)) {
      flush();
      out.push({
        stack: row.map((cell, i): PdfContent => ({ stack: [{ text: spec.headerText[i] ?? '', style: 'label' }, cell], margin: [0, 0, 0, 4] })),
        margin: [0, 4, 0, 10],
      });
    } else chunk.push(row);
  }
  flush();
  return out;
}

export function th(text: PdfTextContent, extra: Partial<PdfText> = {}): PdfText {
  return { text, style: 'th', ...extra };
}

/** The PDF language tag of a report language (Chinese content is written in simplified characters). */
export function documentLanguage(language: string): string {
  return language === 'zh' ? 'zh-CN' : language;
}

/**
 * The document properties of every printed document. Viewers show them in
 * title bars and file managers, so texts that may come from a file (an
 * institution, an imported questionnaire's title) pass the sanitiser: no
 * control or bidi-override character can disguise them.
 */
export function documentInfo(texts: { title: string; subject: string; author?: string; keywords?: string }, generated: Date): PdfDocDefinition['info'] {
  const clean = Object.fromEntries(Object.entries(texts).map(([key, text]) => [key, neutralise(text, 'space')])) as typeof texts;
  return { ...clean, creator: 'CapaMap', producer: 'CapaMap (pdfmake)', creationDate: generated, modDate: generated };
}
