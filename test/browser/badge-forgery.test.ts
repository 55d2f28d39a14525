/**
 * Forgery suite for `<trust-badge>` (issue 13), in real Chromium with real origins: the page under test is the
 * shop (Vitest's origin, http://localhost:PORT); certifier A, certifier B and an attacker are separate
 * http://127.0.0.1:PORT hosts started by test/issuer-hosts.setup.ts and programmed from here. Every forgery runs
 * with a CONTROL: the same setup with only the attack removed, which must verify (or reach the named verdict),
 * so that each check is shown to be what bites. Most cases run through the element and through core's
 * `verifyCredential` with the real `fetch`. Every run also checks the network: the page requested nothing but
 * the issuer's key set and the status lists the credential names (or the configured test-key URL), and no host
 * received anything else.
 */
import { queryByRole, within } from '@testing-library/dom';
import { base64url, CompactSign, importJWK, type JWK } from 'jose';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { commands } from 'vitest/browser';
import 'trust-signals/trust-badge.js';
import {
  BADGE_KEYS_PATH,
  BADGE_REASONS,
  MAX_STATUS_LIST_BYTES,
  MAX_STATUS_LIST_LENGTH,
  verifyCredential,
  type BadgeVerification,
} from '@trust-signals/core/badge';
import type { TrustBadge } from 'trust-signals/badges/badge/trust-badge.js';
import {
  createStatusListCredential,
  generateIssuerKey,
  signCredential,
  signJws,
  type IssuerKeyPair,
} from '../../packages/issuer/src/issuer.js';
import { tamperPayload, tamperSignature, unsignedToken } from '../helpers/badge-fixtures.js';
import {
  badgeCredential,
  Certifier,
  fixedHosts,
  freshHost,
  isControlUrl,
  KEYS_PATH,
  type Host,
  type StatusEntry,
} from '../helpers/issuer-hosts.js';

type Via = 'element' | 'core';
type Verdict = readonly [status: string, code: string];

/** One prepared run: the credential, the element's attributes, and the URLs it may request. */
interface Setup {
  jws: string;
  attrs?: Record<string, string>;
  /** Absolute URLs the verification may request (key set, status lists, a test-key URL). */
  allowed: string[];
  /** Hosts (besides A, B and the attacker) whose logs must hold only allowed URLs. */
  hosts?: Host[];
}

interface Row {
  cls: string;
  name: string;
  run: 'attack' | 'control';
  via: Via;
  expected: string;
  actual: string;
  ms: number;
  ok: boolean;
}
const rows: Row[] = [];

const { certA, certB, attacker } = fixedHosts();
let A: Certifier;
let B: Certifier;
let shopKey: IssuerKeyPair;
let unique = 0;
/** A path used by no other case (the element reads each URL once per page). */
const path = (name: string) => `/status/${name}-${++unique}`;
const rev = (url: string, index = 7): StatusEntry => ({ statusPurpose: 'revocation', statusListIndex: index, statusListCredential: url });
const sus = (url: string, index = 7): StatusEntry => ({ statusPurpose: 'suspension', statusListIndex: index, statusListCredential: url });
const keysUrl = (c: { origin: string }) => c.origin + KEYS_PATH;
const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The page's requests since the last call, without the hosts' control traffic and the page's own module loads. */
async function badgeRequests(): Promise<string[]> {
  return (await commands.takeRequests()).filter((url) => {
    if (isControlUrl(url) || /^(data|blob|about):/.test(url)) return false;
    const u = new URL(url);
    return !(u.origin === location.origin && !u.pathname.startsWith('/.well-known/') && !u.pathname.startsWith('/status/'));
  });
}

/**
 * The page's badge requests, read until the page log (Playwright events, which may arrive after the fetch has
 * settled) holds every request the hosts received (their logs are synchronous), at least 50 ms and at most 2 s.
 * Both witnesses must then agree.
 */
async function pageRequests(received: readonly string[]): Promise<string[]> {
  const requested: string[] = [];
  const deadline = performance.now() + 2000;
  await sleep(50);
  for (;;) {
    requested.push(...(await badgeRequests()));
    if (received.every((u) => requested.includes(u)) || performance.now() > deadline) break;
    await sleep(25);
  }
  expect
    .soft(
      received.filter((u) => !requested.includes(u)),
      'requests the hosts received but the page log missed',
    )
    .toEqual([]);
  return requested;
}

const containers: HTMLElement[] = [];
function mount(setup: Setup): TrustBadge {
  const container = document.createElement('div');
  const el = document.createElement('trust-badge') as TrustBadge;
  for (const [k, v] of Object.entries(setup.attrs ?? {})) el.setAttribute(k, v);
  el.setAttribute('credential', setup.jws);
  container.append(el);
  document.body.append(container);
  containers.push(container);
  return el;
}
function unmountAll(): void {
  for (const c of containers.splice(0)) c.remove();
}

async function settled(el: TrustBadge, timeout = 8000): Promise<TrustBadge> {
  await el.updateComplete;
  await vi.waitFor(() => expect(['checking', undefined]).not.toContain(el.status), { timeout, interval: 20 });
  await el.updateComplete;
  return el;
}

const seal = (el: TrustBadge) => el.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!;

/** What the visitor is told, checked by role and accessible name in the shadow root. */
function expectVisible(el: TrustBadge, status: string, issuerHost?: string): void {
  const root = within(el.shadowRoot as unknown as HTMLElement);
  if (status === 'verified') {
    root.getByRole('button', { name: new RegExp(`Verified by ${issuerHost!.replace(/\./g, '\\.')}`) });
  } else if (status === 'test-key') {
    root.getByRole('button', { name: /Test key — not verified/ });
    expect(queryByRole(el.shadowRoot as unknown as HTMLElement, 'button', { name: /\bVerified\b/ })).toBeNull();
    expect(seal(el).className).not.toMatch(/\bverified\b/);
  } else {
    // Never "Verified" (capital V: "Not verified" is fine) in name or look.
    expect(queryByRole(el.shadowRoot as unknown as HTMLElement, 'button', { name: /\bVerified\b/ })).toBeNull();
    expect(seal(el).className).not.toMatch(/\bverified\b/);
  }
}

function coreOptions(setup: Setup) {
  const a = setup.attrs ?? {};
  const keys = a['test-keys'];
  return {
    origin: location.origin,
    ...(a.timeout ? { timeout: Number(a.timeout) } : {}),
    ...('trusted-issuers' in a ? { trustedIssuers: a['trusted-issuers']!.split(/[\s,]+/).filter(Boolean) } : {}),
    ...(keys === undefined ? {} : keys.trim().startsWith('{') ? { testKeys: keys } : { testKeysUrl: keys }),
  };
}

/** Runs one setup through the element or core, records a row, and checks verdict, visible text and network. */
async function runOne(
  cls: string,
  name: string,
  run: 'attack' | 'control',
  via: Via,
  setup: Setup,
  expected: Verdict,
): Promise<BadgeVerification | undefined> {
  // Drain the logs until they stay empty for three beats (at most 2 s): a request of the previous run that reaches a
  // host late (a loaded machine) belongs to that run, not to this one's network check.
  const hosts = [certA, certB, attacker, ...(setup.hosts ?? [])];
  for (let quiet = 0, until = performance.now() + 1000; quiet < 2 && performance.now() < until;) {
    let seen = (await badgeRequests()).length;
    for (const h of hosts) seen += (await h.log()).length;
    quiet = seen ? 0 : quiet + 1;
    if (quiet < 3) await sleep(60);
  }
  const started = performance.now();
  let status: string;
  let code: string;
  let result: BadgeVerification | undefined;
  let el: TrustBadge | undefined;
  if (via === 'element') {
    el = await settled(mount(setup));
    result = el.verification;
    status = el.status;
    code = result?.code ?? '(none)';
  } else {
    result = await verifyCredential(setup.jws, coreOptions(setup));
    status = result.status;
    code = result.code;
  }
  const ms = Math.round(performance.now() - started);
  const ok = status === expected[0] && code === expected[1];
  rows.push({ cls, name, run, via, expected: expected.join('/'), actual: `${status}/${code}`, ms, ok });
  expect.soft(`${status}/${code}`, `${run} via ${via}: ${result?.reason ?? ''}`).toBe(expected.join('/'));
  if (el) {
    try {
      expectVisible(el, status, result?.issuer?.host);
    } catch (error) {
      expect.soft(String(error).split('\n')[0], `${run} via ${via}: visible text`).toBe('');
    }
  }
  // Network: the page asked only for the allowed URLs; no host saw anything else; the attacker nothing at all
  // unless it is the configured test-key URL.
  const received: string[] = [];
  for (const h of [certA, certB, attacker, ...(setup.hosts ?? [])]) {
    const seen = (await h.log()).map((e) => h.url(e.path));
    received.push(...seen);
    expect
      .soft(
        seen.filter((u) => !setup.allowed.includes(u)),
        `${run} via ${via}: requests received by ${h.name}`,
      )
      .toEqual([]);
  }
  const requested = await pageRequests(received);
  expect
    .soft(
      requested.filter((u) => !setup.allowed.includes(u)),
      `${run} via ${via}: requests beyond the issuer's origin`,
    )
    .toEqual([]);
  unmountAll();
  return result;
}

/** A forgery case: the attack and its control, each through the element and (unless element-only) core. */
function forgery(
  cls: string,
  name: string,
  expected: Verdict,
  make: (attack: boolean) => Promise<Setup>,
  options: { control?: Verdict; via?: Via[]; timeout?: number } = {},
): void {
  // Retried: under a full run's load a request of an earlier run can still reach a host after the drain below; a
  // real leak or a wrong verdict fails on every try.
  it(`${cls} — ${name}`, { timeout: options.timeout ?? 20_000, retry: 2 }, async () => {
    for (const attack of [true, false]) {
      for (const via of options.via ?? (['element', 'core'] as Via[])) {
        const setup = await make(attack);
        await runOne(
          cls,
          name,
          attack ? 'attack' : 'control',
          via,
          setup,
          attack ? expected : (options.control ?? ['verified', 'verified']),
        );
      }
    }
  });
}

const VERIFIED: Verdict = ['verified', 'verified'];

beforeAll(async () => {
  await commands.recordRequests();
  [A, B] = await Promise.all([Certifier.create(certA), Certifier.create(certB)]);
  shopKey = await generateIssuerKey('EdDSA');
});

afterAll(() => {
  unmountAll();
  const head = ['class', 'case', 'run', 'via', 'expected', 'actual', 'ms', ''];
  const body = rows.map((r) => [r.cls, r.name, r.run, r.via, r.expected, r.actual, String(r.ms), r.ok ? 'ok' : 'FAIL']);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  const failed = rows.filter((r) => !r.ok).length;
  console.log(
    [
      `Badge forgery suite: ${rows.length} runs, ${failed} not as expected`,
      line(head),
      line(widths.map((w) => '-'.repeat(w))),
      ...body.map(line),
    ].join('\n'),
  );
});

describe('badge forgery suite (shop, certifiers and attacker on separate origins)', () => {
  it('the hosts publish keys where core looks for them', () => {
    expect(KEYS_PATH).toBe(BADGE_KEYS_PATH);
    expect(BADGE_REASONS).toContain('status-unsupported');
    expect(new Set([location.origin, certA.origin, certB.origin, attacker.origin]).size).toBe(4);
  });

  it('the network witnesses bite: a stray request is seen by the page log and by the host', async () => {
    await badgeRequests();
    await attacker.log();
    await fetch(attacker.url('/stray'), { credentials: 'omit' }).catch(() => undefined);
    const received = (await attacker.log()).map((e) => attacker.url(e.path));
    expect(received).toEqual([attacker.url('/stray')]);
    expect(await pageRequests(received)).toEqual([attacker.url('/stray')]);
  });

  // ───────────────────────── 1. a key from another issuer ─────────────────────────
  describe('1. key from another issuer', () => {
    const cls = '1 other issuer';
    forgery(cls, 'B signs a credential claiming issuer A', ['unknown-issuer', 'key-not-published'], async (attack) => ({
      jws: attack ? await signCredential(badgeCredential({ issuer: A.origin }), B.eddsa.privateJwk) : await A.sign(),
      allowed: [keysUrl(certA)],
    }));
    forgery(cls, "B signs as A with A's kid in the header", ['bad-signature', 'bad-signature'], async (attack) => ({
      jws: attack
        ? await signCredential(badgeCredential({ issuer: A.origin }), { ...B.eddsa.privateJwk, kid: A.eddsa.publicJwk.kid })
        : await A.sign(),
      allowed: [keysUrl(certA)],
    }));
    forgery(cls, 'page trusts A and B; B signs as A', ['unknown-issuer', 'key-not-published'], async (attack) => ({
      jws: attack ? await signCredential(badgeCredential({ issuer: A.origin }), B.es256.privateJwk) : await A.sign({}, { key: 'es256' }),
      attrs: { 'trusted-issuers': `${A.origin} ${B.origin}` },
      allowed: [keysUrl(certA)],
    }));
    forgery(cls, "B's status list for A's credential", ['unchecked', 'status-mismatch'], async (attack) => {
      const url = attack ? await B.publishStatusList(path('b-list')) : await A.publishStatusList(path('a-list'));
      return { jws: await A.sign({ status: [rev(url)] }), allowed: [keysUrl(certA), url] };
    });
    forgery(cls, "list at A's URL, issuer A, signed by B's key", ['unchecked', 'status-mismatch'], async (attack) => {
      const p = path('a-list-b-key');
      const url = certA.url(p);
      const payload = await createStatusListCredential({
        url,
        issuer: A.origin,
        validFrom: '2024-01-01T00:00:00Z',
        validUntil: '2099-12-31T23:59:59Z',
      });
      await certA.serve({ [p]: { body: await signJws(payload, (attack ? B : A).eddsa.privateJwk), type: 'application/vc+jwt' } });
      return { jws: await A.sign({ status: [rev(url)] }), allowed: [keysUrl(certA), url] };
    });
    forgery(cls, "list signed by A's key but issued by B", ['unchecked', 'status-mismatch'], async (attack) => {
      const url = await A.publishStatusList(path('issuer-b'), attack ? { issuer: B.origin } : {});
      return { jws: await A.sign({ status: [rev(url)] }), allowed: [keysUrl(certA), url] };
    });
  });

  // ───────────────────────── 2. page-supplied keys ─────────────────────────
  describe('2. page-supplied keys', () => {
    const cls = '2 page keys';
    forgery(cls, "shop's own key inline (test-keys), claims issuer A", ['test-key', 'test-key'], async (attack) =>
      attack
        ? {
            jws: await signCredential(badgeCredential({ issuer: A.origin }), shopKey.privateJwk),
            attrs: { 'test-keys': JSON.stringify(shopKey.jwks) },
            allowed: [],
          }
        : { jws: await A.sign(), allowed: [keysUrl(certA)] },
    );
    forgery(cls, "shop's key as a test-keys URL on the attacker host", ['test-key', 'test-key'], async (attack) => {
      if (!attack) return { jws: await A.sign(), allowed: [keysUrl(certA)] };
      const p = `/keys/${++unique}.json`;
      await attacker.serve({ [p]: { body: JSON.stringify(shopKey.jwks) } });
      return {
        jws: await signCredential(badgeCredential({ issuer: A.origin }), shopKey.privateJwk),
        attrs: { 'test-keys': attacker.url(p) },
        allowed: [attacker.url(p)],
      };
    });
    forgery(cls, "A's genuine credential with A's own keys as test-keys", ['test-key', 'test-key'], async (attack) => ({
      jws: await A.sign(),
      ...(attack ? { attrs: { 'test-keys': JSON.stringify(A.jwks) } } : {}),
      allowed: attack ? [] : [keysUrl(certA)],
    }));
    forgery(cls, 'shop names itself as issuer', ['unknown-issuer', 'self-issued'], async (attack) =>
      attack
        ? { jws: await signCredential(badgeCredential({ issuer: location.origin }), shopKey.privateJwk), allowed: [] }
        : { jws: await A.sign(), allowed: [keysUrl(certA)] },
    );
    forgery(cls, 'shop names itself as issuer, with its key as test-keys', ['unknown-issuer', 'self-issued'], async (attack) =>
      attack
        ? {
            jws: await signCredential(badgeCredential({ issuer: location.origin }), shopKey.privateJwk),
            attrs: { 'test-keys': JSON.stringify(shopKey.jwks) },
            allowed: [],
          }
        : { jws: await A.sign(), allowed: [keysUrl(certA)] },
    );
    forgery(cls, 'issuer id with a path (not an origin)', ['unknown-issuer', 'issuer-not-origin'], async (attack) => ({
      jws: attack ? await signCredential(badgeCredential({ issuer: `${A.origin}/programme` }), A.eddsa.privateJwk) : await A.sign(),
      allowed: attack ? [] : [keysUrl(certA)],
    }));
    forgery(cls, 'plain-http issuer that is not loopback', ['unknown-issuer', 'issuer-not-origin'], async (attack) => ({
      jws: attack ? await signCredential(badgeCredential({ issuer: 'http://certifier.test' }), shopKey.privateJwk) : await A.sign(),
      allowed: attack ? [] : [keysUrl(certA)],
    }));
  });

  // ───────────────────────── 3. unknown status types ─────────────────────────
  describe('3. unknown status types fail closed', () => {
    const cls = '3 status type';
    forgery(cls, 'StatusList2021Entry', ['unchecked', 'status-unsupported'], async (attack) => {
      const url = await A.publishStatusList(path('sl2021'));
      return {
        jws: await A.sign({ status: [{ ...rev(url), ...(attack ? { type: 'StatusList2021Entry' } : {}) }] }),
        allowed: [keysUrl(certA), url],
      };
    });
    forgery(cls, 'purpose "message"', ['unchecked', 'status-unsupported'], async (attack) => {
      const url = await A.publishStatusList(path('message'));
      return {
        jws: await A.sign({ status: [attack ? { ...rev(url), statusPurpose: 'message' } : rev(url)] }),
        allowed: [keysUrl(certA), url],
      };
    });
    forgery(cls, 'a good entry plus one of an unknown type', ['unchecked', 'status-unsupported'], async (attack) => {
      const url = await A.publishStatusList(path('mixed'));
      const status = [rev(url), ...(attack ? [{ ...rev(url, 8), type: 'RevocationList2020Status' }] : [])];
      return { jws: await A.sign({ status }), allowed: [keysUrl(certA), url] };
    });
  });

  // ───────────────────────── 4. purpose per entry, not per URL ─────────────────────────
  describe('4. status-list purpose is checked per entry', () => {
    const cls = '4 purpose/cache';
    for (const order of ['revocation first', 'suspension first'] as const) {
      forgery(cls, `revocation + suspension entry on one revocation list (${order})`, ['unchecked', 'status-mismatch'], async (attack) => {
        const list = await A.publishStatusList(path('rev-only'));
        const susList = attack ? list : await A.publishStatusList(path('sus'), { statusPurpose: 'suspension' });
        const entries = [rev(list), sus(susList)];
        return {
          jws: await A.sign({ status: order === 'revocation first' ? entries : entries.reverse() }),
          allowed: [keysUrl(certA), list, susList],
        };
      });
    }
    forgery(
      cls,
      'suspension entry on a revocation list whose bit is set',
      ['unchecked', 'status-mismatch'],
      async (attack) => {
        const url = await A.publishStatusList(path('rev-bit9'), { revoked: [9], ...(attack ? {} : { statusPurpose: 'suspension' }) });
        return { jws: await A.sign({ status: [sus(url, 9)] }), allowed: [keysUrl(certA), url] };
      },
      { control: ['suspended', 'suspended'] },
    );
    forgery(
      cls,
      'revocation entry on a suspension list whose bit is set',
      ['unchecked', 'status-mismatch'],
      async (attack) => {
        const url = await A.publishStatusList(path('sus-bit9'), { revoked: [9], ...(attack ? { statusPurpose: 'suspension' } : {}) });
        return { jws: await A.sign({ status: [rev(url, 9)] }), allowed: [keysUrl(certA), url] };
      },
      { control: ['revoked', 'revoked'] },
    );

    it('4 purpose/cache — a list read once for a revocation entry is still purpose-checked for a later suspension entry on the page', async () => {
      const cls4 = '4 purpose/cache';
      const name = 'second badge, suspension entry on the cached revocation list';
      const list = await A.publishStatusList(path('shared'));
      const first = await A.sign({ status: [rev(list)] });
      await runOne(
        cls4,
        'first badge, revocation entry (warms the cache)',
        'control',
        'element',
        { jws: first, allowed: [keysUrl(certA), list] },
        VERIFIED,
      );
      // Keep the first badge on the page while the second verifies (the page-wide read cache is shared).
      const keep = mount({ jws: first, allowed: [] });
      await settled(keep);
      containers.pop();
      try {
        await runOne(cls4, name, 'attack', 'element', { jws: await A.sign({ status: [sus(list)] }), allowed: [keysUrl(certA), list] }, [
          'unchecked',
          'status-mismatch',
        ]);
        const susList = await A.publishStatusList(path('shared-sus'), { statusPurpose: 'suspension' });
        await runOne(
          cls4,
          name,
          'control',
          'element',
          { jws: await A.sign({ status: [sus(susList)] }), allowed: [keysUrl(certA), list, susList] },
          VERIFIED,
        );
      } finally {
        keep.parentElement!.remove();
      }
    });
  });

  // ───────────────────────── 5. time passes while the page is open ─────────────────────────
  describe('5. expiry while the page is open', () => {
    const cls = '5 time';
    async function watch(
      name: string,
      pairs: Array<{ run: 'attack' | 'control'; jws: string; first: Verdict; then: Verdict }>,
      wait: number,
      allowed: string[],
    ) {
      await badgeRequests();
      for (const h of [certA, certB, attacker]) await h.log();
      const badges = pairs.map((p) => mount({ jws: p.jws, allowed }));
      await Promise.all(badges.map((b) => settled(b)));
      for (const [i, p] of pairs.entries()) {
        const b = badges[i]!;
        const actual = `${b.status}/${b.verification?.code}`;
        rows.push({
          cls,
          name: `${name} (at load)`,
          run: p.run,
          via: 'element',
          expected: p.first.join('/'),
          actual,
          ms: 0,
          ok: actual === p.first.join('/'),
        });
        expect.soft(actual, `${p.run} at load`).toBe(p.first.join('/'));
        if (b.status === 'verified') expectVisible(b, 'verified', A.host.host);
      }
      const t0 = performance.now();
      await Promise.all(
        pairs.map((p, i) =>
          vi
            .waitFor(() => expect(`${badges[i]!.status}/${badges[i]!.verification?.code}`).toBe(p.then.join('/')), {
              timeout: wait,
              interval: 50,
            })
            .catch(() => undefined),
        ),
      );
      await sleep(300); // a control must still hold after the change
      for (const [i, p] of pairs.entries()) {
        const b = badges[i]!;
        await b.updateComplete;
        const actual = `${b.status}/${b.verification?.code}`;
        rows.push({
          cls,
          name: `${name} (later)`,
          run: p.run,
          via: 'element',
          expected: p.then.join('/'),
          actual,
          ms: Math.round(performance.now() - t0),
          ok: actual === p.then.join('/'),
        });
        expect.soft(actual, `${p.run} later`).toBe(p.then.join('/'));
        expectVisible(b, b.status, A.host.host);
      }
      const received: string[] = [];
      for (const h of [certA, certB, attacker]) received.push(...(await h.log()).map((e) => h.url(e.path)));
      expect
        .soft(
          received.filter((u) => !allowed.includes(u)),
          'requests the hosts received',
        )
        .toEqual([]);
      expect
        .soft(
          (await pageRequests(received)).filter((u) => !allowed.includes(u)),
          'requests beyond the issuer',
        )
        .toEqual([]);
      unmountAll();
    }

    it(`${cls} — credential valid for 2 s turns expired without reload`, { timeout: 20_000 }, async () => {
      const now = Date.now();
      await watch(
        'validUntil now+2s',
        [
          {
            run: 'attack',
            jws: await A.sign({ validFrom: iso(now - 60_000), validUntil: iso(now + 2000) }),
            first: VERIFIED,
            then: ['expired', 'expired'],
          },
          { run: 'control', jws: await A.sign({ validFrom: iso(now - 60_000) }), first: VERIFIED, then: VERIFIED },
        ],
        6000,
        [keysUrl(certA)],
      );
    });

    it(`${cls} — not-yet-valid credential turns verified at validFrom`, { timeout: 20_000 }, async () => {
      const now = Date.now();
      await watch(
        'validFrom now+2s',
        [
          { run: 'attack', jws: await A.sign({ validFrom: iso(now + 2000) }), first: ['not-yet-valid', 'not-yet-valid'], then: VERIFIED },
          {
            run: 'control',
            jws: await A.sign({ validFrom: iso(now + 3_600_000) }),
            first: ['not-yet-valid', 'not-yet-valid'],
            then: ['not-yet-valid', 'not-yet-valid'],
          },
        ],
        6000,
        [keysUrl(certA)],
      );
    });

    it(`${cls} — status list whose validUntil passes turns the badge unchecked (stale list)`, { timeout: 20_000 }, async () => {
      const now = Date.now();
      const stale = await A.publishStatusList(path('short-lived'), { validFrom: iso(now - 60_000), validUntil: iso(now + 2000) });
      const fresh = await A.publishStatusList(path('long-lived'));
      await watch(
        'status list validUntil now+2s',
        [
          { run: 'attack', jws: await A.sign({ status: [rev(stale)] }), first: VERIFIED, then: ['unchecked', 'status-invalid'] },
          { run: 'control', jws: await A.sign({ status: [rev(fresh)] }), first: VERIFIED, then: VERIFIED },
        ],
        6000,
        [keysUrl(certA), stale, fresh],
      );
    });

    it(`${cls} — a hidden page that becomes visible again re-checks`, { timeout: 20_000 }, async () => {
      const name = 'visible again after validUntil (clock moved while hidden)';
      const now = Date.now();
      const jws = await A.sign({ validFrom: iso(now - 60_000), validUntil: iso(now + 10 * 60_000) });
      const hide = (state: 'hidden' | 'visible') => {
        Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
        Object.defineProperty(document, 'hidden', { configurable: true, get: () => state === 'hidden' });
        document.dispatchEvent(new Event('visibilitychange'));
      };
      const restore = () => {
        delete (document as unknown as Record<string, unknown>).visibilityState;
        delete (document as unknown as Record<string, unknown>).hidden;
      };
      for (const run of ['attack', 'control'] as const) {
        const el = await settled(mount({ jws, allowed: [] }));
        expect(el.status).toBe('verified');
        vi.useFakeTimers({ toFake: ['Date'], now: now + 20 * 60_000 });
        try {
          hide('hidden');
          if (run === 'attack') hide('visible');
          const expected = run === 'attack' ? 'expired/expired' : 'verified/verified';
          await vi
            .waitFor(() => expect(`${el.status}/${el.verification?.code}`).toBe(expected), { timeout: 3000, interval: 50 })
            .catch(() => undefined);
          await sleep(run === 'control' ? 500 : 0);
          const actual = `${el.status}/${el.verification?.code}`;
          rows.push({ cls, name, run, via: 'element', expected, actual, ms: 0, ok: actual === expected });
          expect.soft(actual, run).toBe(expected);
        } finally {
          vi.useRealTimers();
          restore();
          unmountAll();
        }
      }
    });
  });

  // ───────────────────────── 6. revocation cannot be switched off ─────────────────────────
  describe('6. revocation is always checked', () => {
    const cls = '6 revocation';
    forgery(cls, 'revoked, no attribute asks for it', ['revoked', 'revoked'], async (attack) => {
      const url = await A.publishStatusList(path('revoked'), { revoked: attack ? [7] : [8] });
      return { jws: await A.sign({ status: [rev(url)] }), allowed: [keysUrl(certA), url] };
    });
    forgery(
      cls,
      'revoked, page sets legacy check-revocation="false"',
      ['revoked', 'revoked'],
      async (attack) => {
        const url = await A.publishStatusList(path('revoked-legacy'), { revoked: attack ? [7] : [8] });
        return { jws: await A.sign({ status: [rev(url)] }), attrs: { 'check-revocation': 'false' }, allowed: [keysUrl(certA), url] };
      },
      { via: ['element'] },
    );
    forgery(cls, 'suspended', ['suspended', 'suspended'], async (attack) => {
      const url = await A.publishStatusList(path('suspended'), { statusPurpose: 'suspension', revoked: attack ? [7] : [8] });
      return { jws: await A.sign({ status: [sus(url)] }), allowed: [keysUrl(certA), url] };
    });
  });

  // ───────────────────────── 7. unreachable, slow, malformed, oversized ─────────────────────────
  describe('7. unreachable / slow / malformed / oversized', () => {
    const cls = '7 fail closed';
    /** A certifier on a fresh host whose key set is `spec` (the attack) or served normally (the control). */
    const freshCertifier = async (attack: boolean, spec: Parameters<Certifier['publishKeys']>[0]) => {
      const c = await Certifier.create(freshHost(attack ? 'broken certifier' : 'fresh certifier'), { publish: !attack });
      if (attack) await c.publishKeys(spec);
      return c;
    };
    const keysCase = (name: string, spec: Parameters<Certifier['publishKeys']>[0], extra: { attackerTarget?: boolean } = {}) =>
      forgery(cls, name, ['unchecked', 'keys-unreachable'], async (attack) => {
        const c = await freshCertifier(attack, spec);
        if (extra.attackerTarget) await attacker.serve({ [`/mirror/${c.host.port}`]: { body: JSON.stringify(c.jwks) } });
        return { jws: await c.sign(), attrs: { timeout: '500' }, allowed: [keysUrl(c.host)], hosts: [c.host] };
      });
    keysCase('key set hangs (timeout="500")', { hang: true });
    keysCase('key set HTTP 500', { status: 500, body: 'oops', type: 'text/plain' });
    keysCase('key set is not JSON', { body: '<html>keys</html>', type: 'text/html' });
    keysCase('key set without CORS', { body: '{"keys":[]}', cors: false });
    it(`${cls} — key set redirects to the attacker host (which serves the right keys)`, { timeout: 20_000 }, async () => {
      for (const attack of [true, false]) {
        const c = await Certifier.create(freshHost('redirecting certifier'), { publish: !attack });
        if (attack) {
          const p = `/mirror/${c.host.port}.json`;
          await attacker.serve({ [p]: { body: JSON.stringify(c.jwks) } });
          await c.publishKeys({ redirect: attacker.url(p) });
        }
        const jws = await c.sign();
        for (const via of ['element', 'core'] as const) {
          await runOne(
            cls,
            'key set redirects to attacker host',
            attack ? 'attack' : 'control',
            via,
            { jws, attrs: { timeout: '2000' }, allowed: [keysUrl(c.host)], hosts: [c.host] },
            attack ? ['unchecked', 'keys-unreachable'] : VERIFIED,
          );
        }
      }
    });

    const listCase = (
      name: string,
      expected: Verdict,
      attackSpec: (url: string, p: string) => Promise<Parameters<Host['serve']>[0][string]>,
      timeout = '500',
    ) =>
      forgery(cls, name, expected, async (attack) => {
        const p = path('list');
        const url = certA.url(p);
        if (attack) await certA.serve({ [p]: await attackSpec(url, p) });
        else await A.publishStatusList(p);
        return { jws: await A.sign({ status: [rev(url)] }), attrs: { timeout }, allowed: [keysUrl(certA), url] };
      });
    listCase('status list hangs (timeout="500")', ['unchecked', 'status-unreachable'], async () => ({ hang: true }));
    listCase('status list HTTP 500', ['unchecked', 'status-unreachable'], async () => ({ status: 500, body: 'oops', type: 'text/plain' }));
    listCase('status list redirects to the attacker host', ['unchecked', 'status-unreachable'], async (_url, p) => {
      await attacker.serve({ [p]: { body: await A.statusList(p) } });
      return { redirect: attacker.url(p) };
    });
    listCase('status list is not a JWS', ['unchecked', 'status-invalid'], async () => ({ body: '{"encodedList":"uH4sI"}' }));
    listCase('status list is a JWS of garbage', ['unchecked', 'status-invalid'], async () => ({
      body: await A.signPayload({ hello: 'world' }),
      type: 'application/vc+jwt',
    }));
    listCase('status list encodedList is not gzip', ['unchecked', 'status-invalid'], async (url) => {
      const payload = await createStatusListCredential({ url, issuer: A.origin });
      (payload.credentialSubject as Record<string, unknown>).encodedList =
        `u${base64url.encode(new TextEncoder().encode('definitely not gzip data'))}`;
      return { body: await A.signPayload(payload), type: 'application/vc+jwt' };
    });
    listCase(
      `status list decompresses beyond MAX_STATUS_LIST_BYTES (${MAX_STATUS_LIST_BYTES} B)`,
      ['unchecked', 'status-invalid'],
      async (url) => {
        const payload = await createStatusListCredential({ url, issuer: A.origin, size: (MAX_STATUS_LIST_BYTES + 1024) * 8 });
        return { body: await A.signPayload(payload), type: 'application/vc+jwt' };
      },
      '10000',
    );
    let oversized: Promise<string> | undefined; // signed once (its URL member is not what is checked), served at each attack's URL
    listCase(
      `status list JWS longer than MAX_STATUS_LIST_LENGTH (${MAX_STATUS_LIST_LENGTH} chars)`,
      ['unchecked', 'status-invalid'],
      async (url) => {
        oversized ??= createStatusListCredential({ url, issuer: A.origin }).then((payload) =>
          A.signPayload({ ...payload, padding: 'x'.repeat(MAX_STATUS_LIST_LENGTH) }),
        );
        return { body: await oversized, type: 'application/vc+jwt' };
      },
      '10000',
    ); // 5.6 MB: give the transfer time, so that the length check (not the timeout) is what answers
    forgery(
      cls,
      'status index outside the list (list of 131,072 entries, index 131,136)',
      ['unchecked', 'status-invalid'],
      async (attack) => {
        // The control's list is long enough for the same index.
        const url = await A.publishStatusList(path('short'), { size: attack ? 131_072 : 2 * 131_072 });
        return { jws: await A.sign({ status: [rev(url, 131_072 + 64)] }), allowed: [keysUrl(certA), url] };
      },
    );
    listCase('stale status list (validUntil passed)', ['unchecked', 'status-invalid'], async (url) => ({
      body: await A.statusList(new URL(url).pathname, { validFrom: '2020-01-01T00:00:00Z', validUntil: '2021-01-01T00:00:00Z' }),
      type: 'application/vc+jwt',
    }));
  });

  // ───────────────────────── 8. classics ─────────────────────────
  describe('8. classics', () => {
    const cls = '8 classics';
    forgery(cls, 'alg none', ['bad-signature', 'algorithm'], async (attack) => ({
      jws: attack ? unsignedToken(badgeCredential({ issuer: A.origin })) : await A.sign(),
      allowed: attack ? [] : [keysUrl(certA)],
    }));
    const hmac = async (secret: Uint8Array, kid?: string) =>
      new CompactSign(new TextEncoder().encode(JSON.stringify(badgeCredential({ issuer: A.origin }))))
        .setProtectedHeader({ alg: 'HS256', typ: 'vc+jwt', ...(kid ? { kid } : {}) })
        .sign(secret);
    forgery(cls, "HS256 with A's public JWK (JSON) as the HMAC secret", ['bad-signature', 'algorithm'], async (attack) => ({
      jws: attack ? await hmac(new TextEncoder().encode(JSON.stringify(A.eddsa.publicJwk)), A.eddsa.publicJwk.kid) : await A.sign(),
      allowed: [keysUrl(certA)],
    }));
    forgery(cls, "HS256 with A's raw public key bytes as the HMAC secret", ['bad-signature', 'algorithm'], async (attack) => ({
      jws: attack ? await hmac(base64url.decode(A.eddsa.publicJwk.x!), A.eddsa.publicJwk.kid) : await A.sign(),
      allowed: [keysUrl(certA)],
    }));
    const embedded = (member: 'jwk' | 'jku' | 'x5u') =>
      forgery(cls, `embedded "${member}" header pointing at the attacker`, ['bad-signature', 'embedded-key'], async (attack) => {
        if (!attack) return { jws: await A.sign(), allowed: [keysUrl(certA)] };
        const p = `/evil/${++unique}`;
        await attacker.serve({ [p]: { body: JSON.stringify(shopKey.jwks) } });
        const value = member === 'jwk' ? shopKey.publicJwk : attacker.url(p);
        const key = await importJWK(shopKey.privateJwk as unknown as JWK, 'EdDSA');
        const jws = await new CompactSign(new TextEncoder().encode(JSON.stringify(badgeCredential({ issuer: A.origin }))))
          .setProtectedHeader({ alg: 'EdDSA', typ: 'vc+jwt', kid: shopKey.publicJwk.kid!, [member]: value })
          .sign(key);
        return { jws, allowed: [] };
      });
    embedded('jwk');
    embedded('jku');
    embedded('x5u');
    forgery(cls, 'tampered payload (level Gold → Platinum)', ['bad-signature', 'bad-signature'], async (attack) => {
      const jws = await A.sign();
      return {
        jws: attack
          ? tamperPayload(
              jws,
              (p) => void (((p.credentialSubject as Record<string, unknown>).certification as Record<string, unknown>).level = 'Platinum'),
            )
          : jws,
        allowed: [keysUrl(certA)],
      };
    });
    forgery(
      cls,
      "tampered payload (another shop's badge re-pointed at this origin)",
      ['bad-signature', 'bad-signature'],
      async (attack) => {
        const jws = await A.sign({ subject: attack ? 'https://other-shop.example' : location.origin });
        return {
          jws: attack ? tamperPayload(jws, (p) => void ((p.credentialSubject as Record<string, unknown>).id = location.origin)) : jws,
          allowed: [keysUrl(certA)],
        };
      },
    );
    forgery(cls, 'tampered signature (one bit)', ['bad-signature', 'bad-signature'], async (attack) => {
      const jws = await A.sign();
      return { jws: attack ? tamperSignature(jws) : jws, allowed: [keysUrl(certA)] };
    });
    const page = new URL(location.href);
    const variants: Array<[string, string, Verdict]> = [
      ['https instead of http', `https://${page.host}`, ['wrong-origin', 'wrong-origin']],
      ['other port', `http://${page.hostname}:${Number(page.port) + 1}`, ['wrong-origin', 'wrong-origin']],
      ['subdomain', `http://shop.${page.hostname}:${page.port}`, ['wrong-origin', 'wrong-origin']],
      ['other loopback name (127.0.0.1)', `http://127.0.0.1:${page.port}`, ['wrong-origin', 'wrong-origin']],
      ['trailing path in subject', `${location.origin}/shop`, ['malformed', 'malformed']],
    ];
    for (const [label, subject, expected] of variants) {
      forgery(cls, `wrong origin: ${label}`, expected, async (attack) => ({
        jws: attack ? await A.sign({ subject }, { check: false }) : await A.sign(),
        allowed: [keysUrl(certA)],
      }));
    }
    forgery(cls, 'validUntil just passed (2 s ago)', ['expired', 'expired'], async (attack) => {
      const now = Date.now();
      return {
        jws: await A.sign({ validFrom: iso(now - 3_600_000), validUntil: iso(attack ? now - 2000 : now + 3_600_000) }),
        allowed: [keysUrl(certA)],
      };
    });
    forgery(cls, 'validFrom in the future', ['not-yet-valid', 'not-yet-valid'], async (attack) => {
      const now = Date.now();
      return { jws: await A.sign({ validFrom: iso(attack ? now + 3_600_000 : now - 3_600_000) }), allowed: [keysUrl(certA)] };
    });
    forgery(cls, 'trusted-issuers="" (empty allow-list)', ['unknown-issuer', 'issuer-not-trusted'], async (attack) => ({
      jws: await A.sign(),
      ...(attack ? { attrs: { 'trusted-issuers': '' } } : {}),
      allowed: attack ? [] : [keysUrl(certA)],
    }));
    forgery(cls, 'trusted-issuers names only B', ['unknown-issuer', 'issuer-not-trusted'], async (attack) => ({
      jws: await A.sign(),
      attrs: { 'trusted-issuers': attack ? B.origin : A.origin },
      allowed: attack ? [] : [keysUrl(certA)],
    }));
  });
});
