import fc from 'fast-check';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { accelerateNextLine } from '../../../pdf/next-line';

const nodeRequire = createRequire(import.meta.url);
const MODULES = ['LayoutBuilder', 'Line', 'TextInlines'].map((name) => nodeRequire.resolve(`pdfmake/js/${name}`));

type Inline = Record<string, unknown> & { text: string; width: number };
interface Builder {
  buildNextLine(node: { _inlines: Inline[] }): { inlines: Inline[]; lastLineInParagraph: boolean } | null;
}
interface Classes {
  LayoutBuilder: { prototype: Builder };
  Line: unknown;
  TextInlines: unknown;
}

/** pdfmake's classes as it ships them, loaded afresh (another test may have accelerated the process's copies). */
function freshClasses(): Classes {
  const cached = MODULES.map((path) => nodeRequire.cache[path]);
  for (const path of MODULES) delete nodeRequire.cache[path];
  try {
    const [LayoutBuilder, Line, TextInlines] = MODULES.map((path) => (nodeRequire(path) as { default: unknown }).default);
    return { LayoutBuilder: LayoutBuilder as Classes['LayoutBuilder'], Line, TextInlines };
  } finally {
    MODULES.forEach((path, i) => {
      if (cached[i]) nodeRequire.cache[path] = cached[i];
      else delete nodeRequire.cache[path];
    });
  }
}

/** A font three points wide a character, so that long words are cut where pdfmake cuts them. */
const FONT = { widthOfString: (text: string, size: number) => (text.length * size) / 4 };

/** Words of a paragraph: glued to the next or not, forced line ends, words that must not be cut, words longer than a line. */
const word = fc
  .record({
    text: fc.string({ minLength: 0, maxLength: 30 }),
    noNewLine: fc.option(fc.constant(true), { nil: undefined }),
    lineEnd: fc.option(fc.constant(true), { nil: undefined }),
    noWrap: fc.option(fc.constant(true), { nil: undefined }),
    leadingCut: fc.constantFrom(0, 1.5),
    trailingCut: fc.constantFrom(0, 3),
  })
  .map((w) => ({ ...w, font: FONT, fontSize: 12, characterSpacing: 0, fontFeatures: null, width: (w.text.length * 12) / 4 }) as Inline);

/** Every line of a paragraph, as the builder fills them one by one. */
function lines(builder: Builder, words: Inline[], width: number) {
  const self = { writer: { context: () => ({ availableWidth: width }) } };
  // Copies: the builder writes each word's position, and cuts long words in place.
  const node = { _inlines: words.map((w) => ({ ...w })) };
  const out = [];
  for (let line = builder.buildNextLine.call(self, node); line; line = builder.buildNextLine.call(self, node)) out.push(line);
  return out;
}

describe('accelerateNextLine', () => {
  it('fills every line of a paragraph as pdfmake does', () => {
    const shipped = freshClasses();
    const accelerated = freshClasses();
    expect(accelerateNextLine(accelerated.LayoutBuilder, accelerated.Line, accelerated.TextInlines)).toBe(true);
    expect(accelerateNextLine(accelerated.LayoutBuilder, accelerated.Line, accelerated.TextInlines)).toBe(false);
    fc.assert(
      fc.property(fc.array(word, { maxLength: 40 }), fc.integer({ min: 10, max: 200 }), (words, width) => {
        expect(lines(accelerated.LayoutBuilder.prototype, words, width)).toEqual(lines(shipped.LayoutBuilder.prototype, words, width));
      }),
      { numRuns: 400 },
    );
  });

  it('leaves classes alone that are not what it expects', () => {
    const { Line, TextInlines } = freshClasses();
    expect(accelerateNextLine(class {}, Line, TextInlines)).toBe(false);
    expect(accelerateNextLine(null, Line, TextInlines)).toBe(false);
  });
});
