import fc from 'fast-check';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { accelerateStyleLookups } from '../../../pdf/style-lookup';

const nodeRequire = createRequire(import.meta.url);
const MODULE = nodeRequire.resolve('pdfmake/js/StyleContextStack');

interface StyleStack {
  push(entry: unknown): void;
  pop(howMany?: number): void;
  clone(): StyleStack;
  getProperty(property: string): unknown;
}
interface StyleStackClass {
  new (dictionary: Record<string, object> | null, defaultStyle?: object): StyleStack;
  getStyleProperty(item: unknown, stack: StyleStack | null, property: string, defaultValue: unknown): unknown;
}

/** A copy of pdfmake's class of its own, loaded afresh: one as pdfmake ships it, one to accelerate. */
function freshClass(): StyleStackClass {
  const cached = nodeRequire.cache[MODULE];
  delete nodeRequire.cache[MODULE];
  try {
    return (nodeRequire(MODULE) as { default: StyleStackClass }).default;
  } finally {
    if (cached) nodeRequire.cache[MODULE] = cached;
  }
}

const PROPERTIES = ['font', 'bold', 'fontSize', 'color', 'link'] as const;
const NAMES = ['a', 'b', 'c', 'd', 'missing'] as const;
const value = fc.oneof(fc.constant(undefined), fc.constant(null), fc.constant(false), fc.constant(0), fc.constant(''), fc.integer({ min: 1, max: 9 }), fc.constantFrom('x', 'y'));
const overrides = fc.dictionary(fc.constantFrom(...PROPERTIES), value, { maxKeys: 3 });
/** Named styles that may extend each other, in cycles too, or a name that is not defined. */
const dictionary = fc.dictionary(
  fc.constantFrom('a', 'b', 'c', 'd'),
  fc
    .record({ props: overrides, extends: fc.option(fc.oneof(fc.constantFrom(...NAMES), fc.array(fc.constantFrom(...NAMES), { maxLength: 3 })), { nil: undefined }) })
    .map(({ props, extends: parents }) => (parents === undefined ? props : { ...props, extends: parents })),
);
const styleRef = fc.oneof(fc.constantFrom(...NAMES), overrides);
const entry = fc.oneof(
  fc.constantFrom(...NAMES),
  overrides,
  overrides.map((o) => ({ ...o, style: 'b' })),
);
const item = fc.oneof(
  fc.constant('plain text'),
  fc
    .record({ own: overrides, style: fc.option(fc.oneof(styleRef, fc.array(styleRef, { maxLength: 3 })), { nil: undefined }), section: fc.option(fc.constant(true), { nil: undefined }) })
    .map(({ own, style, section }) => ({ ...own, ...(style === undefined ? {} : { style }), ...(section ? { section: true } : {}) })),
);

describe("pdfmake's style lookups, accelerated", () => {
  const shipped = freshClass();
  const accelerated = freshClass();
  it('applies to the pdfmake installed, once', () => {
    expect(accelerateStyleLookups(accelerated)).toBe(true);
    expect(accelerateStyleLookups(accelerated)).toBe(false);
    expect(accelerateStyleLookups({})).toBe(false);
  });

  it('gives every property the value pdfmake gives it, whatever the styles, the stack and the item', () => {
    accelerateStyleLookups(accelerated);
    fc.assert(
      fc.property(dictionary, overrides, fc.array(entry, { maxLength: 6 }), item, fc.constantFrom(...PROPERTIES), (styles, defaults, entries, word, property) => {
        const make = (cls: StyleStackClass) => {
          const stack = new cls(styles, defaults);
          for (const e of entries) stack.push(e);
          return stack;
        };
        const [before, after] = [make(shipped), make(accelerated)];
        expect(accelerated.getStyleProperty(word, after, property, 'fallback')).toEqual(shipped.getStyleProperty(word, before, property, 'fallback'));
        expect(after.getProperty(property)).toEqual(before.getProperty(property));
        expect(accelerated.getStyleProperty(word, null, property, 'fallback')).toEqual(shipped.getStyleProperty(word, null, property, 'fallback'));
      }),
      { numRuns: 2000 },
    );
  });

  it('answers anew after each push and pop, on stacks and their copies', () => {
    accelerateStyleLookups(accelerated);
    const which = fc.nat({ max: 3 });
    const step = fc.oneof(
      fc.tuple(which, entry).map(([at, e]) => ({ at, push: e })),
      fc.tuple(which, fc.integer({ min: 1, max: 2 })).map(([at, n]) => ({ at, pop: n })),
      which.map((at) => ({ at, clone: true })),
      fc.tuple(which, item, fc.constantFrom(...PROPERTIES)).map(([at, word, property]) => ({ at, word, property })),
    );
    fc.assert(
      fc.property(dictionary, overrides, fc.array(step, { maxLength: 30 }), (styles, defaults, steps) => {
        // The same stacks side by side: each copy made of both at once.
        const stacks: Array<[StyleStack, StyleStack]> = [[new shipped(styles, defaults), new accelerated(styles, defaults)]];
        for (const s of steps) {
          const [before, after] = stacks[s.at % stacks.length]!;
          if ('push' in s) [before, after].forEach((stack) => stack.push(s.push));
          else if ('pop' in s) [before, after].forEach((stack) => stack.pop(s.pop));
          else if ('clone' in s) stacks.push([before.clone(), after.clone()]);
          else expect(accelerated.getStyleProperty(s.word, after, s.property, 'fallback')).toEqual(shipped.getStyleProperty(s.word, before, s.property, 'fallback'));
        }
      }),
      { numRuns: 2000 },
    );
  });
});
