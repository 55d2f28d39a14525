import { within } from '@testing-library/dom';
import { html } from 'lit';
import { describe, expect, it, vi } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import '../../trust-donation-use.js';
import '../../locales/es.js';
import '../../locales/ar.js';
import '../../locales/ja.js';
import { fixture, recordConsoleErrors, settle, shadow } from '../../../../../test/helpers/fixture.js';
import type { TrustDonationUse } from './trust-donation-use.js';

const SCOPE = 'Our operating costs are paid by a separate group of private donors.';

/** The docs example: a Form 990 split of $5,000,000 (82.4 / 10.9 / 6.7 %). */
const banner = (variant = 'banner') =>
  html`<trust-donation-use
    variant=${variant}
    percent="100"
    purpose="clean-water projects"
    scope=${SCOPE}
    organization="Clear Water Fund"
    currency="USD"
    program="4120000"
    management="545000"
    fundraising="335000"
    expenses-total="5000000"
    fiscal-year="2023-07-01/2024-06-30"
    source="audited-statements"
    auditor="Example &amp; Partners LLP"
    last-updated="2025-01-15"
    report-url="https://example.org/reports/2024.pdf"
    report-label="Audited financial statements 2024"
  ></trust-donation-use>`;

const root = (el: Element) => within(shadow(el));
const cells = (row: HTMLElement) => [...row.querySelectorAll('th, td')].map((c) => c.textContent?.trim());

async function trustErrors(template: ReturnType<typeof html>) {
  const onError = vi.fn();
  document.addEventListener('trust-error', onError);
  const el = await fixture<TrustDonationUse>(template);
  document.removeEventListener('trust-error', onError);
  return {
    el,
    onError,
    issues: onError.mock.calls.flatMap((c) => (c[0] as CustomEvent).detail.issues) as { path: string; message: string }[],
  };
}

describe('<trust-donation-use>', () => {
  describe('the closed banner', () => {
    it.each([
      ['a wide column', '720px', SCOPE],
      ['a wide column, with a short scope', '720px', 'Our board pays the costs.'],
      ['a phone', '360px', SCOPE],
    ])('in %s keeps its headline in place when it opens', async (_, width, scope) => {
      const wrap = await fixture<HTMLElement>(html`<div style=${`inline-size: ${width}`}>${banner()}</div>`);
      wrap.querySelector('trust-donation-use')!.setAttribute('scope', scope);
      await settle();
      const el = wrap.querySelector('trust-donation-use')!;
      const headline = () => shadow(el).querySelector('[part="headline"]')!.getBoundingClientRect().top;
      const toggle = root(el).getByRole('button', { name: 'How your donation is used' });
      const before = headline();
      toggle.focus();
      await userEvent.keyboard('{Enter}');
      await settle();
      expect(toggle.getAttribute('aria-expanded')).toBe('true');
      expect(Math.abs(headline() - before)).toBeLessThan(0.5);
    });
  });

  const errors = recordConsoleErrors();

  it('banner: the headline and its scope in one line, details behind a collapsed disclosure', async () => {
    const el = await fixture<TrustDonationUse>(banner());
    const r = root(el);
    expect(shadow(el).querySelector('[part="headline"]')?.textContent).toBe('100% of your donation funds clean-water projects');
    expect(r.getByText(SCOPE).checkVisibility()).toBe(true);
    const toggle = r.getByRole('button', { name: 'How your donation is used' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(el.shadowRoot!.getElementById(toggle.getAttribute('aria-controls')!)).toBeTruthy();
    // Collapsed: neither the table nor the chart is in the accessibility tree.
    expect(r.queryByRole('table')).toBeNull();
    expect(r.queryByRole('img')).toBeNull();
    expect(errors()).not.toHaveBeenCalled();
  });

  it('disclosure: Tab reaches the button, Enter opens it, Space closes it, focus stays on it', async () => {
    const page = await fixture(html`<div><button>before</button>${banner()}<button>after</button></div>`);
    const el = page.querySelector('trust-donation-use')!;
    const r = root(el);
    page.querySelector('button')!.focus();
    await userEvent.keyboard('{Tab}');
    const toggle = r.getByRole('button', { name: 'How your donation is used' });
    expect(el.shadowRoot!.activeElement).toBe(toggle);
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(
      r.getByRole('table', { name: 'How Clear Water Fund spent its money in fiscal year Jul 2023 – Jun 2024' }).checkVisibility(),
    ).toBe(true);
    // The next Tab goes into the details: the report link.
    await userEvent.keyboard('{Tab}');
    expect(el.shadowRoot!.activeElement).toBe(r.getByRole('link', { name: 'Audited financial statements 2024' }));
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    expect(el.shadowRoot!.activeElement).toBe(toggle);
    await userEvent.keyboard(' ');
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(r.queryByRole('table')).toBeNull();
    expect(el.shadowRoot!.activeElement).toBe(toggle);
  });

  it('full: a chart named with every share and a real table with caption, headers, amounts and total', async () => {
    const el = await fixture<TrustDonationUse>(banner('full'));
    const r = root(el);
    expect(r.queryByRole('button')).toBeNull();
    expect(r.getByRole('img', { name: 'Chart: Programs 82%, Management and general 11%, Fundraising 7%' }).checkVisibility()).toBe(true);
    const table = r.getByRole('table', { name: 'How Clear Water Fund spent its money in fiscal year Jul 2023 – Jun 2024' });
    const t = within(table);
    expect(t.getAllByRole('columnheader').map((h) => h.textContent?.trim())).toEqual(['Expense', 'Amount', 'Share']);
    expect(t.getAllByRole('rowheader').map((h) => h.textContent?.trim())).toEqual([
      'Programs',
      'Management and general',
      'Fundraising',
      'Total',
    ]);
    for (const h of table.querySelectorAll('th')) expect(h.getAttribute('scope')).toMatch(/^(row|col)$/);
    const rows = t.getAllByRole('row');
    expect(cells(rows[1]!)).toEqual(['Programs', '$4,120,000', '82%']);
    expect(cells(rows[4]!)).toEqual(['Total', '$5,000,000', '100%']);
    // The facts, with a machine-readable date.
    expect(r.getByText('Audited financial statements').checkVisibility()).toBe(true);
    expect(r.getByText('Example & Partners LLP').checkVisibility()).toBe(true);
    expect(shadow(el).querySelector('time')?.getAttribute('datetime')).toBe('2025-01-15');
    expect(shadow(el).querySelector('time')?.textContent).toBe('Jan 15, 2025');
    expect(r.getByRole('link', { name: 'Audited financial statements 2024' }).getAttribute('href')).toBe(
      'https://example.org/reports/2024.pdf',
    );
  });

  it('card: shares only (no amount column, no total), the chart and the facts', async () => {
    const el = await fixture<TrustDonationUse>(banner('card'));
    const table = root(el).getByRole('table');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent?.trim()),
    ).toEqual(['Expense', 'Share']);
    expect(within(table).getAllByRole('rowheader')).toHaveLength(3);
    expect(
      root(el)
        .getByRole('img', { name: /^Chart: / })
        .checkVisibility(),
    ).toBe(true);
  });

  it.each([
    [['1', '1', '1'], ['33.3%', '33.3%', '33.3%'], '100.0%'],
    [['2', '1', '0'], ['67%', '33%', '0%'], '100%'],
    [['33.3', '33.3', '33.4'], ['33.3%', '33.3%', '33.4%'], '100.0%'],
    [['0.01', '0.01', '0.01'], ['33.3%', '33.3%', '33.3%'], '100.0%'],
    [['1', '1', '6'], ['12.5%', '12.5%', '75.0%'], '100.0%'],
    [['999', '1', '0'], ['99.9%', '0.1%', '0.0%'], '100.0%'],
  ])('shares of %j read %j: equal amounts equal, the Total row %s', async ([program, management, fundraising], expected, total) => {
    const el = await fixture<TrustDonationUse>(
      html`<trust-donation-use variant="full" percent="90" purpose="school meals" currency="EUR" program=${program!} management=${management!}
        fundraising=${fundraising!} fiscal-year="2024" source="form-990" last-updated="2025-02-01"></trust-donation-use>`,
    );
    const rows = within(root(el).getByRole('table')).getAllByRole('row');
    const shares = rows.slice(1, 4).map((row) => cells(row).at(-1));
    expect(shares).toEqual(expected);
    expect(cells(rows[4]!).at(-1)).toBe(total);
    // The bar's parts fill it exactly, in proportion to the amounts.
    const widths = [...shadow(el).querySelectorAll('rect.seg')].map((r) => Number.parseFloat(r.getAttribute('width')!));
    expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 3);
  });

  it('a 100% claim without its scope is never shown: unavailable, one console error, trust-error naming scope', async () => {
    const { el, onError, issues } = await trustErrors(
      html`<trust-donation-use percent="100" purpose="clean-water projects" last-updated="2025-01-15"></trust-donation-use>`,
    );
    expect(root(el).getByText('Donation information unavailable').checkVisibility()).toBe(true);
    expect(shadow(el).textContent).not.toContain('100%');
    expect(onError).toHaveBeenCalledTimes(1);
    expect(issues.map((i) => i.path)).toEqual(['scope']);
    expect(errors()).toHaveBeenCalledTimes(1);
    expect(String(errors().mock.calls[0]![0])).toContain('<trust-donation-use>');
    // Less than 100% needs no scope.
    el.percent = 85;
    await el.updateComplete;
    expect(shadow(el).querySelector('[part="headline"]')?.textContent).toBe('85% of your donation funds clean-water projects');
  });

  it.each([
    [{ 'report-url': 'javascript:alert(1)' }, 'reports[0].url'],
    [{ 'expenses-total': '6000000' }, 'expenses'],
    [{ program: '-5' }, 'expenses.program'],
    [{ program: 'NaN' }, 'expenses.program'],
    [{ percent: '120' }, 'percent'],
    [{ source: 'audited-statements', auditor: null }, 'auditor'],
    [{ 'fiscal-year': null }, 'fiscalYear'],
    [{ 'last-updated': null }, 'lastUpdated'],
  ])('bad data %j is an error at %s, never rendered', async (change, path) => {
    const el = await fixture<TrustDonationUse>(banner('full'));
    const onError = vi.fn();
    el.addEventListener('trust-error', onError);
    for (const [name, value] of Object.entries(change)) {
      if (value === null) el.removeAttribute(name);
      else el.setAttribute(name, value);
    }
    await settle(el.parentElement!);
    expect(root(el).getByText('Donation information unavailable').checkVisibility()).toBe(true);
    expect(root(el).queryByRole('table')).toBeNull();
    expect(root(el).queryByRole('link')).toBeNull();
    expect(onError).toHaveBeenCalledTimes(1);
    expect((onError.mock.calls[0]![0] as CustomEvent).detail.issues.map((i: { path: string }) => i.path)).toContain(path);
  });

  it('reads a child JSON script; attributes win field by field; user text stays text', async () => {
    const data = {
      percent: 100,
      purpose: '<b>school</b> meals',
      scope: 'Our board covers all overhead.',
      currency: 'EUR',
      expenses: { program: 900, management: 60, fundraising: 40 },
      fiscalYear: '2024',
      source: 'unaudited',
      lastUpdated: '2025-03-01',
      reports: [{ label: 'Annual report', url: '/annual-report.pdf' }],
    };
    const el = await fixture<TrustDonationUse>(
      html`<trust-donation-use variant="full" purpose="school lunches"
        ><script type="application/json">
          ${JSON.stringify(data)}
        </script></trust-donation-use
      >`,
    );
    expect(shadow(el).querySelector('[part="headline"]')?.textContent).toBe('100% of your donation funds school lunches');
    expect(root(el).getByText('Unaudited accounts').checkVisibility()).toBe(true);
    expect(root(el).getByRole('table', { name: 'How we spent our money in fiscal year 2024' }).checkVisibility()).toBe(true);
    expect(root(el).getByRole('link', { name: 'Annual report' }).checkVisibility()).toBe(true);
    el.removeAttribute('purpose');
    await el.updateComplete;
    expect(shadow(el).querySelector('[part="headline"]')?.textContent).toBe('100% of your donation funds <b>school</b> meals');
    expect(shadow(el).querySelector('b')).toBeNull();
    expect(errors()).not.toHaveBeenCalled();
  });

  it('a child script that is not JSON is reported at its path', async () => {
    const { el, issues } = await trustErrors(
      html`<trust-donation-use><script type="application/json">{ nope</script></trust-donation-use>`,
    );
    expect(root(el).getByText('Donation information unavailable').checkVisibility()).toBe(true);
    expect(issues[0]?.path).toBe('script[type=application/json]');
  });

  it('speaks the page language: Spanish, Arabic (RTL), Japanese', async () => {
    const es = await fixture<TrustDonationUse>(banner('full'), { lang: 'es' });
    expect(shadow(es).querySelector('[part="headline"]')?.textContent).toBe('El 100\u00a0% de tu donativo financia clean-water projects');
    expect(
      root(es)
        .getByRole('img', { name: 'Gráfico: Programas 82\u00a0%, Gestión y administración 11\u00a0% y Captación de fondos 7\u00a0%' })
        .checkVisibility(),
    ).toBe(true);
    expect(cells(within(root(es).getByRole('table')).getAllByRole('row')[1]!)).toEqual(['Programas', '4.120.000\u00a0US$', '82\u00a0%']);
    const ja = await fixture<TrustDonationUse>(banner(), { lang: 'ja' });
    expect(root(ja).getByRole('button', { name: 'ご寄付の使いみち' }).checkVisibility()).toBe(true);
    const ar = await fixture<TrustDonationUse>(banner('full'), { lang: 'ar', dir: 'rtl' });
    expect(
      root(ar)
        .getByRole('img', { name: /^رسم بياني: البرامج/ })
        .checkVisibility(),
    ).toBe(true);
  });

  it('draws the bar from the right in right-to-left pages', async () => {
    const ltr = await fixture<TrustDonationUse>(banner('full'));
    const rtl = await fixture<TrustDonationUse>(banner('full'), { dir: 'rtl' });
    const programOf = (el: Element) => {
      const chart = shadow(el).querySelector('[part="chart"]')!.getBoundingClientRect();
      const seg = shadow(el).querySelector('rect.seg')!.getBoundingClientRect();
      return { chart, seg };
    };
    const l = programOf(ltr);
    expect(l.seg.left).toBeCloseTo(l.chart.left, 0);
    const r = programOf(rtl);
    expect(r.seg.right).toBeCloseTo(r.chart.right, 0);
    expect(r.seg.left).toBeGreaterThan(r.chart.left + 10);
  });

  it('tells the parts apart by pattern, not colour alone, also in forced-colors mode', async () => {
    const el = await fixture<TrustDonationUse>(banner('full'));
    const patterns = [...shadow(el).querySelectorAll('pattern')].map((p) => p.innerHTML.replace(/class="[^"]*"|<!--[^>]*-->/g, ''));
    expect(new Set(patterns).size).toBe(3);
    await commands.emulateMedia({ forcedColors: 'active' });
    try {
      const bgs = [...shadow(el).querySelectorAll('pattern .bg')].map((r) => getComputedStyle(r).fill);
      const line = getComputedStyle(shadow(el).querySelector('pattern .fg')!).stroke;
      // Programs solid, the others lines on the background: in system colours, with no other colour.
      expect(bgs[0]).toBe(line);
      expect(bgs[1]).not.toBe(line);
      expect(bgs[1]).toBe(bgs[2]);
    } finally {
      await commands.emulateMedia({ forcedColors: 'none' });
    }
  });

  it('the toggle is a 24 × 24 px target at least, with a visible focus ring', async () => {
    const el = await fixture<TrustDonationUse>(banner());
    const toggle = root(el).getByRole('button');
    const box = toggle.getBoundingClientRect();
    expect(box.width).toBeGreaterThanOrEqual(24);
    expect(box.height).toBeGreaterThanOrEqual(24);
    toggle.focus();
    await userEvent.keyboard('{Shift}');
    expect(getComputedStyle(toggle).outlineStyle).toBe('solid');
  });
});
