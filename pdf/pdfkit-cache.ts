/**
 * Speeds up pdfmake's pdfkit for repeated reports, in Node and in the browser
 * alike: it works on the objects a pdfmake instance hands out, not on
 * imports. Three changes to pdfmake's PDFDocument (one per class, made once):
 *
 * - Fonts named in the virtual file system are opened from it. svg-to-pdfkit
 *   opens chart fonts by file name through pdfkit; in the browser build
 *   pdfkit's fs is pdfmake's virtual file system, but in Node it is the disk.
 * - pdfkit parses every font again for each document (fontkit.create, then
 *   each table on first use), which was most of the time of a report. The
 *   parsed font is kept per font buffer instead; the buffers live in the
 *   virtual file system and never change. Only the parsed font is shared:
 *   each document still gets its own embedded font, subset and font id,
 *   numbered exactly as pdfkit numbers them, so output is unchanged.
 * - pdfkit shapes each word with fontkit and caches the result per document;
 *   the cache is kept per parsed font instead, with the runs shaped whole
 *   (given empty font features: right-to-left text, pdf/bidi-layout.ts),
 *   which pdfkit does not cache at all. A shaped word depends only on
 *   the font and the word, and pdfkit never modifies a cached result. The
 *   width of a word (asked for several times per word by pdfmake and pdfkit)
 *   is kept per parsed font too, and the glyph codes of a word per document
 *   (pdfkit adds a word's glyphs to the document's font subset the first
 *   time; the codes then stay the same, and no caller changes them).
 *
 * - Every drawing operator (pdfmake draws each word with a dozen of them)
 *   went into the page's content stream as a buffer of its own, made from
 *   the operator and a newline. The operators of a page are kept as strings
 *   instead and written as one when the page ends (or before anything else
 *   is written to it): the same bytes, a fraction of the allocations.
 * - A text drawn is cut into words without pdfkit's array per character and
 *   per word (layoutWords): the same runs, glyphs and positions.
 *
 * - Shaping a word the first time (fontkit's substitutions and positioning)
 *   was most of the time of a process's first report. Shapes can be kept
 *   between processes (keepShapes; the CLI keeps them beside its bundle): a
 *   kept word is rebuilt from its glyph ids, advances, characters and
 *   positions, the numbers fontkit and pdfkit gave it, instead of shaped again.
 *
 * If pdfmake's internals ever differ from what this expects, it changes
 * nothing and pdfmake runs as it ships.
 */

interface VirtualFs {
  existsSync(name: string): boolean;
  readFileSync(name: string): Uint8Array;
}

interface EmbeddedFontLike {
  font: object;
  /** pdfkit's factor from font units to thousandths of the font size. */
  scale?: number;
  name?: string;
  id: string;
  layoutCache?: Record<string, unknown>;
  layoutRun(text: string, features?: unknown): unknown;
  layoutCached(text: string): unknown;
  layout?(text: string, features: unknown, onlyWidth?: boolean): { advanceWidth: number };
  widthOfString?(text: string, size: number, features?: unknown): number;
  encode?(text: string, features?: unknown): unknown;
  /** What is kept of the parsed font (set by acceleratePdfKit). */
  _caches?: FontCaches;
  /** This document's encoded words (set by acceleratePdfKit). */
  _encoded?: Record<string, Encoded>;
}

type EmbeddedFontClass = new (document: PdfKitDocument, font: object, id: string) => EmbeddedFontLike;

interface PdfPageLike {
  write(chunk: unknown): unknown;
  end(): unknown;
  /** Operators not yet written to the content stream (set by acceleratePdfKit). */
  _operators?: string[];
}

interface PdfKitDocument {
  page?: PdfPageLike | null;
  addContent(data: unknown): unknown;
  virtualfs?: VirtualFs | null;
  _fontFamilies: Record<string, EmbeddedFontLike | undefined>;
  _font: EmbeddedFontLike | null;
  _fontCount: number;
  _fontSource: unknown;
  _fontFamily: unknown;
  font(src: unknown, family?: unknown, size?: unknown): unknown;
  fontSize(size: unknown): unknown;
}

const patched = new WeakSet<object>();

/** Every speed-up this module makes; a test asserts that a report applies all of them. */
export const PDFKIT_PATCHES = ['font-cache', 'operator-batching', 'page-batching', 'layout-cache', 'word-split', 'width-cache', 'encode-cache'] as const;
export type PdfKitPatch = (typeof PDFKIT_PATCHES)[number];

const applied = new Set<PdfKitPatch>();

/**
 * The speed-ups that have taken effect so far in this process (some apply on
 * the first font or page drawn). A pdfkit upgrade that changes what a patch
 * expects leaves it out here instead of failing, so a test can notice.
 */
export function appliedPdfKitPatches(): PdfKitPatch[] {
  return PDFKIT_PATCHES.filter((p) => applied.has(p));
}

/**
 * A shaped text as kept between processes: per glyph its id, advance (font
 * units) and characters, and its position as pdfkit scaled it.
 */
export type KeptShape = [ids: number[], advances: number[], codePoints: number[][], xAdvance: number[], yAdvance: number[], xOffset: number[], yOffset: number[]];

/** Shapes of one font by text: words as pdfkit shapes them, and runs shaped whole (no font feature given). */
export interface KeptShapes {
  words: Record<string, KeptShape>;
  runs: Record<string, KeptShape>;
}

interface Keeping {
  kept: KeptShapes;
  fresh: KeptShapes;
}

/** What keepShapes was given, by font file, then by the font parsed from it. */
const keepingByFile = new WeakMap<Uint8Array, Keeping>();
const keepingByFont = new WeakMap<object, Keeping>();

/**
 * Hands over the shapes kept from earlier processes for the font in this file,
 * and receives in fresh every text shaped in this one that was not among them
 * (to keep for the next). Call it before the first report draws with the font.
 */
export function keepShapes(file: Uint8Array, kept: KeptShapes, fresh: KeptShapes): void {
  keepingByFile.set(file, { kept, fresh });
}

interface GlyphRunLike {
  glyphs: Array<{ id: number; advanceWidth: number; codePoints: number[] }>;
  positions: Array<{ xAdvance: number; yAdvance: number; xOffset: number; yOffset: number; advanceWidth: number }>;
  advanceWidth: number;
}

function keptShape(run: GlyphRunLike): KeptShape {
  const { glyphs, positions } = run;
  return [
    glyphs.map((g) => g.id),
    glyphs.map((g) => g.advanceWidth),
    glyphs.map((g) => [...g.codePoints]),
    positions.map((p) => p.xAdvance),
    positions.map((p) => p.yAdvance),
    positions.map((p) => p.xOffset),
    positions.map((p) => p.yOffset),
  ];
}

const numbers = (value: unknown, length: number): value is number[] => Array.isArray(value) && value.length === length && value.every((n) => typeof n === 'number' && Number.isFinite(n));

/** The run pdfkit's layoutRun gives for a kept shape (the same numbers), or null when the shape is not well formed. */
function keptRun(shape: KeptShape, scale: number): GlyphRunLike | null {
  const [ids, advances, codePoints, xAdvance, yAdvance, xOffset, yOffset] = shape;
  const n = Array.isArray(ids) ? ids.length : -1;
  if (
    ![ids, advances, xAdvance, yAdvance, xOffset, yOffset].every((list) => numbers(list, n)) ||
    !Array.isArray(codePoints) ||
    codePoints.length !== n ||
    !codePoints.every((c) => numbers(c, Array.isArray(c) ? c.length : -1))
  )
    return null;
  const glyphs = ids.map((id, i) => ({ id, advanceWidth: advances[i]!, codePoints: codePoints[i]! }));
  const positions = ids.map((_, i) => ({ xAdvance: xAdvance[i]!, yAdvance: yAdvance[i]!, xOffset: xOffset[i]!, yOffset: yOffset[i]!, advanceWidth: advances[i]! * scale }));
  return {
    glyphs,
    positions,
    // As fontkit's GlyphRun sums it.
    get advanceWidth() {
      let width = 0;
      for (const position of positions) width += position.xAdvance;
      return width;
    },
  };
}

/** A text's run: kept from an earlier process when there is one, otherwise shaped (and noted to keep). */
function shapeOf(font: EmbeddedFontLike, text: string, table: keyof KeptShapes, shape: () => unknown): unknown {
  const keeping = keepingByFont.get(font.font);
  if (!keeping) return shape();
  const kept = Object.hasOwn(keeping.kept[table], text) ? keptRun(keeping.kept[table][text]!, font.scale ?? 1) : null;
  if (kept) return kept;
  const run = shape() as GlyphRunLike;
  keeping.fresh[table][text] = keptShape(run);
  return run;
}

/**
 * pdfkit's layout of a text without font features, word by word (each word
 * with the space or tab after it), as pdfkit does it: the same runs, glyphs and
 * positions, and the width summed in the same order. pdfkit tested each
 * character against a new array and joined the glyphs with concat, a new
 * array per word, for every piece of text drawn.
 */
function layoutWords(font: EmbeddedFontLike, text: string, onlyWidth: boolean): { glyphs: unknown[] | null; positions: unknown[] | null; advanceWidth: number } {
  const glyphs: unknown[] | null = onlyWidth ? null : [];
  const positions: unknown[] | null = onlyWidth ? null : [];
  let advanceWidth = 0;
  const add = (word: string) => {
    const run = font.layoutCached(word) as GlyphRunLike;
    if (glyphs && positions) {
      for (const glyph of run.glyphs) glyphs.push(glyph);
      for (const position of run.positions) positions.push(position);
    }
    advanceWidth += run.advanceWidth;
  };
  forEachWord(text, add);
  return { glyphs, positions, advanceWidth };
}

/** Calls add with each word of a text and the space or tab after it, as pdfkit splits a text it lays out. */
function forEachWord(text: string, add: (word: string) => void): void {
  let last = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 32 || code === 9) {
      add(text.slice(last, index + 1));
      last = index + 1;
    }
  }
  if (last < text.length) add(text.slice(last));
}

type Encoded = [codes: string[], positions: unknown[]];

/**
 * pdfkit's encoding of a text without font features, put together from the
 * encodings of its words (kept per document): the same glyph codes and
 * positions, since its layout is its words' layouts one after the other
 * (layoutWords), and the glyphs join the font's subset in the same order. A
 * piece of a line is rarely drawn twice, its words are, so pieces are not kept.
 */
function encodeWords(text: string, encodeWord: (word: string) => Encoded): Encoded {
  const parts: Encoded[] = [];
  forEachWord(text, (word) => {
    parts.push(encodeWord(word));
  });
  if (parts.length === 1) return parts[0]!;
  // Pushed one by one: this runs for every piece drawn, and flatMap with a callback per word cost more than the words' lookups.
  const codes: string[] = [];
  const positions: unknown[] = [];
  for (const part of parts) {
    for (const code of part[0]) codes.push(code);
    for (const position of part[1]) positions.push(position);
  }
  return [codes, positions];
}

/**
 * Runs fontkit's shaping with a glyph table of its own. fontkit keeps one
 * glyph object per glyph id and font, holding the characters of the text it
 * was first made for (or none, when a document's subset made it as part of
 * another glyph), and pdfkit writes those characters into the PDF's text
 * layer. A font parsed once for every document would carry them from one
 * report to the next: an alef first met as the base of "أُ" (composition on),
 * or made while embedding "ز", would read as "أ" or as nothing in every later
 * report. With a table of its own, each shaped text's glyphs hold its own
 * characters, as in a font parsed for one document.
 */
function withOwnGlyphs<T>(font: object, shape: () => T): T {
  const owner = font as { _glyphs?: unknown };
  if (owner._glyphs === null || typeof owner._glyphs !== 'object') return shape();
  const shared = owner._glyphs;
  owner._glyphs = Object.create(null);
  try {
    return shape();
  } finally {
    owner._glyphs = shared;
  }
}

/** What is kept of a parsed font across documents, by text: shaped words, runs shaped whole, and widths; by features' key then text: runs shaped and widths measured with those features. */
interface FontCaches {
  words: Record<string, unknown>;
  runs: Record<string, unknown>;
  widths: Record<string, number>;
  featured: Record<string, { runs: Record<string, unknown>; widths: Record<string, number> }>;
}

const featureKeys = new WeakMap<object, string | null>();

/**
 * A key for font features given as a list of names or as an object of names to
 * true or false (the two forms fontkit takes); null for anything else, which is
 * then shaped as pdfkit ships. Worked out once per features object: fontkit
 * writes its default features into an object it is given, which still asks for
 * the same shaping.
 */
function featureKey(features: object): string | null {
  let key = featureKeys.get(features);
  if (key !== undefined) return key;
  if (Array.isArray(features)) key = features.every((f) => typeof f === 'string') ? `[${features.join(',')}]` : null;
  else {
    const entries = Object.entries(features);
    key = entries.every(([, on]) => typeof on === 'boolean') ? entries.map(([name, on]) => `${name}=${on}`).join(',') : null;
  }
  featureKeys.set(features, key);
  return key;
}

/** The caches for runs shaped with these features, or null when they have no key. */
function featuredCaches(embedded: EmbeddedFontLike, features: unknown): FontCaches['featured'][string] | null {
  const key = features !== null && typeof features === 'object' ? featureKey(features) : null;
  if (key === null) return null;
  const featured = cachesOf(embedded).featured;
  return (featured[key] ??= { runs: Object.create(null), widths: Object.create(null) });
}

const cachesByFont = new WeakMap<object, FontCaches>();

/** The caches of a document's font, found once per document by the parsed font and then held by the document's font. */
function cachesOf(embedded: EmbeddedFontLike): FontCaches {
  let caches = embedded._caches;
  if (caches) return caches;
  caches = cachesByFont.get(embedded.font);
  if (!caches) cachesByFont.set(embedded.font, (caches = { words: Object.create(null), runs: Object.create(null), widths: Object.create(null), featured: Object.create(null) } as FontCaches));
  return (embedded._caches = caches);
}

/** Applies the changes to the class of a PDFDocument made by pdfmake (once per class). */
export function acceleratePdfKit(document: unknown): boolean {
  const proto = document && typeof document === 'object' ? (Object.getPrototypeOf(document) as Partial<PdfKitDocument> | null) : null;
  if (!proto || patched.has(proto) || typeof proto.font !== 'function' || typeof proto.fontSize !== 'function') return false;
  batchOperators(proto);
  const original = proto.font;
  const parsed = new WeakMap<Uint8Array, object>();
  let EmbeddedFont: EmbeddedFontClass | null = null;

  const learn = function learnFont(embedded: EmbeddedFontLike) {
    const cls = embedded.constructor as EmbeddedFontClass;
    const fontProto = cls.prototype as EmbeddedFontLike;
    if (typeof fontProto.layoutRun !== 'function' || typeof fontProto.layoutCached !== 'function') return;
    EmbeddedFont = cls;
    if (patched.has(fontProto)) return;
    patched.add(fontProto);
    applied.add('layout-cache');
    fontProto.layoutCached = function (this: EmbeddedFontLike, text: string) {
      if (!this.layoutCache) return this.layoutRun(text);
      const cache = cachesOf(this).words;
      return (cache[text] ??= shapeOf(this, text, 'words', () => this.layoutRun(text)));
    };
    // A run given with no feature changed (pdf/bidi-layout.ts: right-to-left words shaped whole) is kept like a word,
    // and so is one given features (core/report/fonts.ts: Arabic with a vowelled hamza, drawn with ccmp off).
    const original = fontProto.layoutRun;
    const layoutRun = function shapeWithOwnGlyphs(this: EmbeddedFontLike, text: string, features?: unknown) {
      return withOwnGlyphs(this.font, () => original.call(this, text, features));
    };
    fontProto.layoutRun = function cachedRun(this: EmbeddedFontLike, text: string, features?: unknown) {
      if (!this.layoutCache) return layoutRun.call(this, text, features);
      if (Array.isArray(features) && features.length === 0) {
        const cache = cachesOf(this).runs;
        return (cache[text] ??= shapeOf(this, text, 'runs', () => layoutRun.call(this, text, features)));
      }
      const cache = featuredCaches(this, features)?.runs;
      if (!cache) return layoutRun.call(this, text, features);
      return (cache[text] ??= layoutRun.call(this, text, features));
    };
    const layout = fontProto.layout;
    if (typeof layout === 'function') {
      applied.add('word-split');
      fontProto.layout = function splitWords(this: EmbeddedFontLike, text: string, features: unknown, onlyWidth?: boolean) {
        return features ? layout.call(this, text, features, onlyWidth) : layoutWords(this, text, onlyWidth === true);
      };
    }
    const { widthOfString, encode } = fontProto;
    if (typeof widthOfString === 'function' && typeof fontProto.layout === 'function') {
      applied.add('width-cache');
      fontProto.widthOfString = function cachedWidth(this: EmbeddedFontLike, text: string, size: number, features?: unknown) {
        const cache = !this.layoutCache ? null : features ? featuredCaches(this, features)?.widths : cachesOf(this).widths;
        if (!cache) return widthOfString.call(this, text, size, features);
        const width = (cache[text] ??= this.layout!(text, features, true).advanceWidth);
        // As pdfkit computes it, to the last bit.
        const scale = size / 1000;
        return width * scale;
      };
    }
    if (typeof encode === 'function') {
      applied.add('encode-cache');
      fontProto.encode = function cachedEncode(this: EmbeddedFontLike, text: string, features?: unknown) {
        if (features) return encode.call(this, text, features);
        const cache = (this._encoded ??= Object.create(null) as Record<string, Encoded>);
        return encodeWords(text, (word) => (cache[word] ??= encode.call(this, word, features) as Encoded));
      };
    }
  };

  /** What pdfkit's font(buffer) does for a font it has parsed before, without parsing it again. */
  const openParsed = function openParsed(doc: PdfKitDocument, src: Uint8Array, fontkitFont: object, size: unknown) {
    doc._fontSource = src;
    doc._fontFamily = undefined;
    if (size !== undefined && size !== null) doc.fontSize(size);
    const id = `F${++doc._fontCount}`;
    const font = new EmbeddedFont!(doc, fontkitFont, id);
    const known = font.name ? doc._fontFamilies[font.name] : undefined;
    if (known && known.font === fontkitFont) {
      doc._font = known;
      return;
    }
    doc._font = font;
    if (font.name && !doc._fontFamilies[font.name]) doc._fontFamilies[font.name] = font;
    if (!font.name || doc._fontFamilies[font.name] !== font) doc._fontFamilies[font.id] = font;
  };

  proto.font = function cachedFont(this: PdfKitDocument, src: unknown, family?: unknown, size?: unknown) {
    let buffer: Uint8Array | null = src instanceof Uint8Array && family === undefined ? src : null;
    let name: string | null = null;
    if (typeof src === 'string' && family === undefined && !this._fontFamilies[src] && this.virtualfs?.existsSync(src)) {
      name = src;
      buffer = this.virtualfs.readFileSync(src);
    }
    if (buffer === null) return original.call(this, src, family, size);
    const known = parsed.get(buffer);
    if (known && EmbeddedFont) openParsed(this, buffer, known, size);
    else {
      original.call(this, buffer, undefined, size);
      const embedded = this._font;
      if (embedded && typeof embedded.font === 'object') {
        learn(embedded);
        parsed.set(buffer, embedded.font);
        const keeping = keepingByFile.get(buffer);
        if (keeping) keepingByFont.set(embedded.font, keeping);
      }
    }
    if (name !== null && this._font) this._fontFamilies[name] = this._font;
    return this;
  };
  patched.add(proto);
  applied.add('font-cache');
  return true;
}

/** Keeps a page's operators as strings and writes them as one (see above). */
function batchOperators(proto: Partial<PdfKitDocument>): void {
  const addContent = proto.addContent;
  if (typeof addContent !== 'function') return;
  const pages = new WeakSet<object>();
  /** Patches the page class the first time one of its pages is drawn on; false if it is not what we expect. */
  const ready = function pageReady(page: PdfPageLike): boolean {
    const pageProto = Object.getPrototypeOf(page) as PdfPageLike | null;
    if (!pageProto) return false;
    if (pages.has(pageProto)) return true;
    const { write, end } = pageProto;
    if (typeof write !== 'function' || typeof end !== 'function') return false;
    const flush = function flushOperators(target: PdfPageLike) {
      const pending = target._operators;
      if (!pending || pending.length === 0) return;
      target._operators = [];
      // pdfkit writes each string with a newline after it: one string joined by newlines gives the same bytes.
      write.call(target, pending.join('\n'));
    };
    pageProto.write = function batchedWrite(this: PdfPageLike, chunk: unknown) {
      flush(this);
      return write.call(this, chunk);
    };
    pageProto.end = function batchedEnd(this: PdfPageLike) {
      flush(this);
      return end.call(this);
    };
    pages.add(pageProto);
    applied.add('page-batching');
    return true;
  };
  applied.add('operator-batching');
  proto.addContent = function (this: PdfKitDocument, data: unknown) {
    const page = this.page;
    if (typeof data !== 'string' || !page || !ready(page)) return addContent.call(this, data);
    (page._operators ??= []).push(data);
    return this;
  };
}
