import { describe, expect, it } from 'vitest';
import { formatters } from '../../../renderer/src/lib/format';

// Spaces compared as plain spaces: which no-break space a language groups digits with is ICU's business.
const plain = (text: string) => text.replace(/\s/g, ' ');

describe('US dollar ranges on screen', () => {
  it('write the currency once, with the language’s digit grouping and order', () => {
    expect(plain(formatters('en').usdRange(120_000, 300_000))).toBe('USD 120,000–300,000');
    expect(plain(formatters('fr').usdRange(120_000, 300_000))).toBe('120 000–300 000 USD');
    expect(plain(formatters('es').usdRange(1_200_000, 3_000_000))).toMatch(/^1\.200\.000\s?[–-]\s?3\.000\.000 USD$/);
    expect(plain(formatters('zh').usdRange(120_000, 300_000))).toMatch(/^USD 120,000[–-]300,000$/);
  });

  it('give one figure when both ends are equal, and no decimals', () => {
    expect(plain(formatters('en').usdRange(0, 0))).toBe('USD 0');
    expect(plain(formatters('en').usdRange(45_500, 45_500))).toBe('USD 45,500');
  });
});
