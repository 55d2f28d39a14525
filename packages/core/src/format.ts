/**
 * Intl-based formatting, cached per locale and options. Every number, date and plural the elements show goes
 * through here or format-more.ts, so that a locale switch changes all of them together. Each formatter is a
 * separate function so that a bundle carries only the ones its elements call.
 *
 * This module holds what every element uses (numbers, compact counts, plurals: the base element's `num()` and
 * `plural()`); format-more.ts the formatters only some use (money, percentages, dates, relative times, lists) and
 * `formatter(lang)` for app code. Two modules, because the no-build build shares code between elements by module
 * (scripts/bundle.mjs): in one module, a page with only a star rating fetched the date and list formatters too.
 */

// Formatters by constructor, then locale, then options. Constructing an Intl object costs far more than a format
// call, and elements format on every render, so lookups avoid building a key string where they can: no options
// is the empty key, and an options object seen before (a module constant) keeps the key computed for it.
const cache = new Map<unknown, Map<string, Map<string, unknown>>>();
const optionKeys = new WeakMap<object, string>();

function optionsKey(options: object | undefined): string {
  if (!options) return '';
  let key = optionKeys.get(options);
  if (key === undefined) optionKeys.set(options, (key = JSON.stringify(options)));
  return key;
}

/** A locale tag Intl accepts (`de_DE` read as `de-DE`); invalid tags fall back to `en` instead of throwing a RangeError. */
export function canonicalLocale(lang: string | null | undefined): string {
  try {
    return (lang && Intl.getCanonicalLocales(lang.replace(/_/g, '-'))[0]) || 'en';
  } catch {
    return 'en';
  }
}

/** The cached Intl object for `Ctor`, `lang` and `options` (internal: format-more.ts builds on it). */
export function intl<T>(Ctor: new (lang: string, options?: object) => T, lang: string, options?: object): T {
  let byLang = cache.get(Ctor);
  if (!byLang) cache.set(Ctor, (byLang = new Map()));
  let byOptions = byLang.get(lang);
  if (!byOptions) byLang.set(lang, (byOptions = new Map()));
  const key = optionsKey(options);
  let value = byOptions.get(key) as T | undefined;
  if (!value) byOptions.set(key, (value = new Ctor(canonicalLocale(lang), options)));
  return value;
}

export type PluralForms<T> = Partial<Record<Intl.LDMLPluralRule, T>> & { other: T };

// What each number formatter and plural rule gave for each number, as a page's ratings repeat the same figures (the
// scale's 5, common averages, a count formatted for the name and again beside the stars): an ICU call costs
// microseconds, a lookup far less, and the strings are shared. At most 500 numbers per formatter are kept.
const results = new WeakMap<object, Map<number, string>>();

function remember<T extends string>(intlObject: object, compute: (this: object, value: number) => T, value: number): T {
  // A Map reads -0 as 0: -0 is always computed.
  if (Object.is(value, -0)) return compute.call(intlObject, value);
  let known = results.get(intlObject);
  if (!known) results.set(intlObject, (known = new Map()));
  let result = known.get(value) as T | undefined;
  if (result === undefined) {
    if (known.size >= 500) known.clear();
    known.set(value, (result = compute.call(intlObject, value)));
  }
  return result;
}

export const formatNumber = (lang: string, value: number, options?: Intl.NumberFormatOptions): string => {
  const f = intl(Intl.NumberFormat, lang, options);
  return remember(f, f.format, value);
};

/**
 * A count in compact form from 1,000 on ("1.2K", "12K", "1.2M"); smaller counts in full ("86", "999"). Some
 * languages have no compact form for thousands and show them in full (German "1234", Japanese "1234").
 */
export const formatCompact = (lang: string, value: number): string =>
  Math.abs(value) < 1_000 ? formatNumber(lang, value) : formatNumber(lang, value, COMPACT);

const COMPACT: Intl.NumberFormatOptions = { notation: 'compact', maximumFractionDigits: 1 };

/** Options for a rating or score spoken with at most one decimal ("4.3", "4"); a shared constant, so its formatter's lookup is cheap. */
export const ONE_DECIMAL: Intl.NumberFormatOptions = Object.freeze({ maximumFractionDigits: 1 });

/** Options for a rating shown beside stars, always with one decimal ("4.0" beside "3.9"), so a column of them lines up. */
export const FIXED_ONE_DECIMAL: Intl.NumberFormatOptions = Object.freeze({ minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** The CLDR plural category of `count` in this locale ("one", "few", "other", …). */
export const pluralCategory = (lang: string, count: number, options?: Intl.PluralRulesOptions): Intl.LDMLPluralRule => {
  const rules = intl(Intl.PluralRules, lang, options);
  return remember(rules, rules.select, count);
};

/** Picks the form for `count`'s plural category, falling back to `other`. */
export const selectPlural = <T>(lang: string, count: number, forms: PluralForms<T>): T => forms[pluralCategory(lang, count)] ?? forms.other;
