/**
 * Intl-based formatting, cached per locale and options. Every number, date and plural the elements show goes
 * through here, so that a locale switch changes all of them together.
 */

const cache = new Map<string, unknown>();

function cached<T>(kind: string, lang: string, options: object | undefined, make: () => T): T {
  const key = `${kind}|${lang}|${options ? JSON.stringify(options) : ''}`;
  let value = cache.get(key) as T | undefined;
  if (value === undefined) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

/** A locale tag Intl accepts: invalid tags fall back to `en` instead of throwing a RangeError. */
export function canonicalLocale(lang: string | null | undefined): string {
  if (!lang) return 'en';
  try {
    return Intl.getCanonicalLocales(lang)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

export interface Formatter {
  readonly lang: string;
  number(value: number, options?: Intl.NumberFormatOptions): string;
  /** Compact notation for large counts ("1.2K", "1,2 k", "1.2万"); exact below 10,000. */
  compact(value: number): string;
  percent(fraction: number, options?: Intl.NumberFormatOptions): string;
  date(value: Date | number, options?: Intl.DateTimeFormatOptions): string;
  /** "3 days ago", "in 2 hours": the largest whole unit between `value` and `now`. */
  relativeTime(value: Date | number, now?: Date | number): string;
  /** The CLDR plural category of `count` in this locale ("one", "few", "other", …). */
  plural(count: number, options?: Intl.PluralRulesOptions): Intl.LDMLPluralRule;
  /** Picks the message for `count`'s plural category, falling back to `other`. */
  select<T>(count: number, forms: PluralForms<T>): T;
  /** A locale-aware list: "a, b and c". */
  list(items: readonly string[], options?: Intl.ListFormatOptions): string;
}

export type PluralForms<T> = Partial<Record<Intl.LDMLPluralRule, T>> & { other: T };

const RELATIVE_UNITS: ReadonlyArray<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 24 * 3600e3],
  ['month', 30 * 24 * 3600e3],
  ['week', 7 * 24 * 3600e3],
  ['day', 24 * 3600e3],
  ['hour', 3600e3],
  ['minute', 60e3],
  ['second', 1e3],
];

/** Returns the (cached) formatter for a locale tag. */
export function formatter(langTag: string): Formatter {
  const lang = canonicalLocale(langTag);
  return cached('formatter', lang, undefined, (): Formatter => ({
    lang,
    number: (value, options) => cached('number', lang, options, () => new Intl.NumberFormat(lang, options)).format(value),
    compact: (value) =>
      Math.abs(value) < 10_000
        ? cached('number', lang, undefined, () => new Intl.NumberFormat(lang)).format(value)
        : cached('compact', lang, undefined, () => new Intl.NumberFormat(lang, { notation: 'compact', maximumFractionDigits: 1 })).format(value),
    percent: (fraction, options) =>
      cached('percent', lang, options, () => new Intl.NumberFormat(lang, { style: 'percent', ...options })).format(fraction),
    date: (value, options = { dateStyle: 'medium' }) =>
      cached('date', lang, options, () => new Intl.DateTimeFormat(lang, options)).format(value),
    relativeTime: (value, now = Date.now()) => {
      const diff = Number(value) - Number(now);
      const rtf = cached('relative', lang, undefined, () => new Intl.RelativeTimeFormat(lang, { numeric: 'auto' }));
      for (const [unit, ms] of RELATIVE_UNITS) {
        if (Math.abs(diff) >= ms || unit === 'second') return rtf.format(Math.trunc(diff / ms), unit);
      }
      return rtf.format(0, 'second');
    },
    plural: (count, options) => cached('plural', lang, options, () => new Intl.PluralRules(lang, options)).select(count),
    select(count, forms) {
      return forms[this.plural(count)] ?? forms.other;
    },
    list: (items, options = { type: 'conjunction' }) =>
      cached('list', lang, options, () => new Intl.ListFormat(lang, options)).format(items),
  }));
}
