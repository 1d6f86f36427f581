import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bearsStatistic, statisticsIn } from '../../../core/model/statistics';

/** Plain words around a number: no digits, so the number alone decides. */
const words = fc.array(fc.constantFrom('the', 'countries', 'regions', 'of', 'in', 'had', 'people', 'online', 'about', 'users'), { minLength: 0, maxLength: 6 }).map((w) => w.join(' '));
const sentence = (before: string, figure: string, after: string) => `${before} ${figure} ${after}`.trim();
const thousands = (n: number) => n.toLocaleString('en-US');

describe('a statistic-bearing text', () => {
  it('is one with a share, whatever the number and spacing', () => {
    fc.assert(
      fc.property(words, fc.double({ min: 0, max: 100, noNaN: true }), fc.constantFrom('%', ' %', ' per cent', ' percent'), words, (before, share, unit, after) => {
        const figure = `${Math.round(share * 10) / 10}${unit}`;
        expect(bearsStatistic(sentence(before, figure, after))).toBe(true);
      }),
    );
  });

  it('is one with a magnitude in millions, billions or trillions', () => {
    fc.assert(
      fc.property(words, fc.integer({ min: 1, max: 999 }), fc.constantFrom('million', 'billion', 'trillion'), words, (before, n, unit, after) => {
        expect(statisticsIn(sentence(before, `${n} ${unit}`, after))).toContain(`${n} ${unit}`);
      }),
    );
  });

  it('is one with a count of 100 or more that is not a year, with or without thousands separators', () => {
    const notYear = fc.integer({ min: 100, max: 10_000_000 }).filter((n) => n < 1900 || n > 2100);
    fc.assert(
      fc.property(words, notYear, fc.boolean(), words, (before, n, separated, after) => {
        const figure = separated ? thousands(n) : String(n);
        expect(statisticsIn(sentence(before, figure, `${after} countries`))).toContain(figure);
      }),
    );
  });

  it('is not one for numbers under 100, stage numbers and years', () => {
    fc.assert(
      fc.property(words, fc.integer({ min: 0, max: 99 }), fc.integer({ min: 1900, max: 2100 }), words, (before, small, year, after) => {
        expect(statisticsIn(`${before} ${small} members in ${year}, stage ${small % 5} ${after}`)).toEqual([]);
      }),
    );
  });

  it('is not one for numbers that name something: a resolution, an article, a standard, a code', () => {
    fc.assert(
      fc.property(fc.integer({ min: 100, max: 99_999 }), fc.integer({ min: 1, max: 999 }), (n, m) => {
        const names = [`resolution ${m}/${n}`, `Article ${n}`, `ISO ${n}`, `ISO/IEC ${n}`, `UNSCR ${n}`, `Convention ${n}+`, `G${n}`, `No. ${n}`, `X.${n}`, `${n}-${m}`];
        for (const name of names) expect(statisticsIn(`The text refers to ${name} only.`), name).toEqual([]);
      }),
    );
  });

  it('reads the figures of the issue that need a source', () => {
    expect(statisticsIn('of 225 cloud regions surveyed in November 2024, 132 offered AI accelerators')).toEqual(['225', '132']);
    expect(bearsStatistic('one review found only 42 African languages supported across 20 models, leaving over 98 % unsupported')).toBe(true);
    expect(bearsStatistic('rate its likelihood (1 = very unlikely within five years, 5 = already occurring)')).toBe(false);
  });
});
