import {
  AlignmentType,
  Bookmark,
  BorderStyle,
  CarriageReturn,
  Document,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  PageNumber,
  PageReference,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  Tab,
  TextRun,
  WidthType,
  type FileChild,
  type IBorderOptions,
  type ParagraphChild,
} from 'docx';
import { RTL_LETTER } from '../core/report/bidi';
import { ARABIC_FONT, CJK_FONT, LATIN_FONT } from '../core/report/fonts';
import { isRtl } from '../core/report/language';
import type { PdfContent, PdfDocDefinition, PdfInline, PdfMargin, PdfNode, PdfStyle, PdfTable, PdfText } from '../core/report/pdfmake-types';

/** A chart as the Word copy embeds it: the SVG itself and a PNG for readers without SVG support. */
export interface ChartImage {
  svg: string;
  png: Uint8Array;
}

/** Fonts a Word reader is asked for: the PDF's own when installed, otherwise its usual substitutes. */
export const WORD_FONTS = { latin: 'Noto Sans', cjk: 'Noto Sans SC', arabic: 'Noto Naskh Arabic' } as const;

/** SVG family names for the fonts the report names in its charts (fonts.ts withReportFonts). */
export function svgWithFontNames(svg: string, cjkFamily: string = WORD_FONTS.cjk): string {
  return svg.replace(/font-family="([^"]*)"/g, (_all, family: string) => {
    if (family === CJK_FONT) return `font-family="${cjkFamily}, sans-serif"`;
    if (family === LATIN_FONT) return `font-family="${WORD_FONTS.latin}, sans-serif"`;
    if (family === ARABIC_FONT) return `font-family="${WORD_FONTS.arabic}, serif"`;
    return `font-family="${family}"`;
  });
}

const TWIPS_PER_PT = 20;
const PX_PER_PT = 96 / 72;
/** Page numbers handed to the footer builder and then replaced by Word's page fields. */
const PAGE_SENTINEL = 918273;
const TOTAL_SENTINEL = 918274;

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;
const ALIGN = { left: AlignmentType.LEFT, right: AlignmentType.RIGHT, center: AlignmentType.CENTER, justify: AlignmentType.JUSTIFIED } as const;
/** A right-to-left document is the PDF's layout mirrored: its left is the paragraph's start, its right the end. */
const ALIGN_RTL = { left: AlignmentType.START, right: AlignmentType.END, center: AlignmentType.CENTER, justify: AlignmentType.JUSTIFIED } as const;
const THIN: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: '9A9A9A' };
const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };

/** Text properties a node passes on to what it contains, as pdfmake does. */
type Inherited = Pick<PdfStyle, 'fontSize' | 'bold' | 'italics' | 'color' | 'alignment'>;

interface Walk {
  /** Charts in document order, already rasterised. */
  charts: ChartImage[];
  chart: number;
  /** Ids of the headings turned into bookmarks, which page references point at. */
  bookmarks: Set<string>;
  /** Content width in points: table columns are shared out of it. */
  width: number;
  /** Right-to-left document (Arabic): paragraphs bidirectional, tables visually right to left. */
  rtl: boolean;
}

/**
 * Turns the report's pdfmake document definition into a Word document: the
 * same content node by node, so a section added to the PDF appears here too.
 * Headings become Word's Heading 1–3 (the navigation pane and the table of
 * contents read them), tables Word tables, charts pictures (SVG with a PNG
 * for older readers), the running header and footer Word's, with page fields.
 */
export function definitionToDocument(definition: PdfDocDefinition, charts: ChartImage[]): Document {
  const [top, right, bottom, left] = definition.pageMargins;
  const size = pageSize(definition.pageSize);
  const language = definition.language ?? 'en';
  const walk: Walk = { charts, chart: 0, bookmarks: new Set(), width: size.width - left - right, rtl: isRtl(language) };
  const base: Inherited = { fontSize: definition.defaultStyle.fontSize };
  const children = blocks(definition.content, base, walk);
  if (walk.chart !== charts.length) throw new Error(`the document has ${walk.chart} charts but ${charts.length} images were given`);
  const pageBox = { width: size.width, height: size.height };
  const header = definition.header?.(2, 2, pageBox);
  const footer = definition.footer?.(PAGE_SENTINEL, TOTAL_SENTINEL, pageBox);
  const coverless = definition.header?.(1, 2, pageBox) !== null;
  return new Document({
    title: definition.info.title,
    subject: definition.info.subject,
    creator: definition.info.author ?? definition.info.creator,
    keywords: definition.info.keywords,
    lastModifiedBy: definition.info.creator,
    features: { updateFields: true },
    styles: {
      default: {
        document: {
          run: {
            size: halfPoints(definition.defaultStyle.fontSize ?? 10),
            font: { ascii: WORD_FONTS.latin, hAnsi: WORD_FONTS.latin, eastAsia: WORD_FONTS.cjk, cs: walk.rtl ? WORD_FONTS.arabic : WORD_FONTS.latin },
            language: { value: language, eastAsia: language, ...(walk.rtl ? { bidirectional: language } : {}) },
          },
          paragraph: { spacing: { after: 80 } },
        },
        heading1: { run: { size: 36, bold: true, color: '000000' }, paragraph: { spacing: { before: 0, after: 200 } } },
        heading2: { run: { size: 27, bold: true, color: '000000' }, paragraph: { spacing: { before: 280, after: 120 } } },
        heading3: { run: { size: 22, bold: true, color: '000000' }, paragraph: { spacing: { before: 200, after: 80 } } },
      },
    },
    sections: [
      {
        properties: {
          titlePage: !coverless,
          page: {
            size: { width: twips(size.width), height: twips(size.height) },
            margin: { top: twips(top), right: twips(right), bottom: twips(bottom), left: twips(left), header: twips(26), footer: twips(20) },
          },
        },
        headers: header ? { default: new Header({ children: furniture(header, walk) }), ...(coverless ? {} : { first: new Header({ children: [] }) }) } : undefined,
        footers: footer ? { default: new Footer({ children: furniture(footer, walk) }), ...(coverless ? {} : { first: new Footer({ children: [] }) }) } : undefined,
        children,
      },
    ],
  });
}

function pageSize(name: PdfDocDefinition['pageSize']): { width: number; height: number } {
  return name === 'A4' ? { width: 595.28, height: 841.89 } : { width: 612, height: 792 };
}

const twips = (pt: number) => Math.round(pt * TWIPS_PER_PT);
const halfPoints = (pt: number) => Math.round(pt * 2);

/** The running header or footer laid out on one line: its pieces side by side, separated by a tab. */
function furniture(content: PdfContent, walk: Walk): Paragraph[] {
  const node = content as PdfNode;
  const parts = 'columns' in node ? node.columns : [content];
  const runs: ParagraphChild[] = [];
  parts.forEach((part, i) => {
    if (i > 0) runs.push(new TextRun({ children: [new Tab()] }));
    const text = typeof part === 'string' ? part : 'text' in (part as PdfNode) ? plainText((part as PdfText).text) : '';
    const bold = typeof part === 'object' && !Array.isArray(part) && (part as PdfNode).bold;
    runs.push(...withPageFields(text, { bold: bold || undefined, size: halfPoints(node.fontSize ?? 7.5), color: '333333', rightToLeft: RTL_LETTER.test(text) || undefined }));
  });
  return [new Paragraph({ children: runs, tabStops: [{ type: walk.rtl ? 'end' : 'right', position: twips(walk.width) }], bidirectional: walk.rtl || undefined })];
}

/** Text with the footer's sentinel numbers replaced by Word's current-page and page-count fields. */
function withPageFields(text: string, style: { bold?: boolean; size: number; color: string; rightToLeft?: boolean }): TextRun[] {
  return text
    .split(new RegExp(`(${PAGE_SENTINEL}|${TOTAL_SENTINEL})`))
    .filter((piece) => piece !== '')
    .map((piece) => {
      if (piece === String(PAGE_SENTINEL)) return new TextRun({ ...style, children: [PageNumber.CURRENT] });
      if (piece === String(TOTAL_SENTINEL)) return new TextRun({ ...style, children: [PageNumber.TOTAL_PAGES] });
      return new TextRun({ ...style, text: piece });
    });
}

function plainText(text: PdfText['text']): string {
  if (typeof text === 'string') return text;
  if (Array.isArray(text)) return text.map((t) => (typeof t === 'string' ? t : plainText(t.text))).join('');
  return plainText(text.text);
}

// ——— Blocks ———

function blocks(content: readonly PdfContent[], inherited: Inherited, walk: Walk): FileChild[] {
  return content.flatMap((c) => block(c, inherited, walk));
}

function block(content: PdfContent, inherited: Inherited, walk: Walk): FileChild[] {
  if (typeof content === 'string') return [paragraph({ text: content }, inherited, walk)];
  if (Array.isArray(content)) return blocks(content, inherited, walk);
  const node = content as PdfNode;
  const own = inherit(inherited, node);
  let out: FileChild[];
  if ('text' in node) out = [paragraph(node, own, walk)];
  else if ('stack' in node) out = blocks(node.stack, own, walk);
  else if ('columns' in node) out = node.columns.length === 0 ? [] : [table({ table: { widths: node.columns.map(() => '*'), body: [node.columns] }, layout: 'noBorders' }, own, walk)];
  else if ('table' in node) out = [table(node, own, walk)];
  else if ('ul' in node || 'ol' in node) out = list(node, own, walk);
  else if ('svg' in node) out = [image(node, walk)];
  else if ('toc' in node)
    out = [...(node.toc.title ? [paragraph({ ...node.toc.title, _headline: undefined, headlineLevel: undefined }, own, walk)] : []), new TableOfContents('', { hyperlink: true, headingStyleRange: '1-2' })];
  // The cover's rule and other drawings are decoration.
  else out = [];
  const pageBreak = () => new Paragraph({ pageBreakBefore: true, children: [], bidirectional: walk.rtl || undefined });
  if (node.pageBreak === 'before') return [pageBreak(), ...out];
  return node.pageBreak === 'after' ? [...out, pageBreak()] : out;
}

function inherit(inherited: Inherited, node: PdfStyle): Inherited {
  return {
    fontSize: node.fontSize ?? inherited.fontSize,
    bold: node.bold ?? inherited.bold,
    italics: node.italics ?? inherited.italics,
    color: node.color ?? inherited.color,
    alignment: node.alignment ?? inherited.alignment,
  };
}

function paragraph(node: PdfText, inherited: Inherited, walk: Walk, extra: { bullet?: number } = {}): Paragraph {
  const style = inherit(inherited, node);
  const level = node.headlineLevel ?? node._headline;
  const heading = level === 1 || level === 2 || level === 3 ? HEADINGS[level] : undefined;
  // A heading takes its size and weight from Word's heading style, so a user restyling the document restyles every heading.
  const runStyle = heading ? { ...style, fontSize: undefined, bold: undefined } : style;
  let children: ParagraphChild[] = inlines(node.text, runStyle);
  const align = walk.rtl ? ALIGN_RTL : ALIGN;
  if (heading && node.id && (level === 1 || level === 2)) {
    walk.bookmarks.add(node.id);
    children = [new Bookmark({ id: bookmarkName(node.id), children })];
  }
  const [before, after] = spacing(node.margin);
  return new Paragraph({
    children,
    heading,
    alignment: style.alignment ? align[style.alignment] : undefined,
    bidirectional: walk.rtl || undefined,
    spacing: heading ? undefined : { before, after },
    keepNext: heading ? true : undefined,
    ...(extra.bullet !== undefined ? { bullet: { level: extra.bullet } } : {}),
  });
}

/** Word bookmark names: letters, digits and underscores, starting with a letter, at most 40 characters. */
function bookmarkName(id: string): string {
  return `r_${id.replace(/[^A-Za-z0-9_]/g, '_')}`.slice(0, 40);
}

function spacing(margin: PdfMargin | undefined): [number | undefined, number | undefined] {
  if (margin === undefined) return [undefined, undefined];
  if (typeof margin === 'number') return [twips(margin), twips(margin)];
  if (margin.length === 2) return [twips(margin[1]), twips(margin[1])];
  return [twips(margin[1]), twips(margin[3])];
}

function inlines(text: PdfText['text'], style: Inherited): ParagraphChild[] {
  if (typeof text === 'string') return [run(text, style)];
  const list = Array.isArray(text) ? text : [text];
  return list.flatMap((part): ParagraphChild[] => {
    if (typeof part === 'string') return [run(part, style)];
    const own = inherit(style, part);
    // pdfmake prints a page number in place of the placeholder text; Word does the same with a PAGEREF field.
    if (part.pageReference) return [new PageReference(bookmarkName(part.pageReference))];
    if (Array.isArray(part.text)) return inlines(part.text as PdfInline[], own);
    return [run(part.text, own)];
  });
}

function run(text: string, style: Inherited): TextRun {
  const lines = text.split('\n');
  return new TextRun({
    children: lines.flatMap((line, i) => (i === 0 ? [line] : [new CarriageReturn(), line])),
    bold: style.bold || undefined,
    italics: style.italics || undefined,
    size: style.fontSize === undefined ? undefined : halfPoints(style.fontSize),
    color: style.color ? style.color.replace('#', '') : undefined,
    rightToLeft: RTL_LETTER.test(text) || undefined,
  });
}

function list(node: PdfNode & { ul?: PdfContent[]; ol?: PdfContent[] }, inherited: Inherited, walk: Walk): FileChild[] {
  const items = node.ul ?? node.ol ?? [];
  return items.flatMap((item) => {
    if (typeof item === 'string') return [paragraph({ text: item }, inherited, walk, { bullet: 0 })];
    if (!Array.isArray(item) && 'text' in item) return [paragraph(item, inherited, walk, { bullet: 0 })];
    return block(item, inherited, walk);
  });
}

function image(node: PdfNode & { svg: string; width?: number; height?: number }, walk: Walk): Paragraph {
  const chart = walk.charts[walk.chart++];
  if (!chart) throw new Error('a chart has no image');
  const width = Math.round((node.width ?? 300) * PX_PER_PT);
  const height = Math.round((node.height ?? node.width ?? 200) * PX_PER_PT);
  return new Paragraph({
    alignment: node.alignment ? (walk.rtl ? ALIGN_RTL : ALIGN)[node.alignment] : AlignmentType.CENTER,
    bidirectional: walk.rtl || undefined,
    children: [new ImageRun({ type: 'svg', data: new TextEncoder().encode(chart.svg), fallback: { type: 'png', data: chart.png }, transformation: { width, height } })],
  });
}

// ——— Tables ———

function table(node: PdfTable, inherited: Inherited, walk: Walk): Table {
  const { widths, body, headerRows = 0 } = node.table;
  const columns = shareWidths(widths, walk.width);
  // pdfmake fills the places a spanning cell covers with placeholders; Word leaves them out.
  const covered = new Set<string>();
  const rows = body.map((row, r) => {
    const cells: TableCell[] = [];
    row.forEach((cell, c) => {
      if (covered.has(`${r}:${c}`)) return;
      const props = typeof cell === 'object' && !Array.isArray(cell) ? (cell as PdfNode) : {};
      const colSpan = props.colSpan ?? 1;
      const rowSpan = props.rowSpan ?? 1;
      for (let dr = 0; dr < rowSpan; dr++) for (let dc = 0; dc < colSpan; dc++) if (dr > 0 || dc > 0) covered.add(`${r + dr}:${c + dc}`);
      const outer = walk.width;
      walk.width = columns.slice(c, c + colSpan).reduce((a, b) => a + b, 0);
      const inner = block(cell, inherited, walk);
      walk.width = outer;
      const fill = props.fillColor;
      cells.push(
        new TableCell({
          children: (inner.length > 0 ? inner : [new Paragraph({ children: [], bidirectional: walk.rtl || undefined })]) as Array<Paragraph | Table>,
          columnSpan: colSpan > 1 ? colSpan : undefined,
          rowSpan: rowSpan > 1 ? rowSpan : undefined,
          shading: fill ? { type: ShadingType.CLEAR, color: 'auto', fill: fill.replace('#', '') } : undefined,
          margins: { top: 50, bottom: 50, left: 80, right: 80 },
        }),
      );
    });
    return new TableRow({ children: cells, tableHeader: r < headerRows || undefined, cantSplit: node.table.dontBreakRows || undefined });
  });
  return new Table({
    rows,
    width: { size: twips(walk.width), type: WidthType.DXA },
    columnWidths: columns.map(twips),
    borders: borders(node),
    // Cells stay in reading order; Word lays the first column out on the right.
    visuallyRightToLeft: walk.rtl || undefined,
  });
}

/** The table's rules as pdfmake would draw them: its layout's line widths and colours at the edges and inside. */
function borders(node: PdfTable) {
  const { layout } = node;
  const probe = { table: { body: node.table.body, widths: node.table.widths } };
  const rows = node.table.body.length;
  const cols = node.table.widths.length;
  const named = typeof layout === 'string' ? layout : undefined;
  const custom = typeof layout === 'object' ? layout : undefined;
  const h = (i: number): IBorderOptions => {
    if (named === 'noBorders' || (named === 'headerLineOnly' && i !== 1)) return NONE;
    if (named) return THIN;
    return rule(custom?.hLineWidth?.(i, probe) ?? 1, custom?.hLineColor?.(i, probe));
  };
  const v = (i: number): IBorderOptions => {
    if (named) return NONE;
    return rule(custom?.vLineWidth?.(i, probe) ?? 1, custom?.vLineColor?.(i, probe));
  };
  return { top: h(0), bottom: h(rows), insideHorizontal: h(Math.min(2, rows)), left: v(0), right: v(cols), insideVertical: v(Math.min(1, cols)) };
}

/** A rule of the given width in points; Word counts eighths of a point. */
function rule(width: number, color = '#000000'): IBorderOptions {
  return width <= 0 ? NONE : { style: BorderStyle.SINGLE, size: Math.max(2, Math.round(width * 8)), color: color.replace('#', '') };
}

/** Fixed widths as given, the rest of the line shared equally by '*' and 'auto' columns. */
function shareWidths(widths: ReadonlyArray<number | '*' | 'auto'>, total: number): number[] {
  const fixed = widths.reduce<number>((sum, w) => sum + (typeof w === 'number' ? w : 0), 0);
  const flexible = widths.filter((w) => typeof w !== 'number').length;
  const share = flexible > 0 ? Math.max(36, (total - fixed) / flexible) : 0;
  const raw = widths.map((w) => (typeof w === 'number' ? w : share));
  const sum = raw.reduce((a, b) => a + b, 0);
  return sum > total ? raw.map((w) => (w * total) / sum) : raw;
}

/** A chart of the report: its SVG as the definition holds it and its size on the page, in points. */
export interface ChartSvg {
  svg: string;
  width: number;
  height: number;
}

/** The SVG of every chart in the definition, in document order (the order definitionToDocument uses them). */
export function chartsOf(definition: PdfDocDefinition): ChartSvg[] {
  const out: ChartSvg[] = [];
  const visit = (content: PdfContent): void => {
    if (typeof content === 'string') return;
    if (Array.isArray(content)) return content.forEach(visit);
    const node = content as PdfNode;
    // Word and the PNG rasteriser apply the bidi algorithm themselves: they get the labels in logical order.
    if ('svg' in node) out.push({ svg: node._logicalSvg ?? node.svg, width: node.width ?? 300, height: node.height ?? node.width ?? 200 });
    else if ('stack' in node) node.stack.forEach(visit);
    else if ('columns' in node) node.columns.forEach(visit);
    else if ('table' in node) node.table.body.forEach((row) => row.forEach(visit));
    else if ('ul' in node || 'ol' in node) (node.ul ?? node.ol ?? []).forEach(visit);
  };
  definition.content.forEach(visit);
  return out;
}
