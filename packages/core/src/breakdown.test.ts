import { describe, expect, it } from 'vitest';
import {
  breakdownPercentages,
  checkTotal,
  currencyDigits,
  MAX_BREAKDOWN_PARTS,
  parseBreakdownParts,
  parseCurrency,
  parseFiscalYear,
  toBreakdown,
} from './breakdown.js';
import { parseDonationUse, type DonationUseInput } from './donation.js';
import type { ParseResult } from './errors.js';
import { formatCurrency, formatDateRange } from './format-more.js';
import { parsePriceBreakdown, type PriceBreakdownInput } from './price-breakdown.js';

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
const errorsOf = <T>(r: ParseResult<T>) => (r.ok ? [] : r.errors.map((e) => `${e.path}: ${e.message}`));

describe('breakdownPercentages', () => {
  it.each([
    // Thirds never add up: one decimal each, equal; the Total row says 100 %.
    [[1, 1, 1], [33.3, 33.3, 33.3], 1],
    [[0.1, 0.1, 0.1], [33.3, 33.3, 33.3], 1],
    [[0.005, 0.005, 0.005], [33.3, 33.3, 33.3], 1],
    [[1, 1, 1, 1, 1, 1], [16.7, 16.7, 16.7, 16.7, 16.7, 16.7], 1],
    [[2, 1], [67, 33], 0],
    [[33.3, 33.3, 33.4], [33.3, 33.3, 33.4], 1],
    [[82.4, 10.9, 6.7], [82, 11, 7], 0],
    [[6.5, 9.25, 1.4, 2.85, 20], [16, 23, 4, 7, 50], 0],
    [[1, 7], [12.5, 87.5], 1],
    [[1, 1, 6], [12.5, 12.5, 75], 1],
    [[1, 2, 3], [17, 33, 50], 0],
    [[1, 1, 1, 1, 12], [6.25, 6.25, 6.25, 6.25, 75], 2],
    // A part with money never reads 0 %.
    [[999, 1], [99.9, 0.1], 1],
    [[1, 0, 0], [100, 0, 0], 0],
  ])('%j → %j with %i decimals', (amounts, expected, decimals) => {
    expect(breakdownPercentages(amounts)).toEqual({ percents: expected, decimals });
  });

  it('gives equal amounts equal shares, and adds up to 100 or says why not, for many awkward splits', () => {
    for (let n = 1; n <= MAX_BREAKDOWN_PARTS; n++) {
      for (const unit of [1, 0.01, 1 / 3, 7.77]) {
        const amounts = Array.from({ length: n }, (_, i) => unit * (i % 3 === 0 ? 1 : i));
        const { percents, decimals } = breakdownPercentages(amounts);
        const context = `${n} parts of ${unit}: ${JSON.stringify(percents)}`;
        amounts.forEach((a, i) => amounts.forEach((b, j) => a === b && expect(percents[i], context).toBe(percents[j])));
        expect(
          percents.every((p) => p > 0),
          context,
        ).toBe(true);
        const exact = amounts.map((a) => (a / sum(amounts)) * 100);
        percents.forEach((p, i) => expect(Math.abs(p - exact[i]!), context).toBeLessThanOrEqual(0.5 / 10 ** decimals + 1e-9));
        // Off 100 only where no precision up to two decimals adds up, and then shown with at least one.
        if (Math.abs(sum(percents) - 100) > 1e-9) expect(decimals, context).toBeGreaterThan(0);
      }
    }
  });

  it('gives zeros for a zero total (nothing to share)', () => {
    expect(breakdownPercentages([0, 0])).toEqual({ percents: [0, 0], decimals: 0 });
  });
});

describe('parseBreakdownParts', () => {
  const parts = [
    { label: 'Materials', amount: 6.5 },
    { label: 'Labour', amount: '9.25' },
  ];

  it('reads labels and amounts (numeric strings too)', () => {
    const r = parseBreakdownParts(parts, 'parts');
    expect(r.ok && r.value).toEqual([
      { label: 'Materials', amount: 6.5 },
      { label: 'Labour', amount: 9.25 },
    ]);
  });

  it.each([
    [undefined, 'parts: is required but missing'],
    ['x', 'parts: must be a list of { label, amount }, got "x"'],
    [[], 'parts: is empty: a breakdown needs at least one part'],
    [[{ label: 'A', amount: -1 }], 'parts[0].amount: must be at least 0, got -1'],
    [[{ label: 'A', amount: Number.NaN }], 'parts[0].amount: must be a finite number, got NaN'],
    [[{ label: 'A', amount: 'lots' }], 'parts[0].amount: must be a number, got "lots"'],
    [[{ label: 'A', amount: Infinity }], 'parts[0].amount: must be a finite number, got Infinity'],
    [[{ label: '', amount: 1 }], 'parts[0].label: is required but missing'],
    [[{ label: 'A' }], 'parts[0].amount: is required but missing'],
    [[{ label: 'A', amount: 1 }, 3], 'parts[1]: must be an object { label, amount }, got 3'],
    [
      [
        { label: 'A', amount: 0 },
        { label: 'B', amount: 0 },
      ],
      'parts: add up to zero: there is nothing to break down',
    ],
  ])('%j is an error with its field path', (raw, message) => {
    expect(errorsOf(parseBreakdownParts(raw, 'parts'))).toEqual([message]);
  });

  it('reports every bad part at once, never leaving one out', () => {
    const r = parseBreakdownParts([{ label: 'A', amount: -2 }, { label: 'B', amount: 3 }, { amount: 'x' }], 'parts');
    expect(errorsOf(r)).toEqual([
      'parts[0].amount: must be at least 0, got -2',
      'parts[2].label: is required but missing',
      'parts[2].amount: must be a number, got "x"',
    ]);
  });

  it('refuses more parts than a chart can show', () => {
    const many = Array.from({ length: MAX_BREAKDOWN_PARTS + 1 }, (_, i) => ({ label: `P${i}`, amount: 1 }));
    expect(errorsOf(parseBreakdownParts(many, 'parts'))[0]).toContain('at most 12');
  });

  it('toBreakdown adds percentages and the total', () => {
    const b = toBreakdown([
      { label: 'A', amount: 1 },
      { label: 'B', amount: 1 },
      { label: 'C', amount: 1 },
    ]);
    expect(b.total).toBe(3);
    expect(b.decimals).toBe(1);
    expect(b.parts.map((p) => p.percent)).toEqual([33.3, 33.3, 33.3]);
  });
});

describe('currency', () => {
  it('parses ISO 4217 codes, upper-cased', () => {
    const r = parseCurrency(' eur ', 'currency');
    expect(r.ok && r.value).toBe('EUR');
    expect(errorsOf(parseCurrency('euro', 'currency'))[0]).toContain('three-letter ISO 4217');
    expect(errorsOf(parseCurrency(undefined, 'currency'))).toEqual(['currency: is required but missing']);
    const optional = parseCurrency('', 'currency', { optional: true });
    expect(optional.ok && optional.value).toBeUndefined();
  });

  it('knows each currency’s smallest unit', () => {
    expect(currencyDigits('USD')).toBe(2);
    expect(currencyDigits('JPY')).toBe(0);
    expect(currencyDigits('KWD')).toBe(3);
  });

  it('checkTotal compares to the smallest unit of the currency', () => {
    const parts = [
      { label: 'A', amount: 0.1 },
      { label: 'B', amount: 0.2 },
    ];
    expect(checkTotal(parts, 0.3, 'USD', 'parts', 'price')).toEqual([]);
    expect(checkTotal(parts, 0.31, 'USD', 'parts', 'price')[0]?.message).toBe(
      'add up to 0.30 USD, but price is 0.31 USD: the parts must add up to the total',
    );
    expect(checkTotal([{ label: 'A', amount: 1000 }], 1001, 'JPY', 'parts', 'price')[0]?.message).toContain(
      '1000 JPY, but price is 1001 JPY',
    );
  });

  it('formatCurrency formats in the page’s language with the currency’s decimals', () => {
    expect(formatCurrency('en', 1234.5, 'USD')).toBe('$1,234.50');
    expect(formatCurrency('de', 1234.5, 'EUR')).toBe('1.234,50\u00a0€');
    expect(formatCurrency('ja', 1234.5, 'JPY')).toBe('￥1,235');
    expect(formatCurrency('fr', 12, 'EUR')).toBe('12,00\u00a0€');
  });
});

describe('parseFiscalYear', () => {
  it('reads a calendar year and an ISO date interval', () => {
    const y = parseFiscalYear('2024', 'fiscalYear');
    expect(y.ok && y.value).toEqual({ start: new Date('2024-01-01'), end: new Date('2024-12-31'), calendar: true });
    const n = parseFiscalYear(2024, 'fiscalYear');
    expect(n.ok && n.value?.calendar).toBe(true);
    const fy = parseFiscalYear('2023-07-01/2024-06-30', 'fiscalYear');
    expect(fy.ok && fy.value).toEqual({ start: new Date('2023-07-01'), end: new Date('2024-06-30'), calendar: false });
  });

  it.each([
    ['24', 'must be a year (2024) or a date interval'],
    ['2024-06-30/2023-07-01', 'ends (2023-07-01) before it starts (2024-06-30)'],
    ['2020-01-01/2024-01-01', 'spans more than 18 months'],
    ['2023-02-30/2024-01-01', 'must be a year (2024) or a date interval'],
    [{}, 'must be a year (2024) or a date interval'],
  ])('%j is an error', (raw, message) => {
    expect(errorsOf(parseFiscalYear(raw, 'fiscalYear'))[0]).toContain(message);
  });

  it('is shown with the locale’s range punctuation (UTC dates)', () => {
    const opts = { year: 'numeric', month: 'short', timeZone: 'UTC' } as const;
    // Intl puts thin or no-break spaces around the dash: compare with plain spaces.
    const range = (lang: string) => formatDateRange(lang, new Date('2023-07-01'), new Date('2024-06-30'), opts).replace(/\s/g, ' ');
    expect(range('en')).toBe('Jul 2023 – Jun 2024');
    expect(range('de')).toBe('Juli 2023 – Juni 2024');
  });
});

describe('parseDonationUse', () => {
  const valid: DonationUseInput = {
    percent: 100,
    purpose: 'clean-water projects',
    scope: 'Our operating costs are paid by a separate group of private donors.',
    organization: 'Clear Water Fund',
    currency: 'USD',
    expenses: { program: 4_120_000, management: 545_000, fundraising: 335_000, total: 5_000_000 },
    fiscalYear: '2023-07-01/2024-06-30',
    source: 'audited-statements',
    auditor: 'Example & Partners LLP',
    lastUpdated: '2025-01-15',
    reports: [{ label: 'Audited financial statements 2024', url: 'https://example.org/reports/2024.pdf' }],
  };

  it('reads a complete statement and splits expenses by Form 990 column', () => {
    const r = parseDonationUse(valid);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.expenses?.parts.map((p) => [p.label, p.percent])).toEqual([
      ['program', 82],
      ['management', 11],
      ['fundraising', 7],
    ]);
    expect(r.value.reports).toHaveLength(1);
    expect(r.value.scope).toContain('separate group');
  });

  it('requires the scope of a 100% claim, and only then', () => {
    expect(errorsOf(parseDonationUse({ ...valid, scope: undefined }))).toEqual([
      expect.stringMatching(/^scope: is required when percent is 100/),
    ]);
    expect(errorsOf(parseDonationUse({ ...valid, scope: '  ' }))).toEqual([
      expect.stringMatching(/^scope: is required when percent is 100/),
    ]);
    expect(parseDonationUse({ ...valid, percent: 85, scope: undefined }).ok).toBe(true);
  });

  it('requires an auditor for audited figures, and the basics with expenses', () => {
    expect(errorsOf(parseDonationUse({ ...valid, auditor: undefined }))).toEqual(['auditor: is required but missing']);
    expect(parseDonationUse({ ...valid, source: 'form-990', auditor: undefined }).ok).toBe(true);
    expect(
      errorsOf(parseDonationUse({ ...valid, currency: undefined, fiscalYear: undefined, source: undefined, auditor: undefined })),
    ).toEqual(['currency: is required but missing', 'fiscalYear: is required but missing', 'source: is required but missing']);
    const minimal = parseDonationUse({ percent: 90, purpose: 'school meals', lastUpdated: '2025-01-15' });
    expect(minimal.ok && minimal.value.expenses).toBeUndefined();
  });

  it('refuses a split that does not add up to its total, bad amounts, bad links', () => {
    expect(errorsOf(parseDonationUse({ ...valid, expenses: { program: 80, management: 15, fundraising: 4, total: 100 } }))).toEqual([
      'expenses: add up to 99.00 USD, but expenses.total is 100.00 USD: the parts must add up to the total',
    ]);
    expect(errorsOf(parseDonationUse({ ...valid, expenses: { program: -5, management: Number.NaN, fundraising: 1 } }))).toEqual([
      'expenses.program: must be at least 0, got -5',
      'expenses.management: must be a finite number, got NaN',
    ]);
    expect(errorsOf(parseDonationUse({ ...valid, expenses: { program: 0, management: 0, fundraising: 0 } }))).toEqual([
      'expenses: add up to zero: there is nothing to break down',
    ]);
    expect(errorsOf(parseDonationUse({ ...valid, reports: [{ label: 'Report', url: 'javascript:alert(1)' }] }))[0]).toMatch(
      /^reports\[0\]\.url: must be an http\(s\) or relative URL/,
    );
    expect(errorsOf(parseDonationUse({ ...valid, percent: 120, lastUpdated: 'yesterday' }))).toEqual([
      'percent: must be between 0 and 100, got 120',
      'lastUpdated: must be an ISO 8601 date, got "yesterday"',
    ]);
  });
});

describe('parsePriceBreakdown', () => {
  const valid: PriceBreakdownInput = {
    price: 40,
    currency: 'EUR',
    product: 'Organic cotton T-shirt',
    parts: [
      { label: 'Materials', amount: 6.5 },
      { label: 'Labour', amount: 9.25 },
      { label: 'Transport', amount: 1.4 },
      { label: 'Duties', amount: 2.85 },
      { label: 'Our margin', amount: 20 },
    ],
    source: 'Factory invoices and freight bills, spring 2025 production run',
    date: '2025-04-01',
  };

  it('reads a breakdown that adds up to the price', () => {
    const r = parsePriceBreakdown(valid);
    expect(r.ok && r.value.breakdown.parts.map((p) => p.percent)).toEqual([16, 23, 4, 7, 50]);
  });

  it('refuses parts that do not add up to the price, to the cent', () => {
    expect(errorsOf(parsePriceBreakdown({ ...valid, price: 40.01 }))).toEqual([
      'parts: add up to 40.00 EUR, but price is 40.01 EUR: the parts must add up to the total',
    ]);
  });

  it('requires price, currency, parts, source and date', () => {
    expect(errorsOf(parsePriceBreakdown({}))).toEqual([
      'price: is required but missing',
      'currency: is required but missing',
      'parts: is required but missing',
      'source: is required but missing',
      'date: is required but missing',
    ]);
    expect(errorsOf(parsePriceBreakdown({ ...valid, price: 0 }))).toEqual(['price: must be more than 0']);
  });
});
