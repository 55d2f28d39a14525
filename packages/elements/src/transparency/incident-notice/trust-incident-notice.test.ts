import { waitFor, within } from '@testing-library/dom';
import { html } from 'lit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { IncidentInput } from '@trust-signals/core/notices';
import { DISMISS_PREFIX } from '../../../../core/src/notices.js';
import '../../trust-incident-notice.js';
import '../../locales/de.js';
import { fixture, recordConsoleErrors, settle, shadow } from '../../../../../test/helpers/fixture.js';
import type { TrustIncidentNotice } from './trust-incident-notice.js';

let n = 0;
/** A fresh incident id per test: "announced once" is per page, and the test page lives through every test. */
const incident = (extra: Partial<IncidentInput> = {}): IncidentInput => ({
  id: `inc-${++n}-${Math.random().toString(36).slice(2)}`,
  title: 'Card payments failing at checkout',
  state: 'identified',
  impact: 'major',
  services: ['Checkout', 'Gift cards'],
  description: 'Some card payments are declined. You have not been charged for a declined payment.',
  workaround: 'Pay with a bank transfer, or try again after the fix.',
  started: '2026-03-02T09:40:00Z',
  nextUpdate: '2026-03-02T11:00:00Z',
  updates: [
    { at: '2026-03-02T09:55:00Z', state: 'investigating', text: 'We are looking into failed card payments.' },
    { at: '2026-03-02T10:20:00Z', state: 'identified', text: 'A certificate at our payment provider expired.' },
  ],
  apology: 'We are sorry: you could not finish your order.',
  prevention: 'We now check certificate expiry dates every day.',
  statusPage: 'https://status.example.com',
  timeZone: 'Europe/Berlin',
  ...extra,
});

const region = (el: Element) => shadow(el).querySelector<HTMLElement>('.announcement')!;
const ANNOUNCED = 'Card payments failing at checkout. Cause identified. Major impact.';

/** Records every change of the live region's content. */
function watch(el: Element): { changes: () => number; stop: () => void } {
  let count = 0;
  const observer = new MutationObserver((records) => (count += records.length));
  observer.observe(region(el), { childList: true, characterData: true, subtree: true });
  return { changes: () => count, stop: () => observer.disconnect() };
}

describe('<trust-incident-notice>', () => {
  const errors = recordConsoleErrors();
  afterEach(() => {
    for (const store of [localStorage, sessionStorage]) {
      for (const key of Object.keys(store)) if (key.startsWith(DISMISS_PREFIX)) store.removeItem(key);
    }
  });

  it('is a region named by its title, with state and impact in words, times in <time> with the time zone', async () => {
    const el = await fixture<TrustIncidentNotice>(html`<trust-incident-notice .data=${incident()}></trust-incident-notice>`);
    const root = within(shadow(el));
    root.getByRole('region', { name: 'Card payments failing at checkout' });
    expect(root.getByRole('heading', { level: 2, name: 'Card payments failing at checkout' }).checkVisibility()).toBe(true);
    expect(shadow(el).querySelector('[part="status"]')!.textContent!.replace(/\s+/g, ' ').trim()).toBe('Cause identified · Major impact');
    expect(shadow(el).querySelector('[part="icon"]')!.getAttribute('aria-hidden')).toBe('true');
    expect(root.getByText('Checkout and Gift cards').checkVisibility()).toBe(true);
    const started = shadow(el).querySelector('[part="facts"] time')!;
    expect(started.getAttribute('datetime')).toBe('2026-03-02T09:40:00.000Z');
    expect(started.textContent).toBe('Mar 2, 2026, 10:40 AM GMT+1');
    expect(root.getByText('Next update by').nextElementSibling!.textContent).toBe('Mar 2, 2026, 12:00 PM GMT+1');
    // Newest update first.
    const updates = [...shadow(el).querySelectorAll('[part="timeline"] li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(updates).toEqual([
      'Mar 2, 2026, 11:20 AM GMT+1 Cause identified A certificate at our payment provider expired.',
      'Mar 2, 2026, 10:55 AM GMT+1 Investigating We are looking into failed card payments.',
    ]);
    expect(root.getByRole('heading', { level: 3, name: 'Updates' }).checkVisibility()).toBe(true);
    expect(root.getByRole('heading', { level: 3, name: 'What we are changing' }).checkVisibility()).toBe(true);
    expect(root.getByText('We are sorry: you could not finish your order.').checkVisibility()).toBe(true);
    expect(root.getByRole('link', { name: 'Status page' }).getAttribute('href')).toBe('https://status.example.com');
    expect(root.queryByRole('button')).toBeNull();
    expect(errors()).not.toHaveBeenCalled();
  });

  it('says each impact level with a word and a distinct icon shape, never colour alone', async () => {
    const shapes = new Set<string>();
    for (const [impact, word] of [
      ['none', 'No impact on service'],
      ['minor', 'Minor impact'],
      ['major', 'Major impact'],
      ['critical', 'Critical impact'],
    ] as const) {
      const el = await fixture(html`<trust-incident-notice .data=${incident({ impact })}></trust-incident-notice>`);
      expect(shadow(el).querySelector('[part="status"]')!.textContent).toContain(word);
      shapes.add(shadow(el).querySelector('[part="icon"]')!.innerHTML);
    }
    const resolved = await fixture(
      html`<trust-incident-notice .data=${incident({ state: 'resolved', ended: '2026-03-02T10:45:00Z', nextUpdate: undefined })}></trust-incident-notice>`,
    );
    expect(shadow(resolved).querySelector('[part="status"]')!.textContent).toContain('Resolved');
    expect(within(shadow(resolved)).getByText('Ended').nextElementSibling!.textContent).toBe('Mar 2, 2026, 11:45 AM GMT+1');
    shapes.add(shadow(resolved).querySelector('[part="icon"]')!.innerHTML);
    expect(shapes.size).toBe(5);
  });

  it('announces a new incident once in a polite status region, after the region exists', async () => {
    const el = await fixture<TrustIncidentNotice>(html`<trust-incident-notice .data=${incident()}></trust-incident-notice>`);
    expect(region(el).getAttribute('role')).toBe('status');
    expect(region(el).textContent).toBe('');
    const changes = watch(el);
    await waitFor(() => expect(region(el).textContent).toBe(ANNOUNCED));
    expect(changes.changes()).toBe(1);
    // Re-renders (a language change, the same data again, a new object with the same incident) say nothing more.
    el.parentElement!.lang = 'de';
    await settle(el.parentElement!);
    expect(shadow(el).querySelector('[part="status"]')!.textContent).toContain('Ursache gefunden');
    el.data = { ...el.data! };
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 300));
    expect(region(el).textContent).toBe(ANNOUNCED);
    expect(changes.changes()).toBe(1);
    changes.stop();
  });

  it('does not announce the same incident twice on one page, but announces a change of state', async () => {
    const data = incident();
    const first = await fixture(html`<trust-incident-notice .data=${data}></trust-incident-notice>`);
    await waitFor(() => expect(region(first).textContent).toBe(ANNOUNCED));
    const second = await fixture<TrustIncidentNotice>(html`<trust-incident-notice .data=${data}></trust-incident-notice>`);
    await new Promise((r) => setTimeout(r, 300));
    expect(region(second).textContent).toBe('');
    second.data = { ...data, state: 'monitoring', updates: [] };
    await waitFor(() =>
      expect(region(second).textContent).toBe('Card payments failing at checkout. Fix applied, monitoring. Major impact.'),
    );
  });

  it('uses role="alert" for critical impact', async () => {
    const el = await fixture(html`<trust-incident-notice .data=${incident({ impact: 'critical' })}></trust-incident-notice>`);
    expect(region(el).getAttribute('role')).toBe('alert');
    await waitFor(() => expect(region(el).textContent).toBe('Card payments failing at checkout. Cause identified. Critical impact.'));
  });

  it('is dismissed from the keyboard with a 24 × 24 px button, and stores nothing without opt-in', async () => {
    const setItem = vi.spyOn(Storage.prototype, 'setItem');
    try {
      const data = incident();
      const wrap = await fixture(
        html`<div><button>before</button><trust-incident-notice dismissible .data=${data}></trust-incident-notice></div>`,
      );
      const el = wrap.querySelector('trust-incident-notice')!;
      const onDismiss = vi.fn();
      el.addEventListener('trust-dismiss', onDismiss);
      const button = within(shadow(el)).getByRole('button', { name: 'Dismiss notice' });
      const box = button.getBoundingClientRect();
      expect(box.width).toBeGreaterThanOrEqual(24);
      expect(box.height).toBeGreaterThanOrEqual(24);
      wrap.querySelector('button')!.focus();
      await userEvent.keyboard('{Tab}');
      expect(el.shadowRoot!.activeElement).toBe(button);
      await userEvent.keyboard('{Enter}');
      await el.updateComplete;
      expect(shadow(el).querySelector('[part="base"]')).toBeNull();
      expect(el.getBoundingClientRect().height).toBe(0);
      expect(onDismiss).toHaveBeenCalledTimes(1);
      expect((onDismiss.mock.calls[0]![0] as CustomEvent).detail).toEqual({ id: data.id, state: 'identified', remembered: false });
      expect(setItem).not.toHaveBeenCalled();
      // Not remembered: the next page view shows it again.
      const again = await fixture(html`<trust-incident-notice dismissible .data=${data}></trust-incident-notice>`);
      expect(within(shadow(again)).getByRole('region').checkVisibility()).toBe(true);
    } finally {
      setItem.mockRestore();
    }
  });

  it('remembers a dismissal only with dismiss-storage, per incident and state', async () => {
    const data = incident();
    const el = await fixture(html`<trust-incident-notice dismissible dismiss-storage="local" .data=${data}></trust-incident-notice>`);
    await userEvent.click(within(shadow(el)).getByRole('button', { name: 'Dismiss notice' }));
    expect(localStorage.getItem(`${DISMISS_PREFIX}${data.id}:identified`)).toBe('1');
    expect(sessionStorage.getItem(`${DISMISS_PREFIX}${data.id}:identified`)).toBeNull();
    const again = await fixture<TrustIncidentNotice>(
      html`<trust-incident-notice dismissible dismiss-storage="local" .data=${data}></trust-incident-notice>`,
    );
    expect(shadow(again).querySelector('[part="base"]')).toBeNull();
    // News (the incident is resolved) brings it back.
    again.data = { ...data, state: 'resolved', ended: '2026-03-02T10:45:00Z', nextUpdate: undefined };
    await again.updateComplete;
    expect(within(shadow(again)).getByRole('region', { name: 'Card payments failing at checkout' }).checkVisibility()).toBe(true);
  });

  it('keeps the notice when trust-dismiss is cancelled', async () => {
    const el = await fixture(
      html`<trust-incident-notice dismissible .data=${incident()} @trust-dismiss=${(e: Event) => e.preventDefault()}></trust-incident-notice>`,
    );
    await userEvent.click(within(shadow(el)).getByRole('button', { name: 'Dismiss notice' }));
    expect(within(shadow(el)).getByRole('region').checkVisibility()).toBe(true);
  });

  it.each([
    ['a resolved incident without its resolution time', { state: 'resolved', nextUpdate: undefined }, 'ended', 'resolution time'],
    [
      'completed maintenance without its completion time',
      { state: 'completed', impact: undefined, nextUpdate: undefined, updates: [] },
      'ended',
      'completion time',
    ],
    ['a next update on a resolved incident', { state: 'resolved', ended: '2026-03-02T10:45:00Z' }, 'nextUpdate', 'must not be set'],
    ['an end before the start', { state: 'resolved', ended: '2026-03-01T10:45:00Z', nextUpdate: undefined }, 'ended', 'before started'],
    ['a state that does not exist', { state: 'fine' }, 'state', 'must be one of'],
    ['an incident without impact', { impact: undefined }, 'impact', 'is required'],
    ['a date without a time', { started: '2026-03-02' }, 'started', 'time of day'],
    ['a javascript: status page', { statusPage: 'javascript:alert(1)' }, 'statusPage', 'http(s)'],
    ['an unknown time zone', { timeZone: 'Mars/Olympus' }, 'timeZone', 'IANA'],
    [
      'an update with a maintenance state',
      { updates: [{ at: '2026-03-02T09:55:00Z', state: 'scheduled', text: 'x' }] },
      'updates[0].state',
      'mixes',
    ],
  ] as const)('refuses %s: unavailable, one error with the path', async (_what, patch, path, message) => {
    const onError = vi.fn();
    document.addEventListener('trust-error', onError);
    const el = await fixture(html`<trust-incident-notice .data=${incident(patch as Partial<IncidentInput>)}></trust-incident-notice>`);
    document.removeEventListener('trust-error', onError);
    expect(within(shadow(el)).getByText('Incident details unavailable.').checkVisibility()).toBe(true);
    expect(shadow(el).querySelector('.announcement')).toBeNull();
    expect(onError).toHaveBeenCalledTimes(1);
    const issues = (onError.mock.calls[0]![0] as CustomEvent).detail.issues;
    expect(issues.map((i: { path: string }) => i.path)).toEqual([path]);
    expect(issues[0].message).toContain(message);
    expect(errors()).toHaveBeenCalledTimes(1);
  });

  it('reports a bad dismiss-storage or heading-level, and reads a child JSON script', async () => {
    const onError = vi.fn();
    document.addEventListener('trust-error', onError);
    const el = await fixture(
      html`<trust-incident-notice dismiss-storage="cookie" heading-level="9"
        ><script type="application/json">
          ${JSON.stringify(incident({ title: 'Search is slow' }))}
        </script></trust-incident-notice
      >`,
    );
    document.removeEventListener('trust-error', onError);
    expect(within(shadow(el)).getByRole('heading', { level: 2, name: 'Search is slow' }).checkVisibility()).toBe(true);
    expect((onError.mock.calls[0]![0] as CustomEvent).detail.issues.map((i: { path: string }) => i.path)).toEqual([
      'dismiss-storage',
      'heading-level',
    ]);
  });

  it('shows scheduled maintenance with its window and a wrench, without an impact', async () => {
    const el = await fixture(
      html`<trust-incident-notice
        heading-level="3"
        .data=${incident({ state: 'scheduled', impact: undefined, ended: '2026-03-08T04:00:00Z', started: '2026-03-08T02:00:00Z', updates: [], nextUpdate: undefined })}
      ></trust-incident-notice>`,
    );
    const root = within(shadow(el));
    expect(root.getByRole('heading', { level: 3 }).checkVisibility()).toBe(true);
    expect(root.getByText('Starts').nextElementSibling!.textContent).toBe('Mar 8, 2026, 3:00 AM GMT+1');
    expect(root.getByText('Planned end').nextElementSibling!.textContent).toBe('Mar 8, 2026, 5:00 AM GMT+1');
    expect(shadow(el).querySelector('[part="status"]')!.textContent!.trim()).toBe('Scheduled maintenance');
    await waitFor(() => expect(region(el).textContent).toBe('Card payments failing at checkout. Scheduled maintenance.'));
  });
});
