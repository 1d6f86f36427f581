import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CJK_TERMS, termSpans } from '../../../core/report/cjk-terms';
import { cjkPieces } from '../../../core/report/fonts';

const IDEOGRAPH = /^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]$/u;
const CJK = /^[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]$/u;

/** Text made of glossary terms, other ideographs, Chinese punctuation, digits and Latin words. */
const chineseText = fc
  .array(fc.oneof(fc.constantFrom(...CJK_TERMS), fc.constantFrom('的', '和', '国', '家', '能', '力', '较', '高'), fc.constantFrom('，', '。', '“', '”', '（', '）', '：'), fc.constantFrom(' 30 ', 'GPU', ' ')), {
    maxLength: 40,
  })
  .map((parts) => parts.join(''));

describe('Chinese line-break pieces', () => {
  it('keep the text, cut only between two ideographs, and never inside a glossary term', () => {
    fc.assert(
      fc.property(chineseText, (text) => {
        const pieces = cjkPieces(text);
        expect(pieces.map((p) => p.text).join('')).toBe(text);
        const chars = [...text];
        const spans = termSpans(chars, 0, chars.length);
        let at = 0;
        for (const piece of pieces.slice(0, -1)) {
          at += [...piece.text].length;
          const before = chars[at - 1]!;
          const after = chars[at]!;
          if (CJK.test(before) && CJK.test(after)) expect(IDEOGRAPH.test(before) && IDEOGRAPH.test(after)).toBe(true);
          expect(spans.some(([s, e]) => s < at && at < e)).toBe(false);
        }
      }),
    );
  });
});
