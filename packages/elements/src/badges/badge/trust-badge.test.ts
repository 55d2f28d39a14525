import { within } from '@testing-library/dom';
import { html } from 'lit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { formatDate } from '@trust-signals/core';
import type { BadgeStatus } from '@trust-signals/core/badge';
import '../../trust-badge.js';
import '../../locales/de.js';
import '../../locales/ar.js';
import { fixture, recordConsoleErrors, shadow } from '../../../../../test/helpers/fixture.js';
import { ISSUER_KEYS_JSON, badgeFixture, signForPage, signStatusList } from '../../../../../test/helpers/badge-browser.js';
import type { TrustBadge, TrustVerifiedDetail } from './trust-badge.js';

const inside = (el: Element) => within(shadow(el));
const seal = (el: Element) => shadow(el).querySelector<HTMLButtonElement>('[part~="base"]')!;

/** Waits until the badge has finished checking (or was never checking). */
async function settled(el: TrustBadge): Promise<TrustBadge> {
  await vi.waitFor(() => expect(el.status).not.toBe('checking'), { timeout: 5000 });
  await el.updateComplete;
  return el;
}

/** Every text node of the shadow root, visible or not, as one string (the dialog included). */
const allText = (el: Element) => shadow(el).textContent?.replace(/\s+/g, ' ') ?? '';

let unique = 0;
/** A URL no other test used, so the page-wide fetch-once cache never answers from an earlier test. */
const freshUrl = (name: string) => `https://certifier.example/${name}/${Date.now()}-${++unique}`;

/** Serves `body` for the given URLs through a mocked `fetch`; every other URL is a network failure. */
function serve(routes: Record<string, () => Response | Promise<Response>>) {
  return vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const route = routes[url];
    if (!route) throw new TypeError('Failed to fetch');
    return route();
  });
}

afterEach(() => vi.restoreAllMocks());

describe('<trust-badge>', () => {
  const errors = recordConsoleErrors();

  it('without a credential is an honestly labelled self-declared badge', async () => {
    const el = await fixture<TrustBadge>(html`<trust-badge label="Secure checkout"></trust-badge>`);
    expect(el.status).toBe('self-declared');
    expect(seal(el).textContent?.replace(/\s+/g, ' ').trim()).toBe('Secure checkout Self-declared');
    expect(allText(el)).not.toMatch(/\bVerified\b/);
    expect(errors()).not.toHaveBeenCalled();
  });

  it.each([
    ['EdDSA', 'eddsa'],
    ['ES256', 'es256'],
  ] as const)('verifies a %s credential issued for this page and says "Verified" with the signed claim', async (_, key) => {
    const jws = await signForPage({ key });
    const events: TrustVerifiedDetail[] = [];
    document.addEventListener('trust-verified', (e) => events.push(e.detail), { once: true });
    const el = await settled(
      await fixture<TrustBadge>(
        html`<trust-badge credential=${jws} keys=${ISSUER_KEYS_JSON} trusted-issuers="https://certifier.example" label="Page's own words" issuer-name="Someone"></trust-badge>`,
      ),
    );
    expect(el.status).toBe('verified');
    expect(inside(el).getByRole('button', { name: 'Example Certifier Example Secure Checkout, Gold Verified' })).toBeTruthy();
    expect(events).toHaveLength(1);
    expect(events[0]!.credential.subject.id).toBe(location.origin);
    expect(events[0]!.revocation).toBe('none');
    expect(events[0]!.keyId).toBe(key === 'eddsa' ? 'test-eddsa' : 'test-es256');
    expect(errors()).not.toHaveBeenCalled();
  });

  /** Every failure status, made for real: committed fixtures where the origin does not matter, run-time signed credentials for this page where it does. */
  const failures: ReadonlyArray<[label: string, expected: BadgeStatus, reason: RegExp, make: () => Promise<{ jws: string; attrs?: Partial<Record<'keys' | 'issuer-keys' | 'trusted-issuers', string>>; revocation?: boolean; setup?: () => void }>]> = [
    ['expired (2000–2001)', 'expired', /has expired/, async () => ({ jws: await signForPage({ validFrom: '2000-01-01T00:00:00Z', validUntil: '2001-12-31T23:59:59Z' }) })],
    ['not yet valid (from 2098)', 'not-yet-valid', /not valid yet/, async () => ({ jws: await signForPage({ validFrom: '2098-01-01T00:00:00Z' }) })],
    ['a genuine badge copied from https://shop.example', 'wrong-origin', /different website/, async () => ({ jws: badgeFixture('valid-eddsa').jws })],
    ['issued for https://other-shop.example', 'wrong-origin', /different website/, async () => ({ jws: badgeFixture('wrong-origin').jws })],
    ['a tampered payload', 'bad-signature', /signature does not match/, async () => ({ jws: badgeFixture('tampered-payload').jws })],
    ['a tampered signature', 'bad-signature', /signature does not match/, async () => ({ jws: badgeFixture('tampered-signature').jws })],
    ['alg none', 'bad-signature', /signature does not match/, async () => ({ jws: badgeFixture('alg-none').jws })],
    ['a rogue issuer key', 'unknown-issuer', /not from a certifier/, async () => ({ jws: badgeFixture('unknown-issuer').jws })],
    ['an issuer not in trusted-issuers', 'unknown-issuer', /not from a certifier/, async () => ({ jws: await signForPage(), attrs: { 'trusted-issuers': 'https://other-certifier.example' } })],
    ['no keys configured', 'unknown-issuer', /not from a certifier/, async () => ({ jws: await signForPage(), attrs: { keys: '' } })],
    ['revoked in the status list', 'revoked', /withdrawn/, async () => {
      const url = freshUrl('status');
      const list = await signStatusList(url, [42]);
      return { jws: await signForPage({ statusListUrl: url, statusListIndex: 42 }), revocation: true, setup: () => serve({ [url]: () => new Response(list) }) };
    }],
    ['plain text', 'malformed', /could not be read/, async () => ({ jws: badgeFixture('malformed-not-jws').jws })],
    ['a payload that is not a credential', 'malformed', /could not be read/, async () => ({ jws: badgeFixture('malformed-not-vc').jws })],
    ['a credential without subject id', 'malformed', /could not be read/, async () => ({ jws: badgeFixture('malformed-no-subject-id').jws })],
    ['unreachable issuer keys', 'network-error', /could not be reached/, async () => ({ jws: await signForPage(), attrs: { keys: '', 'issuer-keys': freshUrl('keys') }, setup: () => serve({}) })],
    ['issuer keys answering 404', 'network-error', /could not be reached/, async () => {
      const url = freshUrl('keys');
      return { jws: await signForPage(), attrs: { keys: '', 'issuer-keys': url }, setup: () => serve({ [url]: () => new Response('no', { status: 404 }) }) };
    }],
    ['an unreachable status list', 'network-error', /could not be reached/, async () => ({ jws: await signForPage({ statusListUrl: freshUrl('status') }), revocation: true, setup: () => serve({}) })],
  ];

  it.each(failures)('%s: shows "Not verified" (%s), never the verified look, and gives the reason in its details', async (_, expected, reason, make) => {
    const { jws, attrs = {}, revocation = false, setup } = await make();
    setup?.();
    const trustErrors: unknown[] = [];
    document.addEventListener('trust-error', (e) => trustErrors.push(e.detail), { once: true });
    const el = await settled(
      await fixture<TrustBadge>(html`<trust-badge
        credential=${jws}
        keys=${attrs.keys ?? ISSUER_KEYS_JSON}
        issuer-keys=${attrs['issuer-keys'] ?? ''}
        trusted-issuers=${attrs['trusted-issuers'] ?? 'https://certifier.example'}
        ?check-revocation=${revocation}
        label="Secure checkout"
      ></trust-badge>`),
    );
    expect(el.status).toBe(expected);
    const button = inside(el).getByRole('button', { name: 'Secure checkout Not verified' });
    expect(allText(el)).not.toMatch(/\bVerified\b/);
    // Not the verified look: dashed neutral border and a grey logo.
    expect(getComputedStyle(button).borderStyle).toBe('dashed');
    expect(getComputedStyle(shadow(el).querySelector('[part="logo"]')!).filter).toBe('grayscale(1)');
    // The certifier's logo is replaced by the neutral seal.
    expect(shadow(el).querySelector('slot[name="logo"]')).toBeNull();
    expect(shadow(el).querySelector('[part="logo"] .seal')).not.toBeNull();
    // One console error and one trust-error naming the status.
    expect(errors()).toHaveBeenCalledTimes(1);
    expect(String(errors().mock.calls[0]![0])).toContain(`credential: not verified (${expected})`);
    expect(trustErrors).toHaveLength(1);
    // The details give the reason.
    await userEvent.click(button);
    const dialog = inside(el).getByRole('dialog', { name: 'About this badge' });
    expect(dialog.textContent).toMatch(reason);
    expect(within(dialog).getByText('Not verified')).toBeTruthy();
    expect(within(dialog).queryByText('Certified by')).toBeNull();
  });

  it('says "Checking…" (never "Verified") while the issuer keys are on their way', async () => {
    const url = freshUrl('keys');
    let answer!: (r: Response) => void;
    serve({ [url]: () => new Promise<Response>((resolve) => (answer = resolve)) });
    const jws = await signForPage();
    const el = await fixture<TrustBadge>(html`<trust-badge credential=${jws} issuer-keys=${url} label="Secure checkout"></trust-badge>`);
    await vi.waitFor(() => expect(answer).toBeTypeOf('function'));
    expect(el.status).toBe('checking');
    expect(inside(el).getByRole('button', { name: 'Secure checkout Checking…' })).toBeTruthy();
    expect(allText(el)).not.toMatch(/\bVerified\b/);
    answer(new Response(ISSUER_KEYS_JSON));
    await settled(el);
    expect(el.status).toBe('verified');
    expect(inside(el).getByRole('button', { name: /Verified$/ })).toBeTruthy();
  });

  it('fetches an issuer-keys URL once for every badge on the page, without cookies', async () => {
    const url = freshUrl('keys');
    const fetchSpy = serve({ [url]: () => new Response(ISSUER_KEYS_JSON) });
    const [a, b] = await Promise.all([signForPage(), signForPage({ key: 'es256' })]);
    const wrap = await fixture<HTMLElement>(html`<div><trust-badge credential=${a} issuer-keys=${url}></trust-badge><trust-badge credential=${b} issuer-keys=${url}></trust-badge></div>`);
    const badges = [...wrap.querySelectorAll('trust-badge')];
    for (const el of badges) await settled(el);
    expect(badges.map((el) => el.status)).toEqual(['verified', 'verified']);
    expect(fetchSpy).toHaveBeenCalledTimes(1);
    expect(fetchSpy.mock.calls[0]![1]).toMatchObject({ credentials: 'omit' });
  });

  it('checks revocation only when asked, and says which it did', async () => {
    const url = freshUrl('status');
    const fetchSpy = serve({ [url]: async () => new Response(await signStatusList(url, [42])) });
    const jws = await signForPage({ statusListUrl: url, statusListIndex: 7 });
    const quiet = await settled(await fixture<TrustBadge>(html`<trust-badge credential=${jws} keys=${ISSUER_KEYS_JSON}></trust-badge>`));
    expect(quiet.verification?.revocation).toBe('not-checked');
    expect(fetchSpy).not.toHaveBeenCalled();
    const checked = await settled(await fixture<TrustBadge>(html`<trust-badge credential=${jws} keys=${ISSUER_KEYS_JSON} check-revocation></trust-badge>`));
    expect(checked.status).toBe('verified');
    expect(checked.verification?.revocation).toBe('checked');
    expect(fetchSpy).toHaveBeenCalledTimes(1);
    await userEvent.click(seal(checked));
    expect(inside(checked).getByRole('dialog').textContent).toContain('Checked with the certifier: not revoked');
  });

  it('opens its details as a modal dialog by keyboard; Escape closes it and focus returns to the badge', async () => {
    const jws = await signForPage();
    const wrap = await fixture<HTMLElement>(html`<div><button>before</button><trust-badge credential=${jws} keys=${ISSUER_KEYS_JSON}></trust-badge></div>`);
    const el = await settled(wrap.querySelector('trust-badge')!);
    wrap.querySelector('button')!.focus();
    await userEvent.keyboard('{Tab}');
    expect(el.shadowRoot!.activeElement).toBe(seal(el));
    expect(seal(el).getAttribute('aria-haspopup')).toBe('dialog');
    await userEvent.keyboard('{Enter}');
    const dialog = inside(el).getByRole('dialog', { name: 'About this badge' }) as HTMLDialogElement;
    expect(dialog.open).toBe(true);
    expect(dialog.matches(':modal')).toBe(true);
    expect(dialog.contains(el.shadowRoot!.activeElement)).toBe(true);
    const rows = Object.fromEntries([...dialog.querySelectorAll('dt')].map((dt) => [dt.textContent, dt.nextElementSibling?.textContent]));
    expect(rows).toMatchObject({
      'Certified by': 'Example Certifier',
      'Certified business': 'Example Shop Ltd',
      Certification: 'Example Secure Checkout, Gold',
      Scope: 'Checkout and payment pages',
      Website: location.origin,
      'Valid from': formatDate('en', new Date('2024-01-01T00:00:00Z'), { dateStyle: 'long' }),
      'Valid until': formatDate('en', new Date('2099-12-31T23:59:59Z'), { dateStyle: 'long' }),
      Revocation: 'The certifier publishes no revocation list',
    });
    expect(rows['Last checked']).toBe(formatDate('en', el.verification!.checkedAt, { dateStyle: 'medium', timeStyle: 'short' }));
    expect(within(dialog).getByRole('link', { name: 'Certification criteria' }).getAttribute('href')).toBe('https://certifier.example/criteria/v2');
    await userEvent.keyboard('{Escape}');
    expect(dialog.open).toBe(false);
    expect(el.shadowRoot!.activeElement).toBe(seal(el));
    // The close button does the same.
    await userEvent.keyboard('{Enter}');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(dialog.open).toBe(false);
    expect(el.shadowRoot!.activeElement).toBe(seal(el));
  });

  it('links the public record only when verified, and only over http(s)', async () => {
    const jws = await signForPage();
    const el = await settled(await fixture<TrustBadge>(html`<trust-badge credential=${jws} keys=${ISSUER_KEYS_JSON} record-url="https://certifier.example/records/42"></trust-badge>`));
    el.showDetails();
    expect(inside(el).getByRole('link', { name: 'Public record at the certifier' }).getAttribute('href')).toBe('https://certifier.example/records/42');
    const bad = await fixture<TrustBadge>(html`<trust-badge record-url="javascript:alert(1)" label="x"></trust-badge>`);
    bad.showDetails();
    expect(inside(bad).queryByRole('link')).toBeNull();
    expect(errors()).toHaveBeenCalledTimes(1);
    expect(String(errors().mock.calls[0]![0])).toContain('record-url');
  });

  it('compact: shows the seal and status, keeps the claim in the accessible name', async () => {
    const jws = await signForPage();
    const el = await settled(await fixture<TrustBadge>(html`<trust-badge variant="compact" credential=${jws} keys=${ISSUER_KEYS_JSON}></trust-badge>`));
    const claim = shadow(el).querySelector('[part="claim"]')!;
    expect(claim.getBoundingClientRect().width).toBeLessThanOrEqual(1);
    expect(inside(el).getByRole('button', { name: 'Example Certifier Example Secure Checkout, Gold Verified' })).toBeTruthy();
    const rect = seal(el).getBoundingClientRect();
    expect(rect.height).toBeGreaterThanOrEqual(24);
    expect(rect.width).toBeGreaterThanOrEqual(24);
  });

  it('with-details: a line under the seal with the website and validity, or the reason', async () => {
    const jws = await signForPage();
    const el = await settled(await fixture<TrustBadge>(html`<trust-badge variant="with-details" credential=${jws} keys=${ISSUER_KEYS_JSON}></trust-badge>`));
    expect(shadow(el).querySelector('[part="details"]')?.textContent).toBe(
      `Website: ${location.origin} · Valid until: ${formatDate('en', new Date('2099-12-31T23:59:59Z'), { dateStyle: 'long' })}`,
    );
    const copied = await settled(await fixture<TrustBadge>(html`<trust-badge variant="with-details" credential=${badgeFixture('valid-es256').jws} keys=${ISSUER_KEYS_JSON}></trust-badge>`));
    expect(shadow(copied).querySelector('[part="details"]')?.textContent).toMatch(/different website/);
  });

  it('speaks the page language, with localized dates', async () => {
    const jws = await signForPage();
    const el = await settled(await fixture<TrustBadge>(html`<trust-badge credential=${jws} keys=${ISSUER_KEYS_JSON}></trust-badge>`, { lang: 'de' }));
    expect(inside(el).getByRole('button', { name: /Verifiziert$/ })).toBeTruthy();
    el.showDetails();
    const dialog = inside(el).getByRole('dialog', { name: 'Über dieses Siegel' });
    expect(dialog.textContent).toContain(formatDate('de', new Date('2099-12-31T23:59:59Z'), { dateStyle: 'long' }));
    expect(dialog.textContent).toContain('Gültig bis');
  });

  it('re-verifies when the credential changes, and ignores a check that finished too late', async () => {
    const el = await settled(await fixture<TrustBadge>(html`<trust-badge credential=${badgeFixture('valid-eddsa').jws} keys=${ISSUER_KEYS_JSON}></trust-badge>`));
    expect(el.status).toBe('wrong-origin');
    el.credential = await signForPage();
    await el.updateComplete;
    expect(el.status).toBe('checking');
    await settled(el);
    expect(el.status).toBe('verified');
    el.credential = undefined;
    await el.updateComplete;
    expect(el.status).toBe('self-declared');
  });
});
