import fc from 'fast-check';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { accelerateInlineMeasure } from '../../../pdf/inline-measure';

const nodeRequire = createRequire(import.meta.url);
const MODULES = ['pdfmake/js/StyleContextStack', 'pdfmake/js/TextInlines', 'pdfmake/js/TextBreaker'].map((name) => nodeRequire.resolve(name));

type Word = Record<string, unknown> & { text: string };
interface TextInlines {
  measure(words: Word[], stack: unknown): Word[];
}
interface Classes {
  TextInlines: new (document: object) => TextInlines;
  StyleContextStack: new (dictionary: Record<string, object>, defaultStyle: object) => { push(entry: unknown): void };
}

/** pdfmake's classes as it ships them, loaded afresh (another test may have accelerated the process's copies). */
function freshClasses(): Classes {
  const cached = MODULES.map((path) => nodeRequire.cache[path]);
  for (const path of MODULES) delete nodeRequire.cache[path];
  try {
    const TextInlines = (nodeRequire(MODULES[1]!) as { default: Classes['TextInlines'] }).default;
    const StyleContextStack = (nodeRequire(MODULES[0]!) as { default: Classes['StyleContextStack'] }).default;
    return { TextInlines, StyleContextStack };
  } finally {
    MODULES.forEach((path, i) => {
      if (cached[i]) nodeRequire.cache[path] = cached[i];
      else delete nodeRequire.cache[path];
    });
  }
}

/** A font whose widths and line height follow from its name, size and features, made once per face as pdfmake's document does. */
function fakeDocument() {
  const fonts = new Map<string, object>();
  return {
    provideFont(font: string, bold: boolean, italics: boolean) {
      const key = `${font}/${bold}/${italics}`;
      if (!fonts.has(key)) {
        const factor = 0.4 + (key.length % 5) / 10;
        fonts.set(key, {
          key,
          widthOfString: (text: string, size: number, features: unknown) => text.length * size * factor + (features ? 1 : 0),
          lineHeight: (size: number) => size * (1 + factor),
        });
      }
      return fonts.get(key)!;
    },
  };
}

const value = <T>(...values: T[]) => fc.option(fc.constantFrom(...values), { nil: undefined });
/** What a run of text may say of its style, as TextBreaker copies it onto each word. */
const runStyle = fc.record(
  {
    bold: value(true, false),
    fontSize: value(8, 12, 0),
    color: value('#333333', null),
    link: value('https://example.org', null),
    style: value<string | string[]>('heading', 'small', ['heading', 'small'], 'missing'),
    sup: value(true),
    sub: value(true, false),
    lineHeight: value(1.3),
    preserveLeadingSpaces: value(true),
    preserveTrailingSpaces: value(true),
    characterSpacing: value(0.5),
    fontFeatures: value(['smcp']),
    lineEnd: value(true),
    noNewLine: value(true),
  },
  { requiredKeys: [] },
);
/** Every character of the Basic Multilingual Plane that \s matches, and two it does not (a zero-width space, U+0085). */
const SPACES = [...Array.from({ length: 0x10000 }, (_, code) => String.fromCharCode(code)).filter((char) => /\s/.test(char)), '\u200b', '\u0085'];

/** Words as TextBreaker cuts them, with every kind of white space pdfmake trims (its \s), and some it does not. */
const text = fc.oneof(
  fc.constantFrom('word ', ' lead', 'tail  ', '\u00a0nbsp ', '', 'x', '  '),
  fc.tuple(fc.constantFrom('', ...SPACES), fc.constantFrom('a', 'é', '中', '\u200b'), fc.constantFrom('', ...SPACES)).map(([lead, middle, tail]) => lead + middle + tail),
);

/** One property a run may say differently from the run before it (so that runs differ by a single property often). */
const change = fc.oneof(
  fc.constant({}),
  fc.constantFrom<Record<string, unknown>>(
    { style: 'small' },
    { style: undefined },
    { section: 'body' },
    { preserveTrailingSpaces: true },
    { preserveLeadingSpaces: true },
    { fontSize: 9 },
    { sup: true },
    { lineHeight: 2 },
    { link: null },
    { bold: false },
    { font: 'Other' },
    { italics: true },
    { opacity: 0.3 },
    { background: '#eeeeee' },
    { decorationThickness: 2 },
  ),
);
/** Runs of words, each run's words saying the same; each run says what the one before it said, or all but one property of it, or anything. */
const words = fc.tuple(runStyle, fc.array(fc.tuple(fc.oneof(change, runStyle), fc.array(text, { minLength: 1, maxLength: 4 })), { minLength: 1, maxLength: 6 })).map(([first, runs]) => {
  let style: Record<string, unknown> = first;
  return runs.flatMap(([changed, texts]) => {
    style = { ...style, ...changed };
    return texts.map((t) => ({ ...style, text: t }) as Word);
  });
});
const stackEntries = fc.array(
  fc.oneof(fc.constantFrom('heading', 'small'), fc.record({ fontSize: value(9, 14), italics: value(true), alignment: value('right', 'justify'), leadingIndent: value(6), opacity: value(0.5) }, { requiredKeys: [] })),
  { maxLength: 3 },
);

const STYLES = { heading: { bold: true, fontSize: 14, color: '#000000' }, small: { fontSize: 7.5, decoration: 'underline', lineHeight: 1.1 } };

describe('accelerateInlineMeasure', () => {
  it('measures every word as pdfmake does, whatever the runs, their styles and the stack say', () => {
    const shipped = freshClasses();
    const accelerated = freshClasses();
    expect(accelerateInlineMeasure(accelerated.TextInlines, accelerated.StyleContextStack)).toBe(true);
    expect(accelerateInlineMeasure(accelerated.TextInlines, accelerated.StyleContextStack)).toBe(false);
    const document = fakeDocument();
    fc.assert(
      fc.property(words, stackEntries, (input, entries) => {
        const measured = (classes: Classes) => {
          const stack = new classes.StyleContextStack(STYLES, { font: 'Noto', fontSize: 10 });
          for (const entry of entries) stack.push(entry);
          return new classes.TextInlines(document).measure(structuredClone(input), stack);
        };
        expect(measured(accelerated)).toEqual(measured(shipped));
      }),
      { numRuns: 400 },
    );
  });

  it('leaves a class alone that is not what it expects', () => {
    expect(accelerateInlineMeasure(null, null)).toBe(false);
    expect(accelerateInlineMeasure(class {}, freshClasses().StyleContextStack)).toBe(false);
  });
});
