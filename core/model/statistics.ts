/**
 * What makes a text "statistic-bearing": a figure a reader could quote, which must
 * therefore name its source. Read on the English text (every translation carries the
 * same figures):
 * - a share: a number followed by "%", "per cent" or "percent" ("71 %", "98%");
 * - a magnitude: a number followed by million, billion or trillion ("685 million");
 * - a large count: a whole number of 100 or more written in digits ("225 cloud regions",
 *   "137 of 194 countries", "1,000 GPU-hours").
 * Not statistics: numbers under 100 (stage numbers, "12 months", "10 members"), years
 * (four digits from 1900 to 2100, unless followed by "%"), and numbers that are part of
 * a name: joined to a letter, "/", "-", "." or "+" ("78/241", "G20", "108+"),
 * or after a designating word ("Article 36", "resolution 1540", "ISO 27001": any
 * all-capital word, e.g. "USD 100,000", counts as one).
 */
const SHARE = /(?<![\w.,])\d+(?:[.,]\d+)?\s?(?:%|per ?cent\b)/i;
const MAGNITUDE = /(?<![\w.,/])\d+(?:[.,]\d+)?\s(?:million|billion|trillion)\b/i;
const NUMBER = /(?<![\w.,/+\-–])(\d{1,3}(?:,\d{3})+|\d+)(?![\w/+\-–]|[.,]\d)/g;
const CAPITAL_DESIGNATION = /\b[A-Z][A-Z0-9]+(?:-[A-Z0-9]+)?\s+$/;
const WORD_DESIGNATION = /\b(?:articles?|annex(?:es)?|resolutions?|protocols?|conventions?|no\.|number|stages?|levels?|phases?|tier|pillar|dimension|principle|recommendation|chapter|section|part|version)\s+$/i;

const isYear = (digits: string) => /^\d{4}$/.test(digits) && Number(digits) >= 1900 && Number(digits) <= 2100;

/** The figures in a text that need a source (empty when it has none). */
export function statisticsIn(text: string): string[] {
  const found: string[] = [];
  const share = text.match(new RegExp(SHARE.source, 'gi'));
  if (share) found.push(...share);
  const magnitude = text.match(new RegExp(MAGNITUDE.source, 'gi'));
  if (magnitude) found.push(...magnitude);
  for (const m of text.matchAll(NUMBER)) {
    const digits = m[1]!;
    const value = Number(digits.replaceAll(',', ''));
    if (value < 100 || (isYear(digits) && !/^\s?(%|per ?cent)/i.test(text.slice(m.index + digits.length)))) continue;
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    if (CAPITAL_DESIGNATION.test(before) || WORD_DESIGNATION.test(before)) continue;
    if (!found.some((f) => f.includes(digits))) found.push(digits);
  }
  return found;
}

/** True when a text holds a figure that must name its source. */
export const bearsStatistic = (text: string): boolean => statisticsIn(text).length > 0;
