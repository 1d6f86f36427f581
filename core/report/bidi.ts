import bidiFactory from 'bidi-js';

/*
 * The Unicode bidirectional algorithm (UAX #9, by bidi-js) for one line of
 * text that is drawn piece by piece, left to right, by pdfkit: the report's
 * lines (pdf/bidi-layout.ts) and the charts' labels (withReportFonts).
 *
 * A line is cut into pieces of one embedding level, and the pieces are put in
 * visual order (rule L2). Pieces are reordered, never glyphs: each
 * right-to-left piece still goes to fontkit whole and in logical order, which
 * shapes its Arabic letters and returns them right to left. pdfkit lays out
 * the words of a text one after the other, left to right, so a right-to-left
 * piece holds one word (with the spaces after it), unless the caller has
 * fontkit shape the piece whole (`wholeRuns`, see pdf/bidi-layout.ts).
 */

const bidi = bidiFactory();

/** Characters of bidi class WS (a no-break space is not one: it is a separator, CS). */
const WHITESPACE = /[\t \u1680\u2000-\u200a\u2028\u205f\u3000]/;
/**
 * Where pdfkit cuts a text into words it lays out one after the other: after
 * a space or a tab, never a no-break space. Words joined by no-break spaces
 * ("مليون دولار أمريكي") stay one right-to-left piece, which fontkit sets
 * right to left as a whole.
 */
const WORD_SPACE = /[ \t]/;

/** Hebrew and Arabic letters: text without any is left to right whatever the paragraph. */
export const RTL_LETTER = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/;

/**
 * Arabic letters, marks and signs of no number class (not U+0600–0605, the
 * Arabic-Indic digits and separators, U+06DD or the extended digits), white
 * space, and punctuation that is neutral when no digit is near.
 */
const PLAIN_RIGHT_TO_LEFT = /^[\u0606-\u065f\u066a\u066d-\u06dc\u06de-\u06ef\u06fa-\u06ff\u0750-\u077f\ufb50-\ufdcf\ufdf0-\ufdff\ufe70-\ufefe \t\u00a0.,:;!?()«»\-–—…·'"/]*$/;

/**
 * The embedding level of each character of a line (UAX #9, rules X1–I2 and
 * L1's line-end white space left to visualPieces). In a right-to-left
 * paragraph, text of Arabic letters and neutral characters alone (most lines
 * of an Arabic report) is all at the paragraph's level: the neutrals sit
 * between right-to-left letters or at the ends, where the paragraph's
 * direction rules (N1, N2), and with no digit no separator can turn into a
 * number (W4–W7). The algorithm runs for every other line.
 */
export function embeddingLevels(text: string, rtl: boolean): Uint8Array {
  if (rtl && PLAIN_RIGHT_TO_LEFT.test(text)) return new Uint8Array(text.length).fill(1);
  return bidi.getEmbeddingLevels(text, rtl ? 'rtl' : 'ltr').levels;
}

/** A piece [start, end) of the line at one embedding level (odd: right to left). */
export interface BidiPiece {
  start: number;
  end: number;
  level: number;
}

/**
 * The pieces of a line in visual order, left to right. `rtl` is the
 * paragraph's direction; `cuts` are offsets where a piece must end anyway
 * (where the font or style changes). With `wholeRuns`, a right-to-left run
 * of several words stays one piece.
 */
export function visualPieces(text: string, rtl: boolean, cuts: readonly number[] = [], wholeRuns = false): BidiPiece[] {
  if (text === '') return [];
  const base = rtl ? 1 : 0;
  const levels = embeddingLevels(text, rtl);
  // L1: the whitespace that ends the line takes the paragraph's level.
  for (let i = text.length - 1; i >= 0 && WHITESPACE.test(text[i]!); i--) levels[i] = base;
  const cutAt = new Set(cuts);
  const pieces: BidiPiece[] = [];
  let start = 0;
  for (let i = 1; i <= text.length; i++) {
    const level = levels[start]!;
    const wordEnds = !wholeRuns && level % 2 === 1 && WORD_SPACE.test(text[i - 1]!) && !WORD_SPACE.test(text[i] ?? ' ');
    if (i < text.length && levels[i] === level && !wordEnds && !cutAt.has(i)) continue;
    pieces.push({ start, end: i, level });
    start = i;
  }
  return reorder(pieces);
}

/** L2: from the highest level down to the lowest odd one, reverses every run of pieces at that level or higher. */
function reorder(pieces: BidiPiece[]): BidiPiece[] {
  const out = [...pieces];
  const highest = Math.max(...out.map((p) => p.level));
  const lowestOdd = Math.min(...out.map((p) => (p.level % 2 ? p.level : p.level + 1)));
  for (let level = highest; level >= lowestOdd; level--) {
    let i = 0;
    while (i < out.length) {
      if (out[i]!.level < level) {
        i++;
        continue;
      }
      let j = i;
      while (j < out.length && out[j]!.level >= level) j++;
      out.splice(i, j - i, ...out.slice(i, j).reverse());
      i = j;
    }
  }
  return out;
}

/**
 * The text to hand pdfkit for a piece. A right-to-left piece has its
 * mirrored characters swapped ("(" for ")", "«" for "»": the Arabic font has
 * no rtlm feature to do it), and is reversed when it holds no Arabic or
 * Hebrew letter (a bracket, a dash), which fontkit would set left to right.
 */
export function pieceText(text: string, level: number): string {
  if (level % 2 === 0) return text;
  const chars = [...text].map((ch) => bidi.getMirroredCharacter(ch) ?? ch);
  return (RTL_LETTER.test(text) ? chars : chars.reverse()).join('');
}
