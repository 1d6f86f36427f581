import { describe, expect, it } from 'vitest';
import { formatUsdRange } from '../../../core/report/format';
import { LANGUAGES } from '../../../core/model/schema/text';
import { formatters } from '../../../renderer/src/lib/format';

describe('US dollar ranges on screen', () => {
  it('are written as the report and the CLI write them, in each language', () => {
    for (const language of LANGUAGES) expect(formatters(language).usdRange(120_000, 300_000)).toBe(formatUsdRange(120_000, 300_000, language));
    expect(formatters('en').usdRange(120_000, 300_000)).toBe('USD\u00a0120,000–300,000');
    expect(formatters('fr').usdRange(120_000, 300_000)).toBe('120\u202f000–300\u202f000\u00a0USD');
  });

  it('give one figure when both ends are equal', () => {
    expect(formatters('en').usdRange(0, 0)).toBe('USD\u00a00');
    expect(formatters('en').usdRange(6_900_000, 66_000_000)).toBe('USD\u00a06.9–66\u00a0million');
    expect(formatters('es').usdRange(45_500, 45_500)).toBe('45.500\u00a0USD');
  });
});

describe('dates on screen', () => {
  it('spell the month, in each language’s own order, so 4 December is never read as 12 April', () => {
    expect(formatters('en').date('2026-12-04')).toBe('December 4, 2026');
    expect(formatters('fr').date('2026-12-04')).toBe('4 décembre 2026');
    expect(formatters('es').date('2026-12-04')).toBe('4 de diciembre de 2026');
    expect(formatters('zh').date('2026-12-04')).toBe('2026年12月4日');
    expect(formatters('pt').date('2026-12-04')).toBe('4 de dezembro de 2026');
  });

  it('write Arabic with Western digits, on screen as in print', () => {
    const arabic = formatters('ar');
    const shown = [arabic.date('2026-12-04'), arabic.decimal(2.6), arabic.integer(1234), arabic.percent(0.89), arabic.usdRange(120_000, 300_000)].join(' ');
    expect(shown).toMatch(/2026/);
    expect(shown).toMatch(/2\.6/);
    expect(shown).not.toMatch(/[\u0660-\u0669\u06f0-\u06f9]/);
  });

  it('keep the calendar day whatever the time zone, and leave what is not a date as it is', () => {
    // Parsed as a local date, not as UTC midnight (which would be the 3rd west of Greenwich).
    expect(formatters('en').date('2026-01-01')).toBe('January 1, 2026');
    expect(formatters('fr').date('not a date')).toBe('not a date');
  });

  it('write an instant with a spelled (or character) month, never all in figures', () => {
    const at = '2026-12-04T12:00:00.000Z'; // noon UTC: the 4th in every usual time zone
    expect(formatters('en').dateTime(at)).toMatch(/^Dec 4, 2026/);
    expect(formatters('fr').dateTime(at)).toMatch(/^4 déc\. 2026/);
    expect(formatters('es').dateTime(at)).toMatch(/^4 dic 2026/);
    expect(formatters('zh').dateTime(at)).toMatch(/^2026年12月4日/);
    for (const language of ['en', 'fr', 'es', 'zh']) expect(formatters(language).dateTime(at)).not.toMatch(/\d{1,2}\/\d{1,2}\/\d{2,4}/);
  });
});
