import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseJsonText, quote } from '../../../core/model/schema/parse';

/** Strings rich in what a JSON scanner can trip on: quotes, backslashes, brackets, colons, line breaks. */
const trickyString = fc.string({ unit: fc.constantFrom('"', '\\', '[', ']', '{', '}', ':', ',', ' ', '\n', 'a', 'é', '中', 'ع') });
const json = fc.jsonValue({ maxDepth: 5, stringUnit: fc.constantFrom('"', '\\', '[', '{', '}', ':', ' ', 'x', 'é') });
const layout = fc.constantFrom(undefined, 1, '\t');

/** Nesting of arrays and objects in a value (a scalar is 0). */
const depthOf = (value: unknown): number => (value !== null && typeof value === 'object' ? 1 + Math.max(0, ...Object.values(value as Record<string, unknown>).map(depthOf)) : 0);

/** A key written with every character escaped: the same key once decoded. */
const escaped = (key: string): string => `"${[...key].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}"`;

describe('JSON text read with the limits of untrusted files', () => {
  it('accepts any JSON without a repeated key, as JSON.parse reads it, and measures its nesting exactly', () => {
    fc.assert(
      fc.property(json, layout, (value, space) => {
        const text = JSON.stringify(value, null, space);
        const depth = depthOf(value);
        expect(parseJsonText(text, 1e7, depth)).toEqual({ ok: true, value: JSON.parse(text) });
        if (depth > 0) expect(parseJsonText(text, 1e7, depth - 1)).toEqual({ ok: false, problems: [{ path: '$', code: 'file.tooDeep', params: { limit: depth - 1 } }] });
      }),
    );
  });

  it('refuses a key written twice in one object, however it is escaped, and says where', () => {
    fc.assert(
      fc.property(trickyString, json, json, fc.dictionary(trickyString, json, { maxKeys: 4 }), layout, (key, first, second, others, space) => {
        const rest = Object.entries(others)
          .filter(([k]) => k !== key)
          .map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v, null, space)},`)
          .join('');
        const object = `{${JSON.stringify(key)}:${JSON.stringify(first, null, space)},${rest}${escaped(key)} : ${JSON.stringify(second)}}`;
        const text = `{"before":${JSON.stringify(others)},"wrap":[${JSON.stringify(first)},\n${object}]}`;
        expect(parseJsonText(text, 1e7, 64)).toEqual({
          ok: false,
          problems: [{ path: '$.wrap[1]', code: 'file.duplicateKey', params: { key: quote(key, 60), line: 2 + lines(rest) + lines(JSON.stringify(first, null, space)) } }],
        });
      }),
    );
  });
});

const lines = (text: string): number => text.split('\n').length - 1;
