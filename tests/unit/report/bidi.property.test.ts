import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import bidiFactory from 'bidi-js';
import { embeddingLevels, pieceText, visualPieces } from '../../../core/report/bidi';

const bidi = bidiFactory();

const words = ['الذكاء', 'الاصطناعي', 'وزارة', 'Ministry', 'of', 'Finance', '2025', '1.2', '89%', '(', ')', '«', '»', '،', '.', '—', ' ', ' '];
const texts = fc.array(fc.constantFrom(...words), { maxLength: 30 }).map((parts) => parts.join(''));

/** The pieces as drawn, left to right. */
const drawn = (text: string, rtl: boolean) => visualPieces(text, rtl).map((p) => ({ ...p, text: text.slice(p.start, p.end) }));

describe('visual order of a line (UAX #9)', () => {
  it('cuts a line into pieces that cover it exactly once', () => {
    fc.assert(
      fc.property(texts, fc.boolean(), (text, rtl) => {
        const pieces = visualPieces(text, rtl).sort((a, b) => a.start - b.start);
        let at = 0;
        for (const piece of pieces) {
          expect(piece.start).toBe(at);
          expect(piece.end).toBeGreaterThan(piece.start);
          at = piece.end;
        }
        expect(at).toBe(text.length);
      }),
    );
  });

  it('leaves a left-to-right line without Arabic in logical order', () => {
    fc.assert(
      fc.property(texts, (text) => {
        fc.pre(!/[\u0600-\u06ff]/.test(text));
        expect(
          drawn(text, false)
            .map((p) => p.text)
            .join(''),
        ).toBe(text);
      }),
    );
  });

  it('reverses the words of an Arabic line and keeps each word and Latin name whole', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('الذكاء', 'الاصطناعي', 'وزارة', 'Ministry of Finance', 'CapaMap'), { minLength: 1, maxLength: 12 }), (parts) => {
        // Neighbouring Latin names make one left-to-right stretch, read left to right.
        const groups = parts.reduce<string[]>((out, part) => {
          const last = out.at(-1);
          if (last !== undefined && /[A-Za-z]$/.test(last) && /^[A-Za-z]/.test(part)) out[out.length - 1] = `${last} ${part}`;
          else out.push(part);
          return out;
        }, []);
        const visual = drawn(parts.join(' '), true)
          .map((p) => p.text.trim())
          .filter((t) => t !== '');
        expect(visual).toEqual(groups.reverse());
      }),
    );
  });
});

describe('visual order of mixed text', () => {
  it('puts a Latin name and figures inside an Arabic sentence in reading order', () => {
    const text = 'يقود السيد John Smith من Ministry of Finance العمل منذ 2025.';
    expect(drawn(text, true).map((p) => p.text)).toEqual(['.', '2025', 'منذ ', 'العمل ', ' ', 'Ministry of Finance', 'من ', ' ', 'John Smith', 'السيد ', 'يقود ']);
  });

  it('draws a right-to-left piece mirrored, and reversed when fontkit would set it left to right', () => {
    expect(pieceText('(', 1)).toBe(')');
    expect(pieceText(' («', 1)).toBe('») ');
    expect(pieceText('«الملحق', 1)).toBe('»الملحق');
    expect(pieceText('(Compute)', 2)).toBe('(Compute)');
  });

  it('keeps words joined by no-break spaces one piece, which fontkit sets right to left whole', () => {
    const text = '2.99–8.53\u00a0مليون\u00a0دولار\u00a0أمريكي';
    expect(drawn(text, true).map((p) => p.text)).toEqual(['\u00a0مليون\u00a0دولار\u00a0أمريكي', '8.53', '–', '2.99']);
  });

  it('gives the whitespace that ends a line the paragraph direction (L1)', () => {
    const pieces = drawn('Finance ', true);
    expect(pieces.map((p) => [p.text, p.level % 2])).toEqual([
      [' ', 1],
      ['Finance', 0],
    ]);
  });
});

describe('embedding levels of a plain right-to-left line', () => {
  it('are what the full algorithm gives, for Arabic letters, marks, signs, white space and punctuation in any order', () => {
    const plain = [...'ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأؤإئةى،؛؟ـًٌٍَُِّْٰٱپچژکگی٪۔ﻻﷲ', ' ', '\t', '\u00a0', ...'.,:;!?()«»-–—…·\'"/'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...plain), { maxLength: 40 }), (chars) => {
        const text = chars.join('');
        expect([...embeddingLevels(text, true)]).toEqual([...bidi.getEmbeddingLevels(text, 'rtl').levels]);
      }),
      { numRuns: 2000 },
    );
  });
});
