import { RTL_LETTER, WORD_SPACE, pieceText, visualPieces } from '../core/report/bidi';
import { isRtl } from '../core/report/language';

/*
 * Right-to-left text for pdfmake, which has no bidirectional algorithm: it
 * breaks lines and places words in logical order, left to right.
 *
 * The Unicode bidi algorithm (UAX #9) orders a line only once the line is
 * known (rules L1–L2 work line by line), so this pass runs after pdfmake's
 * line breaking. It hooks the one moment where every line of the document
 * exists with its final width and place — paragraphs, table cells, contents
 * with their page numbers, the running header and footer — and nothing is
 * drawn yet: pdfmake hands the laid-out pages to its pdfkit document
 * (`_pdfMakePages = pages`) just before drawing them. A setter on that
 * property works the same in Node and in the browser build, whose layout
 * classes are out of reach; breaking lines ourselves would mean redoing
 * pdfmake's table and column widths.
 *
 * Each line is cut into pieces of one embedding level within pdfmake's
 * words and put in visual order by core/report/bidi.ts; the pieces are then
 * placed side by side, each measured with its own font.
 *
 * In a right-to-left document (the PDF's language is Arabic) every line is a
 * right-to-left paragraph, and each page is mirrored: everything pdfmake
 * placed at x now sits at the page width − x − its width, so paragraphs are
 * right-aligned, table columns run right to left, the contents put page
 * numbers on the left, header and footer swap sides. Charts are moved, not
 * mirrored inside: their axes and figures read as in any language.
 */

interface FontLike {
  widthOfString(text: string, size: number, features?: unknown): number;
}

interface InlineLike {
  text: string;
  x: number;
  width: number;
  font: FontLike;
  fontSize: number;
  fontFeatures?: unknown;
  characterSpacing?: number;
  alignment?: string;
  justifyShift?: number;
}

interface LineLike {
  x: number;
  inlines: InlineLike[];
  leadingCut: number;
  trailingCut: number;
  inlineWidths: number;
  getWidth(): number;
}

interface VectorLike {
  type: string;
  x?: number;
  w?: number;
  x1?: number;
  x2?: number;
  points?: Array<{ x: number }>;
}

interface PageLike {
  pageSize: { width: number };
  items: Array<{ type: string; item: unknown }>;
}

/** Puts a line's inlines in visual order, cut into pieces of one level (core/report/bidi.ts); true when the line was changed. */
export function orderLine(line: LineLike, rtl: boolean): boolean {
  const text = line.inlines.map((inline) => inline.text).join('');
  if (!rtl && !RTL_LETTER.test(text)) return false;
  // A justified line has its gaps spread over its words; the report justifies nothing.
  if (line.inlines.some((inline) => inline.justifyShift)) return false;
  const starts: number[] = [];
  let offset = 0;
  for (const inline of line.inlines) {
    starts.push(offset);
    offset += inline.text.length;
  }
  const owner = (at: number) => {
    let i = starts.length - 1;
    while (i > 0 && (starts[i]! > at || line.inlines[i]!.text.length === 0)) i--;
    return i;
  };
  // Inlines without text (a page reference before it is filled) keep their place at the start.
  const empty = line.inlines.filter((inline) => inline.text.length === 0);
  let x = -(rtl ? line.trailingCut : line.leadingCut);
  let total = 0;
  const place = (inline: InlineLike, width: number) => {
    inline.width = width;
    inline.x = x;
    x += width;
    total += width;
    return inline;
  };
  const placed = empty.map((inline) => place(inline, inline.width));
  for (const piece of visualPieces(text, rtl, starts)) {
    const source = line.inlines[owner(piece.start)]!;
    const part = text.slice(piece.start, piece.end);
    const whole = part === source.text;
    const inline = whole && piece.level % 2 === 0 ? source : { ...source, text: pieceText(part, piece.level) };
    placed.push(place(inline, whole ? source.width : widthOf(part, source)));
  }
  line.inlines = joinPieces(placed);
  line.inlineWidths = total;
  return true;
}

/** What pdfmake draws an inline with besides its text; pieces that share them can be drawn as one. */
const DRAWING = [
  'font',
  'fontSize',
  'fontFeatures',
  'characterSpacing',
  'color',
  'opacity',
  'background',
  'decoration',
  'decorationColor',
  'decorationStyle',
  'decorationThickness',
  'link',
  'linkToPage',
  'linkToDestination',
  'sup',
  'sub',
] as const;
/** Inlines pdfmake fills or points at when drawing (page numbers of the contents). */
const REFERENCES = ['_pageNodeRef', '_pageRef', '_tocItemRef'] as const;

/**
 * Neighbouring pieces drawn alike become one inline: pdfmake draws each
 * inline with its own text operators, so a line of Arabic words would cost
 * a dozen operators per word. Joined only after a space, where pdfkit cuts
 * the text anyway (it lays out each space-ended chunk on its own), so every
 * word is shaped and placed exactly as it was. Not so for text drawn with
 * its own font features, which pdfkit shapes whole (fonts.ts, HAMZA_WITH_MARK).
 */
function joinPieces(inlines: InlineLike[]): InlineLike[] {
  const out: InlineLike[] = [];
  for (const inline of inlines) {
    const last = out.at(-1);
    const record = inline as unknown as Record<string, unknown>;
    const previous = last as unknown as Record<string, unknown> | undefined;
    if (
      last &&
      previous &&
      !previous.fontFeatures &&
      WORD_SPACE.test(last.text.at(-1) ?? '') &&
      DRAWING.every((key) => previous[key] === record[key]) &&
      !REFERENCES.some((key) => previous[key] !== undefined || record[key] !== undefined)
    ) {
      out[out.length - 1] = { ...last, text: last.text + inline.text, width: last.width + inline.width };
      continue;
    }
    out.push(inline);
  }
  return out;
}

function widthOf(text: string, inline: InlineLike): number {
  return inline.font.widthOfString(text, inline.fontSize, inline.fontFeatures) + (inline.characterSpacing ?? 0) * (text.length - 1);
}

/** Mirrors a laid-out page of a right-to-left document (see above); lines are ordered first. */
function mirrorPage(page: PageLike): void {
  const width = page.pageSize.width;
  for (const { type, item } of page.items) {
    if (type === 'line') {
      const line = item as LineLike;
      line.x = width - line.x - line.getWidth();
      // The page number of a contents line is set when drawn, kept at the side the line is aligned to.
      for (const inline of line.inlines) if (inline.alignment === 'left' || inline.alignment === 'right') inline.alignment = inline.alignment === 'left' ? 'right' : 'left';
    } else if (type === 'vector') mirrorVector(item as VectorLike, width);
    else if (type === 'image' || type === 'svg' || type === 'attachment') {
      const box = item as { x: number; _width: number };
      box.x = width - box.x - box._width;
    } else if (type === 'beginClip') {
      const clip = item as { x: number; width: number };
      clip.x = width - clip.x - clip.width;
    }
  }
}

function mirrorVector(vector: VectorLike, width: number): void {
  if (vector.type === 'rect' && vector.x !== undefined) vector.x = width - vector.x - (vector.w ?? 0);
  else if (vector.type === 'ellipse' && vector.x !== undefined) vector.x = width - vector.x;
  else if (vector.type === 'line') {
    if (vector.x1 !== undefined) vector.x1 = width - vector.x1;
    if (vector.x2 !== undefined) vector.x2 = width - vector.x2;
  } else if (vector.type === 'polyline') for (const point of vector.points ?? []) point.x = width - point.x;
}

/** Orders the lines of laid-out pages; a right-to-left document's pages are mirrored too. */
export function arrangePages(pages: readonly PageLike[], language: string): void {
  const rtl = isRtl(language);
  for (const page of pages) {
    for (const { type, item } of page.items) if (type === 'line') orderLine(item as LineLike, rtl);
    if (rtl) mirrorPage(page);
  }
}

const hooked = new WeakSet<object>();

interface EmbeddedFontLike {
  unicode?: number[][];
  encode(text: string, features?: unknown): [string[], unknown];
  /** Glyphs whose text has been put in visual order (set here). */
  _visual?: Set<number>;
}

/**
 * A right-to-left piece is drawn as fontkit returns it, right to left, and a
 * PDF reader turns it back to logical order character by character. A glyph
 * that stands for several characters (the lam-alef ligature) would then read
 * backwards ("ال" for "لا"), so its characters are recorded in visual order.
 */
function recordLigaturesVisually(fontProto: EmbeddedFontLike): void {
  if (hooked.has(fontProto) || typeof fontProto.encode !== 'function') return;
  hooked.add(fontProto);
  const encode = fontProto.encode;
  fontProto.encode = function visualEncode(this: EmbeddedFontLike, text: string, features?: unknown) {
    const result = encode.call(this, text, features);
    if (!RTL_LETTER.test(text) || !this.unicode) return result;
    const visual = (this._visual ??= new Set());
    for (const code of result[0]) {
      const gid = parseInt(code, 16);
      const chars = this.unicode[gid];
      if (chars && chars.length > 1 && !visual.has(gid)) this.unicode[gid] = [...chars].reverse();
      visual.add(gid);
    }
    return result;
  };
}

/**
 * Makes a pdfmake PDFDocument class arrange every document's pages (see
 * above) when pdfmake hands them over for drawing. Once per class.
 */
export function arrangeBidiPages(document: unknown): boolean {
  const proto = document && typeof document === 'object' ? (Object.getPrototypeOf(document) as object | null) : null;
  if (!proto || hooked.has(proto)) return false;
  hooked.add(proto);
  Object.defineProperty(proto, '_pdfMakePages', {
    configurable: true,
    get: () => undefined,
    set(this: { options?: { lang?: unknown }; _fontFamilies?: Record<string, object | undefined> }, pages: PageLike[]) {
      const language = typeof this.options?.lang === 'string' ? this.options.lang : '';
      arrangePages(pages, language);
      // The fonts laid out with are open now, none drawn yet.
      for (const font of Object.values(this._fontFamilies ?? {})) if (font) recordLigaturesVisually(Object.getPrototypeOf(font) as EmbeddedFontLike);
      Object.defineProperty(this, '_pdfMakePages', { value: pages, writable: true, configurable: true, enumerable: true });
    },
  });
  return true;
}
