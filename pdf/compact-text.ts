/*
 * pdfmake draws each piece of a line as a text object of its own, wrapped in
 * all the state a piece may need:
 *
 *   /Gs1 gs  /DeviceRGB cs  0 0 0 scn  f  q  1 0 0 -1 0 841.89 cm  BT … ET  Q
 *
 * (opacity, fill colour, an empty fill pdfmake's fill() call leaves, and the
 * flip of pdfkit's text). A line is drawn as many pieces — in Arabic, every
 * bracket, "%" or "·" the Arabic font lacks is one in another font — so this
 * wrapping was a large part of a report's bytes. Between two pieces
 * wrapped alike it changes nothing: the second piece goes on in the text
 * object of the first (each piece sets its own position and font with Tm and
 * Tf). Whatever else is drawn in between (a rule, a cell's fill, an image) or
 * a piece that changes text state beyond position and font (character spacing,
 * rendering mode…) ends the text object as before.
 */

export interface ContentWriter {
  addContent(data: string): unknown;
  addPage(...args: unknown[]): unknown;
  end(): unknown;
}

/** The wrapping pdfmake and pdfkit write before a piece's BT, in their order. */
const WRAPPING = [/^\/\S+ gs$/, /^\/DeviceRGB cs$/, /^[\d. ]+ scn$/, /^f$/, /^q$/, /^1 0 0 -1 0 [\d.]+ cm$/] as const;
/** Text operators a piece may use and still share its text object: position, font, glyphs. */
const SHAREABLE = /\b(?:Tm|Tf|TJ|Td)$/;

/** Makes one pdfkit document share text objects between pieces wrapped alike (see above). Once per document. */
export function compactTextObjects(document: ContentWriter): void {
  const write = withoutRepeatedState(document.addContent.bind(document));
  /** The wrapping of the open (or last) text object, as written; null when it is not the usual one. */
  let wrapping: string | null = null;
  /** After an ET: the operators held back while they may still be a piece wrapped alike ("ET", "Q", wrapping…). */
  let held: string[] = [];
  /** Operators written outside text objects since the last one: the next text object's wrapping. */
  let since: string[] = [];
  let inText = false;
  let shareable = false;
  /** The font and size the open text object last set (Tf). */
  let font: string | null = null;

  const flush = () => {
    for (const op of held) write(op);
    since = held.slice(2);
    held = [];
  };
  const wrapped = (ops: string[]) => ops.length === WRAPPING.length && ops.every((op, i) => WRAPPING[i]!.test(op));

  document.addContent = (data: string) => {
    if (held.length > 0) {
      const next = held.length === 1 ? /^Q$/ : WRAPPING[held.length - 2];
      if (next?.test(data)) {
        held.push(data);
        return document;
      }
      if (data === 'BT' && shareable && held.length === WRAPPING.length + 2 && held.slice(2).join('\n') === wrapping) {
        // Drawn alike: the piece goes on in the open text object.
        held = [];
        inText = true;
        return document;
      }
      flush();
    }
    if (inText) {
      if (data === 'ET') {
        inText = false;
        held = [data];
        return document;
      }
      if (!SHAREABLE.test(data)) shareable = false;
      // A piece in the font of the one before it in the same text object need not set it again.
      if (data.endsWith(' Tf')) {
        if (data === font) return document;
        font = data;
      }
      write(data.endsWith(' TJ') ? literalGlyphs(data) : data);
      return document;
    }
    if (data === 'BT') {
      font = null;
      const tail = since.slice(-WRAPPING.length);
      wrapping = wrapped(tail) ? tail.join('\n') : null;
      shareable = wrapping !== null;
      inText = true;
    } else since.push(data);
    write(data);
    return document;
  };
  // Whatever is held belongs to the page being drawn: written before the next page starts or the file ends.
  const addPage = document.addPage.bind(document);
  const end = document.end.bind(document);
  document.addPage = (...args: unknown[]) => {
    flush();
    since = [];
    write.newPage();
    return addPage(...args);
  };
  document.end = () => {
    flush();
    return end();
  };
}

/** Each byte as a literal string holds it: brackets and backslash escaped, and CR (a reader would take it for LF). */
const LITERAL_BYTE: readonly string[] = Array.from({ length: 256 }, (_, byte) => {
  const char = String.fromCharCode(byte);
  return char === '(' || char === ')' || char === '\\' ? `\\${char}` : byte === 0x0d ? '\\r' : char;
});

/** Literal strings of the glyph codes (two bytes) met so far, by code. */
const literalGlyph: string[] = [];

/** The value of four lower-case hexadecimal digits from index i, by their character codes. */
function hexGlyph(text: string, i: number): number {
  let value = 0;
  for (let j = i; j < i + 4; j++) {
    const code = text.charCodeAt(j);
    value = value * 16 + (code <= 57 ? code - 48 : code - 87);
  }
  return value;
}

/**
 * A text operator with its glyph strings written as literal strings: a byte
 * per byte instead of two hexadecimal digits, which deflate did not make up
 * for (a report's text was 4 % larger compressed). pdfkit writes each
 * character of the content stream as one byte (latin1), so the bytes go in as
 * they are. In pdfkit's TJ operator only its glyph strings, <…> in lower-case
 * hexadecimal with four digits a glyph, hold angle brackets. Read by hand,
 * glyph by glyph: this runs for every piece drawn.
 */
export function literalGlyphs(operator: string): string {
  let out = '';
  let from = 0;
  for (let open = operator.indexOf('<'); open >= 0; open = operator.indexOf('<', from)) {
    const close = operator.indexOf('>', open);
    if (close < 0) break;
    out += operator.slice(from, open) + '(';
    for (let i = open + 1; i + 3 < close; i += 4) {
      const glyph = hexGlyph(operator, i);
      out += literalGlyph[glyph] ??= LITERAL_BYTE[glyph >> 8]! + LITERAL_BYTE[glyph & 0xff]!;
    }
    out += ')';
    from = close + 1;
  }
  return from === 0 ? operator : out + operator.slice(from);
}

/** Graphics state parameters pdfmake sets again before each rule and piece of text, by their operator. */
const STATE_OPERATORS = new Set(['w', 'd', 'j', 'J', 'gs', 'CS', 'SCN', 'cs', 'scn']);
/** Setting a colour space also sets its colour (to the space's initial one). */
const COLOUR_OF: Readonly<Record<string, string>> = { CS: 'SCN', cs: 'scn' };

/**
 * A writer that leaves out an operator setting a graphics state parameter to
 * the value it already has (pdfmake writes line width, dash, join, cap and
 * colour before every rule of a table). The state is followed through q/Q;
 * each page starts afresh.
 */
function withoutRepeatedState(write: (data: string) => unknown): ((data: string) => void) & { newPage(): void } {
  let stack: Map<string, string>[] = [new Map()];
  const filtered = (data: string) => {
    const operator = data.slice(data.lastIndexOf(' ') + 1);
    const state = stack.at(-1)!;
    if (data === 'q') stack.push(new Map(state));
    else if (data === 'Q') {
      if (stack.length > 1) stack.pop();
    } else if (STATE_OPERATORS.has(operator)) {
      if (state.get(operator) === data) return;
      state.set(operator, data);
      const colour = COLOUR_OF[operator];
      if (colour) state.delete(colour);
    }
    write(data);
  };
  return Object.assign(filtered, {
    newPage: () => {
      stack = [new Map()];
    },
  });
}
