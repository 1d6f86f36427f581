/*
 * pdfmake measures every word of a paragraph as an inline of its own and asks
 * the style stack twenty-three questions for each one (font, size, colour,
 * decoration, link…), on a report of 70 pages some 40,000 words. The answers
 * depend only on what the word itself says of those properties (copied from
 * the run of text it was cut from), its style names and the stack, which does
 * not change while a paragraph is measured. So the words of one run, one
 * after the other, get the same answers: accelerateInlineMeasure asks once per
 * run and makes each word at once with the values pdfmake would give it (see
 * wordOf). Whatever a word says differently, the questions are asked again.
 *
 * Node only, like style-lookup.ts: the browser build of pdfmake keeps its
 * classes out of reach.
 */

type Inline = Record<string, unknown> & { text: string };

interface FontLike {
  lineHeight(size: number): number;
}

interface TextInlines {
  pdfDocument: { provideFont(font: unknown, bold: unknown, italics: unknown): FontLike };
  measure(array: Inline[], stack: unknown): Inline[];
  widthOfText(text: string, inline: Inline): number;
}

interface StyleStackClass {
  getStyleProperty(item: unknown, stack: unknown, property: string, defaultValue: unknown): unknown;
}

/** What a word says of these decides the answers for it (with the stack): the properties asked, and its style names. */
const INPUTS = [
  'font',
  'bold',
  'italics',
  'alignment',
  'fontSize',
  'fontFeatures',
  'characterSpacing',
  'color',
  'decoration',
  'decorationColor',
  'decorationStyle',
  'decorationThickness',
  'background',
  'link',
  'linkToPage',
  'linkToDestination',
  'noWrap',
  'opacity',
  'sup',
  'sub',
  'lineHeight',
  'preserveLeadingSpaces',
  'preserveTrailingSpaces',
  'style',
  'section',
] as const;

/** Whether a character is white space as a regular expression's \s takes it (pdfmake cuts leading and trailing \s+). */
const isSpace = (code: number) =>
  code === 0x20 ||
  (code >= 0x09 && code <= 0x0d) ||
  code === 0xa0 ||
  code === 0x1680 ||
  (code >= 0x2000 && code <= 0x200a) ||
  code === 0x2028 ||
  code === 0x2029 ||
  code === 0x202f ||
  code === 0x205f ||
  code === 0x3000 ||
  code === 0xfeff;

/** The white space a text starts with (pdfmake: text.match(/^(\s)+/g)), without a match array per word. */
function leadingSpace(text: string): string {
  let end = 0;
  while (end < text.length && isSpace(text.charCodeAt(end))) end++;
  return text.slice(0, end);
}

/** The white space a text ends with (pdfmake: text.match(/(\s)+$/g)). */
function trailingSpace(text: string): string {
  let start = text.length;
  while (start > 0 && isSpace(text.charCodeAt(start - 1))) start--;
  return text.slice(start);
}

interface Answers {
  font: FontLike;
  alignment: unknown;
  fontSize: number;
  fontFeatures: unknown;
  characterSpacing: unknown;
  color: unknown;
  decoration: unknown;
  decorationColor: unknown;
  decorationStyle: unknown;
  decorationThickness: unknown;
  background: unknown;
  link: unknown;
  linkToPage: unknown;
  linkToDestination: unknown;
  noWrap: unknown;
  opacity: unknown;
  sup: unknown;
  sub: unknown;
  height: number;
  preserveLeadingSpaces: unknown;
  preserveTrailingSpaces: unknown;
}

/** pdfmake's answers for one word, asked in pdfmake's order. */
function ask(inlines: TextInlines, styles: StyleStackClass, item: Inline, stack: unknown): Answers {
  const get = (property: string, defaultValue: unknown) => styles.getStyleProperty(item, stack, property, defaultValue);
  const font = inlines.pdfDocument.provideFont(get('font', 'Roboto'), get('bold', false), get('italics', false));
  const answers = {
    font,
    alignment: get('alignment', 'left'),
    fontSize: get('fontSize', 12) as number,
    fontFeatures: get('fontFeatures', null),
    characterSpacing: get('characterSpacing', 0),
    color: get('color', 'black'),
    decoration: get('decoration', null),
    decorationColor: get('decorationColor', null),
    decorationStyle: get('decorationStyle', null),
    decorationThickness: get('decorationThickness', null),
    background: get('background', null),
    link: get('link', null),
    linkToPage: get('linkToPage', null),
    linkToDestination: get('linkToDestination', null),
    noWrap: get('noWrap', null),
    opacity: get('opacity', 1),
    sup: get('sup', false),
    sub: get('sub', false),
    height: 0,
    preserveLeadingSpaces: false as unknown,
    preserveTrailingSpaces: false as unknown,
  };
  // Font size reduction as pdfmake makes it.
  if (answers.sup || answers.sub) answers.fontSize *= 0.58;
  answers.height = font.lineHeight(answers.fontSize) * (get('lineHeight', 1) as number);
  answers.preserveLeadingSpaces = get('preserveLeadingSpaces', false);
  answers.preserveTrailingSpaces = get('preserveTrailingSpaces', false);
  return answers;
}

/** True when the item says the same as the one the answers were asked for (noted in seen), which then notes this one. */
function sameInputs(item: Inline, seen: unknown[]): boolean {
  let same = true;
  for (let i = 0; i < INPUTS.length; i++) {
    const value = item[INPUTS[i]!];
    if (seen[i] !== value) {
      seen[i] = value;
      same = false;
    }
  }
  return same;
}

/** pdfmake's measure of a paragraph's words, asking the stack once per run of words that say the same (see above). */
function measureRuns(this: TextInlines, styles: StyleStackClass, array: Inline[], stack: unknown): Inline[] {
  const first = array[0];
  if (first) {
    const leadingIndent = styles.getStyleProperty(first, stack, 'leadingIndent', 0) as number;
    if (leadingIndent) {
      first.leadingCut = -leadingIndent;
      first.leadingIndent = leadingIndent;
    }
  }
  const seen: unknown[] = INPUTS.map(() => NaN);
  let answers: Answers | null = null;
  const measured: Inline[] = new Array<Inline>(array.length);
  for (let index = 0; index < array.length; index++) {
    const item = array[index]!;
    if (!sameInputs(item, seen) || !answers) answers = ask(this, styles, item, stack);
    const word = wordOf(item, answers);
    word.width = this.widthOfText(word.text, word);
    if (!answers.preserveLeadingSpaces) {
      const leading = leadingSpace(word.text);
      if (leading) (word.leadingCut as number) += this.widthOfText(leading, word);
    }
    if (!answers.preserveTrailingSpaces) {
      const trailing = trailingSpace(word.text);
      if (trailing) word.trailingCut = this.widthOfText(trailing, word);
    }
    measured[index] = word;
  }
  return measured;
}

/**
 * The word as pdfmake's measure leaves it: what it carried, with the answers
 * written over. Made at once with every property measure sets, rather than
 * adding them one by one to the word TextBreaker made: each addition past the
 * object's first few slots copied its properties to a larger store, some
 * 40 MB a report for the garbage collector.
 */
function wordOf(item: Inline, answers: Answers): Inline {
  const word: Inline = {
    text: item.text,
    font: answers.font,
    alignment: answers.alignment,
    fontSize: answers.fontSize,
    fontFeatures: answers.fontFeatures,
    characterSpacing: answers.characterSpacing,
    color: answers.color,
    decoration: answers.decoration,
    decorationColor: answers.decorationColor,
    decorationStyle: answers.decorationStyle,
    decorationThickness: answers.decorationThickness,
    background: answers.background,
    link: answers.link,
    linkToPage: answers.linkToPage,
    linkToDestination: answers.linkToDestination,
    noWrap: answers.noWrap,
    opacity: answers.opacity,
    sup: answers.sup,
    sub: answers.sub,
    width: 0,
    height: answers.height,
    leadingCut: item.leadingCut || 0,
    trailingCut: 0,
  };
  for (const key in item) if (!(key in word) && Object.hasOwn(item, key)) word[key] = item[key];
  return word;
}

const patched = new WeakSet<object>();

/** Replaces the measure of pdfmake's TextInlines class (see above); false when a class is not what this expects or already done. */
export function accelerateInlineMeasure(textInlinesClass: unknown, styleStackClass: unknown): boolean {
  if (typeof textInlinesClass !== 'function' || typeof styleStackClass !== 'function') return false;
  const proto = (textInlinesClass as { prototype?: Partial<TextInlines> }).prototype;
  const styles = styleStackClass as Partial<StyleStackClass>;
  if (!proto || typeof proto.measure !== 'function' || typeof proto.widthOfText !== 'function' || typeof styles.getStyleProperty !== 'function') return false;
  if (patched.has(proto)) return false;
  proto.measure = function measure(this: TextInlines, array: Inline[], stack: unknown) {
    return measureRuns.call(this, styles as StyleStackClass, array, stack);
  };
  patched.add(proto);
  return true;
}
