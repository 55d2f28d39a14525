import { describe, expect, it } from 'vitest';
import { formatDate, formatList, formatPercent, formatRelativeTime, formatter } from './format-more.js';
import { canonicalLocale, formatCompact, formatNumber, pluralCategory, selectPlural } from './format.js';

/** 15 January 2024, 23:30 UTC: still the 15th in London, already the 16th in Tokyo. */
const LATE_ON_THE_15TH = new Date(Date.UTC(2024, 0, 15, 23, 30));
const NOW = Date.UTC(2024, 0, 15, 12, 0, 0);
const HOUR = 3600e3;
const DAY = 24 * HOUR;

describe('canonicalLocale', () => {
  it.each([
    ['en', 'en'],
    ['EN-us', 'en-US'],
    ['de-de', 'de-DE'],
    ['ar', 'ar'],
    ['zh-hant-tw', 'zh-Hant-TW'],
    ['de_DE', 'de-DE'],
  ])('canonicalizes %j to %j', (tag, expected) => {
    expect(canonicalLocale(tag)).toBe(expected);
  });

  it.each([['not a tag!!'], [''], [null], [undefined], ['-'], ['x']])('falls back to en for %j instead of throwing', (tag) => {
    expect(canonicalLocale(tag)).toBe('en');
  });
});

describe('formatter', () => {
  it('is cached: the same object for the same language', () => {
    expect(formatter('en')).toBe(formatter('en'));
    expect(formatter('de')).toBe(formatter('de'));
    expect(formatter('de')).not.toBe(formatter('en'));
  });

  it('is keyed by the canonical tag', () => {
    expect(formatter('EN-us')).toBe(formatter('en-US'));
    expect(formatter('en-US').lang).toBe('en-US');
  });

  it('formats an invalid tag as English instead of throwing', () => {
    const f = formatter('not a tag!!');
    expect(f.lang).toBe('en');
    expect(f).toBe(formatter('en'));
    expect(f.number(1234.5)).toBe('1,234.5');
  });

  describe('number', () => {
    it('groups and marks decimals for the locale', () => {
      expect(formatter('en').number(1234.5)).toBe('1,234.5');
      expect(formatter('de').number(1234.5)).toBe('1.234,5');
      expect(formatter('en').number(4.3)).toBe('4.3');
      expect(formatter('de').number(4.3)).toBe('4,3');
    });

    it('applies options, cached separately from the defaults', () => {
      const en = formatter('en');
      expect(en.number(1.25, { maximumFractionDigits: 1 })).toBe('1.3');
      expect(en.number(1.25)).toBe('1.25');
      expect(en.number(1.25, { minimumFractionDigits: 3 })).toBe('1.250');
      expect(en.number(1.25, { maximumFractionDigits: 1 })).toBe('1.3');
    });
  });

  describe('compact', () => {
    it.each([
      [0, '0'],
      [999, '999'],
      [1000, '1K'],
      [1234, '1.2K'],
      [9999, '10K'],
      [10_000, '10K'],
      [12_345, '12.3K'],
      [1_234_567, '1.2M'],
      [-12_345, '-12.3K'],
    ])('en: %i is %j', (value, expected) => {
      expect(formatter('en').compact(value)).toBe(expected);
    });

    it('follows the locale', () => {
      // German has no short form for thousands: shown in full, without grouping, as CLDR writes them.
      expect(formatter('de').compact(9999)).toBe('9999');
      expect(formatter('de').compact(1_234_567)).toBe('1,2\u00a0Mio.');
      expect(formatter('ja').compact(12_345)).toBe('1.2万');
    });
  });

  describe('percent', () => {
    it('formats fractions as percentages', () => {
      expect(formatter('en').percent(0.256)).toBe('26%');
      expect(formatter('en').percent(1)).toBe('100%');
      expect(formatter('en').percent(0.256, { maximumFractionDigits: 1 })).toBe('25.6%');
      expect(formatter('de').percent(0.25)).toBe('25\u00a0%');
    });
  });

  describe('date', () => {
    it('uses the given options, including the time zone', () => {
      const en = formatter('en');
      expect(en.date(LATE_ON_THE_15TH, { dateStyle: 'medium', timeZone: 'UTC' })).toBe('Jan 15, 2024');
      expect(en.date(LATE_ON_THE_15TH, { dateStyle: 'medium', timeZone: 'Asia/Tokyo' })).toBe('Jan 16, 2024');
      expect(formatter('de').date(LATE_ON_THE_15TH, { dateStyle: 'long', timeZone: 'UTC' })).toBe('15. Januar 2024');
    });

    it('accepts a timestamp', () => {
      expect(formatter('en').date(LATE_ON_THE_15TH.getTime(), { dateStyle: 'medium', timeZone: 'UTC' })).toBe('Jan 15, 2024');
    });

    it('defaults to the medium date style', () => {
      // The process time zone is unknown, so only the style is pinned down, not the day.
      expect(formatter('en').date(LATE_ON_THE_15TH)).toMatch(/^Jan 1[456], 2024$/);
    });
  });

  describe('relativeTime', () => {
    const en = formatter('en');

    it.each([
      [NOW - 3 * DAY, '3 days ago'],
      [NOW + 2 * HOUR, 'in 2 hours'],
      [NOW - DAY, 'yesterday'],
      [NOW + DAY, 'tomorrow'],
      [NOW - 36 * HOUR, 'yesterday'],
      [NOW - 14 * DAY, '2 weeks ago'],
      [NOW - 45e3, '45 seconds ago'],
      [NOW - 5 * 60e3, '5 minutes ago'],
      [NOW - 400 * DAY, 'last year'],
      [NOW - 3 * 365 * DAY, '3 years ago'],
      [NOW, 'now'],
    ])('%i is %j', (value, expected) => {
      expect(en.relativeTime(value, NOW)).toBe(expected);
    });

    it('accepts Date objects for both arguments', () => {
      expect(en.relativeTime(new Date(NOW - 3 * DAY), new Date(NOW))).toBe('3 days ago');
    });

    it('follows the locale', () => {
      expect(formatter('de').relativeTime(NOW - 3 * DAY, NOW)).toBe('vor 3 Tagen');
      expect(formatter('de').relativeTime(NOW - DAY, NOW)).toBe('gestern');
    });
  });

  describe('plural', () => {
    it.each([
      [0, 'zero'],
      [1, 'one'],
      [2, 'two'],
      [3, 'few'],
      [11, 'many'],
      [100, 'other'],
    ] as const)('ar: %i is %s', (count, category) => {
      expect(formatter('ar').plural(count)).toBe(category);
    });

    it('uses the rules of each language', () => {
      expect(formatter('en').plural(0)).toBe('other');
      expect(formatter('en').plural(1)).toBe('one');
      expect(formatter('fr').plural(0)).toBe('one');
      expect(formatter('ja').plural(1)).toBe('other');
    });

    it('accepts options (ordinals)', () => {
      expect(formatter('en').plural(2, { type: 'ordinal' })).toBe('two');
      expect(formatter('en').plural(2)).toBe('other');
    });
  });

  describe('select', () => {
    const forms = { one: 'one form', two: 'two form', other: 'other form' };

    it('picks the form of the count’s category', () => {
      expect(formatter('en').select(1, forms)).toBe('one form');
      expect(formatter('en').select(5, forms)).toBe('other form');
      expect(formatter('ar').select(2, forms)).toBe('two form');
    });

    it('falls back to other when the category has no form', () => {
      expect(formatter('ar').select(3, forms)).toBe('other form');
      expect(formatter('en').select(1, { other: 'only other' })).toBe('only other');
      expect(formatter('ar').select(0, { other: 'only other' })).toBe('only other');
    });
  });

  describe('list', () => {
    it('joins with the locale’s conjunction by default', () => {
      expect(formatter('en').list(['a', 'b', 'c'])).toBe('a, b, and c');
      expect(formatter('en').list(['a', 'b'])).toBe('a and b');
      expect(formatter('de').list(['a', 'b', 'c'])).toBe('a, b und c');
      expect(formatter('en').list([])).toBe('');
    });

    it('accepts options', () => {
      expect(formatter('en').list(['a', 'b', 'c'], { type: 'disjunction' })).toBe('a, b, or c');
    });
  });
});

describe('standalone formatters (what the elements call)', () => {
  it('reads "_" as "-", so de_DE gets German numbers as well as German words', () => {
    expect(formatNumber('de_DE', 1234.5)).toBe('1.234,5');
  });

  it('formatNumber formats for the language, English for an invalid tag', () => {
    expect(formatNumber('de', 1234.5)).toBe('1.234,5');
    expect(formatNumber('en', 4.25, { maximumFractionDigits: 1 })).toBe('4.3');
    expect(formatNumber('not a tag!!', 1234.5)).toBe('1,234.5');
    expect(formatNumber('', 1234.5)).toBe('1,234.5');
  });

  it('formatCompact is exact below 1,000 and compact from there, as the star rating says it is', () => {
    expect(formatCompact('en', 999)).toBe('999');
    expect(formatCompact('en', 1234)).toBe('1.2K');
    expect(formatCompact('en', 10_000)).toBe('10K');
    expect(formatCompact('en', 1_234_567)).toBe('1.2M');
    expect(formatCompact('de', 1_234_567)).toBe('1,2\u00a0Mio.');
  });

  it('formatPercent, formatDate and formatList', () => {
    expect(formatPercent('en', 0.256)).toBe('26%');
    expect(formatPercent('en', 0.256, { maximumFractionDigits: 1 })).toBe('25.6%');
    expect(formatDate('en', LATE_ON_THE_15TH, { dateStyle: 'medium', timeZone: 'Asia/Tokyo' })).toBe('Jan 16, 2024');
    expect(formatList('en', ['a', 'b', 'c'])).toBe('a, b, and c');
    expect(formatList('de', ['a', 'b'], { type: 'disjunction' })).toBe('a oder b');
  });

  it('formatRelativeTime', () => {
    expect(formatRelativeTime('en', NOW - 3 * DAY, NOW)).toBe('3 days ago');
    expect(formatRelativeTime('en', NOW + 2 * HOUR, NOW)).toBe('in 2 hours');
    expect(formatRelativeTime('en', NOW - DAY, NOW)).toBe('yesterday');
    expect(formatRelativeTime('en', NOW - 400, NOW)).toBe('now');
  });

  it('pluralCategory and selectPlural', () => {
    expect([0, 1, 2, 3, 11, 100].map((n) => pluralCategory('ar', n))).toEqual(['zero', 'one', 'two', 'few', 'many', 'other']);
    expect(pluralCategory('en', 3, { type: 'ordinal' })).toBe('few');
    const forms = { one: (n: string) => `${n} review`, other: (n: string) => `${n} reviews` };
    expect(selectPlural('en', 1, forms)('1')).toBe('1 review');
    expect(selectPlural('en', 1234, forms)('1,234')).toBe('1,234 reviews');
    expect(selectPlural('ar', 2, forms)('2')).toBe('2 reviews');
  });
});

describe('remembered results (a page of ratings repeats its figures)', () => {
  /** Counts the calls that reach Intl's `format` of number formatters made while `run` runs. */
  function countFormatting(run: () => void): number {
    // `format` is a getter that returns a bound function (TypeScript's lib declares a method): wrapped, then put back.
    const proto = Intl.NumberFormat.prototype;
    const original = Object.getOwnPropertyDescriptor(proto, 'format')!;
    let calls = 0;
    Object.defineProperty(proto, 'format', {
      ...original,
      get(this: Intl.NumberFormat) {
        const format = original.get!.call(this) as (n: number) => string;
        return (n: number) => (calls++, format(n));
      },
    });
    try {
      run();
    } finally {
      Object.defineProperty(proto, 'format', original);
    }
    return calls;
  }

  it('formats a number once per formatter and gives the same text again', () => {
    const calls = countFormatting(() => {
      expect(formatNumber('en-x-once', 1234.5)).toBe('1,234.5');
      expect(formatNumber('en-x-once', 1234.5)).toBe('1,234.5');
      expect(formatNumber('en-x-once', 1234.5, { maximumFractionDigits: 0 })).toBe('1,235');
    });
    expect(calls).toBe(2);
  });

  it('keeps -0 apart from 0, and stays right past its bound', () => {
    expect(formatNumber('en-x-zero', -0)).toBe('-0');
    expect(formatNumber('en-x-zero', 0)).toBe('0');
    expect(formatNumber('en-x-zero', -0)).toBe('-0');
    for (let i = 0; i < 1200; i++) expect(formatNumber('en-x-many', i * 1000)).toBe((i * 1000).toLocaleString('en'));
    expect(formatNumber('en-x-many', 7000)).toBe('7,000');
  });

  it('remembers plural categories per language', () => {
    expect(pluralCategory('en', 1)).toBe('one');
    expect(pluralCategory('en', 1)).toBe('one');
    expect(pluralCategory('pl', 2)).toBe('few');
    expect(pluralCategory('pl', 5)).toBe('many');
    expect(pluralCategory('en', 5)).toBe('other');
  });
});
