/**
 * The formatters only some elements use: money, percentages, dates, relative times and lists, on format.ts's
 * cache of Intl objects, and `formatter(lang)`, every formatter bound to one locale, for app code. See format.ts
 * for why this is a module of its own.
 */
import { canonicalLocale, formatCompact, formatNumber, intl, pluralCategory, selectPlural, type PluralForms } from './format.js';

/**
 * An amount of money in `currency` (ISO 4217, e.g. `USD`, `EUR`, `JPY`) with the currency's own decimals: "$1,234.50",
 * "1.234,50 €", "￥1,235".
 */
export const formatCurrency = (lang: string, value: number, currency: string, options?: Intl.NumberFormatOptions): string =>
  formatNumber(lang, value, { style: 'currency', currency, ...options });

/** A span of dates, "Jul 2023 – Jun 2024", with the locale's own range punctuation (Intl `formatRange`). */
export const formatDateRange = (
  lang: string,
  start: Date | number,
  end: Date | number,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' },
): string => intl(Intl.DateTimeFormat, lang, options).formatRange(start, end);

export const formatPercent = (lang: string, fraction: number, options?: Intl.NumberFormatOptions): string =>
  formatNumber(lang, fraction, { style: 'percent', ...options });

export const formatDate = (lang: string, value: Date | number, options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' }): string =>
  intl(Intl.DateTimeFormat, lang, options).format(value);

/** "3 days ago", "in 2 hours", "yesterday": the largest whole unit between `value` and `now`. */
export function formatRelativeTime(lang: string, value: Date | number, now: Date | number = Date.now()): string {
  const diff = Number(value) - Number(now);
  const rtf = intl(Intl.RelativeTimeFormat, lang, { numeric: 'auto' });
  const units: ReadonlyArray<[Intl.RelativeTimeFormatUnit, number]> = [
    ['year', 365 * 24 * 3600e3],
    ['month', 30 * 24 * 3600e3],
    ['week', 7 * 24 * 3600e3],
    ['day', 24 * 3600e3],
    ['hour', 3600e3],
    ['minute', 60e3],
    ['second', 1e3],
  ];
  for (const [unit, ms] of units) {
    if (Math.abs(diff) >= ms) return rtf.format(Math.trunc(diff / ms), unit);
  }
  return rtf.format(0, 'second');
}

/** A locale-aware list: "a, b and c". */
export const formatList = (lang: string, items: readonly string[], options: Intl.ListFormatOptions = { type: 'conjunction' }): string =>
  intl(Intl.ListFormat, lang, options).format(items);

/** All formatters bound to one locale, for app code. */
export interface Formatter {
  readonly lang: string;
  number(value: number, options?: Intl.NumberFormatOptions): string;
  compact(value: number): string;
  percent(fraction: number, options?: Intl.NumberFormatOptions): string;
  date(value: Date | number, options?: Intl.DateTimeFormatOptions): string;
  relativeTime(value: Date | number, now?: Date | number): string;
  plural(count: number, options?: Intl.PluralRulesOptions): Intl.LDMLPluralRule;
  select<T>(count: number, forms: PluralForms<T>): T;
  list(items: readonly string[], options?: Intl.ListFormatOptions): string;
}

const formatters = new Map<string, Formatter>();

/** Returns the (cached) formatter for a locale tag. */
export function formatter(langTag: string): Formatter {
  const lang = canonicalLocale(langTag);
  let f = formatters.get(lang);
  if (!f) {
    f = {
      lang,
      number: (value, options) => formatNumber(lang, value, options),
      compact: (value) => formatCompact(lang, value),
      percent: (fraction, options) => formatPercent(lang, fraction, options),
      date: (value, options) => formatDate(lang, value, options),
      relativeTime: (value, now) => formatRelativeTime(lang, value, now),
      plural: (count, options) => pluralCategory(lang, count, options),
      select: (count, forms) => selectPlural(lang, count, forms),
      list: (items, options) => formatList(lang, items, options),
    };
    formatters.set(lang, f);
  }
  return f;
}
