import { RTL_LETTER, pieceText, visualPieces } from '../core/report/bidi';
import { isRtl } from '../core/report/language';
import { compactLinks, type LinkWriter } from './compact-links';
import { compactTextObjects, type ContentWriter } from './compact-text';

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
 * font and style runs and put in visual order by core/report/bidi.ts; the
 * pieces are then placed side by side, each measured with its own font, and
 * neighbours drawn alike are joined (joinPieces).
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
  y: number;
  inlines: InlineLike[];
  leadingCut: number;
  trailingCut: number;
  inlineWidths: number;
  getWidth(): number;
  getAscenderHeight(): number;
}

interface VectorLike {
  type: string;
  x?: number;
  y?: number;
  w?: number;
  h?: number;
  x1?: number;
  x2?: number;
  y1?: number;
  y2?: number;
  points?: Array<{ x: number; y: number }>;
}

interface PageLike {
  pageSize: { width: number; height: number };
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
  // Pieces end where the drawing changes, not at each of pdfmake's words: a run of words drawn alike is one piece.
  const cuts = starts.filter((_, i) => i > 0 && !drawnAlike(line.inlines[i - 1]!, line.inlines[i]!));
  const pieces: InlineLike[] = [];
  for (const piece of visualPieces(text, rtl, cuts, true)) {
    const source = line.inlines[owner(piece.start)]!;
    const part = text.slice(piece.start, piece.end);
    const whole = part === source.text;
    const inline = whole && piece.level % 2 === 0 ? source : { ...source, text: pieceText(part, piece.level) };
    if (piece.level % 2 === 1 && INNER_SPACE.test(part) && RTL_LETTER.test(part) && !inline.fontFeatures) inline.fontFeatures = WHOLE_RUN;
    inline.width = whole && inline.fontFeatures === source.fontFeatures ? source.width : widthOf(part, inline);
    pieces.push(inline);
  }
  // Inlines without text (a page reference before it is filled) keep their place at the start.
  line.inlines = [...line.inlines.filter((inline) => inline.text.length === 0), ...joinPieces(pieces)];
  let x = -(rtl ? line.trailingCut : line.leadingCut);
  let total = 0;
  for (const inline of line.inlines) {
    inline.x = toHundredth(x);
    x += inline.width;
    total += inline.width;
  }
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
 * Font features that make pdfkit give fontkit a text whole, not word by
 * word: fontkit then sets a right-to-left run of several words right to
 * left as a whole, which pdfkit, laying out words left to right, would not.
 * Empty, so the words are shaped as pdfkit shapes them (pdf/pdfkit-cache.ts
 * keeps such runs as it keeps words).
 */
const WHOLE_RUN: readonly string[] = Object.freeze([]);
/** A space with a character after it: a piece of several words. */
const INNER_SPACE = /[ \t][^]/;

/**
 * Drawn alike, whether a piece is shaped whole aside: text with features of
 * its own (fonts.ts, HAMZA_WITH_MARK) goes only with text with the same.
 */
function drawnAlike(a: InlineLike, b: InlineLike): boolean {
  const first = a as unknown as Record<string, unknown>;
  const second = b as unknown as Record<string, unknown>;
  return (
    a.text.length > 0 &&
    b.text.length > 0 &&
    ownFeatures(a) === ownFeatures(b) &&
    DRAWING.every((key) => key === 'fontFeatures' || first[key] === second[key]) &&
    !REFERENCES.some((key) => first[key] !== undefined || second[key] !== undefined)
  );
}

/** Font features set by the document, not by this pass. */
const ownFeatures = (inline: InlineLike) => (inline.fontFeatures && inline.fontFeatures !== WHOLE_RUN ? inline.fontFeatures : null);

/** Drawn by pdfkit left to right as it stands: no right-to-left letter (a number, Latin text, punctuation), not shaped whole. */
const leftToRight = (inline: InlineLike) => !inline.fontFeatures && !RTL_LETTER.test(inline.text);
/** Right-to-left text in logical order, which fontkit sets right to left: a run shaped whole or a single word. */
const rightToLeft = (inline: InlineLike) => RTL_LETTER.test(inline.text);
/** Figures and the spaces and points between them: one glyph per character, joined to no letter, the same read either way. */
const PLAIN = /^[0-9 \u00a0.,:]+$/;

/**
 * Neighbouring pieces drawn alike become one inline: pdfmake draws each
 * inline with its own text operators, positioned by numbers that are most
 * of the bytes of a page. Pieces drawn left to right as they stand join
 * whatever their level ("(", "2", ")"). Right-to-left pieces and the
 * plain ones between them ("المرحلة", "2") join as one run shaped whole:
 * the plain text is written reversed, so fontkit, setting the run right to
 * left, puts its figures back in order.
 */
function joinPieces(inlines: InlineLike[]): InlineLike[] {
  const out: InlineLike[] = [];
  /** Pieces of out made by joining, each a copy of its first piece; measured once they are whole. */
  const joined = new Set<InlineLike>();
  for (const inline of inlines) {
    let last = out.at(-1);
    const ltr = last && drawnAlike(last, inline) && leftToRight(last) && leftToRight(inline);
    if (!last || (!ltr && !(drawnAlike(last, inline) && shapedTogether(last, inline)))) {
      out.push(inline);
      continue;
    }
    if (!joined.has(last)) {
      last = out[out.length - 1] = { ...last };
      joined.add(last);
    }
    if (ltr) last.text += inline.text;
    else [last.text, last.fontFeatures] = [logical(inline) + logical(last), ownFeatures(last) ?? WHOLE_RUN];
  }
  // Measured whole: fontkit may kern across a join.
  for (const inline of joined) inline.width = widthOf(inline.text, inline);
  return out;
}

/**
 * Pieces (left, right in visual order) that fontkit can set as one right-to-left run: each
 * right to left or plain, one at least right to left, and not two letters meeting where
 * they are put together, which would join them as one word.
 */
function shapedTogether(left: InlineLike, right: InlineLike): boolean {
  const fits = (inline: InlineLike) => rightToLeft(inline) || (!inline.fontFeatures && PLAIN.test(inline.text));
  if (!fits(left) || !fits(right) || (!rightToLeft(left) && !rightToLeft(right))) return false;
  return !(RTL_LETTER.test(logical(right).at(-1)!) && RTL_LETTER.test(logical(left)[0]!));
}

/** The text of a piece in the order fontkit is to set right to left. */
function logical(inline: InlineLike): string {
  return rightToLeft(inline) ? inline.text : [...inline.text].reverse().join('');
}

function widthOf(text: string, inline: InlineLike): number {
  return inline.font.widthOfString(text, inline.fontSize, inline.fontFeatures) + (inline.characterSpacing ?? 0) * (text.length - 1);
}

/**
 * A position to a hundredth of a point (3.5 µm, far below any printer's dot):
 * pdfkit writes positions with six decimals, and these digits, one pair per
 * drawn piece, were a third of the compressed bytes of an Arabic page.
 */
const toHundredth = (value: number) => Math.round(value * 100) / 100;

/** pdfkit sets the text of a line at the page height − y − the line's ascender: that to a hundredth of a point (see toHundredth). */
function roundBaseline(line: LineLike, pageHeight: number): void {
  const baseline = pageHeight - line.y - line.getAscenderHeight();
  line.y += baseline - toHundredth(baseline);
}

/** Mirrors a laid-out page of a right-to-left document (see above); lines are ordered and their baselines rounded first. */
function mirrorPage(page: PageLike): void {
  const width = page.pageSize.width;
  for (const { type, item } of page.items) {
    if (type === 'line') {
      const line = item as LineLike;
      line.x = toHundredth(width - line.x - line.getWidth());
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

/** Mirrors a vector; its corners go to a hundredth of a point (see toHundredth), a rectangle's far edges included, so cells still meet. */
function mirrorVector(vector: VectorLike, width: number): void {
  const mirror = (x: number) => toHundredth(width - x);
  if (vector.type === 'rect' && vector.x !== undefined && vector.y !== undefined) {
    const [left, right] = [mirror(vector.x + (vector.w ?? 0)), mirror(vector.x)];
    const [top, bottom] = [toHundredth(vector.y), toHundredth(vector.y + (vector.h ?? 0))];
    Object.assign(vector, { x: left, y: top }, vector.w === undefined ? {} : { w: right - left }, vector.h === undefined ? {} : { h: bottom - top });
  } else if (vector.type === 'ellipse' && vector.x !== undefined) vector.x = mirror(vector.x);
  else if (vector.type === 'line') {
    if (vector.x1 !== undefined) vector.x1 = mirror(vector.x1);
    if (vector.x2 !== undefined) vector.x2 = mirror(vector.x2);
    if (vector.y1 !== undefined) vector.y1 = toHundredth(vector.y1);
    if (vector.y2 !== undefined) vector.y2 = toHundredth(vector.y2);
  } else if (vector.type === 'polyline')
    for (const point of vector.points ?? []) {
      point.x = mirror(point.x);
      point.y = toHundredth(point.y);
    }
}

/**
 * A left-to-right line as pdfmake laid it out, its neighbouring words drawn
 * alike joined (joinPieces): pdfmake draws one text object per word. Words
 * are joined only where each starts where the one before it ends, as in any
 * line that is not justified, so every glyph stays where it was.
 */
function joinWords(line: LineLike): void {
  if (line.inlines.length < 2 || line.inlines.some((inline) => inline.justifyShift)) return;
  for (let i = 1; i < line.inlines.length; i++) {
    const [before, inline] = [line.inlines[i - 1]!, line.inlines[i]!];
    if (Math.abs(before.x + before.width - inline.x) > 0.001) return;
  }
  line.inlines = joinPieces(line.inlines);
}

/** Orders the lines of laid-out pages and joins the words of the others; a right-to-left document's pages are mirrored too. */
export function arrangePages(pages: readonly PageLike[], language: string): void {
  const rtl = isRtl(language);
  for (const page of pages) {
    for (const { type, item } of page.items)
      if (type === 'line') {
        if (!orderLine(item as LineLike, rtl)) joinWords(item as LineLike);
        roundBaseline(item as LineLike, page.pageSize.height);
      }
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
    set(this: { options?: { lang?: unknown }; _fontFamilies?: Record<string, object | undefined> } & ContentWriter & LinkWriter, pages: PageLike[]) {
      const language = typeof this.options?.lang === 'string' ? this.options.lang : '';
      arrangePages(pages, language);
      // Pieces drawn alike share a text object (compact-text.ts); links carry their actions (compact-links.ts).
      compactTextObjects(this);
      compactLinks(this);
      // The fonts laid out with are open now, none drawn yet.
      for (const font of Object.values(this._fontFamilies ?? {})) if (font) recordLigaturesVisually(Object.getPrototypeOf(font) as EmbeddedFontLike);
      Object.defineProperty(this, '_pdfMakePages', { value: pages, writable: true, configurable: true, enumerable: true });
    },
  });
  return true;
}
