import { describe, expect, it } from 'vitest';
import { formatUsdRange } from '../../../core/report/format';
import { formatters } from '../../../renderer/src/lib/format';

describe('US dollar ranges on screen', () => {
  it('are written as the report and the CLI write them, in each language', () => {
    for (const language of ['en', 'fr', 'es', 'zh'] as const) expect(formatters(language).usdRange(120_000, 300_000)).toBe(formatUsdRange(120_000, 300_000, language));
    expect(formatters('en').usdRange(120_000, 300_000)).toBe('USD\u00a0120,000–300,000');
    expect(formatters('fr').usdRange(120_000, 300_000)).toBe('120\u202f000–300\u202f000\u00a0USD');
  });

  it('give one figure when both ends are equal', () => {
    expect(formatters('en').usdRange(0, 0)).toBe('USD\u00a00');
    expect(formatters('en').usdRange(6_900_000, 66_000_000)).toBe('USD\u00a06.9–66\u00a0million');
    expect(formatters('es').usdRange(45_500, 45_500)).toBe('45.500\u00a0USD');
  });
});
