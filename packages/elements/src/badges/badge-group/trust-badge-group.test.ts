import { within } from '@testing-library/dom';
import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import '../../trust-badge-group.js';
import '../../trust-badge.js';
import '../../trust-guarantee.js';
import { fixture, settle, shadow } from '../../../../../test/helpers/fixture.js';
import type { TrustBadgeGroup } from './trust-badge-group.js';

const items = (el: Element) => within(shadow(el)).getAllByRole('listitem');

describe('<trust-badge-group>', () => {
  it('is a named list with one list item per child, each holding that child', async () => {
    const el = await fixture<TrustBadgeGroup>(html`<trust-badge-group>
      <trust-badge label="Secure checkout"></trust-badge>
      <trust-guarantee kind="returns" promise="Free returns within 30 days"></trust-guarantee>
      <trust-badge label="Climate neutral"></trust-badge>
    </trust-badge-group>`);
    const list = within(shadow(el)).getByRole('list', { name: 'Certifications and guarantees' });
    expect(list.localName).toBe('ul');
    const li = items(el);
    expect(li).toHaveLength(3);
    li.forEach((item, i) => expect(item.querySelector('slot')!.assignedElements()).toEqual([el.children[i]]));
    // The children keep their attributes: nothing was written on them.
    expect([...el.children].map((c) => c.getAttributeNames().sort())).toEqual([['label'], ['kind', 'promise'], ['label']]);
  });

  it('follows children being added and removed, and takes an author label', async () => {
    const el = await fixture<TrustBadgeGroup>(
      html`<trust-badge-group label="Our certifications"><trust-badge label="A"></trust-badge></trust-badge-group>`,
    );
    expect(within(within(shadow(el)).getByRole('list', { name: 'Our certifications' })).getAllByRole('listitem')).toHaveLength(1);
    const added = document.createElement('trust-badge');
    added.setAttribute('label', 'B');
    el.append(added);
    await new Promise((r) => setTimeout(r));
    await settle(el.parentElement!);
    expect(items(el)).toHaveLength(2);
    expect(items(el)[1]!.querySelector('slot')!.assignedElements()).toEqual([added]);
    el.firstElementChild!.remove();
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(items(el)).toHaveLength(1);
  });

  it('gives every badge the same logo size and row height, and wraps in a narrow space', async () => {
    const el = await fixture<TrustBadgeGroup>(
      html`<trust-badge-group style="inline-size: 260px; --trust-badge-group-size: 40px">
        <trust-badge label="Short"></trust-badge>
        <trust-badge label="A much longer certification name that wraps"></trust-badge>
        <trust-badge label="Third"></trust-badge>
      </trust-badge-group>`,
    );
    const badges = [...el.querySelectorAll('trust-badge')];
    const logos = badges.map((b) => shadow(b).querySelector('[part="logo"]')!.getBoundingClientRect());
    for (const logo of logos) expect(logo.width).toBeCloseTo(40, 0);
    const rects = badges.map((b) => b.getBoundingClientRect());
    // Wrapped onto more than one row, none wider than the group.
    expect(new Set(rects.map((r) => Math.round(r.top))).size).toBeGreaterThan(1);
    for (const r of rects) expect(r.width).toBeLessThanOrEqual(260.5);
  });

  it('stretches the badges of one row to one height', async () => {
    const el = await fixture<TrustBadgeGroup>(
      html`<trust-badge-group style="inline-size: 900px">
        <trust-badge label="Short"></trust-badge>
        <trust-guarantee kind="delivery" promise="Ships in 24 h" percent="98.7" period-days="90" count="12480"></trust-guarantee>
      </trust-badge-group>`,
    );
    const [a, b] = [...el.querySelectorAll('trust-badge, trust-guarantee')].map((x) => x.getBoundingClientRect());
    expect(Math.round(a!.top)).toBe(Math.round(b!.top));
    expect(a!.height).toBeCloseTo(b!.height, 0);
  });
});
