import { describe, expect, it } from 'vitest';
import { formatChange, formatDate, formatDecimal, formatPercent, formatUsdRange, formatWhole } from '../../../core/report/format';

describe('formatting', () => {
  it('writes dates out per language without locale data', () => {
    expect(formatDate('2025-03-01', 'en')).toBe('1 March 2025');
    expect(formatDate('2025-03-01T10:00:00Z', 'fr')).toBe('1er mars 2025');
    expect(formatDate('2025-08-15', 'fr')).toBe('15 août 2025');
    expect(formatDate('2025-12-24', 'es')).toBe('24 de diciembre de 2025');
    expect(formatDate('2025-03-01', 'zh')).toBe('2025年3月1日');
    expect(formatDate('not a date', 'en')).toBe('not a date');
  });

  it('uses the decimal mark and percent spacing of each language', () => {
    expect(formatDecimal(2.45, 1, 'en')).toBe('2.5');
    expect(formatDecimal(2.44, 1, 'fr')).toBe('2,4');
    expect(formatDecimal(0.384, 2, 'es')).toBe('0,38');
    expect(formatDecimal(-0.01, 1, 'en')).toBe('0.0');
    expect(formatPercent(0.857, 'en')).toBe('86%');
    expect(formatPercent(1, 'fr')).toBe('100\u00a0%');
    expect(formatPercent(0.5, 'zh')).toBe('50%');
  });

  it('writes changes with their sign and a true minus, and no sign when they round to zero', () => {
    expect(formatChange(0.43, 1, 'en')).toBe('+0.4');
    expect(formatChange(-0.25, 2, 'fr')).toBe('\u22120,25');
    expect(formatChange(-0.04, 1, 'en')).toBe('0.0');
    expect(formatChange(0, 2, 'zh')).toBe('0.00');
  });

  it('writes US dollars and their ranges as each language does, without locale data', () => {
    expect(formatWhole(1234567, 'en')).toBe('1,234,567');
    expect(formatWhole(1234567, 'fr')).toBe('1\u202f234\u202f567');
    expect(formatWhole(1234567, 'es')).toBe('1.234.567');
    expect(formatWhole(999, 'es')).toBe('999');
  });

  it('writes ranges for the report reader in millions (万, 亿), the currency and a shared unit once', () => {
    expect(formatUsdRange(350_000, 350_000, 'en')).toBe('USD\u00a0350,000');
    expect(formatUsdRange(1_200_000, 1_200_000, 'en')).toBe('USD\u00a01.2\u00a0million');
    expect(formatUsdRange(6_900_000, 66_000_000, 'en')).toBe('USD\u00a06.9–66\u00a0million');
    expect(formatUsdRange(870_000, 6_600_000, 'en')).toBe('USD\u00a0870,000–6.6\u00a0million');
    expect(formatUsdRange(1_000_000, 3_000_000, 'fr')).toBe('1–3\u00a0millions\u00a0USD');
    expect(formatUsdRange(1_500_000, 1_500_000, 'fr')).toBe('1,5\u00a0million\u00a0USD');
    expect(formatUsdRange(60_000, 90_000, 'fr')).toBe('60\u202f000–90\u202f000\u00a0USD');
    expect(formatUsdRange(1_000_000, 1_000_000, 'es')).toBe('1\u00a0millón\u00a0USD');
    expect(formatUsdRange(5_000, 1_200_000, 'es')).toBe('5.000–1,2\u00a0millones\u00a0USD');
    expect(formatUsdRange(1_000_000, 1_000_000, 'pt')).toBe('1\u00a0milhão\u00a0USD');
    expect(formatUsdRange(543_000, 1_590_000, 'pt')).toMatch(/^543.000–1,59\u00a0milhões\u00a0USD$/);
    expect(formatUsdRange(60_000, 300_000, 'zh')).toBe('6–30万美元');
    expect(formatUsdRange(50_000, 120_000_000, 'zh')).toBe('5万–1.2亿美元');
    expect(formatUsdRange(40_000, 40_000, 'en')).toBe('USD\u00a040,000');
  });

  it('writes Portuguese as in Portugal: decimal comma, no-break space between thousands, milhões but for exactly one', () => {
    expect(formatDate('2025-03-01', 'pt')).toBe('1 de março de 2025');
    expect(formatDecimal(2.45, 1, 'pt')).toBe('2,5');
    expect(formatPercent(0.857, 'pt')).toBe('86%');
    expect(formatWhole(1234567, 'pt')).toBe('1\u00a0234\u00a0567');
    expect(formatUsdRange(1_500_000, 1_500_000, 'pt')).toBe('1,5\u00a0milhões\u00a0USD');
    expect(formatUsdRange(1_200_000, 3_000_000, 'pt')).toBe('1,2–3\u00a0milhões\u00a0USD');
    expect(formatUsdRange(350_000, 1_200_000, 'pt')).toBe('350\u00a0000–1,2\u00a0milhões\u00a0USD');
  });

  it('writes Arabic with Western digits (0-9), a decimal point and the currency in words', () => {
    expect(formatDate('2025-12-04', 'ar')).toBe('4 ديسمبر 2025');
    expect(formatDecimal(2.45, 1, 'ar')).toBe('2.5');
    expect(formatChange(-0.25, 2, 'ar')).toBe('\u22120.25');
    expect(formatPercent(0.857, 'ar')).toBe('86%');
    expect(formatWhole(1234567, 'ar')).toBe('1,234,567');
    expect(formatUsdRange(6_900_000, 66_000_000, 'ar')).toBe('6.9–66\u00a0مليون\u00a0دولار\u00a0أمريكي');
    expect(formatUsdRange(350_000, 350_000, 'ar')).toBe('350,000\u00a0دولار\u00a0أمريكي');
    for (const text of [formatDate('2025-12-04', 'ar'), formatUsdRange(870_000, 6_600_000, 'ar')]) expect(text).not.toMatch(/[\u0660-\u0669\u06f0-\u06f9]/);
  });
});
