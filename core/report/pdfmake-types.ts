/**
 * The part of pdfmake's document-definition format the report uses. core/
 * never imports pdfmake; these types describe the plain data it is given.
 */
export type PdfMargin = number | [number, number] | [number, number, number, number];

export interface PdfStyle {
  font?: string;
  fontSize?: number;
  bold?: boolean;
  italics?: boolean;
  color?: string;
  fillColor?: string;
  alignment?: 'left' | 'right' | 'center' | 'justify';
  lineHeight?: number;
  margin?: PdfMargin;
  characterSpacing?: number;
  noWrap?: boolean;
  /** OpenType features for pdfkit/fontkit, e.g. { ccmp: false } (see fonts.ts, HAMZA_WITH_MARK). */
  fontFeatures?: Record<string, boolean>;
}

/** Properties any content node may carry (table cells included). */
export interface PdfNodeBase extends PdfStyle {
  style?: string | string[];
  id?: string;
  pageBreak?: 'before' | 'after';
  /** With pageBreak: the orientation of the pages from here on (a landscape form in a portrait document). */
  pageOrientation?: 'portrait' | 'landscape';
  unbreakable?: boolean;
  headlineLevel?: number;
  width?: number | '*' | 'auto' | string;
  colSpan?: number;
  rowSpan?: number;
  border?: [boolean, boolean, boolean, boolean];
  /** Not read by pdfmake: the level of a heading kept in one block with what follows (it has no headlineLevel then). */
  _headline?: number;
  /** Not read by pdfmake: the builder's estimate of the node's height, in points. */
  _estimate?: number;
}

/** A run of text inside a paragraph. */
export interface PdfInline extends PdfStyle {
  text: string | PdfInline[];
  style?: string | string[];
  pageReference?: string;
  linkToDestination?: string;
}

export type PdfTextContent = string | PdfInline | Array<string | PdfInline>;

export interface PdfText extends PdfNodeBase {
  text: PdfTextContent;
  tocItem?: boolean | string;
  tocMargin?: PdfMargin;
  tocStyle?: string | PdfStyle;
  tocNumberStyle?: string | PdfStyle;
  linkToDestination?: string;
  pageReference?: string;
  /** Adds a PDF bookmark. */
  outline?: boolean;
  outlineText?: string;
  outlineParentId?: string;
}

export interface PdfStack extends PdfNodeBase {
  stack: PdfContent[];
}

export interface PdfColumns extends PdfNodeBase {
  columns: PdfContent[];
  columnGap?: number;
}

export interface PdfTableLayout {
  hLineWidth?: (i: number, node: { table: { body: unknown[] } }) => number;
  vLineWidth?: (i: number, node: { table: { widths: unknown[] } }) => number;
  hLineColor?: (i: number, node: { table: { body: unknown[] } }) => string;
  vLineColor?: (i: number, node: { table: { widths: unknown[] } }) => string;
  paddingLeft?: (i: number) => number;
  paddingRight?: (i: number) => number;
  paddingTop?: (i: number) => number;
  paddingBottom?: (i: number) => number;
  fillColor?: (rowIndex: number) => string | null;
}

export interface PdfTable extends PdfNodeBase {
  table: {
    widths: Array<number | '*' | 'auto'>;
    body: PdfContent[][];
    headerRows?: number;
    keepWithHeaderRows?: number;
    dontBreakRows?: boolean;
  };
  layout?: PdfTableLayout | 'noBorders' | 'lightHorizontalLines' | 'headerLineOnly';
}

export interface PdfList extends PdfNodeBase {
  ul?: PdfContent[];
  ol?: PdfContent[];
  type?: string;
  markerColor?: string;
}

export interface PdfSvg extends PdfNodeBase {
  svg: string;
  /** The same chart with its labels in logical order, when they hold right-to-left text (fonts.ts chartSvg). */
  _logicalSvg?: string;
  width?: number;
  height?: number;
  /** Font family for SVG text without a known font-family. */
  font?: string;
}

export interface PdfToc extends PdfNodeBase {
  toc: {
    id?: string;
    title?: PdfText;
    textStyle?: PdfStyle;
    numberStyle?: PdfStyle;
    textMargin?: PdfMargin;
    outlines?: boolean;
  };
}

export interface PdfCanvas extends PdfNodeBase {
  canvas: Array<{ type: 'line' | 'rect'; x1?: number; y1?: number; x2?: number; y2?: number; x?: number; y?: number; w?: number; h?: number; lineWidth?: number; lineColor?: string; color?: string }>;
}

export type PdfNode = PdfText | PdfStack | PdfColumns | PdfTable | PdfList | PdfSvg | PdfToc | PdfCanvas;
export type PdfContent = string | PdfNode | PdfContent[];

/** What pdfmake tells a pageBreakBefore function about a node. */
export interface PdfNodeInfo {
  id?: string;
  headlineLevel?: number;
  style?: string | string[];
  text?: unknown;
  table?: unknown;
  svg?: unknown;
  stack?: boolean;
  pageNumbers: number[];
  startPosition: { pageNumber: number; top: number; verticalRatio?: number; pageInnerHeight?: number };
}

export interface PdfNodeQueries {
  getFollowingNodesOnPage(): PdfNodeInfo[];
  getNodesOnNextPage(): PdfNodeInfo[];
  getPreviousNodesOnPage(): PdfNodeInfo[];
}

export interface PdfPageSize {
  width: number;
  height: number;
}

export type PdfDynamic = (currentPage: number, pageCount: number, pageSize: PdfPageSize) => PdfContent | null;

export interface PdfDocDefinition {
  pageSize: 'A4' | 'LETTER';
  pageOrientation?: 'portrait' | 'landscape';
  pageMargins: [number, number, number, number];
  language?: string;
  info: {
    title: string;
    author?: string;
    subject?: string;
    keywords?: string;
    creator: string;
    producer: string;
    creationDate: Date;
    modDate: Date;
  };
  content: PdfContent[];
  styles: Record<string, PdfStyle>;
  defaultStyle: PdfStyle;
  header?: PdfDynamic;
  footer?: PdfDynamic;
  pageBreakBefore?: (node: PdfNodeInfo, nodes: PdfNodeQueries) => boolean;
  compress?: boolean;
  version?: string;
}
