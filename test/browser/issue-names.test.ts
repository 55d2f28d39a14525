/**
 * Bad data is reported in the words the author wrote it in (issue 14, item 5). A value written in an attribute
 * (`<trust-donation-use program="$812,000">`) is named by that attribute, in the console message and as the issue's
 * `attribute`; the same value given as JSON (a child script, the `data` property) keeps its JSON path
 * (`expenses.program`), and so does a value a script set as a property. One family each: transparency (donation
 * use, price breakdown) and badges (guarantee).
 */
import { html } from 'lit';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import '../../packages/elements/src/trust-donation-use.js';
import '../../packages/elements/src/trust-guarantee.js';
import '../../packages/elements/src/trust-price-breakdown.js';
import type { DataIssue, TrustErrorDetail } from '../../packages/core/src/index.js';
import { fixture } from '../helpers/fixture.js';

const PLAIN = 'must be a plain number like 4120000 or 4.5 (digits and a decimal point; no currency sign, commas, spaces or %)';

let errors: MockInstance<typeof console.error>;
let reports: TrustErrorDetail[];
const listener = (e: CustomEvent<TrustErrorDetail>) => reports.push(e.detail);
beforeEach(() => {
  errors = vi.spyOn(console, 'error').mockImplementation(() => {});
  reports = [];
  document.addEventListener('trust-error', listener);
});
afterEach(() => {
  document.removeEventListener('trust-error', listener);
  errors.mockRestore();
});

/** The one console error, without its `[trust-signals] <tag> cannot show its data: ` prefix. */
function logged(tag: string): string {
  expect(errors).toHaveBeenCalledTimes(1);
  const line = String(errors.mock.calls[0]![0]);
  const prefix = `[trust-signals] <${tag}> cannot show its data: `;
  expect(line.startsWith(prefix), line).toBe(true);
  return line.slice(prefix.length);
}

/** The issues of the one `trust-error`. */
function reported(): readonly DataIssue[] {
  expect(reports).toHaveLength(1);
  return reports[0]!.issues;
}

/** A valid donation statement written in attributes, with `attributes` changed or added. */
async function donation(
  attributes: Record<string, string> = {},
): Promise<HTMLElement & { program: unknown; updateComplete: Promise<unknown> }> {
  const valid = {
    percent: '100',
    purpose: 'clean-water projects',
    scope: 'Our board pays the costs.',
    currency: 'USD',
    program: '812000',
    management: '100000',
    fundraising: '50000',
    'fiscal-year': '2024',
    source: 'form-990',
    'last-updated': '2025-01-15',
  };
  const box = await fixture<HTMLElement>(html`<div></div>`);
  const el = document.createElement('trust-donation-use') as HTMLElement & { program: unknown; updateComplete: Promise<unknown> };
  for (const [name, value] of Object.entries({ ...valid, ...attributes })) el.setAttribute(name, value);
  box.append(el);
  await el.updateComplete;
  return el;
}

describe('<trust-donation-use>: an amount written as people read it', () => {
  it('in the program attribute is reported as the program attribute', async () => {
    await donation({ program: '$812,000' });
    expect(logged('trust-donation-use')).toBe(`program attribute: ${PLAIN}, got "$812,000"`);
    expect(reported()).toEqual([
      { path: 'expenses.program', attribute: 'program', message: `${PLAIN}, got "$812,000"`, severity: 'error' },
    ]);
  });

  it('in expenses-total and report-url, each by its attribute', async () => {
    await donation({ 'expenses-total': '$3', 'report-url': 'javascript:alert(1)', 'report-label': 'Form 990' });
    const line = logged('trust-donation-use');
    expect(line).toContain(`expenses-total attribute: ${PLAIN}, got "$3"`);
    expect(line).toContain('report-url attribute: must be an http(s) or relative URL, got "javascript:alert(1)"');
    expect(line).not.toMatch(/expenses\.total:|reports\[0\]/);
    expect(reported().map((i) => [i.path, i.attribute])).toEqual([
      ['expenses.total', 'expenses-total'],
      ['reports[0].url', 'report-url'],
    ]);
  });

  it('in the child JSON is reported by its JSON path', async () => {
    await fixture(
      html`<trust-donation-use
        ><script type="application/json">
          {
            "percent": 100,
            "purpose": "clean-water projects",
            "scope": "Our board pays the costs.",
            "currency": "USD",
            "expenses": { "program": "$812,000", "management": 100000, "fundraising": 50000 },
            "fiscalYear": "2024",
            "source": "form-990",
            "lastUpdated": "2025-01-15"
          }
        </script></trust-donation-use
      >`,
    );
    expect(logged('trust-donation-use')).toBe(`expenses.program: ${PLAIN}, got "$812,000"`);
    expect(reported()).toEqual([{ path: 'expenses.program', message: `${PLAIN}, got "$812,000"`, severity: 'error' }]);
  });

  it('set by a script as a property is reported by its path', async () => {
    const el = await donation();
    expect(errors).not.toHaveBeenCalled();
    el.program = '$812,000';
    await el.updateComplete;
    expect(logged('trust-donation-use')).toBe(`expenses.program: ${PLAIN}, got "$812,000"`);
  });
});

describe('<trust-price-breakdown>', () => {
  const parts = [
    { label: 'Materials', amount: 15 },
    { label: 'Our margin', amount: 25 },
  ];

  it('a price attribute with a currency sign is reported as the price attribute', async () => {
    await fixture(
      html`<trust-price-breakdown price="€40" currency="EUR" source="Invoices" date="2025-04-01" .parts=${parts}></trust-price-breakdown>`,
    );
    expect(logged('trust-price-breakdown')).toBe(`price attribute: ${PLAIN}, got "€40"`);
    expect(reported()).toEqual([{ path: 'price', attribute: 'price', message: `${PLAIN}, got "€40"`, severity: 'error' }]);
  });

  it('the same price in the data property keeps its path, and a part amount its JSON path', async () => {
    await fixture(
      html`<trust-price-breakdown
        .data=${{ price: '€40', currency: 'EUR', source: 'Invoices', date: '2025-04-01', parts: [{ label: 'All', amount: '40,00' }] }}
      ></trust-price-breakdown>`,
    );
    expect(logged('trust-price-breakdown')).toBe(`price: ${PLAIN}, got "€40"; parts[0].amount: ${PLAIN}, got "40,00"`);
    expect(reported().map((i) => i.attribute)).toEqual([undefined, undefined]);
  });
});

describe('<trust-guarantee>', () => {
  it('a percent attribute with a % sign is reported as the percent attribute', async () => {
    await fixture(
      html`<trust-guarantee kind="delivery" promise="Ships in 24 h" percent="98.7%" period-days="90" source="Order system"></trust-guarantee>`,
    );
    expect(logged('trust-guarantee')).toBe(`percent attribute: ${PLAIN}, got "98.7%"`);
    expect(reported()).toEqual([{ path: 'percent', attribute: 'percent', message: `${PLAIN}, got "98.7%"`, severity: 'error' }]);
  });

  it('a period set by a script is reported by its name, not as an attribute', async () => {
    const el = await fixture<HTMLElement & { periodDays: unknown; updateComplete: Promise<unknown> }>(
      html`<trust-guarantee kind="delivery" promise="Ships in 24 h" percent="98.7" period-days="90" source="Order system"></trust-guarantee>`,
    );
    el.periodDays = '90 days';
    await el.updateComplete;
    expect(logged('trust-guarantee')).toBe('period-days: must be a number, got "90 days"');
  });
});
