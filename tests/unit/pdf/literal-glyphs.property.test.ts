import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { literalGlyphs } from '../../../pdf/compact-text';

/** The rule, written plainly: each pair of hexadecimal digits becomes its byte, with (, ), \ and CR escaped. */
function model(operator: string): string {
  return operator.replace(/<([0-9a-f]*)>/g, (_, hex: string) => {
    const bytes = (hex.match(/../g) ?? []).map((pair) => parseInt(pair, 16));
    const literal = bytes.map((byte) => (byte === 0x28 || byte === 0x29 || byte === 0x5c ? `\\${String.fromCharCode(byte)}` : byte === 0x0d ? '\\r' : String.fromCharCode(byte)));
    return `(${literal.join('')})`;
  });
}

/** Glyph codes as pdfkit writes them, four digits each; the bytes that need an escape come up often. */
const glyph = fc.oneof(fc.integer({ min: 0, max: 0xffff }), fc.constantFrom(0x0028, 0x2900, 0x5c5c, 0x0d0d, 0x3c3e, 0x0000)).map((code) => code.toString(16).padStart(4, '0'));
const segment = fc.tuple(fc.array(glyph, { minLength: 1, maxLength: 12 }), fc.integer({ min: -500, max: 500 })).map(([codes, kern]) => `<${codes.join('')}> ${kern}`);
/** A TJ operator as pdfkit writes it. */
const operator = fc.array(segment, { minLength: 1, maxLength: 5 }).map((segments) => `[${segments.join(' ')}] TJ`);

describe('literalGlyphs', () => {
  it('writes every glyph string of a TJ operator as the literal string of its bytes, and the rest as it was', () => {
    fc.assert(
      fc.property(operator, (op) => {
        expect(literalGlyphs(op)).toBe(model(op));
      }),
      { numRuns: 500 },
    );
  });
});
