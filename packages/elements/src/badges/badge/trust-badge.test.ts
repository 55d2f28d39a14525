import { within } from '@testing-library/dom';
import { base64url } from 'jose';
import { html, nothing } from 'lit';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { BadgeReason, BadgeStatus } from '@trust-signals/core/badge';
import '../../trust-badge.js';
import '../../locales/de.js';
import '../../locales/ar.js';
import type { TrustErrorDetail } from '@trust-signals/core';
import { badgeFixture, ISSUER_KEYS_JSON, serveCertifier, signForPage, signStatusList } from '../../../../../test/helpers/badge-browser.js';
import { fixture, recordConsoleErrors, shadow } from '../../../../../test/helpers/fixture.js';
import type { TrustBadge, TrustVerifiedDetail } from './trust-badge.js';

const inside = (el: Element) => within(shadow(el));
const seal = (el: Element) => shadow(el).querySelector<HTMLButtonElement>('[part~="base"]')!;
const statusText = (el: Element) => shadow(el).querySelector('[part="status"]')!.textContent!.replace(/\s+/g, ' ').trim();

/** Waits until the badge has finished checking (or was never checking). */
async function settled(el: TrustBadge, timeout = 5000): Promise<TrustBadge> {
  await vi.waitFor(() => expect(el.status).not.toBe('checking'), { timeout });
  await el.updateComplete;
  return el;
}

/** Every text node of the shadow root, visible or not, as one string (the dialog included). */
const allText = (el: Element) => shadow(el).textContent?.replace(/\s+/g, ' ') ?? '';

const CERTIFIER = 'https://certifier.example';
let unique = 0;
/** A URL of the certifier that no other test used (the page-wide fetch-once cache never answers from an earlier test). */
const freshUrl = (name: string) => `${CERTIFIER}/${name}/${Date.now()}-${++unique}`;
/** A certifier origin no other test used: its key set has not been read on this page yet. */
const freshIssuer = (name: string) => `https://${name}-${++unique}.certifier.example`;
const keysOf = (origin: string) => `${origin}/.well-known/trust-badge/jwks.json`;

/**
 * Answers `fetch` for other certifiers than https://certifier.example (which serveCertifier simulates): `hang`
 * never answers, `down` fails, a string is a 200 body, anything unlisted goes to the simulated certifier (or the network).
 */
function serveOthers(routes: Record<string, string | 'hang' | 'down'>): MockInstance<typeof fetch> {
  const next = globalThis.fetch;
  return vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const route = routes[url];
    if (route === 'hang') return new Promise<Response>(() => {});
    if (route === 'down') throw new TypeError('Failed to fetch');
    if (route !== undefined) return new Response(route);
    return next(input, init);
  });
}

/** A token whose protected header carries its own key (`jwk`): refused before any key is fetched. */
function embeddedKeyToken(): string {
  const header = { alg: 'EdDSA', typ: 'vc+jwt', jwk: { kty: 'OKP', crv: 'Ed25519', x: 'aw2m3nZNfH3l3dugF_t7t-MfQu1OCHZdiT7I5gNxu60' } };
  const [, payload] = badgeFixture('valid-eddsa').jws.split('.');
  return `${base64url.encode(JSON.stringify(header))}.${payload}.${base64url.encode('x'.repeat(64))}`;
}

/** `validUntil` `seconds` from now, whole seconds (as a certifier writes it). */
const inSeconds = (seconds: number) => new Date(Math.ceil(Date.now() / 1000) * 1000 + seconds * 1000).toISOString().replace('.000Z', 'Z');

beforeEach(() => serveCertifier());
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('<trust-badge>', () => {
  const errors = recordConsoleErrors();

  it.each(['display: grid', 'display: flex; flex-direction: column'])(
    'alone in a %s box, is as wide as its seal, not the box',
    async (layout) => {
      const wrap = await fixture<HTMLElement>(
        html`<div style=${`${layout}; inline-size: 900px`}><trust-badge label="Secure checkout"></trust-badge></div>`,
      );
      const width = wrap.querySelector('trust-badge')!.getBoundingClientRect().width;
      expect(width).toBeGreaterThan(100);
      expect(width).toBeLessThan(450);
    },
  );

  it('without a credential is an honestly labelled self-declared badge', async () => {
    const el = await fixture<TrustBadge>(html`<trust-badge label="Secure checkout"></trust-badge>`);
    expect(el.status).toBe('self-declared');
    expect(inside(el).getByRole('button', { name: 'Secure checkout Self-declared' }).checkVisibility()).toBe(true);
    expect(allText(el)).not.toMatch(/\bVerified\b/);
    expect(errors()).not.toHaveBeenCalled();
  });

  it.each([
    ['EdDSA', 'eddsa'],
    ['ES256', 'es256'],
  ] as const)(
    'verifies a %s credential with the key set the certifier publishes, and says "Verified by certifier.example"',
    async (_, key) => {
      const jws = await signForPage({ key });
      const events: TrustVerifiedDetail[] = [];
      document.addEventListener('trust-verified', (e) => events.push(e.detail), { once: true });
      const el = await settled(
        await fixture<TrustBadge>(html`<trust-badge credential=${jws} label="Page's own words" issuer-name="Someone"></trust-badge>`),
      );
      expect(el.status).toBe('verified');
      // The verified host names who vouches; neither the page's words nor the credential's own name do.
      expect(
        inside(el).getByRole('button', { name: 'Example Secure Checkout, Gold Verified by certifier.example' }).checkVisibility(),
      ).toBe(true);
      expect(statusText(el)).toBe('Verified by certifier.example');
      expect(shadow(el).querySelector('[part="status"] bdi')?.getAttribute('dir')).toBe('ltr');
      expect(shadow(el).querySelector('[part="issuer"]')).toBeNull();
      expect(events).toHaveLength(1);
      expect(events[0]!.credential.subject.id).toBe(location.origin);
      expect(events[0]!.issuer).toEqual({ origin: 'https://certifier.example', host: 'certifier.example' });
      expect(events[0]!.code).toBe('verified');
      expect(events[0]!.reason).toBe(
        'Your browser checked the certificate with the keys that certifier.example publishes: it is genuine, issued for this website and currently valid.',
      );
      expect(events[0]!.revocation).toBe('none');
      expect(events[0]!.keyId).toBe(key === 'eddsa' ? 'test-eddsa' : 'test-es256');
      expect(errors()).not.toHaveBeenCalled();
    },
  );

  interface Failure {
    jws: string;
    attrs?: Partial<Record<'trusted-issuers' | 'timeout', string>>;
  }
  /** Every verdict that is not "Verified", made for real, with the reason the details must give for its code. */
  const failures: ReadonlyArray<[label: string, status: BadgeStatus, code: BadgeReason, reason: string, make: () => Promise<Failure>]> = [
    [
      'expired (2000–2001)',
      'expired',
      'expired',
      'The certificate has expired.',
      async () => ({ jws: await signForPage({ validFrom: '2000-01-01T00:00:00Z', validUntil: '2001-12-31T23:59:59Z' }) }),
    ],
    [
      'not yet valid (from 2098)',
      'not-yet-valid',
      'not-yet-valid',
      'The certificate is not valid yet.',
      async () => ({ jws: await signForPage({ validFrom: '2098-01-01T00:00:00Z' }) }),
    ],
    [
      'a genuine badge copied from https://shop.example',
      'wrong-origin',
      'wrong-origin',
      'The certificate was issued for a different website. This badge may have been copied.',
      async () => ({ jws: badgeFixture('valid-eddsa').jws }),
    ],
    [
      'a tampered payload',
      'bad-signature',
      'bad-signature',
      'The certificate’s signature does not match its content: it was altered or is not genuine.',
      async () => ({ jws: badgeFixture('tampered-payload').jws }),
    ],
    [
      'alg none',
      'bad-signature',
      'algorithm',
      'The certificate is unsigned or signed with a method that is not accepted.',
      async () => ({ jws: badgeFixture('alg-none').jws }),
    ],
    [
      'a key in its own header',
      'bad-signature',
      'embedded-key',
      'The certificate brings its own key instead of relying on the keys the certifier publishes, so its signature proves nothing.',
      async () => ({ jws: embeddedKeyToken() }),
    ],
    [
      'an issuer that is not an origin',
      'unknown-issuer',
      'issuer-not-origin',
      'The certificate does not name its certifier by a secure web address, so the certifier cannot be checked.',
      async () => ({ jws: await signForPage({ issuer: 'https://certifier.example/programmes/checkout' }) }),
    ],
    [
      'an issuer not in trusted-issuers',
      'unknown-issuer',
      'issuer-not-trusted',
      'The certificate is from a certifier that this website does not accept as trusted.',
      async () => ({ jws: await signForPage(), attrs: { 'trusted-issuers': 'https://other-certifier.example' } }),
    ],
    [
      'an empty trusted-issuers (no certifier accepted)',
      'unknown-issuer',
      'issuer-not-trusted',
      'The certificate is from a certifier that this website does not accept as trusted.',
      async () => ({ jws: await signForPage(), attrs: { 'trusted-issuers': '' } }),
    ],
    [
      'a credential the page issued itself',
      'unknown-issuer',
      'self-issued',
      'The certificate was issued by this website itself, and a website cannot certify itself.',
      async () => ({ jws: await signForPage({ issuer: location.origin }) }),
    ],
    [
      'a key the certifier does not publish',
      'unknown-issuer',
      'key-not-published',
      'The certificate was not signed with any key the certifier publishes.',
      async () => ({ jws: await signForPage({ key: 'rogue' }) }),
    ],
    [
      'revoked in the status list',
      'revoked',
      'revoked',
      'The certifier has revoked this certificate.',
      async () => {
        const url = freshUrl('status');
        serveCertifier({ [url]: await signStatusList(url, [42]) });
        return { jws: await signForPage({ statusListUrl: url, statusListIndex: 42 }) };
      },
    ],
    [
      'suspended in the status list',
      'suspended',
      'suspended',
      'The certifier has suspended this certificate.',
      async () => {
        const url = freshUrl('suspension');
        serveCertifier({ [url]: await signStatusList(url, [42], 'suspension') });
        return { jws: await signForPage({ statusListUrl: url, statusListIndex: 42, statusPurpose: 'suspension' }) };
      },
    ],
    [
      'plain text',
      'malformed',
      'malformed',
      'The certificate could not be read.',
      async () => ({ jws: badgeFixture('malformed-not-jws').jws }),
    ],
    [
      'a payload that is not a credential',
      'malformed',
      'malformed',
      'The certificate could not be read.',
      async () => ({ jws: badgeFixture('malformed-not-vc').jws }),
    ],
    [
      'the certifier’s keys are down',
      'unchecked',
      'keys-unreachable',
      'Couldn’t check: the certifier’s keys did not answer.',
      async () => {
        const issuer = freshIssuer('down');
        serveOthers({ [keysOf(issuer)]: 'down' });
        return { jws: await signForPage({ issuer }) };
      },
    ],
    [
      'an unreachable status list',
      'unchecked',
      'status-unreachable',
      'Couldn’t check revocation: the certifier’s list did not answer.',
      async () => ({ jws: await signForPage({ statusListUrl: freshUrl('status') }) }),
    ],
    [
      'a status list that is not a list',
      'unchecked',
      'status-invalid',
      'Couldn’t check revocation: the certifier’s list is invalid or out of date.',
      async () => {
        const url = freshUrl('status');
        serveCertifier({ [url]: 'not a status list' });
        return { jws: await signForPage({ statusListUrl: url }) };
      },
    ],
    [
      'a suspension list for a revocation entry',
      'unchecked',
      'status-mismatch',
      'Couldn’t check revocation: the list is from another certifier or for another purpose.',
      async () => {
        const url = freshUrl('status');
        serveCertifier({ [url]: await signStatusList(url, [], 'suspension') });
        return { jws: await signForPage({ statusListUrl: url }) };
      },
    ],
    [
      'a status type it cannot read',
      'unchecked',
      'status-unsupported',
      'Couldn’t check revocation: the certificate uses a kind of status check this badge cannot read.',
      async () => ({
        jws: await signForPage({
          credentialStatus: {
            type: 'StatusList2021Entry',
            statusPurpose: 'revocation',
            statusListIndex: '7',
            statusListCredential: `${CERTIFIER}/status/2021`,
          },
        }),
      }),
    ],
  ];

  it.each(failures)(
    '%s: shows "Not verified" (%s, %s), never the verified look, and gives its own reason',
    async (_, status, code, reason, make) => {
      const { jws, attrs = {} } = await make();
      const trustErrors: TrustErrorDetail[] = [];
      document.addEventListener('trust-error', (e) => trustErrors.push(e.detail), { once: true });
      const el = await settled(
        await fixture<TrustBadge>(html`<trust-badge
        credential=${jws}
        trusted-issuers=${attrs['trusted-issuers'] ?? nothing}
        label="Secure checkout"
        issuer-name="Example Certifier"
      ></trust-badge>`),
      );
      expect(el.status).toBe(status);
      expect(el.verification?.code).toBe(code);
      const button = inside(el).getByRole('button', { name: 'Example Certifier Secure checkout Not verified' });
      expect(statusText(el)).toBe('Not verified');
      expect(allText(el)).not.toMatch(/\bVerified\b/);
      // Not the verified look: dashed neutral border, the neutral seal instead of the certifier's logo.
      expect(getComputedStyle(button).borderStyle).toBe('dashed');
      expect(shadow(el).querySelector('slot[name="logo"]')).toBeNull();
      expect(shadow(el).querySelector('[part="logo"] .seal')).not.toBeNull();
      // One console error and one trust-error naming the status, the code and the visitor's reason.
      expect(errors()).toHaveBeenCalledTimes(1);
      expect(String(errors().mock.calls[0]![0])).toContain(`credential attribute: not verified (${status}, ${code}): ${reason} — `);
      expect(trustErrors).toHaveLength(1);
      expect(trustErrors[0]!.issues[0]).toMatchObject({ path: 'credential', severity: 'error' });
      expect(trustErrors[0]!.issues[0]!.message).toContain(reason);
      // The details give the reason, by keyboard.
      button.focus();
      await userEvent.keyboard('{Enter}');
      const dialog = inside(el).getByRole('dialog', { name: 'About this badge' });
      expect(within(dialog).getByText(reason).checkVisibility()).toBe(true);
      expect(within(dialog).getByText('Not verified').checkVisibility()).toBe(true);
      expect(within(dialog).queryByText('Certified by')).toBeNull();
    },
  );

  it('test keys from the page: "Test key — not verified" in its own dashed look, one warning, a warning trust-error, no request to the certifier', async () => {
    const issuer = freshIssuer('test-mode');
    const fetchSpy = serveOthers({});
    const jws = await signForPage({ issuer });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const trustErrors: TrustErrorDetail[] = [];
    const verified = vi.fn();
    document.addEventListener('trust-error', (e) => trustErrors.push(e.detail), { once: true });
    document.addEventListener('trust-verified', verified, { once: true });
    const el = await settled(
      await fixture<TrustBadge>(html`<trust-badge credential=${jws} test-keys=${ISSUER_KEYS_JSON} label="Secure checkout"></trust-badge>`),
    );
    expect(el.status).toBe('test-key');
    // The credential's claims are not shown as certified: the page's own label stays.
    const button = inside(el).getByRole('button', { name: 'Secure checkout Test key — not verified' });
    expect(statusText(el)).toBe('Test key — not verified');
    expect(allText(el)).not.toMatch(/\bVerified by\b/);
    // Its own look: dashed 2px border in the caution colour, never the verified colour; the neutral seal, no check mark.
    const style = getComputedStyle(button);
    expect(style.borderStyle).toBe('dashed');
    expect(style.borderTopWidth).toBe('2px');
    expect(style.borderTopColor).not.toBe('rgb(26, 127, 55)');
    expect(getComputedStyle(shadow(el).querySelector('[part="status"]')!).color).not.toBe('rgb(26, 127, 55)');
    expect(shadow(el).querySelector('slot[name="logo"]')).toBeNull();
    expect(shadow(el).querySelector('[part="logo"] .seal')).not.toBeNull();
    expect(shadow(el).querySelector('[part="status"] path')?.getAttribute('d')).not.toBe('M8 12.5l3 3 5-6');
    // One warning naming the element, no error, no trust-verified.
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]![0])).toContain('<trust-badge>');
    expect(errors()).not.toHaveBeenCalled();
    expect(verified).not.toHaveBeenCalled();
    expect(trustErrors).toHaveLength(1);
    expect(trustErrors[0]!.issues).toEqual([expect.objectContaining({ path: 'credential', severity: 'warning' })]);
    expect(trustErrors[0]!.issues[0]!.message).toContain('Test key — not verified (test-key)');
    // The page's keys replace the certifier's: its well-known key set is never asked for.
    expect(fetchSpy.mock.calls.map(([u]) => String(u))).not.toContain(keysOf(issuer));
    await userEvent.click(button);
    const dialog = inside(el).getByRole('dialog', { name: 'About this badge' });
    expect(within(dialog).getByText('Test key — not verified').checkVisibility()).toBe(true);
    expect(
      within(dialog).getByText(
        'This certificate was checked with a test key given by the page itself, not with the keys the certifier publishes, so it proves nothing. Test keys are for trying a badge out before it goes live.',
      ),
    ).toBeTruthy();
    expect(within(dialog).queryByText('Certified by')).toBeNull();
  });

  it('test keys from a URL: fetched instead of the certifier’s key set, still only "Test key — not verified"', async () => {
    const issuer = freshIssuer('test-url');
    const keysUrl = `https://keys-${++unique}.test.example/jwks.json`;
    const fetchSpy = serveOthers({ [keysUrl]: ISSUER_KEYS_JSON });
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const el = await settled(
      await fixture<TrustBadge>(html`<trust-badge credential=${await signForPage({ issuer })} test-keys=${keysUrl}></trust-badge>`),
    );
    expect(el.status).toBe('test-key');
    expect(statusText(el)).toBe('Test key — not verified');
    const urls = fetchSpy.mock.calls.map(([u]) => String(u));
    expect(urls).toContain(keysUrl);
    expect(urls).not.toContain(keysOf(issuer));
  });

  it('a test-keys URL that is not http(s) is reported, and the badge stays in test mode, not verified', async () => {
    const el = await settled(
      await fixture<TrustBadge>(html`<trust-badge credential=${await signForPage()} test-keys="javascript:alert(1)"></trust-badge>`),
    );
    expect(el.status).toBe('unchecked');
    expect(statusText(el)).toBe('Not verified');
    expect(String(errors().mock.calls[0]![0])).toContain('test-keys attribute: must be an http(s) or relative URL');
  });

  it('timeout: a key set that never answers ends as "couldn’t check" within the timeout', async () => {
    const issuer = freshIssuer('hang');
    serveOthers({ [keysOf(issuer)]: 'hang' });
    const jws = await signForPage({ issuer });
    const started = performance.now();
    const el = await fixture<TrustBadge>(html`<trust-badge credential=${jws} timeout="300" label="Secure checkout"></trust-badge>`);
    expect(el.status).toBe('checking');
    await settled(el, 3000);
    const elapsed = performance.now() - started;
    expect(el.status).toBe('unchecked');
    expect(el.verification?.code).toBe('keys-unreachable');
    expect(elapsed).toBeGreaterThanOrEqual(290);
    expect(elapsed).toBeLessThan(1500);
    expect(inside(el).getByRole('button', { name: 'Secure checkout Not verified' }).checkVisibility()).toBe(true);
    el.showDetails();
    expect(within(inside(el).getByRole('dialog')).getByText('Couldn’t check: the certifier’s keys did not answer.').checkVisibility()).toBe(
      true,
    );
    expect(String(errors().mock.calls[0]![0])).toContain('did not answer within 300 ms');
  });

  it.each([
    ['abc', 'timeout attribute: must be a number, got "abc"'],
    ['0', 'timeout attribute: must be between 1 and 60000, got 0'],
    ['120000', 'timeout attribute: must be between 1 and 60000, got 120000'],
  ])('reports timeout="%s" with the attribute name and verifies with the default', async (value, message) => {
    const el = await settled(
      await fixture<TrustBadge>(html`<trust-badge credential=${await signForPage()} timeout=${value}></trust-badge>`),
    );
    expect(el.status).toBe('verified');
    expect(errors()).toHaveBeenCalledTimes(1);
    expect(String(errors().mock.calls[0]![0])).toContain(message);
  });

  it('trusted-issuers: absent accepts any certifier, a listed origin or did:web verifies, present but empty accepts none', async () => {
    const jws = await signForPage();
    const any = await settled(await fixture<TrustBadge>(html`<trust-badge credential=${jws}></trust-badge>`));
    expect(any.status).toBe('verified');
    const listed = await settled(
      await fixture<TrustBadge>(
        html`<trust-badge credential=${jws} trusted-issuers="https://a.example, did:web:certifier.example"></trust-badge>`,
      ),
    );
    expect(listed.status).toBe('verified');
    const none = await settled(await fixture<TrustBadge>(html`<trust-badge credential=${jws} trusted-issuers=""></trust-badge>`));
    expect(none.status).toBe('unknown-issuer');
    expect(none.verification?.code).toBe('issuer-not-trusted');
    // The property takes a list with the same meaning.
    none.trustedIssuers = ['https://certifier.example'];
    await settled(none);
    await vi.waitFor(() => expect(none.status).toBe('verified'));
    none.trustedIssuers = [];
    await vi.waitFor(() => expect(none.status).toBe('unknown-issuer'));
  });

  it('says "Checking…" (never "Verified") while the certifier’s keys are on their way', async () => {
    const issuer = freshIssuer('slow');
    let answer!: (r: Response) => void;
    const next = globalThis.fetch;
    vi.spyOn(globalThis, 'fetch').mockImplementation((input, init) =>
      String(input) === keysOf(issuer) ? new Promise<Response>((resolve) => (answer = resolve)) : next(input, init),
    );
    const el = await fixture<TrustBadge>(
      html`<trust-badge credential=${await signForPage({ issuer })} label="Secure checkout"></trust-badge>`,
    );
    await vi.waitFor(() => expect(answer).toBeTypeOf('function'));
    expect(el.status).toBe('checking');
    expect(inside(el).getByRole('button', { name: 'Secure checkout Checking…' }).checkVisibility()).toBe(true);
    expect(allText(el)).not.toMatch(/\bVerified\b/);
    answer(new Response(ISSUER_KEYS_JSON));
    await settled(el);
    expect(el.status).toBe('verified');
    expect(statusText(el)).toBe(`Verified by ${issuer.slice('https://'.length)}`);
  });

  it('reads a certifier’s key set once for every badge on the page, without cookies and refusing redirects', async () => {
    const issuer = freshIssuer('once');
    const fetchSpy = serveOthers({ [keysOf(issuer)]: ISSUER_KEYS_JSON });
    const [a, b] = await Promise.all([signForPage({ issuer }), signForPage({ issuer, key: 'es256' })]);
    const wrap = await fixture<HTMLElement>(
      html`<div><trust-badge credential=${a}></trust-badge><trust-badge credential=${b}></trust-badge></div>`,
    );
    const badges = [...wrap.querySelectorAll('trust-badge')];
    for (const el of badges) await settled(el);
    expect(badges.map((el) => el.status)).toEqual(['verified', 'verified']);
    const calls = fetchSpy.mock.calls.filter(([u]) => String(u) === keysOf(issuer));
    expect(calls).toHaveLength(1);
    expect(calls[0]![1]).toMatchObject({ credentials: 'omit', redirect: 'error' });
  });

  it('checks revocation whenever the credential has a status entry, and says so', async () => {
    const url = freshUrl('status');
    serveCertifier({ [url]: await signStatusList(url, [42]) });
    const el = await settled(
      await fixture<TrustBadge>(
        html`<trust-badge credential=${await signForPage({ statusListUrl: url, statusListIndex: 7 })}></trust-badge>`,
      ),
    );
    expect(el.status).toBe('verified');
    expect(el.verification?.revocation).toBe('checked');
    await userEvent.click(seal(el));
    expect(within(inside(el).getByRole('dialog')).getByText('Checked with the certifier: not revoked or suspended').checkVisibility()).toBe(
      true,
    );
  });

  it('opens its details as a modal dialog by keyboard: the verified host certifies, the credential’s name is only its own description', async () => {
    const wrap = await fixture<HTMLElement>(
      html`<div><button>before</button><trust-badge credential=${await signForPage()}></trust-badge></div>`,
    );
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
    // The host is its own left-to-right island inside the sentence, so these are read from the paragraphs.
    expect(dialog.querySelector('.state')?.textContent?.trim()).toBe('Verified by certifier.example');
    expect(dialog.querySelector('.explain')?.textContent).toBe(
      'Your browser checked the certificate with the keys that certifier.example publishes: it is genuine, issued for this website and currently valid.',
    );
    const rows = Object.fromEntries([...dialog.querySelectorAll('dt')].map((dt) => [dt.textContent, dt.nextElementSibling?.textContent]));
    expect(rows).toMatchObject({
      'Certified by': 'certifier.example',
      'Certifier’s own description': 'Example Certifier',
      'Certified business': 'Example Shop Ltd',
      Certification: 'Example Secure Checkout, Gold',
      Scope: 'Checkout and payment pages',
      Website: location.origin,
      'Valid from': 'January 1, 2024',
      'Valid until': 'December 31, 2099',
      Revocation: 'The certifier publishes no revocation list',
    });
    expect(rows['Last checked']).toMatch(/\d{1,2}:\d{2}/);
    expect(within(dialog).getByRole('link', { name: 'Certification criteria' }).getAttribute('href')).toBe(
      'https://certifier.example/criteria/v2',
    );
    await userEvent.keyboard('{Escape}');
    expect(dialog.open).toBe(false);
    expect(el.shadowRoot!.activeElement).toBe(seal(el));
    await userEvent.keyboard('{Enter}');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(dialog.open).toBe(false);
    expect(el.shadowRoot!.activeElement).toBe(seal(el));
  });

  it('links the public record only when verified, and only over http(s)', async () => {
    const el = await settled(
      await fixture<TrustBadge>(
        html`<trust-badge credential=${await signForPage()} record-url="https://certifier.example/records/42"></trust-badge>`,
      ),
    );
    el.showDetails();
    expect(inside(el).getByRole('link', { name: 'Public record at the certifier' }).getAttribute('href')).toBe(
      'https://certifier.example/records/42',
    );
    const bad = await fixture<TrustBadge>(html`<trust-badge record-url="javascript:alert(1)" label="x"></trust-badge>`);
    bad.showDetails();
    expect(inside(bad).queryByRole('link')).toBeNull();
    expect(errors()).toHaveBeenCalledTimes(1);
    expect(String(errors().mock.calls[0]![0])).toContain('record-url');
  });

  it('compact: shows the seal and status, keeps the claim in the accessible name, 24×24 at least', async () => {
    const el = await settled(
      await fixture<TrustBadge>(html`<trust-badge variant="compact" credential=${await signForPage()}></trust-badge>`),
    );
    const claim = shadow(el).querySelector('[part="claim"]')!;
    expect(claim.getBoundingClientRect().width).toBeLessThanOrEqual(1);
    expect(inside(el).getByRole('button', { name: 'Example Secure Checkout, Gold Verified by certifier.example' }).checkVisibility()).toBe(
      true,
    );
    const rect = seal(el).getBoundingClientRect();
    expect(rect.height).toBeGreaterThanOrEqual(24);
    expect(rect.width).toBeGreaterThanOrEqual(24);
  });

  it('with-details: a line under the seal with the website and validity, or the reason', async () => {
    const el = await settled(
      await fixture<TrustBadge>(html`<trust-badge variant="with-details" credential=${await signForPage()}></trust-badge>`),
    );
    expect(shadow(el).querySelector('[part="details"]')?.textContent).toBe(`Website: ${location.origin} · Valid until: December 31, 2099`);
    const copied = await settled(
      await fixture<TrustBadge>(html`<trust-badge variant="with-details" credential=${badgeFixture('valid-es256').jws}></trust-badge>`),
    );
    expect(shadow(copied).querySelector('[part="details"]')?.textContent).toBe(
      'The certificate was issued for a different website. This badge may have been copied.',
    );
  });

  it('speaks the page language: German status with the host, localized reasons and dates', async () => {
    const el = await settled(
      await fixture<TrustBadge>(html`<trust-badge credential=${await signForPage()}></trust-badge>`, { lang: 'de' }),
    );
    expect(
      inside(el).getByRole('button', { name: 'Example Secure Checkout, Gold Verifiziert von certifier.example' }).checkVisibility(),
    ).toBe(true);
    el.showDetails();
    const dialog = inside(el).getByRole('dialog', { name: 'Über dieses Siegel' });
    expect(dialog.textContent).toContain('31. Dezember 2099');
    expect(dialog.textContent).toContain('Eigene Beschreibung des Zertifizierers');
    const failed = await settled(
      await fixture<TrustBadge>(html`<trust-badge credential=${await signForPage({ statusListUrl: freshUrl('status') })}></trust-badge>`, {
        lang: 'de',
      }),
    );
    failed.showDetails();
    expect(
      within(inside(failed).getByRole('dialog'))
        .getByText('Widerruf nicht prüfbar: Die Liste des Zertifizierers war nicht abrufbar.')
        .checkVisibility(),
    ).toBe(true);
  });

  it('right to left: the Arabic status keeps the host isolated left-to-right', async () => {
    const el = await settled(
      await fixture<TrustBadge>(html`<trust-badge credential=${await signForPage()}></trust-badge>`, { lang: 'ar', dir: 'rtl' }),
    );
    expect(statusText(el)).toBe('موثَّق من certifier.example');
    const host = shadow(el).querySelector('[part="status"] bdi')!;
    expect(host.textContent).toBe('certifier.example');
    expect(getComputedStyle(host).direction).toBe('ltr');
  });

  it('re-verifies when the credential changes, and ignores a check that finished too late', async () => {
    const el = await settled(await fixture<TrustBadge>(html`<trust-badge credential=${badgeFixture('valid-eddsa').jws}></trust-badge>`));
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

describe('<trust-badge> over time', () => {
  const errors = recordConsoleErrors();

  it('turns "Not verified" (expired) when validUntil passes while the page is open', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const jws = await signForPage({ validUntil: inSeconds(60) });
    const verified = vi.fn();
    document.addEventListener('trust-verified', verified);
    const el = await fixture<TrustBadge>(html`<trust-badge credential=${jws} label="Secure checkout"></trust-badge>`);
    await vi.waitFor(() => expect(el.status).toBe('verified'));
    expect(el.verification?.recheckAt?.getTime()).toBe(el.verification?.credential?.validUntil.getTime());
    await el.updateComplete;
    expect(statusText(el)).toBe('Verified by certifier.example');
    // Just before the end: still verified, and not re-checked.
    await vi.advanceTimersByTimeAsync(55_000);
    expect(el.status).toBe('verified');
    await vi.advanceTimersByTimeAsync(10_000);
    await vi.waitFor(() => expect(el.status).toBe('expired'));
    await el.updateComplete;
    // Straight from verified to expired, without "Checking…" in between.
    expect(inside(el).getByRole('button', { name: 'Secure checkout Not verified' }).checkVisibility()).toBe(true);
    el.showDetails();
    expect(within(inside(el).getByRole('dialog')).getByText('The certificate has expired.').checkVisibility()).toBe(true);
    expect(String(errors().mock.calls[0]![0])).toContain('not verified (expired, expired)');
    expect(verified).toHaveBeenCalledTimes(1);
    document.removeEventListener('trust-verified', verified);
  });

  it('arms a far re-check in steps setTimeout can hold (at most 2^31−1 ms), and clears it when removed', async () => {
    const timeouts = vi.spyOn(globalThis, 'setTimeout');
    const clears = vi.spyOn(globalThis, 'clearTimeout');
    const el = await settled(await fixture<TrustBadge>(html`<trust-badge credential=${await signForPage()}></trust-badge>`));
    expect(el.status).toBe('verified');
    const delays = timeouts.mock.calls.map(([, ms]) => Number(ms ?? 0));
    expect(delays).toContain(2 ** 31 - 1);
    expect(Math.max(...delays)).toBe(2 ** 31 - 1);
    const armed = timeouts.mock.results[delays.lastIndexOf(2 ** 31 - 1)]!.value as ReturnType<typeof setTimeout>;
    el.remove();
    expect(clears.mock.calls.map(([id]) => id)).toContain(armed);
  });

  it('checks again when a hidden page becomes visible (a timer that slept through validUntil), and not while hidden or removed', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const jws = await signForPage({ validUntil: inSeconds(60) });
    const el = await settled(await fixture<TrustBadge>(html`<trust-badge credential=${jws}></trust-badge>`));
    const other = await settled(await fixture<TrustBadge>(html`<trust-badge credential=${jws}></trust-badge>`));
    expect([el.status, other.status]).toEqual(['verified', 'verified']);
    other.remove();
    let visibility: DocumentVisibilityState = 'hidden';
    vi.spyOn(document, 'visibilityState', 'get').mockImplementation(() => visibility);
    // The clock moves past validUntil while the page is hidden (its real timer has not fired).
    vi.setSystemTime(Date.now() + 61_000);
    document.dispatchEvent(new Event('visibilitychange'));
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(el.status).toBe('verified');
    visibility = 'visible';
    document.dispatchEvent(new Event('visibilitychange'));
    await vi.waitFor(() => expect(el.status).toBe('expired'));
    await el.updateComplete;
    expect(statusText(el)).toBe('Not verified');
    // A removed badge no longer listens.
    expect(other.status).toBe('verified');
    expect(errors()).toHaveBeenCalledTimes(1);
  });
});
