import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasUnsafeChars, neutralise } from '../../../core/model/sanitize';
import { oneLine } from '../../../core/model/schema/parse';

/** Text built to hit the rule often: escapes, CSI, line breaks, bidi overrides, lone surrogates, next to ordinary script. */
const hostile = fc
  .array(
    fc.oneof(
      fc.constantFrom('\u001b[31m', '\u009b2J', '\r', '\n', '\u0007', '\u007f', '\u202e', '\u2066', '\u200f', '\u061c', '\u2028', '\ud800', '\udfff', '\t', '\u0000'),
      fc.constantFrom('Amina', 'é', 'مرحبا', '中文', '😀', '\\', '"', ' ', '\u00a0'),
      fc.string({ unit: 'binary', maxLength: 8 }),
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(''));

describe('the sanitiser (core/model/sanitize.ts)', () => {
  it('leaves nothing that can steer a terminal or reorder text, in either mode', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        expect(hasUnsafeChars(neutralise(text))).toBe(false);
        expect(hasUnsafeChars(neutralise(text, 'space'))).toBe(false);
        for (const raw of ['\n', '\r', '\u001b', '\u009b', '\u202e']) expect(neutralise(text)).not.toContain(raw);
      }),
      { numRuns: 2000 },
    );
  });

  it('changes nothing in text that holds no such character (any script, emoji included)', () => {
    const safe = fc.string({ unit: 'grapheme', maxLength: 40 }).filter((s) => !hasUnsafeChars(s));
    fc.assert(
      fc.property(safe, (text) => {
        expect(neutralise(text)).toBe(text);
        expect(neutralise(text, 'space')).toBe(text);
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps a JSON line valid JSON with the same data (so --json output parses back unchanged)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), hostile, (value, key) => {
        const data = { [key]: value, name: key };
        expect(JSON.parse(neutralise(JSON.stringify(data)))).toEqual(JSON.parse(JSON.stringify(data)));
      }),
      { numRuns: 1000 },
    );
  });

  it('escapes each character visibly and one for one, so what the file held can be read', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const unsafe = [...text].filter((c) => hasUnsafeChars(c)).length;
        expect(neutralise(text).length).toBe(text.length + 5 * unsafe);
      }),
      { numRuns: 1000 },
    );
  });

  it('space mode turns each run into one space and never lengthens the text', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const out = neutralise(text, 'space');
        expect(out.length).toBeLessThanOrEqual(text.length);
        expect(out.replace(/ /g, '')).toBe([...text].filter((c) => c !== ' ' && !hasUnsafeChars(c)).join(''));
      }),
      { numRuns: 500 },
    );
  });

  it('oneLine: one bounded line, never a half surrogate pair', () => {
    fc.assert(
      fc.property(hostile, fc.integer({ min: 2, max: 40 }), (text, max) => {
        const line = oneLine(text, max);
        expect(line.length).toBeLessThanOrEqual(max);
        expect(hasUnsafeChars(line)).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });
});
