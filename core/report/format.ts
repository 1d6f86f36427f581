import type { Language } from '../model/schema/text';

/*
 * Dates and numbers as each report language writes them. Pure and without
 * locale data, so Node, the report worker and any ICU build print the same bytes.
 */

const MONTHS: Record<Language, readonly string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  zh: [],
  pt: ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
  ar: ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'],
};

/** Languages that write a decimal comma. Arabic keeps the full stop: it is written with Western digits (0-9), as ar-u-nu-latn. */
const DECIMAL_COMMA: readonly Language[] = ['fr', 'es', 'pt'];

/** A calendar date (YYYY-MM-DD, or the date part of an ISO date-time) written out; no locale data needed. */
export function formatDate(iso: string, language: Language): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return iso;
  const [, y, m, d] = match;
  const year = Number(y);
  const month = Number(m);
  const day = Number(d);
  if (language === 'zh') return `${year}年${month}月${day}日`;
  const name = MONTHS[language][month - 1] ?? m;
  if (language === 'es' || language === 'pt') return `${day} de ${name} de ${year}`;
  if (language === 'fr') return `${day === 1 ? '1er' : day} ${name} ${year}`;
  return `${day} ${name} ${year}`;
}

/** A decimal number with the language's decimal mark. */
export function formatDecimal(value: number, digits: number, language: Language): string {
  const text = (Math.round(value * 10 ** digits) / 10 ** digits).toFixed(digits);
  const clean = /^-0(\.0+)?$/.test(text) ? text.slice(1) : text;
  return DECIMAL_COMMA.includes(language) ? clean.replace('.', ',') : clean;
}

/** A change with its sign: "+0.4", "−0.4" (a true minus sign), "0.0" when it rounds to zero. */
export function formatChange(value: number, digits: number, language: Language): string {
  const text = formatDecimal(Math.abs(value), digits, language);
  if (Math.round(Math.abs(value) * 10 ** digits) === 0) return text;
  return `${value > 0 ? '+' : '\u2212'}${text}`;
}

/** A share (0–1) as a whole percentage, spaced as the language writes it. */
export function formatPercent(share: number, language: Language): string {
  const value = Math.round(share * 100);
  return language === 'fr' || language === 'es' ? `${value}\u00a0%` : `${value}%`;
}

/**
 * Thousands separators: a no-break thin space in French, a no-break space in
 * (European) Portuguese, a full stop in Spanish, a comma in English, Chinese
 * and Arabic.
 */
const THOUSANDS: Record<Language, string> = { en: ',', fr: '\u202f', es: '.', zh: ',', pt: '\u00a0', ar: ',' };

/** A whole number with the language's thousands separator. */
export function formatWhole(value: number, language: Language): string {
  const digits = String(Math.round(Math.abs(value)));
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, THOUSANDS[language]);
  return value < 0 ? `\u2212${grouped}` : grouped;
}

/** Up to two decimals, trailing zeros dropped, with the language's decimal mark. */
function trimmed(value: number, language: Language): string {
  return formatDecimal(value, 2, language).replace(/[.,]?0+$/, '');
}

/** An amount without its currency: "350,000", "1.2 million"; in Chinese in 万 and 亿. */
function amount(usd: number, language: Language): string {
  if (language === 'zh') {
    if (usd >= 1e8) return `${trimmed(usd / 1e8, language)}亿`;
    if (usd >= 1e4) return `${trimmed(usd / 1e4, language)}万`;
    return formatWhole(usd, language);
  }
  if (usd < 1e6) return formatWhole(usd, language);
  const millions = usd / 1e6;
  const value = trimmed(millions, language);
  if (language === 'fr') return `${value}\u00a0${millions >= 2 ? 'millions' : 'million'}`;
  if (language === 'es') return `${value}\u00a0${millions === 1 ? 'millón' : 'millones'}`;
  if (language === 'pt') return `${value}\u00a0${millions === 1 ? 'milhão' : 'milhões'}`; // European Portuguese: "1,5 milhões"
  // With figures, formal Arabic keeps the singular: "66 مليون".
  if (language === 'ar') return `${value}\u00a0مليون`;
  return `${value}\u00a0million`;
}

/**
 * A low–high range in US dollars as every view writes it (screen, report,
 * CLI): millions (万 and
 * 亿 in Chinese) rather than every digit, the currency written once and the unit too
 * when both ends share it: "USD 350,000–1.2 million", "USD 6.9–66 million";
 * one figure when both ends are equal.
 */
export function formatUsdRange(low: number, high: number, language: Language): string {
  if (low === high) return withCurrency(amount(low, language), language);
  const from = amount(low, language);
  const to = amount(high, language);
  const unit = /[\u00a0\s]?(millions?|millón|millones|milhão|milhões|مليون|万|亿)$/;
  const fromUnit = unit.exec(from)?.[1];
  const toUnit = unit.exec(to)?.[1];
  // "1 million–3 millions" shares its unit as "1–3 millions"; a different word (万 and 亿) keeps both.
  const shared = fromUnit !== undefined && toUnit !== undefined && (fromUnit === toUnit || stem(fromUnit) === stem(toUnit));
  return withCurrency(shared ? `${from.replace(unit, '')}–${to}` : `${from}–${to}`, language);
}

/** A unit word without its number ending: million(s), millón/millones, milhão/milhões. */
const stem = (unit: string) => unit.replace(/s$|ón$|ones$|ão$|ões$/, '');

function withCurrency(text: string, language: Language): string {
  if (language === 'zh') return `${text}美元`;
  if (language === 'ar') return `${text}\u00a0دولار\u00a0أمريكي`;
  return language === 'en' ? `USD\u00a0${text}` : `${text}\u00a0USD`;
}
