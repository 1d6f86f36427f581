import { formatUsdRange } from '../../../core/report/format';
import { LANGUAGES, type Language } from '../../../core/model/schema/text';
import { languageTag } from '../i18n';

export interface Formatters {
  /** A score or gap with one decimal, as the language writes it ("2.4", "2,4"). */
  decimal(value: number): string;
  /** A share 0–1 as a whole percentage ("78%", "78 %"). */
  percent(share: number): string;
  integer(value: number): string;
  /** A low–high range of US dollars as the report and the CLI write it ("USD 120,000–300,000", "120 000–300 000 USD"); one figure when both ends are equal. */
  usdRange(low: number, high: number): string;
  /** A calendar date (YYYY-MM-DD) in long form. */
  date(iso: string): string;
  /** An instant (ISO date-time) as date and time. */
  dateTime(iso: string): string;
  time(iso: string): string;
}

const cache = new Map<string, Formatters>();

/** One Intl formatter, made on first use: the first of each kind loads locale data, which the first screen should not wait for. */
function lazy<T>(make: () => T): () => T {
  let made: T | undefined;
  return () => (made ??= make());
}

/** Intl formatters for one UI language, built once. */
export function formatters(language: string): Formatters {
  const cached = cache.get(language);
  if (cached) return cached;
  // Arabic is written with Western digits in CapaMap, on screen as in print (docs/report.md).
  const tag = language === 'ar' ? 'ar-u-nu-latn' : languageTag(language);
  const decimal = lazy(() => new Intl.NumberFormat(tag, { minimumFractionDigits: 1, maximumFractionDigits: 1 }));
  const percent = lazy(() => new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 0 }));
  const integer = lazy(() => new Intl.NumberFormat(tag, { maximumFractionDigits: 0 }));
  const money: Language = (LANGUAGES as readonly string[]).includes(language) ? (language as Language) : 'en';
  const date = lazy(() => new Intl.DateTimeFormat(tag, { dateStyle: 'long' }));
  const dateTime = lazy(() => new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short' }));
  const time = lazy(() => new Intl.DateTimeFormat(tag, { timeStyle: 'short' }));
  const made: Formatters = {
    decimal: (v) => decimal().format(Object.is(Math.round(v * 10), -0) ? 0 : v),
    percent: (v) => percent().format(v),
    integer: (v) => integer().format(v),
    usdRange: (low, high) => formatUsdRange(low, high, money),
    date: (iso) => {
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
      return m ? date().format(new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : iso;
    },
    dateTime: (iso) => dateTime().format(new Date(iso)),
    time: (iso) => time().format(new Date(iso)),
  };
  cache.set(language, made);
  return made;
}
