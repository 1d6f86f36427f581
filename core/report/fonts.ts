import { mapSvg, toSvgString, type SvgNode } from '../charts/svg';
import { RTL_LETTER, pieceText, visualPieces } from './bidi';
import { termSpans } from './cjk-terms';
import { ARABIC_COVERAGE, CJK_COVERAGE, LATIN_COVERAGE, covers, type Coverage } from './coverage';
import type { PdfContent, PdfDocDefinition, PdfInline, PdfTextContent } from './pdfmake-types';

/** Font families the report uses, as named in pdfmake's font table. */
export const LATIN_FONT = 'NotoSans';
export const CJK_FONT = 'NotoSansHans';
export const ARABIC_FONT = 'NotoNaskhArabic';
export type ReportFont = typeof LATIN_FONT | typeof CJK_FONT | typeof ARABIC_FONT;

/**
 * Every font file the report needs: its name in pdfmake's virtual file
 * system, the npm package it ships in and its path from the project root.
 * The Node CLI reads these paths; the browser worker fetches the same files.
 */
export const REPORT_FONT_FILES = [
  { file: 'NotoSans-Regular.ttf', package: '@embedpdf/fonts-latin', path: 'node_modules/@embedpdf/fonts-latin/fonts/NotoSans-Regular.ttf' },
  { file: 'NotoSans-Bold.ttf', package: '@embedpdf/fonts-latin', path: 'node_modules/@embedpdf/fonts-latin/fonts/NotoSans-Bold.ttf' },
  { file: 'NotoSans-Italic.ttf', package: '@embedpdf/fonts-latin', path: 'node_modules/@embedpdf/fonts-latin/fonts/NotoSans-Italic.ttf' },
  { file: 'NotoSans-BoldItalic.ttf', package: '@embedpdf/fonts-latin', path: 'node_modules/@embedpdf/fonts-latin/fonts/NotoSans-BoldItalic.ttf' },
  { file: 'NotoSansHans-Regular.otf', package: '@embedpdf/fonts-sc', path: 'node_modules/@embedpdf/fonts-sc/fonts/NotoSansHans-Regular.otf' },
  { file: 'NotoSansHans-Bold.otf', package: '@embedpdf/fonts-sc', path: 'node_modules/@embedpdf/fonts-sc/fonts/NotoSansHans-Bold.otf' },
  { file: 'NotoNaskhArabic-Regular.ttf', package: '@embedpdf/fonts-arabic', path: 'node_modules/@embedpdf/fonts-arabic/fonts/NotoNaskhArabic-Regular.ttf' },
  { file: 'NotoNaskhArabic-Bold.ttf', package: '@embedpdf/fonts-arabic', path: 'node_modules/@embedpdf/fonts-arabic/fonts/NotoNaskhArabic-Bold.ttf' },
] as const;
export type ReportFontFile = (typeof REPORT_FONT_FILES)[number]['file'];

/** pdfmake's font table. The CJK and Arabic fonts have no italic: italic runs use the upright face. */
export const PDF_FONTS: Record<ReportFont, { normal: ReportFontFile; bold: ReportFontFile; italics: ReportFontFile; bolditalics: ReportFontFile }> = {
  [LATIN_FONT]: { normal: 'NotoSans-Regular.ttf', bold: 'NotoSans-Bold.ttf', italics: 'NotoSans-Italic.ttf', bolditalics: 'NotoSans-BoldItalic.ttf' },
  [CJK_FONT]: { normal: 'NotoSansHans-Regular.otf', bold: 'NotoSansHans-Bold.otf', italics: 'NotoSansHans-Regular.otf', bolditalics: 'NotoSansHans-Bold.otf' },
  [ARABIC_FONT]: { normal: 'NotoNaskhArabic-Regular.ttf', bold: 'NotoNaskhArabic-Bold.ttf', italics: 'NotoNaskhArabic-Regular.ttf', bolditalics: 'NotoNaskhArabic-Bold.ttf' },
};

const COVERAGE: Record<ReportFont, Coverage> = { [LATIN_FONT]: LATIN_COVERAGE, [CJK_FONT]: CJK_COVERAGE, [ARABIC_FONT]: ARABIC_COVERAGE };
/** The fonts tried, in order, for a character the primary font lacks. */
const FALLBACKS: Record<ReportFont, readonly ReportFont[]> = {
  [LATIN_FONT]: [CJK_FONT, ARABIC_FONT],
  [CJK_FONT]: [LATIN_FONT, ARABIC_FONT],
  [ARABIC_FONT]: [LATIN_FONT, CJK_FONT],
};

/**
 * The font files a built report draws with: Noto Sans always, the CJK and
 * Arabic faces only when some of its text is set in them (a Chinese or Arabic
 * report, or a Chinese or Arabic name or note in another), so an English
 * report never loads 17 MB of Chinese fonts. The running header and footer, which pdfmake asks for page
 * by page, are looked at for an inside page: they are the same on every page
 * but for the page numbers. A false alarm only costs loading a font.
 */
export function reportFontFiles(definition: PdfDocDefinition): ReportFontFile[] {
  let files = fontFilesOf.get(definition);
  if (!files) fontFilesOf.set(definition, (files = fontFilesDrawn(definition)));
  return [...files];
}

/** Asked for again by the renderer of a definition the caller asked about (writing the whole definition out costs some 10 ms a report). */
const fontFilesOf = new WeakMap<PdfDocDefinition, ReportFontFile[]>();

function fontFilesDrawn(definition: PdfDocDefinition): ReportFontFile[] {
  const size = { width: 595, height: 842 };
  const drawn = [definition.content, definition.defaultStyle, definition.styles, definition.header?.(2, 2, size), definition.footer?.(2, 2, size)];
  const json = JSON.stringify(drawn);
  const families: ReportFont[] = [LATIN_FONT, ...([CJK_FONT, ARABIC_FONT] as const).filter((family) => json.includes(family))];
  return [...new Set(families.flatMap((family) => Object.values(PDF_FONTS[family])))];
}

/** The report's main font: the CJK one for Chinese, Noto Naskh Arabic for Arabic, Noto Sans otherwise. */
export function primaryFont(language: string): ReportFont {
  if (language === 'zh') return CJK_FONT;
  return language === 'ar' ? ARABIC_FONT : LATIN_FONT;
}

/**
 * Which font draws a character: the primary font when it has the glyph,
 * otherwise the first fallback that has it (a Chinese note in an English
 * report, a Latin accent in a Chinese one, a Latin name in an Arabic one),
 * otherwise the primary.
 */
export function fontFor(codePoint: number, primary: ReportFont): ReportFont {
  // A line break or tab is not drawn: it never switches fonts.
  if (codePoint < 0x20 || covers(COVERAGE[primary], codePoint)) return primary;
  return FALLBACKS[primary].find((font) => covers(COVERAGE[font], codePoint)) ?? primary;
}

const FONTS: readonly ReportFont[] = [LATIN_FONT, CJK_FONT, ARABIC_FONT];
/** fontFor of each character of the Basic Multilingual Plane, by primary font, as an index in FONTS plus one (0: not yet looked up). */
const bmpFonts = new Map<ReportFont, Uint8Array>();

/** fontFor, remembered per character: an Arabic report looks up every character it prints. */
function fontOf(codePoint: number, primary: ReportFont): ReportFont {
  if (codePoint > 0xffff) return fontFor(codePoint, primary);
  let table = bmpFonts.get(primary);
  if (!table) bmpFonts.set(primary, (table = new Uint8Array(0x10000)));
  const known = table[codePoint]!;
  if (known > 0) return FONTS[known - 1]!;
  const font = fontFor(codePoint, primary);
  table[codePoint] = FONTS.indexOf(font) + 1;
  return font;
}

/** Arabic letters, the only characters of Noto Naskh Arabic a Latin run may not carry on through. */
const ARABIC_LETTER = /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/;

export interface FontRun {
  text: string;
  font: ReportFont;
}

/**
 * Splits text into runs that each use one font. In Arabic text, a Latin run
 * carries on through the spaces, digits and punctuation Noto Sans draws
 * ("Ministry of Finance 2025" stays one run), so a Latin name is not cut into
 * one piece per word.
 */
export function fontRuns(text: string, primary: ReportFont): FontRun[] {
  const runs: FontRun[] = [];
  let font: ReportFont | null = null;
  let start = 0;
  for (let index = 0; index < text.length;) {
    const code = text.codePointAt(index)!;
    const sticky: boolean = primary === ARABIC_FONT && font === LATIN_FONT && !ARABIC_LETTER.test(String.fromCodePoint(code)) && covers(LATIN_COVERAGE, code);
    const next: ReportFont = sticky ? LATIN_FONT : fontOf(code, primary);
    if (next !== font) {
      if (font !== null) runs.push({ text: text.slice(start, index), font });
      font = next;
      start = index;
    }
    index += code > 0xffff ? 2 : 1;
  }
  if (font !== null) runs.push({ text: text.slice(start), font });
  return runs;
}

/**
 * pdfmake text for a string: the string itself when the primary font draws
 * all of it, otherwise one inline per font run. Text stays text: nothing in
 * it is interpreted.
 */
export function textRuns(text: string, primary: ReportFont): PdfTextContent {
  // Printable ASCII, which Noto Sans and the CJK font draw: most strings of a report, without a look at each character.
  if (primary !== ARABIC_FONT && PRINTABLE_ASCII.test(text)) return text;
  const runs = fontRuns(text, primary);
  if (runs.length === 0) return '';
  const pieces = runs.flatMap((r) => cjkPieces(r.text).map((p): PdfInline => runInline(p.text, r, primary, p.noWrap)));
  if (pieces.length === 1 && runs[0]!.font === primary && !pieces[0]!.noWrap && !pieces[0]!.fontFeatures) return text;
  return pieces;
}

/*
 * Noto Naskh Arabic's glyph composition (ccmp) draws a hamza-bearing letter
 * followed by a vowel mark (أُ, إِ) as the bare letter plus one glyph for hamza
 * and vowel together. A PDF maps each glyph to one text, so the bare letter's
 * glyph would then read as ا everywhere, or plain ا as أ: a reader copying the
 * text, or searching it, would get other words. Such text is drawn with the
 * composed letter instead (ccmp off); fontkit then places the vowel on it.
 */
const HAMZA_WITH_MARK = /[\u0622\u0623\u0624\u0625\u0626][\u064b-\u0652]/;
const WHOLE_HAMZA = { ccmp: false };

/** An inline for text of a font run: its font when not the primary one, and the Arabic composition rule above. */
function runInline(text: string, run: FontRun, primary: ReportFont, noWrap = false): PdfInline {
  return {
    text,
    ...(noWrap ? { noWrap: true } : {}),
    ...(run.font === primary ? {} : { font: run.font }),
    ...(run.font === ARABIC_FONT && HAMZA_WITH_MARK.test(run.text) ? { fontFeatures: WHOLE_HAMZA } : {}),
  };
}

/** Ideographs a piece of Chinese text holds (see cjkPieces). */
export const CJK_PIECE = 3;
/** Shorter stretches of Chinese are left as they are, so that a short label can still wrap in a narrow column. */
const CJK_PIECE_MIN = 6;

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
const HAS_CJK = /[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/;
const isIdeograph = (c: number) => (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
/** Ideographs, CJK punctuation, kana and full-width forms. */
const isCjk = (c: number) => isIdeograph(c) || (c >= 0x3000 && c <= 0x30ff) || (c >= 0xff00 && c <= 0xffef);

/**
 * Chinese text may break between any two ideographs (UAX #14), so pdfmake
 * makes every ideograph a "word" of its own, which it measures, styles and
 * draws one by one: most of the time of a Chinese report went there. A long
 * stretch of Chinese is therefore cut into pieces of about CJK_PIECE
 * ideographs that pdfmake keeps whole (noWrap), so the room left at the end
 * of a line is less than one piece instead of less than one character.
 * Cuts fall only between two ideographs (never before a closing mark such
 * as "。" or after an opening one) and never inside a glossary term; short
 * stretches keep their terms whole too. Other text (Latin words, digits,
 * spaces) is left to pdfmake, which breaks it by UAX #14.
 */
export function cjkPieces(text: string): Array<{ text: string; noWrap: boolean }> {
  if (!HAS_CJK.test(text)) return text ? [{ text, noWrap: false }] : [];
  const out: Array<{ text: string; noWrap: boolean }> = [];
  const chars = [...text];
  const cjk = (i: number) => isCjk(chars[i]!.codePointAt(0)!);
  let start = 0;
  let index = 0;
  while (index < chars.length) {
    if (!cjk(index)) {
      index++;
      continue;
    }
    let end = index;
    let ideographs = 0;
    while (end < chars.length && cjk(end)) if (isIdeograph(chars[end++]!.codePointAt(0)!)) ideographs++;
    const terms = termSpans(chars, index, end);
    if (ideographs >= CJK_PIECE_MIN || terms.length > 0) {
      if (index > start) out.push({ text: chars.slice(start, index).join(''), noWrap: false });
      out.push(...stretchPieces(chars, index, end, terms, ideographs >= CJK_PIECE_MIN));
      start = end;
    }
    index = end;
  }
  if (start < chars.length) out.push({ text: chars.slice(start).join(''), noWrap: false });
  return out;
}

/** One stretch of Chinese [from, to) cut as cjkPieces says; a short stretch is cut only around its terms. */
function stretchPieces(chars: readonly string[], from: number, to: number, terms: Array<[number, number]>, long: boolean): Array<{ text: string; noWrap: boolean }> {
  const ideograph = (i: number) => isIdeograph(chars[i]!.codePointAt(0)!);
  const termStart = new Set(terms.map(([s]) => s));
  const termEnd = new Set(terms.map(([, e]) => e));
  const inside = (i: number) => terms.some(([s, e]) => s < i && i < e);
  const pieces: Array<{ text: string; noWrap: boolean }> = [];
  const push = (a: number, b: number) => pieces.push({ text: chars.slice(a, b).join(''), noWrap: long || terms.some(([s, e]) => a <= s && e <= b) });
  let piece = from;
  let count = 0;
  for (let i = from; i < to; i++) {
    const mayCut = i > piece && ideograph(i) && ideograph(i - 1) && !inside(i);
    const wanted = long ? count >= CJK_PIECE || (termStart.has(i) && count > 0) : termStart.has(i) || termEnd.has(i);
    if (mayCut && wanted) {
      push(piece, i);
      piece = i;
      count = 0;
    }
    if (ideograph(i)) count++;
  }
  push(piece, to);
  return pieces;
}

/**
 * A chart's SVG with its text in the report fonts (withReportFonts). The PDF
 * draws `svg`, whose labels are in visual order; `_logicalSvg`, when the
 * labels have right-to-left text, keeps them in logical order for renderers
 * that apply the bidi algorithm themselves (Word, the PNG rasteriser).
 */
export function chartSvg(chart: SvgNode, primary: ReportFont): { svg: string; _logicalSvg?: string } {
  const svg = toSvgString(withReportFonts(chart, primary, 'visual'));
  const logical = toSvgString(withReportFonts(chart, primary));
  return svg === logical ? { svg } : { svg, _logicalSvg: logical };
}

/**
 * A chart tree whose text uses the report fonts, with a tspan per font run
 * where scripts mix. In `visual` order, a label with Arabic (or Hebrew)
 * letters becomes tspans in visual order (core/report/bidi.ts) in the
 * report's paragraph direction: pdfkit's SVG drawer sets text left to right.
 */
export function withReportFonts(svg: SvgNode, primary: ReportFont, order: 'logical' | 'visual' = 'logical'): SvgNode {
  const tree = mapSvg(svg, (node) => {
    if ((node.tag !== 'text' && node.tag !== 'tspan') || node.text === undefined) return node;
    if (order === 'visual' && RTL_LETTER.test(node.text)) {
      const { text, ...rest } = node;
      return { ...rest, children: visualSpans(text, primary) };
    }
    const runs = fontRuns(node.text, primary);
    if (runs.every((r) => r.font === primary)) return node;
    const { text: _text, ...rest } = node;
    return { ...rest, children: runs.map((r): SvgNode => ({ tag: 'tspan', attrs: { 'font-family': r.font }, text: r.text })) };
  });
  return { ...tree, attrs: { ...tree.attrs, 'font-family': primary } };
}

/** A label's tspans in visual order, one per piece of one level and font. */
function visualSpans(text: string, primary: ReportFont): SvgNode[] {
  const runs = fontRuns(text, primary);
  const bounds: number[] = [];
  let offset = 0;
  for (const run of runs) bounds.push((offset += run.text.length));
  const fontAt = (at: number) => runs[bounds.findIndex((end) => at < end)]!.font;
  return visualPieces(text, primary === ARABIC_FONT, bounds).map((piece): SvgNode => {
    const font = fontAt(piece.start);
    return { tag: 'tspan', attrs: font === primary ? {} : { 'font-family': font }, text: pieceText(text.slice(piece.start, piece.end), piece.level) };
  });
}

/**
 * Advance widths, in thousandths of an em, of printable ASCII (U+0020–U+007E)
 * in each family's regular and bold faces, in base 36. Generated from the font
 * files; tests/unit/report/fonts.test.ts checks they still match them.
 */
export const ASCII_ADVANCES: Record<ReportFont, { normal: number[]; bold: number[] }> = {
  [LATIN_FONT]: {
    normal: decodeWidths(
      '78,7h,bc,hy,fw,n3,kc,69,8c,8c,fb,fw,7g,8y,7g,ac,fw,fw,fw,fw,fw,fw,fw,fw,fw,fw,7g,7g,fw,fw,fw,c2,oz,hr,i2,hk,ka,fg,ef,k8,kl,9f,7l,h7,ek,p7,l4,lp,gt,lp,ha,f9,fg,kb,go,pu,ga,fq,fw,95,ac,95,fw,cc,7t,fl,h3,dc,h3,fo,9k,h3,h6,76,76,eu,76,pz,h6,gt,h3,h3,bh,db,a1,h6,e4,lu,ep,e6,d2,ak,fb,ak,fw',
    ),
    bold: decodeWidths(
      '78,7u,db,hy,fw,p2,ku,7e,9f,9f,f2,fw,7x,8w,7t,bj,fw,fw,fw,fw,fw,fw,fw,fw,fw,fw,7t,7x,fw,fw,fw,d9,oy,j8,ih,hu,kc,fk,f9,k4,l9,at,97,ig,fj,q7,ml,lz,h9,lz,i8,fb,g1,l0,i2,qv,im,he,g3,97,bj,97,fw,bf,a5,gn,hk,ec,hk,gl,ar,hk,i2,8b,8a,h8,8a,r3,i2,hd,hk,hk,cf,dy,c2,i2,fv,ns,g2,fv,dp,ay,fb,ay,fw',
    ),
  },
  [ARABIC_FONT]: {
    // Noto Naskh Arabic draws only the space, digits and a little punctuation of ASCII; the rest is its missing glyph, never drawn (fontFor picks Noto Sans).
    normal: decodeWidths(
      '65,5q,hy,hy,hy,hy,hy,hy,hy,hy,hy,hy,7g,hy,5q,hy,fw,fw,fw,fw,fw,fw,fw,fw,fw,fw,5q,hy,hy,hy,hy,hy,hy,hy,hy,hy,hy,hy,hy,hy,hy,hy,hy,hy,hy,hy,hy,hy,hy,hy,hy,hy,hy,hy,hy,hy,hy,hy,hy,hy,hy,hy,hy,hy,hy,hy,hy,hy,hy,hy,hy,hy,hy,hy,hy,hy,hy,hy,hy,hy,hy,hy,hy,hy,hy,hy,hy,hy,hy,hy,hy,hy,hy,hy,hy',
    ),
    bold: decodeWidths(
      '65,78,hy,hy,hy,hy,hy,hy,hy,hy,hy,hy,7g,hy,6t,hy,fw,fw,fw,fw,fw,fw,fw,fw,fw,fw,7m,hy,hy,hy,hy,hy,hy,hy,hy,hy,hy,hy,hy,hy,hy,hy,hy,hy,hy,hy,hy,hy,hy,hy,hy,hy,hy,hy,hy,hy,hy,hy,hy,hy,hy,hy,hy,hy,hy,hy,hy,hy,hy,hy,hy,hy,hy,hy,hy,hy,hy,hy,hy,hy,hy,hy,hy,hy,hy,hy,hy,hy,hy,hy,hy,hy,hy,hy,hy',
    ),
  },
  [CJK_FONT]: {
    normal: decodeWidths(
      '68,8z,d7,ff,ff,pl,iw,7q,9e,9e,cz,ff,7q,9n,7q,aw,ff,ff,ff,ff,ff,ff,ff,ff,ff,ff,7q,7q,ff,ff,ff,d6,qa,gv,i9,hq,j3,gc,fc,j5,k8,85,ew,hy,f2,mk,k2,km,hk,km,hn,gl,gn,k1,fz,oe,fx,er,gr,9e,aw,9e,ff,fj,gu,fo,h6,e5,h8,fe,91,fn,gv,7n,7n,fc,7x,pq,gz,gu,h8,h8,as,d0,ah,gv,eh,ma,du,eh,d6,9e,7h,9e,ff',
    ),
    bold: decodeWidths(
      '6b,aa,fz,gd,gd,qq,kj,91,ai,ai,e2,gd,91,aa,91,as,gd,gd,gd,gd,gd,gd,gd,gd,gd,gd,91,91,gd,gd,gd,ea,rz,ht,ix,i9,ju,h3,g9,jx,l1,96,fs,j2,g1,nq,kt,le,ij,le,iy,hc,hd,ks,h6,pf,hf,g5,h1,ai,as,ai,gd,fr,he,gf,hw,en,hw,g5,ac,gl,hs,8g,8h,gt,8r,qs,ht,he,hw,hw,c4,dr,bo,hp,g0,nz,fm,fy,e7,ai,88,ai,gd',
    ),
  },
};

function decodeWidths(text: string): number[] {
  return text.split(',').map((w) => parseInt(w, 36));
}

/**
 * A width the text surely does not exceed when set on one line, in points:
 * printable ASCII at its real width in the font that draws it, Chinese and
 * full-width characters at one em, Latin accented letters at 1.31 em, Arabic
 * letters at 2.3 em (the widest glyph of Noto Naskh Arabic Bold is 2.23 em) and
 * any other character at 3 em (the widest glyph of any report font is 2.84 em),
 * plus a margin for kerning.
 */
export function maxTextWidth(text: string, primary: ReportFont, fontSize: number, bold = false): number {
  let units = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c >= 0x20 && c <= 0x7e) units += asciiAdvance(c, primary, bold ? 'bold' : 'normal');
    else if (isCjk(c)) units += 1000;
    else if (c >= 0xa0 && c <= 0x2ff) units += 1310;
    else if (ARABIC_LETTER.test(ch)) units += 2300;
    else units += 3000;
  }
  return (units / 1000) * fontSize * 1.02 + 1;
}

/** The advance of a printable ASCII character; in Arabic text the wider of the two fonts, as a Latin run may carry on through spaces and digits. */
function asciiAdvance(c: number, primary: ReportFont, face: 'normal' | 'bold'): number {
  const own = ASCII_ADVANCES[fontFor(c, primary)][face][c - 0x20]!;
  return primary === ARABIC_FONT ? Math.max(own, ASCII_ADVANCES[LATIN_FONT][face][c - 0x20]!) : own;
}

/**
 * Text set on one line as a single piece (noWrap) when it surely fits the
 * width: pdfmake then measures and draws it once, not word by word. Used for
 * the running header and footer, which are laid out again on every page.
 * Text that might not fit is returned as textRuns gives it, free to wrap.
 */
export function oneLine(text: string, primary: ReportFont, fontSize: number, width: number, bold = false): PdfTextContent {
  if (!text || text.includes('\n') || maxTextWidth(text, primary, fontSize, bold) > width) return textRuns(text, primary);
  return fontRuns(text, primary).map((r) => runInline(r.text, r, primary, true));
}

/**
 * Every text of a document part set in the font that draws it: text a
 * section wrote without textRuns (a "#" column heading, "Q1", an action's
 * number) is split into font runs here. Needed where the primary font lacks
 * most of ASCII (Noto Naskh Arabic has no Latin letters); text already given
 * a font is left alone.
 */
export function withFallbackFonts<T>(value: T, primary: ReportFont): T {
  if (Array.isArray(value)) return value.map((item: unknown) => withFallbackFonts(item, primary)) as T;
  if (value === null || typeof value !== 'object') return value;
  const node = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(node)) {
    if (key === 'text' && node.font === undefined) out[key] = fallbackText(child, primary);
    else if (CONTENT_LISTS.has(key) && Array.isArray(child)) out[key] = child.map((item: unknown) => contentNode(item, primary));
    else if (key === 'body' && Array.isArray(child)) out[key] = child.map((row: unknown) => (Array.isArray(row) ? row.map((cell: unknown) => contentNode(cell, primary)) : row));
    else if (key === 'lineHeight' && typeof child === 'number') out[key] = child * ARABIC_LINE_SCALE;
    else out[key] = withFallbackFonts(child, primary);
  }
  return out as T;
}

/** Keys whose arrays hold content nodes, where a bare string is a paragraph (elsewhere it is a width, a style name…). */
const CONTENT_LISTS = new Set(['content', 'stack', 'columns', 'ul', 'ol']);

function contentNode(node: unknown, primary: ReportFont): unknown {
  if (typeof node !== 'string') return withFallbackFonts(node, primary);
  const runs = textRuns(node, primary);
  return runs === node ? node : { text: runs };
}

function fallbackText(text: unknown, primary: ReportFont): unknown {
  if (typeof text === 'string') return textRuns(text, primary);
  if (!Array.isArray(text)) return withFallbackFonts(text, primary);
  return text.flatMap((item: unknown): unknown[] => {
    if (typeof item === 'string') return [textRuns(item, primary)].flat();
    if (item === null || typeof item !== 'object') return [item];
    const inline = item as PdfInline;
    if (inline.font !== undefined || typeof inline.text !== 'string') return [withFallbackFonts(inline, primary)];
    const runs = textRuns(inline.text, primary);
    if (typeof runs === 'string') return [inline];
    // pdfmake drops the style of an inline whose text is an array, so each run carries it.
    const { text: _text, ...style } = inline;
    return [runs].flat().map((run) => (typeof run === 'string' ? { ...style, text: run } : { ...style, ...run }));
  });
}

/**
 * Noto Naskh Arabic's line (ascender to descender, 1.599 em) is taller than
 * Noto Sans's (1.362 em), and pdfmake multiplies a font's line by lineHeight:
 * an Arabic report scales its line heights by the ratio, so its lines are as
 * far apart as in the other languages and its pages hold as much.
 * tests/unit/report/fonts.test.ts checks the ratio against the font files.
 */
export const ARABIC_LINE_SCALE = 1.362 / 1.599;

/**
 * A document whose text, running header and footer included, is set by
 * withFallbackFonts when its primary font is the Arabic one, with its line
 * heights scaled by ARABIC_LINE_SCALE.
 */
export function withDocumentFallbacks(definition: PdfDocDefinition): PdfDocDefinition {
  const primary = definition.defaultStyle.font;
  if (primary !== ARABIC_FONT) return definition;
  const { header, footer, defaultStyle } = definition;
  return {
    ...definition,
    defaultStyle: { ...defaultStyle, lineHeight: (defaultStyle.lineHeight ?? 1) * ARABIC_LINE_SCALE },
    content: definition.content.map((node) => contentNode(node, primary) as PdfContent),
    ...(header ? { header: (page, count, size) => contentNode(header(page, count, size), primary) as PdfContent | null } : {}),
    ...(footer ? { footer: (page, count, size) => contentNode(footer(page, count, size), primary) as PdfContent | null } : {}),
  };
}
