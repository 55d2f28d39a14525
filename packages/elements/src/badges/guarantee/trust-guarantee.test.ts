import { within } from '@testing-library/dom';
import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import '../../trust-guarantee.js';
import '../../locales/de.js';
import '../../locales/ar.js';
import '../../locales/ja.js';
import { fixture, recordConsoleErrors, shadow } from '../../../../../test/helpers/fixture.js';
import type { TrustGuarantee } from './trust-guarantee.js';

const part = (el: Element, name: string) => shadow(el).querySelector(`[part="${name}"]`);

describe('<trust-guarantee>', () => {
  const errors = recordConsoleErrors();

  it('shows a promise without a record as a group named by its kind and promise', async () => {
    const el = await fixture<TrustGuarantee>(
      html`<trust-guarantee kind="returns" promise="Free returns within 30 days"></trust-guarantee>`,
    );
    expect(within(shadow(el)).getByRole('group', { name: 'Returns Free returns within 30 days' }).textContent).toContain(
      'Free returns within 30 days',
    );
    expect(part(el, 'record')).toBeNull();
    expect(part(el, 'icon')!.querySelector('svg')!.getAttribute('aria-hidden')).toBe('true');
    expect(errors()).not.toHaveBeenCalled();
  });

  it.each(['display: grid', 'display: flex; flex-direction: column'])(
    'alone in a %s box, is as wide as its content, not the box',
    async (layout) => {
      const wrap = await fixture<HTMLElement>(
        html`<div style=${`${layout}; inline-size: 900px`}><trust-guarantee kind="returns" promise="Free returns"></trust-guarantee></div>`,
      );
      const width = wrap.querySelector('trust-guarantee')!.getBoundingClientRect().width;
      expect(width).toBeGreaterThan(50);
      expect(width).toBeLessThan(450);
    },
  );

  it('shows the record with its period, count and source, numbers formatted for the language', async () => {
    const el = await fixture<TrustGuarantee>(
      html`<trust-guarantee kind="delivery" promise="Ships in 24 h" percent="98.7" period-days="90" count="12480" source="Order system, audited monthly" source-url="/delivery-record"></trust-guarantee>`,
    );
    expect(part(el, 'record')!.textContent).toBe('98.7% on time over the last 90 days (12,480 orders)');
    const link = within(shadow(el)).getByRole('link', { name: 'Source: Order system, audited monthly' });
    expect(link.getAttribute('href')).toBe('/delivery-record');
    const de = await fixture<TrustGuarantee>(
      html`<trust-guarantee kind="delivery" promise="Versand in 24 h" percent="98.7" period-days="90" count="12480" source="Warenwirtschaft"></trust-guarantee>`,
      { lang: 'de' },
    );
    expect(part(de, 'record')!.textContent).toBe('98,7\u00a0% pünktlich in den letzten 90 Tagen (12.480 Bestellungen)');
    expect(part(de, 'kind')!.textContent).toBe('Lieferung');
    expect(errors()).not.toHaveBeenCalled();
  });

  it.each([
    ['returns', 'Returns', '99% refunded on time over the last 30 days (1 return)', '1'],
    ['support', 'Support', '99% answered on time over the last 30 days (250 requests)', '250'],
    ['price-match', 'Price match', '99% of requests honoured over the last 30 days (2 requests)', '2'],
    ['warranty', 'Warranty', '99% of claims honoured over the last 30 days (40 claims)', '40'],
  ])('words the record of a %s promise for its kind', async (kind, label, record, count) => {
    const el = await fixture<TrustGuarantee>(
      html`<trust-guarantee kind=${kind} promise="Promise" percent="99" period-days="30" count=${count} source="Help desk"></trust-guarantee>`,
    );
    expect(part(el, 'kind')!.textContent).toBe(label);
    expect(part(el, 'record')!.textContent).toBe(record);
  });

  it.each([
    [
      'no period',
      html`<trust-guarantee kind="delivery" promise="Ships in 24 h" percent="98.7" source="Orders"></trust-guarantee>`,
      'period-days',
    ],
    [
      'no source',
      html`<trust-guarantee kind="delivery" promise="Ships in 24 h" percent="98.7" period-days="90"></trust-guarantee>`,
      'source',
    ],
    [
      'a percent over 100',
      html`<trust-guarantee kind="delivery" promise="Ships in 24 h" percent="120" period-days="90" source="Orders"></trust-guarantee>`,
      'percent',
    ],
  ])('never shows a figure with %s: keeps the promise, says the record is unavailable, reports it', async (_, template, path) => {
    const el = await fixture<TrustGuarantee>(template);
    expect(part(el, 'promise')!.textContent).toBe('Ships in 24 h');
    expect(part(el, 'record')).toBeNull();
    expect(part(el, 'record-unavailable')!.textContent).toBe('Record unavailable: its period or source is missing');
    expect(shadow(el).textContent).not.toMatch(/\d%/);
    expect(errors()).toHaveBeenCalledTimes(1);
    // A value written in an attribute is named as that attribute; a missing one by its path (here the attribute name).
    expect(String(errors().mock.calls[0]![0])).toMatch(new RegExp(`[:;] ${path}( attribute)?: `));
  });

  it('shows an unavailable state for an unknown kind or a missing promise', async () => {
    const el = await fixture<TrustGuarantee>(html`<trust-guarantee kind="shipping" promise="Fast"></trust-guarantee>`);
    expect(within(shadow(el)).getByRole('group', { name: 'Guarantee unavailable' }).textContent).toContain('Guarantee unavailable');
    expect(shadow(el).textContent).not.toContain('Fast');
    expect(errors()).toHaveBeenCalledTimes(1);
  });

  it('writes Arabic and Japanese records with their own plural and number rules', async () => {
    const ar = await fixture<TrustGuarantee>(
      html`<trust-guarantee kind="delivery" promise="شحن خلال 24 ساعة" percent="98.7" period-days="2" count="3" source="نظام الطلبات"></trust-guarantee>`,
      { lang: 'ar', dir: 'rtl' },
    );
    expect(part(ar, 'record')!.textContent).toContain('خلال آخر يومين');
    expect(part(ar, 'record')!.textContent).toContain('طلبات');
    const ja = await fixture<TrustGuarantee>(
      html`<trust-guarantee kind="delivery" promise="24時間以内に発送" percent="98.7" period-days="90" count="12480" source="受注システム"></trust-guarantee>`,
      { lang: 'ja' },
    );
    expect(part(ja, 'record')!.textContent).toBe('過去90日間で98.7%が期限内に到着（12,480件の注文）');
  });
});
