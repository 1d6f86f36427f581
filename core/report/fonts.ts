import { mapSvg, type SvgNode } from '../charts/svg';
import { CJK_COVERAGE, LATIN_COVERAGE, covers, type Coverage } from './coverage';
import type { PdfInline, PdfTextContent } from './pdfmake-types';

/** Font families the report uses, as named in pdfmake's font table. */
export const LATIN_FONT = 'NotoSans';
export const CJK_FONT = 'NotoSansHans';
export type ReportFont = typeof LATIN_FONT | typeof CJK_FONT;

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
] as const;
export type ReportFontFile = (typeof REPORT_FONT_FILES)[number]['file'];

/** pdfmake's font table. The CJK font has no italic: italic runs use the upright face. */
export const PDF_FONTS: Record<ReportFont, { normal: ReportFontFile; bold: ReportFontFile; italics: ReportFontFile; bolditalics: ReportFontFile }> = {
  [LATIN_FONT]: { normal: 'NotoSans-Regular.ttf', bold: 'NotoSans-Bold.ttf', italics: 'NotoSans-Italic.ttf', bolditalics: 'NotoSans-BoldItalic.ttf' },
  [CJK_FONT]: { normal: 'NotoSansHans-Regular.otf', bold: 'NotoSansHans-Bold.otf', italics: 'NotoSansHans-Regular.otf', bolditalics: 'NotoSansHans-Bold.otf' },
};

const COVERAGE: Record<ReportFont, Coverage> = { [LATIN_FONT]: LATIN_COVERAGE, [CJK_FONT]: CJK_COVERAGE };
const OTHER: Record<ReportFont, ReportFont> = { [LATIN_FONT]: CJK_FONT, [CJK_FONT]: LATIN_FONT };

/** The report's main font: the CJK one for Chinese, Noto Sans otherwise. */
export function primaryFont(language: string): ReportFont {
  return language === 'zh' ? CJK_FONT : LATIN_FONT;
}

/**
 * Which font draws a character: the primary font when it has the glyph,
 * otherwise the other font when that one has it (a Chinese note in an
 * English report, a Latin accent in a Chinese one), otherwise the primary.
 */
export function fontFor(codePoint: number, primary: ReportFont): ReportFont {
  if (covers(COVERAGE[primary], codePoint)) return primary;
  const other = OTHER[primary];
  return covers(COVERAGE[other], codePoint) ? other : primary;
}

export interface FontRun {
  text: string;
  font: ReportFont;
}

/** Splits text into runs that each use one font. */
export function fontRuns(text: string, primary: ReportFont): FontRun[] {
  const runs: FontRun[] = [];
  let current: FontRun | null = null;
  for (const ch of text) {
    const font = fontFor(ch.codePointAt(0)!, primary);
    if (current && current.font === font) current.text += ch;
    else {
      current = { text: ch, font };
      runs.push(current);
    }
  }
  return runs;
}

/**
 * pdfmake text for a string: the string itself when the primary font draws
 * all of it, otherwise one inline per font run. Text stays text: nothing in
 * it is interpreted.
 */
export function textRuns(text: string, primary: ReportFont): PdfTextContent {
  const runs = fontRuns(text, primary);
  if (runs.length === 0) return '';
  if (runs.length === 1 && runs[0]!.font === primary) return text;
  return runs.map((r): PdfInline => (r.font === primary ? { text: r.text } : { text: r.text, font: r.font }));
}

/** A chart tree whose text uses the report fonts, with a tspan per font run where scripts mix. */
export function withReportFonts(svg: SvgNode, primary: ReportFont): SvgNode {
  const tree = mapSvg(svg, (node) => {
    if ((node.tag !== 'text' && node.tag !== 'tspan') || node.text === undefined) return node;
    const runs = fontRuns(node.text, primary);
    if (runs.every((r) => r.font === primary)) return node;
    const { text: _text, ...rest } = node;
    return { ...rest, children: runs.map((r): SvgNode => ({ tag: 'tspan', attrs: { 'font-family': r.font }, text: r.text })) };
  });
  return { ...tree, attrs: { ...tree.attrs, 'font-family': primary } };
}
