import { base64url } from 'jose';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import {
  CLEAR_INDEX,
  FIXTURE_ISSUER,
  FIXTURE_NAMES,
  FIXTURE_ORIGIN,
  REVOKED_INDEX,
  ROGUE_ISSUER,
  STATUS_LIST_URL,
  VALID_UNTIL,
  fixtureCredential,
  fixtureOptions,
  makeBadgeFixtures,
  makeFixtureKeys,
  publicJwk,
  tamperPayload,
  tamperSignature,
  type BadgeFixture,
  type BadgeFixtureKeys,
} from '../../../../test/helpers/badge-fixtures.js';
import { createStatusListCredential, generateIssuerKey, signCredential, signJws } from '../../../issuer/src/index.js';
import { BADGE_STATUSES, verifyCredential, type BadgeVerification, type FetchLike, type VerifyCredentialOptions } from './index.js';

let keys: BadgeFixtureKeys;
let fixtures: Map<string, BadgeFixture>;
/** Options of the fixtures (origin, the trusted issuer's JWKS, trusted issuers, status lists in memory). */
let base: VerifyCredentialOptions;

beforeAll(async () => {
  keys = await makeFixtureKeys();
  fixtures = new Map((await makeBadgeFixtures(keys)).map((f) => [f.name, f]));
  base = fixtureOptions(fixtures.get('valid-eddsa')!);
});

const get = (name: string) => {
  const f = fixtures.get(name);
  if (!f) throw new Error(`no fixture ${name}`);
  return f;
};

/** Signs a credential with one of the trusted keys. */
const sign = (fields: Parameters<typeof fixtureCredential>[0] = {}, key: 'eddsa' | 'es256' = 'eddsa') => signCredential(fixtureCredential(fields), keys[key]);

/** A fake fetch answering from a table of URL → [status, body], recording every request. */
function fakeFetch(table: Record<string, [number, string]>) {
  const calls: { url: string; init: RequestInit | undefined }[] = [];
  const fetch: FetchLike = async (url, init) => {
    calls.push({ url, init });
    const entry = table[url];
    if (!entry) throw new TypeError('fetch failed');
    return { ok: entry[0] >= 200 && entry[0] < 300, status: entry[0], text: async () => entry[1] };
  };
  return { fetch, calls };
}

describe('the fixtures made with the issuer CLI functions', () => {
  it('cover every case of the issue, and every status but network-error', async () => {
    expect([...fixtures.keys()]).toEqual([...FIXTURE_NAMES]);
    const statuses = new Set([...fixtures.values()].map((f) => f.expected));
    expect(BADGE_STATUSES.filter((s) => !statuses.has(s))).toEqual(['network-error']);
  });

  it.each(FIXTURE_NAMES.map((name) => [name]))('%s produces exactly its status', async (name) => {
    const fixture = get(name);
    const result = await verifyCredential(fixture.jws, fixtureOptions(fixture));
    expect(result.status).toBe(fixture.expected);
    expect(result.reason).not.toBe('');
  });

  it('valid-es256 is signed with ES256 and valid-eddsa with EdDSA', () => {
    const alg = (jws: string) => JSON.parse(new TextDecoder().decode(base64url.decode(jws.split('.')[0]!))).alg;
    expect(alg(get('valid-es256').jws)).toBe('ES256');
    expect(alg(get('valid-eddsa').jws)).toBe('EdDSA');
  });
});

describe('a verified credential', () => {
  it('carries the parsed credential, the key id and when it was checked', async () => {
    const now = new Date('2030-06-01T12:00:00Z');
    const result = await verifyCredential(get('valid-eddsa').jws, { ...base, now });
    expect(result).toEqual<BadgeVerification>({
      status: 'verified',
      reason: 'signed by https://certifier.example (key "test-eddsa") for https://shop.example, valid until 2099-12-31T23:59:59.000Z; the credential has no revocation status',
      credential: {
        type: ['VerifiableCredential', 'TrustBadgeCredential'],
        issuer: { id: 'https://certifier.example', name: 'Example Certifier' },
        validFrom: new Date('2024-01-01T00:00:00Z'),
        validUntil: new Date('2099-12-31T23:59:59Z'),
        subject: { id: 'https://shop.example', name: 'Example Shop Ltd' },
        certification: { scheme: 'Example Secure Checkout', level: 'Gold', scope: 'Checkout and payment pages', criteria: 'https://certifier.example/criteria/v2' },
        status: [],
      },
      revocation: 'none',
      keyId: 'test-eddsa',
      issues: [],
      checkedAt: now,
    });
  });

  it('says the status list was checked when it was', async () => {
    const result = await verifyCredential(get('valid-es256').jws, base);
    expect(result.status).toBe('verified');
    expect(result.revocation).toBe('checked');
    expect(result.reason).toMatch(/; not revoked \(status list checked\)$/);
    expect(result.credential?.status).toEqual([{ statusPurpose: 'revocation', statusListIndex: CLEAR_INDEX, statusListCredential: STATUS_LIST_URL }]);
  });

  it('says revocation was NOT checked when no fetchStatusList is given (and fetches nothing)', async () => {
    const { fetchStatusList: _, ...noStatus } = base;
    const result = await verifyCredential(get('valid-es256').jws, noStatus);
    expect(result.status).toBe('verified');
    expect(result.revocation).toBe('not-checked');
    expect(result.reason).toMatch(/revocation NOT checked/);
  });

  it('checkedAt is the clock when no `now` is given', async () => {
    const before = Date.now();
    const result = await verifyCredential(get('valid-eddsa').jws, base);
    expect(result.checkedAt.getTime()).toBeGreaterThanOrEqual(before);
    expect(result.checkedAt.getTime()).toBeLessThanOrEqual(Date.now());
  });

  it('accepts typ vc-ld+jwt and application/vc+jwt', async () => {
    for (const typ of ['vc-ld+jwt', 'application/vc+jwt', 'VC+JWT']) {
      const payload = fixtureCredential();
      // signJws only writes the two canonical values, so craft the header here.
      const { CompactSign, importJWK } = await import('jose');
      const key = await importJWK(keys.eddsa, 'EdDSA');
      const token = await new CompactSign(new TextEncoder().encode(JSON.stringify(payload))).setProtectedHeader({ alg: 'EdDSA', typ, kid: 'test-eddsa' }).sign(key);
      expect((await verifyCredential(token, base)).status, typ).toBe('verified');
    }
  });

  it('trims white space around the token (as an attribute may hold it)', async () => {
    expect((await verifyCredential(`\n  ${get('valid-eddsa').jws}\n`, base)).status).toBe('verified');
  });
});

describe('the signature', () => {
  it('no credential is returned when the signature fails', async () => {
    for (const name of ['tampered-payload', 'tampered-signature', 'alg-none', 'unknown-issuer', 'malformed-not-jws']) {
      const result = await verifyCredential(get(name).jws, base);
      expect(result.credential, name).toBeUndefined();
    }
  });

  it('alg "none" is refused as unsigned, even with no keys configured to match', async () => {
    const result = await verifyCredential(get('alg-none').jws, base);
    expect(result).toMatchObject({ status: 'bad-signature', reason: 'the credential is not signed (alg "none"); only ES256 and EdDSA signatures are accepted' });
  });

  it.each(['HS256', 'RS256', 'ES384', 'Ed25519', 'ES256K'])('alg %s is refused', async (alg) => {
    const header = base64url.encode(JSON.stringify({ alg, typ: 'vc+jwt' }));
    const payload = base64url.encode(JSON.stringify(fixtureCredential()));
    const result = await verifyCredential(`${header}.${payload}.c2lnbmF0dXJl`, base);
    expect(result.status).toBe('bad-signature');
    expect(result.reason).toBe(`the credential uses alg "${alg}"; only ES256 and EdDSA signatures are accepted`);
  });

  it('an HS256 token "signed" with a public key as HMAC secret is refused', async () => {
    const { CompactSign } = await import('jose');
    const secret = new TextEncoder().encode(JSON.stringify(publicJwk(keys.eddsa)));
    const token = await new CompactSign(new TextEncoder().encode(JSON.stringify(fixtureCredential()))).setProtectedHeader({ alg: 'HS256', typ: 'vc+jwt' }).sign(secret);
    expect((await verifyCredential(token, base)).status).toBe('bad-signature');
  });

  it('the ES256 credential with a tampered signature fails too', async () => {
    expect((await verifyCredential(tamperSignature(get('valid-es256').jws), base)).status).toBe('bad-signature');
  });

  it('a payload changed to another origin does not pass as that origin', async () => {
    const forged = tamperPayload(get('valid-eddsa').jws, (p) => {
      (p.credentialSubject as Record<string, unknown>).id = 'https://evil.example';
    });
    expect((await verifyCredential(forged, { ...base, origin: 'https://evil.example' })).status).toBe('bad-signature');
  });

  it('a rogue key that claims a trusted kid gives bad-signature', async () => {
    const impostor = await signCredential(fixtureCredential(), { ...keys.rogue, kid: 'test-eddsa' });
    expect((await verifyCredential(impostor, base)).status).toBe('bad-signature');
  });

  it('an EdDSA token whose kid names the ES256 key finds no key', async () => {
    const token = await signCredential(fixtureCredential(), { ...keys.eddsa, kid: 'test-es256' });
    const result = await verifyCredential(token, base);
    expect(result.status).toBe('unknown-issuer');
    expect(result.reason).toBe('the credential was signed with key "test-es256", which is not among the configured issuer keys');
  });

  it('keys without kid: every key of the right type is tried', async () => {
    const { kid: _a, ...signer } = keys.eddsa;
    const { kid: _b, ...otherPublic } = publicJwk(keys.rogue);
    const { kid: _c, ...signerPublic } = publicJwk(keys.eddsa);
    const token = await signCredential(fixtureCredential(), signer);
    expect((await verifyCredential(token, { ...base, keys: { keys: [otherPublic, signerPublic] } })).status).toBe('verified');
    expect((await verifyCredential(token, { ...base, keys: { keys: [otherPublic] } })).status).toBe('bad-signature');
  });
});

describe('issuer keys', () => {
  it('accepts a single JWK and the JSON text of a JWKS (attribute form)', async () => {
    const jws = get('valid-eddsa').jws;
    expect((await verifyCredential(jws, { ...base, keys: publicJwk(keys.eddsa) })).status).toBe('verified');
    expect((await verifyCredential(jws, { ...base, keys: JSON.stringify({ keys: [publicJwk(keys.eddsa)] }) })).status).toBe('verified');
  });

  it('without any keys the issuer is unknown', async () => {
    const { keys: _, ...noKeys } = base;
    expect(await verifyCredential(get('valid-eddsa').jws, noKeys)).toMatchObject({
      status: 'unknown-issuer',
      reason: 'no issuer keys are configured: give keys (a JWK or JWKS) or keysUrl',
    });
  });

  it('refuses a key set holding a private key, with the field path', async () => {
    const result = await verifyCredential(get('valid-eddsa').jws, { ...base, keys: { keys: [publicJwk(keys.es256), keys.eddsa] } });
    expect(result.status).toBe('unknown-issuer');
    expect(result.issues).toEqual([
      { path: 'keys.keys[1]', message: 'is a private or secret key (it has "d"): publish only the public key set, and treat this key as leaked', severity: 'error' },
    ]);
    expect(result.credential).toBeUndefined();
  });

  it('refuses keys that are not JSON', async () => {
    const result = await verifyCredential(get('valid-eddsa').jws, { ...base, keys: '{oops' });
    expect(result.status).toBe('unknown-issuer');
    expect(result.issues[0]?.path).toBe('keys');
  });

  describe('keysUrl', () => {
    const url = 'https://certifier.example/.well-known/jwks.json';

    it('fetches the JWKS without cookies and verifies with it', async () => {
      const { fetch, calls } = fakeFetch({ [url]: [200, JSON.stringify({ keys: [publicJwk(keys.eddsa)] })] });
      const { keys: _, ...noKeys } = base;
      const result = await verifyCredential(get('valid-eddsa').jws, { ...noKeys, keysUrl: url, fetch });
      expect(result.status).toBe('verified');
      expect(calls).toHaveLength(1);
      expect(calls[0]!.url).toBe(url);
      expect(calls[0]!.init?.credentials).toBe('omit');
    });

    it('is not fetched when an inline key matches', async () => {
      const { fetch, calls } = fakeFetch({});
      expect((await verifyCredential(get('valid-eddsa').jws, { ...base, keysUrl: url, fetch })).status).toBe('verified');
      expect(calls).toHaveLength(0);
    });

    it('is fetched when no inline key matches (key rotation)', async () => {
      const { fetch, calls } = fakeFetch({ [url]: [200, JSON.stringify({ keys: [publicJwk(keys.eddsa)] })] });
      const result = await verifyCredential(get('valid-eddsa').jws, { ...base, keys: publicJwk(keys.es256), keysUrl: url, fetch });
      expect(result.status).toBe('verified');
      expect(calls).toHaveLength(1);
    });

    it.each([
      ['a failed request', {}, 'fetching issuer keys from https://certifier.example/.well-known/jwks.json failed: fetch failed'],
      ['HTTP 404', { [url]: [404, 'not found'] }, 'fetching issuer keys from https://certifier.example/.well-known/jwks.json failed with HTTP 404'],
      ['a body that is not JSON', { [url]: [200, '<html>'] }, 'issuer keys from https://certifier.example/.well-known/jwks.json are not JSON'],
    ] as const)('gives network-error for %s', async (_, table, reason) => {
      const { fetch } = fakeFetch(table as Record<string, [number, string]>);
      const { keys: __, ...noKeys } = base;
      expect(await verifyCredential(get('valid-eddsa').jws, { ...noKeys, keysUrl: url, fetch })).toMatchObject({ status: 'network-error', reason });
    });

    it('a fetched set without usable keys gives unknown-issuer with field paths', async () => {
      const { fetch } = fakeFetch({ [url]: [200, JSON.stringify({ keys: [{ kty: 'RSA', n: 'x', e: 'AQAB' }] })] });
      const { keys: _, ...noKeys } = base;
      const result = await verifyCredential(get('valid-eddsa').jws, { ...noKeys, keysUrl: url, fetch });
      expect(result.status).toBe('unknown-issuer');
      expect(result.issues.map((i) => i.path)).toEqual(['keysUrl', 'keysUrl.keys[0]']);
    });
  });
});

describe('trusted issuers', () => {
  it('a genuine credential from an issuer outside the allow-list is unknown-issuer, with the credential for diagnosis', async () => {
    const result = await verifyCredential(get('valid-eddsa').jws, { ...base, trustedIssuers: ['https://other-certifier.example'] });
    expect(result.status).toBe('unknown-issuer');
    expect(result.reason).toBe('the issuer "https://certifier.example" is not among the trusted issuers ("https://other-certifier.example")');
    expect(result.credential?.issuer.id).toBe(FIXTURE_ISSUER);
  });

  it('an empty allow-list trusts nobody; no allow-list trusts the keys alone', async () => {
    expect((await verifyCredential(get('valid-eddsa').jws, { ...base, trustedIssuers: [] })).status).toBe('unknown-issuer');
    const { trustedIssuers: _, ...any } = base;
    expect((await verifyCredential(get('valid-eddsa').jws, any)).status).toBe('verified');
  });

  it('the rogue issuer is unknown even when its key is configured, if the allow-list leaves it out', async () => {
    const result = await verifyCredential(get('unknown-issuer').jws, { ...base, keys: { keys: [publicJwk(keys.eddsa), publicJwk(keys.rogue)] } });
    expect(result.status).toBe('unknown-issuer');
    expect(result.credential?.issuer.id).toBe(ROGUE_ISSUER);
  });
});

describe('origin', () => {
  it.each(['https://shop.example', 'HTTPS://SHOP.EXAMPLE', 'https://shop.example:443', 'https://shop.example/products/42?x=1#top'])(
    'page origin %s matches https://shop.example',
    async (origin) => {
      expect((await verifyCredential(get('valid-eddsa').jws, { ...base, origin })).status).toBe('verified');
    },
  );

  it.each([
    ['https://www.shop.example', 'a subdomain'],
    ['https://example', 'the parent domain'],
    ['http://shop.example', 'http instead of https'],
    ['https://shop.example:8443', 'another port'],
    ['https://shop.example.evil.example', 'a longer host'],
  ])('page origin %s (%s) is wrong-origin', async (origin) => {
    const result = await verifyCredential(get('valid-eddsa').jws, { ...base, origin });
    expect(result.status).toBe('wrong-origin');
    expect(result.credential?.subject.id).toBe(FIXTURE_ORIGIN);
  });

  it('reports both origins', async () => {
    expect((await verifyCredential(get('wrong-origin').jws, base)).reason).toBe(
      'the credential was issued for https://other-shop.example, not for this page\'s origin https://shop.example',
    );
  });

  it.each(['null', 'file:///home/a.html', '', 'shop.example'])('a page origin %j that is not http(s) is wrong-origin', async (origin) => {
    const result = await verifyCredential(get('valid-eddsa').jws, { ...base, origin });
    expect(result.status).toBe('wrong-origin');
    expect(result.reason).toBe(`the page origin ${JSON.stringify(origin)} is not an http(s) origin, so no badge can be valid here`);
  });

  it('a credential for an origin with a default port written out matches', async () => {
    const jws = await sign({ origin: 'https://Shop.Example:443' });
    expect((await verifyCredential(jws, base)).status).toBe('verified');
  });
});

describe('validity window', () => {
  it('is valid from validFrom through validUntil, inclusive', async () => {
    const jws = await sign({ validFrom: '2030-01-01T00:00:00Z', validUntil: '2031-01-01T00:00:00Z' });
    const at = (iso: string) => verifyCredential(jws, { ...base, now: new Date(iso) }).then((r) => r.status);
    expect(await at('2029-12-31T23:59:59.999Z')).toBe('not-yet-valid');
    expect(await at('2030-01-01T00:00:00Z')).toBe('verified');
    expect(await at('2031-01-01T00:00:00Z')).toBe('verified');
    expect(await at('2031-01-01T00:00:00.001Z')).toBe('expired');
  });

  it('the reasons name the dates', async () => {
    const now = new Date('2026-03-01T00:00:00Z');
    expect((await verifyCredential(get('expired').jws, { ...base, now })).reason).toBe(
      'the credential expired on 2001-12-31T23:59:59.000Z (checked at 2026-03-01T00:00:00.000Z)',
    );
    expect((await verifyCredential(get('not-yet-valid').jws, { ...base, now })).reason).toBe(
      'the credential is valid from 2098-01-01T00:00:00.000Z, after the time checked (2026-03-01T00:00:00.000Z)',
    );
  });

  it('clockTolerance widens both ends', async () => {
    const jws = await sign({ validFrom: '2030-01-01T00:00:00Z', validUntil: '2031-01-01T00:00:00Z' });
    const at = (iso: string, clockTolerance: number) => verifyCredential(jws, { ...base, now: new Date(iso), clockTolerance }).then((r) => r.status);
    expect(await at('2029-12-31T23:59:30Z', 60)).toBe('verified');
    expect(await at('2029-12-31T23:58:59Z', 60)).toBe('not-yet-valid');
    expect(await at('2031-01-01T00:00:59Z', 60)).toBe('verified');
    expect(await at('2031-01-01T00:01:01Z', 60)).toBe('expired');
  });

  it('accepts JWT nbf/exp that agree with validFrom/validUntil, and refuses ones that do not', async () => {
    const consistent = { ...fixtureCredential(), nbf: Date.parse('2024-01-01T00:00:00Z') / 1000, exp: Math.floor(Date.parse(VALID_UNTIL) / 1000), iss: FIXTURE_ISSUER, sub: FIXTURE_ORIGIN };
    expect((await verifyCredential(await signCredential(consistent, keys.eddsa), base)).status).toBe('verified');
    const longer = { ...fixtureCredential({ validUntil: '2001-12-31T23:59:59Z', validFrom: '2000-01-01T00:00:00Z' }), exp: 4102444800 };
    const result = await verifyCredential(await signCredential(longer, keys.eddsa, { check: false }), base);
    expect(result.status).toBe('malformed');
    expect(result.issues).toEqual([{ path: 'exp', message: 'must equal validUntil in seconds (1009843199) when present, got 4102444800', severity: 'error' }]);
  });
});

describe('revocation', () => {
  it('a set bit gives revoked, naming list and index', async () => {
    const result = await verifyCredential(get('revoked').jws, base);
    expect(result).toMatchObject({
      status: 'revoked',
      revocation: 'checked',
      reason: `the issuer has revoked this credential (status list ${STATUS_LIST_URL}, index ${REVOKED_INDEX})`,
    });
    expect(result.credential?.subject.id).toBe(FIXTURE_ORIGIN);
  });

  it('the status list is fetched once per URL, only through fetchStatusList', async () => {
    const fetchStatusList = vi.fn(async () => get('revoked').statusLists[STATUS_LIST_URL]!);
    await verifyCredential(get('valid-es256').jws, { ...base, fetchStatusList });
    expect(fetchStatusList).toHaveBeenCalledTimes(1);
    expect(fetchStatusList).toHaveBeenCalledWith(STATUS_LIST_URL);
  });

  it('is not looked up for a credential that already failed', async () => {
    const fetchStatusList = vi.fn(async () => '');
    const expired = await sign({ validFrom: '2000-01-01T00:00:00Z', validUntil: '2001-01-01T00:00:00Z', statusListIndex: REVOKED_INDEX });
    expect((await verifyCredential(expired, { ...base, fetchStatusList })).status).toBe('expired');
    expect(fetchStatusList).not.toHaveBeenCalled();
  });

  it('a failing fetchStatusList gives network-error', async () => {
    const result = await verifyCredential(get('revoked').jws, { ...base, fetchStatusList: () => Promise.reject(new Error('offline')) });
    expect(result).toMatchObject({ status: 'network-error', reason: `fetching the status list ${STATUS_LIST_URL} failed: offline` });
  });

  const listJws = async (input: Partial<Parameters<typeof createStatusListCredential>[0]> = {}, key = keys.eddsa) =>
    signJws(await createStatusListCredential({ url: STATUS_LIST_URL, issuer: FIXTURE_ISSUER, revoked: [REVOKED_INDEX], ...input }), key);
  const withList = (list: string) => ({ ...base, fetchStatusList: async () => list });

  it('a status list signed by a key outside the set gives unknown-issuer', async () => {
    const result = await verifyCredential(get('revoked').jws, withList(await listJws({}, keys.rogue)));
    expect(result.status).toBe('unknown-issuer');
  });

  it('a status list with a cleared bit but a broken signature gives bad-signature (no one can un-revoke)', async () => {
    const clean = await listJws({ revoked: [] });
    const forged = `${get('revoked').statusLists[STATUS_LIST_URL]!.split('.')[0]}.${clean.split('.')[1]}.${get('revoked').statusLists[STATUS_LIST_URL]!.split('.')[2]}`;
    expect((await verifyCredential(get('revoked').jws, withList(forged))).status).toBe('bad-signature');
    expect((await verifyCredential(get('revoked').jws, withList(clean))).status).toBe('verified');
  });

  it('a status list from another issuer gives unknown-issuer', async () => {
    const result = await verifyCredential(get('revoked').jws, withList(await listJws({ issuer: 'https://someone-else.example', revoked: [] })));
    expect(result).toMatchObject({
      status: 'unknown-issuer',
      reason: `the status list ${STATUS_LIST_URL} was issued by "https://someone-else.example", not by the credential's issuer "${FIXTURE_ISSUER}"`,
    });
  });

  it('a stale status list cannot confirm anything', async () => {
    const result = await verifyCredential(get('revoked').jws, withList(await listJws({ validUntil: '2020-01-01T00:00:00Z', revoked: [] })));
    expect(result).toMatchObject({ status: 'malformed', reason: `the status list ${STATUS_LIST_URL} expired on 2020-01-01T00:00:00.000Z, so it cannot confirm the credential's status` });
  });

  it('a status list for another purpose does not count', async () => {
    const result = await verifyCredential(get('revoked').jws, withList(await listJws({ statusPurpose: 'suspension', revoked: [] })));
    expect(result).toMatchObject({ status: 'malformed', reason: `the status list ${STATUS_LIST_URL} serves suspension, not revocation` });
  });

  it('an index beyond the list is malformed', async () => {
    const jws = await sign({ statusListIndex: 131_072 });
    expect(await verifyCredential(jws, base)).toMatchObject({
      status: 'malformed',
      reason: `status list ${STATUS_LIST_URL}: index 131072 is outside its 131072 entries`,
    });
  });

  it('a suspension entry with its bit set reads as suspended', async () => {
    const credential = { ...fixtureCredential(), credentialStatus: [{ type: 'BitstringStatusListEntry', statusPurpose: 'suspension', statusListIndex: '3', statusListCredential: 'https://certifier.example/status/suspended' }] };
    const list = await signJws(await createStatusListCredential({ url: 'https://certifier.example/status/suspended', issuer: FIXTURE_ISSUER, revoked: [3], statusPurpose: 'suspension' }), keys.es256);
    const result = await verifyCredential(await signCredential(credential, keys.eddsa), withList(list));
    expect(result.status).toBe('revoked');
    expect(result.reason).toBe('the issuer has suspended this credential (status list https://certifier.example/status/suspended, index 3)');
  });

  it('garbage from fetchStatusList is malformed, not a crash', async () => {
    for (const junk of ['', 'not a jws', 42 as unknown as string]) {
      const result = await verifyCredential(get('revoked').jws, withList(junk));
      expect(result.status, String(junk)).toBe('malformed');
    }
  });
});

describe('malformed input', () => {
  it.each([
    ['', 'the credential is not a compact JWS (three base64url parts separated by dots)'],
    ['a.b', 'the credential is not a compact JWS (three base64url parts separated by dots)'],
    ['a.b.c.d', 'the credential is not a compact JWS (three base64url parts separated by dots)'],
    ['eyJ.e30.', 'the credential has a protected header that is not base64url-encoded JSON'],
    ['a b.c.d', 'the credential is not a compact JWS (three base64url parts separated by dots)'],
  ])('%j: %s', async (jws, reason) => {
    expect(await verifyCredential(jws, base)).toMatchObject({ status: 'malformed', reason });
  });

  it.each([null, undefined, 42, {}, ['a.b.c']])('never throws for %j', async (jws) => {
    const result = await verifyCredential(jws as unknown as string, base);
    expect(result.status).toBe('malformed');
  });

  it('never throws for bad options', async () => {
    const result = await verifyCredential(get('valid-eddsa').jws, { origin: 42 } as unknown as VerifyCredentialOptions);
    expect(result.status).toBe('unknown-issuer');
    const result2 = await verifyCredential(get('valid-eddsa').jws, { ...base, origin: undefined } as unknown as VerifyCredentialOptions);
    expect(result2.status).toBe('wrong-origin');
  });

  it('a missing or wrong typ is malformed', async () => {
    const { CompactSign, importJWK } = await import('jose');
    const key = await importJWK(keys.eddsa, 'EdDSA');
    const body = new TextEncoder().encode(JSON.stringify(fixtureCredential()));
    for (const typ of [undefined, 'JWT', 'vc+sd-jwt']) {
      const header = typ === undefined ? { alg: 'EdDSA', kid: 'test-eddsa' } : { alg: 'EdDSA', kid: 'test-eddsa', typ };
      const token = await new CompactSign(body).setProtectedHeader(header).sign(key);
      expect(await verifyCredential(token, base)).toMatchObject({ status: 'malformed', reason: `the credential has typ ${JSON.stringify(typ ?? null)}; expected "vc+jwt" or "vc-ld+jwt"` });
    }
  });

  it('a signed payload that is not JSON is malformed', async () => {
    const { CompactSign, importJWK } = await import('jose');
    const key = await importJWK(keys.eddsa, 'EdDSA');
    const token = await new CompactSign(new TextEncoder().encode('hello')).setProtectedHeader({ alg: 'EdDSA', typ: 'vc+jwt', kid: 'test-eddsa' }).sign(key);
    expect(await verifyCredential(token, base)).toMatchObject({ status: 'malformed', reason: 'the payload of the credential is not JSON' });
  });

  it('names the missing field of a signed credential', async () => {
    const result = await verifyCredential(get('malformed-no-subject-id').jws, base);
    expect(result.reason).toBe('the credential is not a valid badge credential: credentialSubject.id must be an origin such as "https://shop.example" (scheme, host and optional port only), got nothing');
    expect(result.issues.map((i) => i.path)).toEqual(['credentialSubject.id']);
    expect(result.credential).toBeUndefined();
  });

  it('a token over 64 KiB is refused before any work', async () => {
    const result = await verifyCredential(`${'a'.repeat(70_000)}.b.c`, base);
    expect(result).toMatchObject({ status: 'malformed', reason: 'the credential is 70004 characters long; at most 65536 are accepted' });
  });
});

describe('key generation for both algorithms on this runtime (Node WebCrypto)', () => {
  it.each(['ES256', 'EdDSA'] as const)('%s keys sign credentials that verify', async (alg) => {
    const pair = await generateIssuerKey(alg, { kid: `k-${alg}` });
    const jws = await signCredential(fixtureCredential(), pair.privateJwk);
    expect((await verifyCredential(jws, { ...base, keys: pair.jwks })).status).toBe('verified');
  });
});
