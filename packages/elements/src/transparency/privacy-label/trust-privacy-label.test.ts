import { within } from '@testing-library/dom';
import { html } from 'lit';
import { describe, expect, it, vi } from 'vitest';
import { commands } from 'vitest/browser';
import type { PrivacyLabelInput } from '@trust-signals/core/notices';
import '../../trust-privacy-label.js';
import '../../locales/fr.js';
import { fixture, recordConsoleErrors, shadow } from '../../../../../test/helpers/fixture.js';
import type { TrustPrivacyLabel } from './trust-privacy-label.js';

const label = (extra: Partial<PrivacyLabelInput> = {}): PrivacyLabelInput => ({
  service: 'Example Shop',
  categories: [
    { category: 'contact-info', use: 'linked', purposes: ['functionality'] },
    { category: 'usage-data', use: 'not-linked', purposes: ['analytics'] },
    { category: 'identifiers', use: 'tracking', purposes: ['third-party-advertising', 'analytics'] },
    { category: 'purchases', use: 'linked', purposes: ['functionality', 'personalization'] },
    { category: 'location', use: 'not-collected' },
  ],
  updated: '2026-01-15',
  policy: '/privacy',
  ...extra,
});

describe('<trust-privacy-label>', () => {
  const errors = recordConsoleErrors();

  it('compact: one labelled list per use, most revealing first, each with an icon and its name', async () => {
    const el = await fixture(html`<trust-privacy-label .data=${label()}></trust-privacy-label>`);
    const root = within(shadow(el));
    expect(root.getByRole('region', { name: 'Data Example Shop collects and how it is used' }).checkVisibility()).toBe(true);
    const lists = root.getAllByRole('list');
    const named = lists.map((l) => [
      l.getAttribute('aria-labelledby'),
      within(l)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ]);
    expect(named).toEqual([
      ['use-tracking', ['Identifiers']],
      ['use-linked', ['Contact info', 'Purchases']],
      ['use-not-linked', ['Usage data']],
      ['use-not-collected', ['Location']],
    ]);
    expect(root.getByRole('list', { name: 'Used to track you' })).toBe(lists[0]);
    expect(root.getByRole('list', { name: 'Not collected' })).toBe(lists[3]);
    // Every group has an icon of its own shape (never colour alone).
    const shapes = new Set([...shadow(el).querySelectorAll('.group-title svg')].map((s) => s.innerHTML));
    expect(shapes.size).toBe(4);
    expect(root.getByText('Last updated January 15, 2026').checkVisibility()).toBe(true);
    expect(root.getByRole('link', { name: 'Read the full privacy policy' }).getAttribute('href')).toBe('/privacy');
    expect(errors()).not.toHaveBeenCalled();
  });

  it('full: a real table with a caption, column and row headers, as the accessibility tree sees it', async () => {
    const el = await fixture(html`<trust-privacy-label variant="full" .data=${label()}></trust-privacy-label>`);
    const root = within(shadow(el));
    const table = root.getByRole('table', { name: 'Data Example Shop collects and how it is used' });
    expect([...table.querySelectorAll('th[scope="col"]')].map((th) => th.textContent)).toEqual(['Data', 'How it is used', 'Purposes']);
    expect([...table.querySelectorAll('tbody th[scope="row"]')].map((th) => th.textContent)).toEqual([
      'Identifiers',
      'Contact info',
      'Purchases',
      'Usage data',
      'Location',
    ]);
    const cells = (name: string) =>
      [...within(table).getByRole('rowheader', { name }).parentElement!.querySelectorAll('td')].map((td) => td.textContent!.trim());
    expect(cells('Identifiers')).toEqual(['Used to track you', 'Third-party advertising and Analytics']);
    expect(cells('Location')).toEqual(['Not collected', 'None']);
    const tree = await commands.axTree();
    expect(tree.find((n) => n.role === 'table')?.name).toBe('Data Example Shop collects and how it is used');
    expect(tree.filter((n) => n.role === 'columnheader').map((n) => n.name)).toEqual(['Data', 'How it is used', 'Purposes']);
    expect(tree.filter((n) => n.role === 'rowheader').map((n) => n.name)).toEqual([
      'Identifiers',
      'Contact info',
      'Purchases',
      'Usage data',
      'Location',
    ]);
  });

  it('speaks the page’s language', async () => {
    const el = await fixture(html`<trust-privacy-label variant="full" .data=${label()}></trust-privacy-label>`, { lang: 'fr' });
    const root = within(shadow(el));
    expect(root.getByRole('table', { name: 'Données collectées par Example Shop et leur utilisation' }).checkVisibility()).toBe(true);
    expect(root.getByRole('rowheader', { name: 'Identifiants' }).checkVisibility()).toBe(true);
    expect(root.getByText('Publicité de tiers et Analyse').checkVisibility()).toBe(true);
  });

  it('reads a child JSON script', async () => {
    const el = await fixture(
      html`<trust-privacy-label
        ><script type="application/json">
          ${JSON.stringify({ categories: [{ category: 'diagnostics', use: 'not-linked', purposes: ['functionality'] }] })}
        </script></trust-privacy-label
      >`,
    );
    expect(within(shadow(el)).getByRole('list', { name: 'Not linked to you' }).textContent).toContain('Diagnostics');
    expect(within(shadow(el)).getByText('Data collected and how it is used').checkVisibility()).toBe(true);
  });

  it.each([
    [
      'an unknown category',
      { categories: [{ category: 'dreams', use: 'linked', purposes: ['other'] }] },
      'categories[0].category',
      'must be one of',
    ],
    ['an unknown use', { categories: [{ category: 'location', use: 'sold', purposes: ['other'] }] }, 'categories[0].use', 'must be one of'],
    [
      'an unknown purpose',
      { categories: [{ category: 'location', use: 'linked', purposes: ['fun'] }] },
      'categories[0].purposes[0]',
      'must be one of',
    ],
    [
      'collected data without a purpose',
      { categories: [{ category: 'location', use: 'linked' }] },
      'categories[0].purposes',
      'at least one purpose',
    ],
    [
      'a purpose for data not collected',
      { categories: [{ category: 'location', use: 'not-collected', purposes: ['analytics'] }] },
      'categories[0].purposes',
      'must be empty',
    ],
    [
      'a category listed twice',
      {
        categories: [
          { category: 'location', use: 'not-collected' },
          { category: 'location', use: 'linked', purposes: ['analytics'] },
        ],
      },
      'categories[1].category',
      'second time',
    ],
    ['no categories', { categories: [] }, 'categories', 'at least one'],
    ['a javascript: policy', { policy: 'javascript:alert(1)' }, 'policy', 'http(s)'],
  ] as const)('refuses %s: unavailable, one error with the path', async (_what, patch, path, message) => {
    const onError = vi.fn();
    document.addEventListener('trust-error', onError);
    const el = await fixture(html`<trust-privacy-label .data=${label(patch as Partial<PrivacyLabelInput>)}></trust-privacy-label>`);
    document.removeEventListener('trust-error', onError);
    expect(within(shadow(el)).getByText('Privacy label unavailable.').checkVisibility()).toBe(true);
    expect(within(shadow(el)).queryByRole('list')).toBeNull();
    expect(onError).toHaveBeenCalledTimes(1);
    const issues = (onError.mock.calls[0]![0] as CustomEvent).detail.issues;
    expect(issues.map((i: { path: string }) => i.path)).toEqual([path]);
    expect(issues[0].message).toContain(message);
    expect(errors()).toHaveBeenCalledTimes(1);
  });

  it('reports an unknown variant and falls back to compact', async () => {
    const onError = vi.fn();
    document.addEventListener('trust-error', onError);
    const el = await fixture<TrustPrivacyLabel>(html`<trust-privacy-label variant="tiny" .data=${label()}></trust-privacy-label>`);
    document.removeEventListener('trust-error', onError);
    expect((onError.mock.calls[0]![0] as CustomEvent).detail.issues[0].path).toBe('variant');
    expect(within(shadow(el)).getAllByRole('list')).toHaveLength(4);
    el.variant = 'full';
    await el.updateComplete;
    expect(within(shadow(el)).getByRole('table').checkVisibility()).toBe(true);
  });
});
