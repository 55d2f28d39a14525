import { within } from '@testing-library/dom';
import { html } from 'lit';
import { describe, expect, it, vi } from 'vitest';
import '../../trust-price-breakdown.js';
import '../../locales/de.js';
import '../../locales/ja.js';
import { fixture, recordConsoleErrors, shadow } from '../../../../../test/helpers/fixture.js';
import type { TrustPriceBreakdown } from './trust-price-breakdown.js';

const PARTS = [
  { label: 'Materials', amount: 6.5 },
  { label: 'Labour', amount: 9.25 },
  { label: 'Transport', amount: 1.4 },
  { label: 'Duties', amount: 2.85 },
  { label: 'Our margin', amount: 20 },
];

const shirt = (parts: unknown = PARTS, price = '40') =>
  html`<trust-price-breakdown
    price=${price}
    currency="EUR"
    product="Organic cotton T-shirt"
    source="Factory invoices and freight bills, spring 2025 production run"
    date="2025-04-01"
    .parts=${parts}
  ></trust-price-breakdown>`;

const root = (el: Element) => within(shadow(el));
const cells = (row: HTMLElement) => [...row.querySelectorAll('th, td')].map((c) => c.textContent?.trim());

describe('<trust-price-breakdown>', () => {
  const errors = recordConsoleErrors();

  it('is a real table (caption, column and row headers, amounts, shares, price) and a named chart', async () => {
    const el = await fixture<TrustPriceBreakdown>(shirt());
    const r = root(el);
    const table = r.getByRole('table', { name: 'What makes up the price of Organic cotton T-shirt' });
    const t = within(table);
    expect(t.getAllByRole('columnheader').map((h) => h.textContent?.trim())).toEqual(['Cost', 'Amount', 'Share']);
    expect(t.getAllByRole('rowheader').map((h) => h.textContent?.trim())).toEqual([
      'Materials',
      'Labour',
      'Transport',
      'Duties',
      'Our margin',
      'Price',
    ]);
    const rows = t.getAllByRole('row');
    expect(cells(rows[1]!)).toEqual(['Materials', '€6.50', '16%']);
    expect(cells(rows[5]!)).toEqual(['Our margin', '€20.00', '50%']);
    expect(cells(rows[6]!)).toEqual(['Price', '€40.00', '100%']);
    const shares = rows.slice(1, 6).map((row) => Number.parseInt(cells(row).at(-1)!, 10));
    expect(shares.reduce((a, b) => a + b, 0)).toBe(100);
    expect(
      r.getByRole('img', { name: 'Chart: Materials 16%, Labour 23%, Transport 4%, Duties 7%, Our margin 50%' }).checkVisibility(),
    ).toBe(true);
    expect(r.getByText('Factory invoices and freight bills, spring 2025 production run').checkVisibility()).toBe(true);
    expect(shadow(el).querySelector('time')?.getAttribute('datetime')).toBe('2025-04-01');
    expect(errors()).not.toHaveBeenCalled();
  });

  it('shows thirds as three equal shares with one decimal, and the Total row at 100.0%', async () => {
    const thirds = [
      { label: 'A', amount: 1 },
      { label: 'B', amount: 1 },
      { label: 'C', amount: 1 },
    ];
    const el = await fixture<TrustPriceBreakdown>(shirt(thirds, '3'));
    const rows = within(root(el).getByRole('table')).getAllByRole('row').slice(1, 4);
    expect(rows.map((row) => cells(row).at(-1))).toEqual(['33.3%', '33.3%', '33.3%']);
    expect(cells(within(root(el).getByRole('table')).getAllByRole('row')[4]!)).toEqual(['Price', '€3', '100.0%']);
  });

  it.each([
    ['parts that do not add up to the price', PARTS, '41', 'parts', 'add up to 40.00 EUR, but price is 41.00 EUR'],
    ['a negative amount', [{ label: 'Materials', amount: -1 }], '40', 'parts[0].amount', 'must be at least 0'],
    ['a NaN amount', [{ label: 'Materials', amount: Number.NaN }], '40', 'parts[0].amount', 'must be a finite number'],
    ['no parts', null, '40', 'parts', 'is required'],
    ['a part without label', [{ amount: 40 }], '40', 'parts[0].label', 'is required'],
  ])('%s: unavailable, never a breakdown that lies; reported with its path', async (_, parts, price, path, message) => {
    const onError = vi.fn();
    document.addEventListener('trust-error', onError);
    const el = await fixture<TrustPriceBreakdown>(shirt(parts, price));
    document.removeEventListener('trust-error', onError);
    expect(root(el).getByText('Price breakdown unavailable').checkVisibility()).toBe(true);
    expect(root(el).queryByRole('table')).toBeNull();
    expect(root(el).queryByRole('img')).toBeNull();
    expect(onError).toHaveBeenCalledTimes(1);
    const issue = (onError.mock.calls[0]![0] as CustomEvent).detail.issues[0];
    expect(issue.path).toBe(path);
    expect(issue.message).toContain(message);
    expect(errors()).toHaveBeenCalledTimes(1);
  });

  it('requires its source and date', async () => {
    const onError = vi.fn();
    document.addEventListener('trust-error', onError);
    await fixture(html`<trust-price-breakdown price="40" currency="EUR" .parts=${PARTS}></trust-price-breakdown>`);
    document.removeEventListener('trust-error', onError);
    expect((onError.mock.calls[0]![0] as CustomEvent).detail.issues.map((i: { path: string }) => i.path)).toEqual(['source', 'date']);
  });

  it('reads a child JSON script', async () => {
    const el = await fixture<TrustPriceBreakdown>(
      html`<trust-price-breakdown
        ><script type="application/json">
          ${JSON.stringify({
            price: 1200,
            currency: 'JPY',
            parts: [
              { label: 'Beans', amount: 400 },
              { label: 'Roasting', amount: 800 },
            ],
            source: 'Roastery ledger',
            date: '2025-05-01',
          })}
        </script></trust-price-breakdown
      >`,
    );
    expect(root(el).getByRole('table', { name: 'What makes up the price' }).checkVisibility()).toBe(true);
    expect(cells(within(root(el).getByRole('table')).getAllByRole('row')[3]!)).toEqual(['Price', '¥1,200', '100%']);
  });

  it('formats amounts and dates for the page language', async () => {
    const de = await fixture<TrustPriceBreakdown>(shirt(), { lang: 'de' });
    const rows = within(
      root(de).getByRole('table', { name: 'Woraus sich der Preis von Organic cotton T-shirt zusammensetzt' }),
    ).getAllByRole('row');
    expect(cells(rows[1]!)).toEqual(['Materials', '6,50\u00a0€', '16\u00a0%']);
    expect(shadow(de).querySelector('time')?.textContent).toBe('01.04.2025');
    const ja = await fixture<TrustPriceBreakdown>(shirt(), { lang: 'ja' });
    expect(root(ja).getByRole('table', { name: 'Organic cotton T-shirtの価格の内訳' }).checkVisibility()).toBe(true);
  });
});
