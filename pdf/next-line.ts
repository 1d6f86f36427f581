/*
 * pdfmake fills a line word by word, and before each word it asks the line
 * whether the word fits, handing it a copy of every word still to place in
 * the paragraph: a paragraph of n words made n copies, n²/2 word references
 * in all. The line only looks at those words when the word is glued to the
 * next ones (noNewLine: no break allowed between them), so
 * accelerateNextLine copies them only then. Everything else is pdfmake's
 * buildNextLine as it ships (pdfmake 0.3), in the same order.
 *
 * Node only, like style-lookup.ts: the browser build keeps its classes out of reach.
 */

interface Inline {
  text: string;
  width: number;
  noWrap?: unknown;
  noNewLine?: unknown;
  [key: string]: unknown;
}

interface LineLike {
  hasEnoughSpaceForInline(inline: Inline, nextInlines?: Inline[]): boolean;
  getAvailableWidth(): number;
  addInline(inline: Inline): void;
  lastLineInParagraph?: boolean;
}

interface LayoutBuilderLike {
  writer: { context(): { availableWidth: number } };
  buildNextLine(textNode: { _inlines?: Inline[] }): LineLike | null;
}

type LineClass = new (maxWidth: number) => LineLike;
type TextInlinesClass = new (pdfDocument: null) => { widthOfText(text: string, inline: Inline): number };

const NONE: Inline[] = [];

/** pdfmake's copy of a word, made when a word too long for any line is cut. */
function cloneInline(inline: Inline): Inline {
  const copy = (inline.constructor as () => Inline)();
  for (const key in inline) copy[key] = inline[key];
  return copy;
}

/** The longest start of text that fits in maxWidth, at least one character, as pdfmake searches for it. */
function findMaxFitLength(text: string, maxWidth: number, measure: (part: string) => number): number {
  let low = 1;
  let high = text.length;
  let bestFit = 1;
  while (low <= high) {
    const mid = Math.floor((low + high) / 2);
    if (measure(text.substring(0, mid)) <= maxWidth) {
      bestFit = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  return bestFit;
}

const patched = new WeakSet<object>();

/** Replaces pdfmake's LayoutBuilder.buildNextLine (see above); false when a class is not what this expects or already done. */
export function accelerateNextLine(layoutBuilderClass: unknown, lineClass: unknown, textInlinesClass: unknown): boolean {
  if (typeof layoutBuilderClass !== 'function' || typeof lineClass !== 'function' || typeof textInlinesClass !== 'function') return false;
  const proto = (layoutBuilderClass as { prototype?: Partial<LayoutBuilderLike> }).prototype;
  const lineProto = (lineClass as { prototype?: Partial<LineLike> }).prototype;
  if (!proto || typeof proto.buildNextLine !== 'function' || typeof lineProto?.hasEnoughSpaceForInline !== 'function' || patched.has(proto)) return false;
  const Line = lineClass as LineClass;
  const TextInlines = textInlinesClass as TextInlinesClass;
  proto.buildNextLine = function buildNextLine(this: LayoutBuilderLike, textNode: { _inlines?: Inline[] }) {
    const inlines = textNode._inlines;
    if (!inlines || inlines.length === 0) return null;
    const line = new Line(this.writer.context().availableWidth);
    const textInlines = new TextInlines(null);
    let isForceContinue = false;
    while (inlines.length > 0 && (line.hasEnoughSpaceForInline(inlines[0]!, inlines[0]!.noNewLine ? inlines.slice(1) : NONE) || isForceContinue)) {
      let isHardWrap = false;
      const inline = inlines.shift()!;
      if (!inline.noWrap && inline.text.length > 1 && inline.width > line.getAvailableWidth()) {
        const maxChars = findMaxFitLength(inline.text, line.getAvailableWidth(), (part) => textInlines.widthOfText(part, inline));
        if (maxChars < inline.text.length) {
          const rest = cloneInline(inline);
          rest.text = inline.text.substr(maxChars);
          inline.text = inline.text.substr(0, maxChars);
          rest.width = textInlines.widthOfText(rest.text, rest);
          inline.width = textInlines.widthOfText(inline.text, inline);
          inlines.unshift(rest);
          isHardWrap = true;
        }
      }
      line.addInline(inline);
      isForceContinue = Boolean(inline.noNewLine) && !isHardWrap;
    }
    line.lastLineInParagraph = inlines.length === 0;
    return line;
  };
  patched.add(proto);
  return true;
}
