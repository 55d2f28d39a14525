import { base64url, CompactSign, importJWK } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  CLEAR_INDEX,
  FIXTURE_ISSUER,
  FIXTURE_NAMES,
  FIXTURE_ORIGIN,
  fixtureCredential,
  fixtureFiles,
  fixtureOptions,
  issuerServer,
  makeBadgeFixtures,
  makeFixtureKeys,
  publicJwk,
  REVOKED_INDEX,
  ROGUE_ISSUER,
  STATUS_LIST_URL,
  tamperPayload,
  tamperSignature,
  VALID_UNTIL,
  type BadgeFixture,
  type BadgeFixtureKeys,
} from '../../../../test/helpers/badge-fixtures.js';
import { createStatusListCredential, generateIssuerKey, signCredential, signJws, type PrivateJWK } from '../../../issuer/src/issuer.js';
import {
  BADGE_KEYS_PATH,
  BADGE_REASON_STATUS,
  BADGE_REASONS,
  BADGE_STATUSES,
  issuerKeysUrl,
  issuerOrigin,
  verifyCredential,
  type BadgeReason,
  type BadgeVerification,
  type FetchLike,
  type VerifyCredentialOptions,
} from './index.js';

let keys: BadgeFixtureKeys;
let fixtures: Map<string, BadgeFixture>;
/** Options of the fixtures: origin https://shop.example, the certifier's files served from memory. */
let base: VerifyCredentialOptions;
/** What the certifier https://certifier.example hosts: its key set and its status list. */
let files: Record<string, string>;

const KEYS_URL = 'https://certifier.example/.well-known/trust-badge/jwks.json';

beforeAll(async () => {
  keys = await makeFixtureKeys();
  fixtures = new Map((await makeBadgeFixtures(keys)).map((f) => [f.name, f]));
  base = fixtureOptions(fixtures.get('valid-eddsa')!);
  files = fixtureFiles(fixtures.get('valid-eddsa')!);
});

const get = (name: string) => {
  const f = fixtures.get(name);
  if (!f) throw new Error(`no fixture ${name}`);
  return f;
};

/** Signs a credential with one of the certifier's keys. */
const sign = (fields: Parameters<typeof fixtureCredential>[0] = {}, key: 'eddsa' | 'es256' = 'eddsa') =>
  signCredential(fixtureCredential(fields), keys[key]);

/** Options whose certifier hosts `extra` files on top of (or instead of) its usual ones. */
const hosting = (extra: Record<string, string | undefined>, options: Partial<VerifyCredentialOptions> = {}) => {
  const merged = Object.fromEntries(Object.entries({ ...files, ...extra }).filter((e): e is [string, string] => e[1] !== undefined));
  const server = issuerServer(merged);
  return { options: { ...base, fetch: server.fetch, ...options }, calls: server.calls };
};

/** The status and code of a verification, the two things every case below is about. */
const verdict = async (jws: string, options: VerifyCredentialOptions) => {
  const result = await verifyCredential(jws, options);
  return `${result.status}/${result.code}`;
};

/** A token with a hand-made protected header, signed with `key` (EdDSA): for headers signJws never writes. */
async function signWithHeader(payload: unknown, header: Record<string, unknown>, key: PrivateJWK = keys.eddsa): Promise<string> {
  return new CompactSign(new TextEncoder().encode(JSON.stringify(payload)))
    .setProtectedHeader({ alg: 'EdDSA', typ: 'vc+jwt', kid: key.kid, ...header })
    .sign(await importJWK(key, 'EdDSA'));
}

describe('statuses and reason codes', () => {
  it('every reason code ends in one status, and every status has a code', () => {
    expect(BADGE_REASONS).toHaveLength(20);
    expect([...new Set(Object.values(BADGE_REASON_STATUS))].sort()).toEqual([...BADGE_STATUSES].sort());
    expect(BADGE_REASON_STATUS['status-unsupported']).toBe('unchecked');
    expect(BADGE_REASON_STATUS['self-issued']).toBe('unknown-issuer');
    expect(BADGE_REASON_STATUS['embedded-key']).toBe('bad-signature');
  });

  it('the key set lives at one documented path of the issuer origin', () => {
    expect(BADGE_KEYS_PATH).toBe('/.well-known/trust-badge/jwks.json');
    expect(issuerKeysUrl('https://certifier.example')).toBe(KEYS_URL);
    expect(issuerKeysUrl('http://127.0.0.1:8123')).toBe('http://127.0.0.1:8123/.well-known/trust-badge/jwks.json');
  });
});

describe('the fixtures made with the issuer CLI functions', () => {
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

describe('issuer identity: an origin', () => {
  it.each([
    ['https://certifier.example', 'https://certifier.example'],
    ['https://certifier.example/', 'https://certifier.example'],
    ['HTTPS://Certifier.Example:443', 'https://certifier.example'],
    ['https://certifier.example:8443', 'https://certifier.example:8443'],
    ['did:web:certifier.example', 'https://certifier.example'],
    ['did:web:certifier.example%3A8443', 'https://certifier.example:8443'],
    ['https://bücher.example', 'https://xn--bcher-kva.example'],
    ['http://localhost:5173', 'http://localhost:5173'],
    ['http://127.0.0.1:8080', 'http://127.0.0.1:8080'],
    ['http://[::1]:8080', 'http://[::1]:8080'],
  ])('%s is the issuer origin %s', (id, origin) => {
    expect(issuerOrigin(id)).toBe(origin);
  });

  it.each([
    'http://certifier.example',
    'https://certifier.example/issuers/1',
    'https://certifier.example?x',
    'https://certifier.example#key',
    'https://user@certifier.example',
    'did:web:certifier.example:issuers:1',
    'did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK',
    'urn:uuid:1234',
    'certifier.example',
    '',
    'http://localhost.evil.example',
  ])('%s names no issuer origin', (id) => {
    expect(issuerOrigin(id)).toBeUndefined();
  });

  it('a credential whose issuer is not an origin is unknown-issuer before any key is fetched', async () => {
    const { options, calls } = hosting({});
    for (const issuer of ['https://certifier.example/issuers/1', 'did:key:z6Mkfoo', 'http://certifier.example']) {
      const jws = await sign({ issuer });
      expect(await verifyCredential(jws, { ...options, trustedIssuers: undefined })).toMatchObject({
        status: 'unknown-issuer',
        code: 'issuer-not-origin',
      });
    }
    expect(calls).toEqual([]);
  });

  it('did:web:certifier.example fetches its keys from https://certifier.example and verifies', async () => {
    const jws = await sign({ issuer: 'did:web:certifier.example' });
    const { options, calls } = hosting({}, { trustedIssuers: ['https://certifier.example'] });
    const result = await verifyCredential(jws, options);
    expect(result).toMatchObject({ status: 'verified', issuer: { origin: 'https://certifier.example', host: 'certifier.example' } });
    expect(calls).toEqual([KEYS_URL]);
  });
});

describe('a verified credential', () => {
  it('carries the issuer identity, the parsed credential, the key id, when it was checked and when to check again', async () => {
    const now = new Date('2030-06-01T12:00:00Z');
    const result = await verifyCredential(get('valid-eddsa').jws, { ...base, now });
    expect(result).toEqual<BadgeVerification>({
      status: 'verified',
      code: 'verified',
      reason:
        'signed by https://certifier.example (key "test-eddsa") for https://shop.example, valid until 2099-12-31T23:59:59.000Z; the credential has no revocation status',
      issuer: { origin: 'https://certifier.example', host: 'certifier.example' },
      credential: {
        type: ['VerifiableCredential', 'TrustBadgeCredential'],
        issuer: { id: 'https://certifier.example', name: 'Example Certifier' },
        validFrom: new Date('2024-01-01T00:00:00Z'),
        validUntil: new Date('2099-12-31T23:59:59Z'),
        subject: { id: 'https://shop.example', name: 'Example Shop Ltd' },
        certification: {
          scheme: 'Example Secure Checkout',
          level: 'Gold',
          scope: 'Checkout and payment pages',
          criteria: 'https://certifier.example/criteria/v2',
        },
        status: [],
        unsupportedStatus: [],
      },
      revocation: 'none',
      keyId: 'test-eddsa',
      issues: [],
      checkedAt: now,
      recheckAt: new Date('2099-12-31T23:59:59Z'),
    });
  });

  it('fetches only the key set at the issuer origin, without cookies and refusing redirects', async () => {
    const calls: { url: string; init: RequestInit | undefined }[] = [];
    const fetch: FetchLike = async (url, init) => {
      calls.push({ url, init });
      return { ok: true, status: 200, text: async () => files[url]! };
    };
    expect((await verifyCredential(get('valid-eddsa').jws, { ...base, fetch })).status).toBe('verified');
    expect(calls.map((c) => c.url)).toEqual([KEYS_URL]);
    expect(calls[0]!.init).toMatchObject({ credentials: 'omit', redirect: 'error' });
  });

  it('checks the status list whenever the credential names one (nothing to switch on)', async () => {
    const { options, calls } = hosting({});
    const result = await verifyCredential(get('valid-es256').jws, options);
    expect(result).toMatchObject({ status: 'verified', revocation: 'checked' });
    expect(result.reason).toMatch(/; not revoked or suspended \(status lists checked\)$/);
    expect(result.credential?.status).toEqual([
      { statusPurpose: 'revocation', statusListIndex: CLEAR_INDEX, statusListCredential: STATUS_LIST_URL },
    ]);
    expect(calls).toEqual([KEYS_URL, STATUS_LIST_URL]);
  });

  it('accepts typ vc-ld+jwt and application/vc+jwt', async () => {
    for (const typ of ['vc-ld+jwt', 'application/vc+jwt', 'VC+JWT']) {
      expect((await verifyCredential(await signWithHeader(fixtureCredential(), { typ }), base)).status, typ).toBe('verified');
    }
  });

  it('trims white space around the token (as an attribute may hold it)', async () => {
    expect((await verifyCredential(`\n  ${get('valid-eddsa').jws}\n`, base)).status).toBe('verified');
  });

  it('the allow-list narrows by origin: an entry written as did:web or with a trailing slash matches', async () => {
    for (const entry of ['https://certifier.example/', 'did:web:certifier.example', 'HTTPS://CERTIFIER.EXAMPLE']) {
      expect(
        (await verifyCredential(get('valid-eddsa').jws, { ...base, trustedIssuers: ['https://other.example', entry] })).status,
        entry,
      ).toBe('verified');
    }
  });
});

describe('key from another issuer (unknown-issuer / key-not-published)', () => {
  it('certifier B signing "issued by certifier A" finds no key in A’s published set', async () => {
    const forged = await signCredential(fixtureCredential(), keys.rogue);
    const result = await verifyCredential(forged, base);
    expect(result).toMatchObject({ status: 'unknown-issuer', code: 'key-not-published', issuer: { host: 'certifier.example' } });
    expect(result.reason).toBe(
      'the credential was signed with key "rogue-eddsa", which is not in the key set https://certifier.example publishes at /.well-known/trust-badge/jwks.json',
    );
    expect(result.credential).toBeUndefined();
  });

  it('B’s key under A’s kid is a bad signature; control: A’s own key under that kid verifies', async () => {
    expect(await verdict(await signCredential(fixtureCredential(), { ...keys.rogue, kid: 'test-eddsa' }), base)).toBe(
      'bad-signature/bad-signature',
    );
    expect(await verdict(await signCredential(fixtureCredential(), keys.eddsa), base)).toBe('verified/verified');
  });

  it('B’s key published on B’s origin does not count for a credential claiming A', async () => {
    const rogueSet = JSON.stringify({ keys: [publicJwk(keys.rogue)] });
    const { options, calls } = hosting({ [issuerKeysUrl(ROGUE_ISSUER)]: rogueSet }, { trustedIssuers: undefined });
    expect(await verdict(await signCredential(fixtureCredential(), keys.rogue), options)).toBe('unknown-issuer/key-not-published');
    expect(calls).toEqual([KEYS_URL]);
    // Control: the same key verifies B's own credential, fetched from B's origin.
    expect(await verdict(await signCredential(fixtureCredential({ issuer: ROGUE_ISSUER }), keys.rogue), options)).toBe('verified/verified');
  });

  it('an EdDSA token whose kid names the ES256 key finds no key', async () => {
    expect(await verdict(await signCredential(fixtureCredential(), { ...keys.eddsa, kid: 'test-es256' }), base)).toBe(
      'unknown-issuer/key-not-published',
    );
  });

  it('keys without kid: every key of the right type is tried', async () => {
    const { kid: _a, ...signer } = keys.eddsa;
    const { kid: _b, ...otherPublic } = publicJwk(keys.rogue);
    const { kid: _c, ...signerPublic } = publicJwk(keys.eddsa);
    const token = await signCredential(fixtureCredential(), signer);
    expect(await verdict(token, hosting({ [KEYS_URL]: JSON.stringify({ keys: [otherPublic, signerPublic] }) }).options)).toBe(
      'verified/verified',
    );
    expect(await verdict(token, hosting({ [KEYS_URL]: JSON.stringify({ keys: [otherPublic] }) }).options)).toBe(
      'bad-signature/bad-signature',
    );
  });
});

describe('page-supplied keys: test mode, never verified', () => {
  it('inline test keys: a credential that passes every check is test-key, not verified', async () => {
    const own = await generateIssuerKey('EdDSA', { kid: 'shop-made' });
    const jws = await signCredential(fixtureCredential(), own.privateJwk);
    const { options, calls } = hosting({});
    const result = await verifyCredential(jws, { ...options, testKeys: own.jwks });
    expect(result).toMatchObject({ status: 'test-key', code: 'test-key', issuer: { host: 'certifier.example' } });
    expect(result.reason).toMatch(/^TEST KEY, not verified: /);
    expect(calls).toEqual([]);
    // Control: without the test keys the shop's key is not the certifier's.
    expect(await verdict(jws, options)).toBe('unknown-issuer/key-not-published');
  });

  it('a test key URL on another origin is test mode too', async () => {
    const own = await generateIssuerKey('ES256', { kid: 'shop-made' });
    const jws = await signCredential(fixtureCredential(), own.privateJwk);
    const url = 'https://attacker.example/keys.json';
    const { options, calls } = hosting({ [url]: JSON.stringify(own.jwks) });
    expect(await verdict(jws, { ...options, testKeysUrl: url })).toBe('test-key/test-key');
    expect(calls).toEqual([url]);
  });

  it('even the certifier’s genuine key, supplied by the page, gives only test-key', async () => {
    expect(await verdict(get('valid-eddsa').jws, { ...base, testKeys: get('valid-eddsa').keys })).toBe('test-key/test-key');
  });

  it('test mode still fails every other check (wrong origin, expired, revoked)', async () => {
    const testKeys = get('valid-eddsa').keys;
    expect(await verdict(get('wrong-origin').jws, { ...base, testKeys })).toBe('wrong-origin/wrong-origin');
    expect(await verdict(get('expired').jws, { ...base, testKeys })).toBe('expired/expired');
    expect(await verdict(get('revoked').jws, { ...base, testKeys })).toBe('revoked/revoked');
  });

  it('test keys that are not usable fail closed', async () => {
    expect(await verdict(get('valid-eddsa').jws, { ...base, testKeys: '{oops' })).toBe('unchecked/keys-unreachable');
    const result = await verifyCredential(get('valid-eddsa').jws, { ...base, testKeys: { keys: [publicJwk(keys.es256), keys.eddsa] } });
    expect(result.issues).toEqual([
      {
        path: 'testKeys.keys[1]',
        message: 'is a private or secret key (it has "d"): publish only the public key set, and treat this key as leaked',
        severity: 'error',
      },
    ]);
  });
});

describe('the page itself is not a certifier (unknown-issuer / self-issued)', () => {
  it('a credential issued by the page’s own origin is refused, even with its key published there', async () => {
    const jws = await sign({ issuer: FIXTURE_ORIGIN });
    const own = issuerKeysUrl(FIXTURE_ORIGIN);
    const { options, calls } = hosting({ [own]: files[KEYS_URL] }, { trustedIssuers: undefined });
    expect(await verdict(jws, options)).toBe('unknown-issuer/self-issued');
    expect(calls).toEqual([]);
    // Control: the same credential on another page is only a wrong-origin badge, so the issuer check was what bit.
    expect(await verdict(jws, { ...options, origin: 'https://elsewhere.example' })).toBe('wrong-origin/wrong-origin');
  });
});

describe('the allow-list: one meaning', () => {
  it('absent: any issuer identified by its origin', async () => {
    expect(await verdict(get('valid-eddsa').jws, { ...base, trustedIssuers: undefined })).toBe('verified/verified');
  });

  it('empty: no issuer (fails closed), with a reason that says the list is empty', async () => {
    const result = await verifyCredential(get('valid-eddsa').jws, { ...base, trustedIssuers: [] });
    expect(result).toMatchObject({ status: 'unknown-issuer', code: 'issuer-not-trusted' });
    expect(result.reason).toBe("the issuer https://certifier.example is not among this page's trusted issuers (none: the list is empty)");
  });

  it('listing others: not trusted, and nothing is fetched', async () => {
    const { options, calls } = hosting({}, { trustedIssuers: ['https://other-certifier.example'] });
    expect(await verdict(get('valid-eddsa').jws, options)).toBe('unknown-issuer/issuer-not-trusted');
    expect(calls).toEqual([]);
  });

  it('cannot widen: a trusted issuer’s credential signed by another key still fails', async () => {
    expect(await verdict(get('unknown-issuer').jws, { ...base, trustedIssuers: [FIXTURE_ISSUER, ROGUE_ISSUER] })).toBe(
      'unchecked/keys-unreachable',
    );
  });
});

describe('header: algorithms and keys of its own (bad-signature)', () => {
  it('alg "none" is refused as unsigned', async () => {
    expect(await verifyCredential(get('alg-none').jws, base)).toMatchObject({
      status: 'bad-signature',
      code: 'algorithm',
      reason: 'the credential is not signed (alg "none"); only ES256 and EdDSA signatures are accepted',
    });
  });

  it.each(['HS256', 'RS256', 'ES384', 'Ed25519', 'ES256K', 'PS256'])('alg %s is refused', async (alg) => {
    const header = base64url.encode(JSON.stringify({ alg, typ: 'vc+jwt' }));
    const payload = base64url.encode(JSON.stringify(fixtureCredential()));
    const result = await verifyCredential(`${header}.${payload}.c2lnbmF0dXJl`, base);
    expect(result).toMatchObject({ status: 'bad-signature', code: 'algorithm' });
    expect(result.reason).toBe(`the credential uses alg "${alg}"; only ES256 and EdDSA signatures are accepted`);
  });

  it('an HS256 token "signed" with the public key as HMAC secret is refused', async () => {
    for (const secret of [JSON.stringify(publicJwk(keys.eddsa)), files[KEYS_URL]!, publicJwk(keys.eddsa).x as string]) {
      const token = await new CompactSign(new TextEncoder().encode(JSON.stringify(fixtureCredential())))
        .setProtectedHeader({ alg: 'HS256', typ: 'vc+jwt', kid: 'test-eddsa' })
        .sign(new TextEncoder().encode(secret));
      expect(await verdict(token, base)).toBe('bad-signature/algorithm');
    }
  });

  it.each<[string, () => unknown]>([
    ['jwk', () => publicJwk(keys.rogue)],
    ['jku', () => 'https://attacker.example/jwks.json'],
    ['x5u', () => 'https://attacker.example/cert.pem'],
    ['x5c', () => ['MIIB']],
    ['x5t', () => 'abc'],
    ['x5t#S256', () => 'abc'],
  ])('a header carrying its own key (%s) is refused, even when signed by the right key', async (member, value) => {
    const { options, calls } = hosting({});
    const token = await signWithHeader(fixtureCredential(), { [member]: value() });
    const result = await verifyCredential(token, options);
    expect(result).toMatchObject({ status: 'bad-signature', code: 'embedded-key' });
    expect(result.reason).toBe(
      `the credential carries its own key ("${member}" in its header); a badge's key comes only from its issuer's origin`,
    );
    expect(calls).toEqual([]);
  });

  it('control: the same token without the embedded key verifies', async () => {
    expect(await verdict(await signWithHeader(fixtureCredential(), {}), base)).toBe('verified/verified');
  });

  it('a rogue key embedded as jwk and used to sign does not verify', async () => {
    const token = await signWithHeader(fixtureCredential(), { jwk: publicJwk(keys.rogue), kid: 'rogue-eddsa' }, keys.rogue);
    expect(await verdict(token, base)).toBe('bad-signature/embedded-key');
  });
});

describe('tampering (bad-signature)', () => {
  it('no credential is returned when the signature fails', async () => {
    for (const name of ['tampered-payload', 'tampered-signature', 'alg-none', 'unknown-issuer', 'malformed-not-jws']) {
      expect((await verifyCredential(get(name).jws, base)).credential, name).toBeUndefined();
    }
  });

  it('the ES256 credential with a tampered signature fails too', async () => {
    expect(await verdict(tamperSignature(get('valid-es256').jws), base)).toBe('bad-signature/bad-signature');
  });

  it('a payload changed to another origin does not pass as that origin', async () => {
    const forged = tamperPayload(get('valid-eddsa').jws, (p) => {
      (p.credentialSubject as Record<string, unknown>).id = 'https://evil.example';
    });
    expect(await verdict(forged, { ...base, origin: 'https://evil.example' })).toBe('bad-signature/bad-signature');
  });

  it('a payload changed to name another issuer fetches that issuer’s keys and fails there', async () => {
    const forged = tamperPayload(get('valid-eddsa').jws, (p) => {
      p.issuer = { id: ROGUE_ISSUER, name: 'Example Certifier' };
    });
    const rogueSet = JSON.stringify({ keys: [publicJwk(keys.eddsa)] });
    expect(await verdict(forged, hosting({ [issuerKeysUrl(ROGUE_ISSUER)]: rogueSet }, { trustedIssuers: undefined }).options)).toBe(
      'bad-signature/bad-signature',
    );
  });
});

describe('origin (wrong-origin)', () => {
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
    expect(result).toMatchObject({ status: 'wrong-origin', code: 'wrong-origin' });
    expect(result.credential?.subject.id).toBe(FIXTURE_ORIGIN);
  });

  it('reports both origins', async () => {
    expect((await verifyCredential(get('wrong-origin').jws, base)).reason).toBe(
      "the credential was issued for https://other-shop.example, not for this page's origin https://shop.example",
    );
  });

  it.each(['null', 'file:///home/a.html', '', 'shop.example'])('a page origin %j that is not http(s) is wrong-origin', async (origin) => {
    const result = await verifyCredential(get('valid-eddsa').jws, { ...base, origin });
    expect(result.status).toBe('wrong-origin');
    expect(result.reason).toBe(`the page origin ${JSON.stringify(origin)} is not an http(s) origin, so no badge can be valid here`);
  });

  it('a credential for an origin with a default port written out matches', async () => {
    expect(await verdict(await sign({ origin: 'https://Shop.Example:443' }), base)).toBe('verified/verified');
  });
});

describe('validity window and time', () => {
  it('is valid from validFrom through validUntil, inclusive', async () => {
    const jws = await sign({ validFrom: '2030-01-01T00:00:00Z', validUntil: '2031-01-01T00:00:00Z' });
    const at = (iso: string) => verifyCredential(jws, { ...base, now: new Date(iso) }).then((r) => r.status);
    expect(await at('2029-12-31T23:59:59.999Z')).toBe('not-yet-valid');
    expect(await at('2030-01-01T00:00:00Z')).toBe('verified');
    expect(await at('2031-01-01T00:00:00Z')).toBe('verified');
    expect(await at('2031-01-01T00:00:00.001Z')).toBe('expired');
  });

  it('says when to check again: validUntil when verified, validFrom when not yet valid, never when expired', async () => {
    const jws = await sign({ validFrom: '2030-01-01T00:00:00Z', validUntil: '2031-01-01T00:00:00Z' });
    const at = (iso: string) => verifyCredential(jws, { ...base, now: new Date(iso) }).then((r) => r.recheckAt?.toISOString());
    expect(await at('2029-06-01T00:00:00Z')).toBe('2030-01-01T00:00:00.000Z');
    expect(await at('2030-06-01T00:00:00Z')).toBe('2031-01-01T00:00:00.000Z');
    expect(await at('2031-06-01T00:00:00Z')).toBeUndefined();
  });

  it('a status list that ends sooner brings the re-check forward', async () => {
    const jws = await sign({ statusListIndex: CLEAR_INDEX });
    const list = await signJws(
      await createStatusListCredential({ url: STATUS_LIST_URL, issuer: FIXTURE_ISSUER, validUntil: '2040-01-01T00:00:00Z' }),
      keys.eddsa,
    );
    const result = await verifyCredential(jws, { ...hosting({ [STATUS_LIST_URL]: list }).options, now: new Date('2030-01-01T00:00:00Z') });
    expect(result.status).toBe('verified');
    expect(result.recheckAt?.toISOString()).toBe('2040-01-01T00:00:00.000Z');
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
    const at = (iso: string, clockTolerance: number) =>
      verifyCredential(jws, { ...base, now: new Date(iso), clockTolerance }).then((r) => r.status);
    expect(await at('2029-12-31T23:59:30Z', 60)).toBe('verified');
    expect(await at('2029-12-31T23:58:59Z', 60)).toBe('not-yet-valid');
    expect(await at('2031-01-01T00:00:59Z', 60)).toBe('verified');
    expect(await at('2031-01-01T00:01:01Z', 60)).toBe('expired');
  });

  it('accepts JWT nbf/exp that agree with validFrom/validUntil, and refuses ones that do not', async () => {
    const consistent = {
      ...fixtureCredential(),
      nbf: Date.parse('2024-01-01T00:00:00Z') / 1000,
      exp: Math.floor(Date.parse(VALID_UNTIL) / 1000),
      iss: FIXTURE_ISSUER,
      sub: FIXTURE_ORIGIN,
    };
    expect(await verdict(await signCredential(consistent, keys.eddsa), base)).toBe('verified/verified');
    const longer = { ...fixtureCredential({ validUntil: '2001-12-31T23:59:59Z', validFrom: '2000-01-01T00:00:00Z' }), exp: 4102444800 };
    const result = await verifyCredential(await signCredential(longer, keys.eddsa, { check: false }), base);
    expect(result.status).toBe('malformed');
    expect(result.issues).toEqual([
      { path: 'exp', message: 'must equal validUntil in seconds (1009843199) when present, got 4102444800', severity: 'error' },
    ]);
  });
});

describe('unreachable, slow or unusable key sets (unchecked / keys-unreachable)', () => {
  const cases: [string, FetchLike, string][] = [
    [
      'a failed request',
      async () => Promise.reject(new TypeError('fetch failed')),
      `fetching the issuer key set from ${KEYS_URL} failed: fetch failed`,
    ],
    [
      'HTTP 404',
      async () => ({ ok: false, status: 404, text: async () => '' }),
      `fetching the issuer key set from ${KEYS_URL} failed with HTTP 404`,
    ],
    [
      'a redirect',
      async () => ({ ok: true, status: 200, redirected: true, text: async () => files[KEYS_URL]! }),
      `the issuer key set at ${KEYS_URL} answered with a redirect, which is refused`,
    ],
    [
      'a body that is not JSON',
      async () => ({ ok: true, status: 200, text: async () => '<html>' }),
      `the issuer key set at ${KEYS_URL} is not JSON`,
    ],
    [
      'an oversized body',
      async () => ({ ok: true, status: 200, text: async () => ' '.repeat(70_000) }),
      `the issuer key set at ${KEYS_URL} is 70000 characters long; at most 65536 are accepted`,
    ],
    ['a request that never answers', () => new Promise(() => {}), `the issuer key set at ${KEYS_URL} did not answer within 50 ms`],
  ];
  it.each(cases)('%s', async (_, fetch, reason) => {
    const result = await verifyCredential(get('valid-eddsa').jws, { ...base, fetch, timeout: 50 });
    expect(result).toMatchObject({ status: 'unchecked', code: 'keys-unreachable', reason, issuer: { host: 'certifier.example' } });
    expect(result.credential).toBeUndefined();
  });

  it('the time limit aborts the request', async () => {
    let signal: AbortSignal | undefined;
    const fetch: FetchLike = (_url, init) => {
      signal = init?.signal ?? undefined;
      return new Promise(() => {});
    };
    await verifyCredential(get('valid-eddsa').jws, { ...base, fetch, timeout: 20 });
    expect(signal?.aborted).toBe(true);
  });

  it('a key set without usable keys names what is wrong', async () => {
    const { options } = hosting({ [KEYS_URL]: JSON.stringify({ keys: [{ kty: 'RSA', n: 'x', e: 'AQAB' }] }) });
    const result = await verifyCredential(get('valid-eddsa').jws, options);
    expect(result).toMatchObject({ status: 'unchecked', code: 'keys-unreachable' });
    expect(result.issues.map((i) => i.path)).toEqual(['keys', 'keys.keys[0]']);
  });

  it('a published key set that holds a private key is refused whole', async () => {
    const { options } = hosting({ [KEYS_URL]: JSON.stringify({ keys: [publicJwk(keys.es256), keys.eddsa] }) });
    expect(await verdict(get('valid-eddsa').jws, options)).toBe('unchecked/keys-unreachable');
  });
});

describe('status entries: revocation and suspension, always checked', () => {
  const listJws = async (input: Partial<Parameters<typeof createStatusListCredential>[0]> = {}, key = keys.eddsa) =>
    signJws(await createStatusListCredential({ url: STATUS_LIST_URL, issuer: FIXTURE_ISSUER, revoked: [REVOKED_INDEX], ...input }), key);
  const withList = (list: string | undefined) => hosting({ [STATUS_LIST_URL]: list }).options;
  const SUSPENSION_URL = 'https://certifier.example/status/suspension';
  const entry = (purpose: string, index: number, url = STATUS_LIST_URL, type = 'BitstringStatusListEntry') => ({
    type,
    statusPurpose: purpose,
    statusListIndex: String(index),
    statusListCredential: url,
  });
  const withStatus = (...credentialStatus: unknown[]) =>
    signCredential({ ...fixtureCredential(), credentialStatus }, keys.eddsa, { check: false });

  it('a set bit gives revoked, naming list and index', async () => {
    const result = await verifyCredential(get('revoked').jws, base);
    expect(result).toMatchObject({
      status: 'revoked',
      code: 'revoked',
      revocation: 'checked',
      reason: `the issuer has revoked this credential (status list ${STATUS_LIST_URL}, index ${REVOKED_INDEX})`,
    });
    expect(result.credential?.subject.id).toBe(FIXTURE_ORIGIN);
  });

  it('a suspension entry with its bit set is suspended; control: bit clear verifies', async () => {
    const list = await signJws(
      await createStatusListCredential({ url: SUSPENSION_URL, issuer: FIXTURE_ISSUER, revoked: [3], statusPurpose: 'suspension' }),
      keys.es256,
    );
    const { options } = hosting({ [SUSPENSION_URL]: list });
    const result = await verifyCredential(await withStatus(entry('suspension', 3, SUSPENSION_URL)), options);
    expect(result).toMatchObject({ status: 'suspended', code: 'suspended' });
    expect(result.reason).toBe(`the issuer has suspended this credential (status list ${SUSPENSION_URL}, index 3)`);
    expect(await verdict(await withStatus(entry('suspension', 4, SUSPENSION_URL)), options)).toBe('verified/verified');
  });

  it('revoked outranks suspended and a list that could not be checked', async () => {
    const list = await signJws(
      await createStatusListCredential({ url: SUSPENSION_URL, issuer: FIXTURE_ISSUER, revoked: [3], statusPurpose: 'suspension' }),
      keys.es256,
    );
    const { options } = hosting({ [SUSPENSION_URL]: list });
    expect(await verdict(await withStatus(entry('suspension', 3, SUSPENSION_URL), entry('revocation', REVOKED_INDEX)), options)).toBe(
      'revoked/revoked',
    );
    expect(
      await verdict(
        await withStatus(entry('revocation', REVOKED_INDEX, 'https://certifier.example/gone'), entry('suspension', 3, SUSPENSION_URL)),
        options,
      ),
    ).toBe('suspended/suspended');
  });

  it('each list is fetched once per verification, however many entries point at it', async () => {
    const both = await listJws({ statusPurpose: ['revocation', 'suspension'] as unknown as 'revocation', revoked: [] });
    const { options, calls } = hosting({ [STATUS_LIST_URL]: both });
    expect(await verdict(await withStatus(entry('revocation', 1), entry('suspension', 2)), options)).toBe('verified/verified');
    expect(calls).toEqual([KEYS_URL, STATUS_LIST_URL]);
  });

  it('the purpose is checked per entry, whatever the order of entries (no cache by URL alone)', async () => {
    const revocationOnly = await listJws({ revoked: [] });
    const { options } = hosting({ [STATUS_LIST_URL]: revocationOnly });
    expect(await verdict(await withStatus(entry('revocation', 1), entry('suspension', 2)), options)).toBe('unchecked/status-mismatch');
    expect(await verdict(await withStatus(entry('suspension', 2), entry('revocation', 1)), options)).toBe('unchecked/status-mismatch');
    // Control: the revocation entry alone checks.
    expect(await verdict(await withStatus(entry('revocation', 1)), options)).toBe('verified/verified');
  });

  it('is not looked up for a credential that already failed', async () => {
    const expired = await sign({ validFrom: '2000-01-01T00:00:00Z', validUntil: '2001-01-01T00:00:00Z', statusListIndex: REVOKED_INDEX });
    const { options, calls } = hosting({});
    expect(await verdict(expired, options)).toBe('expired/expired');
    expect(calls).toEqual([KEYS_URL]);
  });

  describe('unknown status types and purposes fail closed (unchecked / status-unsupported)', () => {
    it.each([
      [
        'StatusList2021Entry',
        entry('revocation', 1, STATUS_LIST_URL, 'StatusList2021Entry'),
        'credentialStatus[0].type: "StatusList2021Entry" is not a status type this library can check (BitstringStatusListEntry)',
      ],
      [
        'RevocationList2020Status',
        entry('revocation', 1, STATUS_LIST_URL, 'RevocationList2020Status'),
        'credentialStatus[0].type: "RevocationList2020Status" is not a status type this library can check (BitstringStatusListEntry)',
      ],
      [
        'purpose "message"',
        entry('message', 1),
        'credentialStatus[0].statusPurpose: "message" is not a purpose this library can check (revocation, suspension)',
      ],
      [
        'purpose "refresh"',
        entry('refresh', 1),
        'credentialStatus[0].statusPurpose: "refresh" is not a purpose this library can check (revocation, suspension)',
      ],
    ])('%s', async (_, unknownEntry, detail) => {
      const { options, calls } = hosting({});
      const result = await verifyCredential(await withStatus(unknownEntry), options);
      expect(result).toMatchObject({ status: 'unchecked', code: 'status-unsupported' });
      expect(result.reason).toBe(`the credential's status cannot be checked: ${detail}`);
      expect(calls).toEqual([KEYS_URL]);
    });

    it('an unknown entry beside a known one still fails closed; control: the known one alone verifies', async () => {
      const { options } = hosting({});
      expect(
        await verdict(await withStatus(entry('revocation', 1), entry('revocation', 1, STATUS_LIST_URL, 'StatusList2021Entry')), options),
      ).toBe('unchecked/status-unsupported');
      expect(await verdict(await withStatus(entry('revocation', 1)), options)).toBe('verified/verified');
    });
  });

  describe('lists that cannot confirm anything (unchecked)', () => {
    it('unreachable: failed, HTTP 500, never answering', async () => {
      expect(await verdict(get('revoked').jws, withList(undefined))).toBe('unchecked/status-unreachable');
      const http500: FetchLike = async (url) =>
        url === KEYS_URL ? { ok: true, status: 200, text: async () => files[KEYS_URL]! } : { ok: false, status: 500, text: async () => '' };
      expect(await verdict(get('revoked').jws, { ...base, fetch: http500 })).toBe('unchecked/status-unreachable');
      const hang: FetchLike = (url) =>
        url === KEYS_URL ? Promise.resolve({ ok: true, status: 200, text: async () => files[KEYS_URL]! }) : new Promise(() => {});
      const result = await verifyCredential(get('revoked').jws, { ...base, fetch: hang, timeout: 50 });
      expect(result).toMatchObject({
        status: 'unchecked',
        code: 'status-unreachable',
        reason: `the status list at ${STATUS_LIST_URL} did not answer within 50 ms`,
      });
    });

    it('signed by a key outside the issuer’s set: another issuer’s list', async () => {
      expect(await verdict(get('revoked').jws, withList(await listJws({}, keys.rogue)))).toBe('unchecked/status-mismatch');
    });

    it('issued (and signed) under another issuer id', async () => {
      const result = await verifyCredential(
        get('revoked').jws,
        withList(await listJws({ issuer: 'https://someone-else.example', revoked: [] })),
      );
      expect(result).toMatchObject({
        status: 'unchecked',
        code: 'status-mismatch',
        reason: `the status list ${STATUS_LIST_URL} was issued by "https://someone-else.example", not by the credential's issuer "${FIXTURE_ISSUER}"`,
      });
    });

    it('for another purpose', async () => {
      const result = await verifyCredential(get('revoked').jws, withList(await listJws({ statusPurpose: 'suspension', revoked: [] })));
      expect(result).toMatchObject({
        status: 'unchecked',
        code: 'status-mismatch',
        reason: `the status list ${STATUS_LIST_URL} serves suspension, not revocation`,
      });
    });

    it('a cleared bit under a broken signature cannot un-revoke; control: the genuine cleared list verifies', async () => {
      const clean = await listJws({ revoked: [] });
      const genuine = get('revoked').statusLists[STATUS_LIST_URL]!.split('.');
      const forged = `${genuine[0]}.${clean.split('.')[1]}.${genuine[2]}`;
      expect(await verdict(get('revoked').jws, withList(forged))).toBe('unchecked/status-invalid');
      expect(await verdict(get('revoked').jws, withList(clean))).toBe('verified/verified');
    });

    it('stale (its validUntil passed)', async () => {
      const result = await verifyCredential(
        get('revoked').jws,
        withList(await listJws({ validUntil: '2020-01-01T00:00:00Z', revoked: [] })),
      );
      expect(result).toMatchObject({
        status: 'unchecked',
        code: 'status-invalid',
        reason: `the status list ${STATUS_LIST_URL} expired on 2020-01-01T00:00:00.000Z, so it cannot confirm the credential's status`,
      });
    });

    it('an index beyond the list', async () => {
      const result = await verifyCredential(await sign({ statusListIndex: 131_072 }), base);
      expect(result).toMatchObject({
        status: 'unchecked',
        code: 'status-invalid',
        reason: `the status list ${STATUS_LIST_URL}: index 131072 is outside its 131072 entries`,
      });
    });

    it.each([
      ['empty', ''],
      ['not a JWS', 'not a jws'],
      ['alg none', `${base64url.encode('{"alg":"none","typ":"vc+jwt"}')}.${base64url.encode('{}')}.`],
    ])('garbage (%s)', async (_, junk) => {
      expect(await verdict(get('revoked').jws, withList(junk))).toBe('unchecked/status-invalid');
    });

    it('a signed list whose encodedList is not GZIP', async () => {
      const list = await createStatusListCredential({ url: STATUS_LIST_URL, issuer: FIXTURE_ISSUER });
      (list.credentialSubject as Record<string, unknown>).encodedList = `u${base64url.encode('plainly not gzip')}`;
      expect(await verdict(get('revoked').jws, withList(await signJws(list, keys.eddsa)))).toBe('unchecked/status-invalid');
    });

    it('oversized: a token over 4 MiB, and a list that decompresses past 16 MiB', async () => {
      expect(await verdict(get('revoked').jws, withList(`${'a'.repeat(4 * 1024 * 1024 + 1)}.b.c`))).toBe('unchecked/status-invalid');
      const bomb = await createStatusListCredential({ url: STATUS_LIST_URL, issuer: FIXTURE_ISSUER, size: 17 * 1024 * 1024 * 8 });
      const result = await verifyCredential(get('revoked').jws, withList(await signJws(bomb, keys.eddsa)));
      expect(result).toMatchObject({ status: 'unchecked', code: 'status-invalid' });
      expect(result.reason).toMatch(/decompresses to more than 16777216 bytes/);
    });
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
    expect(await verifyCredential(jws, base)).toMatchObject({ status: 'malformed', code: 'malformed', reason });
  });

  it.each([null, undefined, 42, {}, ['a.b.c']])('never throws for %j', async (jws) => {
    expect((await verifyCredential(jws as unknown as string, base)).status).toBe('malformed');
  });

  it('never throws for bad options', async () => {
    expect(
      (await verifyCredential(get('valid-eddsa').jws, { origin: 42, fetch: base.fetch } as unknown as VerifyCredentialOptions)).status,
    ).toBe('wrong-origin');
    expect(
      (await verifyCredential(get('valid-eddsa').jws, { ...base, origin: undefined } as unknown as VerifyCredentialOptions)).status,
    ).toBe('wrong-origin');
  });

  it('a payload without an issuer id is malformed before anything is fetched', async () => {
    const { options, calls } = hosting({});
    const { issuer: _, ...noIssuer } = fixtureCredential();
    expect(await verifyCredential(await signJws(noIssuer, keys.eddsa), options)).toMatchObject({
      status: 'malformed',
      reason: 'the credential names no issuer id (issuer or issuer.id)',
    });
    expect(calls).toEqual([]);
  });

  it('a missing or wrong typ is malformed', async () => {
    for (const typ of [undefined, 'JWT', 'vc+sd-jwt']) {
      const token = await signWithHeader(fixtureCredential(), { typ });
      expect(await verifyCredential(token, base)).toMatchObject({
        status: 'malformed',
        reason: `the credential has typ ${JSON.stringify(typ ?? null)}; expected "vc+jwt" or "vc-ld+jwt"`,
      });
    }
  });

  it('names the missing field of a signed credential', async () => {
    const result = await verifyCredential(get('malformed-no-subject-id').jws, base);
    expect(result.reason).toBe(
      'the credential is not a valid badge credential: credentialSubject.id must be an origin such as "https://shop.example" (scheme, host and optional port only), got nothing',
    );
    expect(result.issues.map((i) => i.path)).toEqual(['credentialSubject.id']);
    expect(result.credential).toBeUndefined();
  });

  it('a token over 64 KiB is refused before any work', async () => {
    expect(await verifyCredential(`${'a'.repeat(70_000)}.b.c`, base)).toMatchObject({
      status: 'malformed',
      reason: 'the credential is 70004 characters long; at most 65536 are accepted',
    });
  });
});

describe('every reason code is reachable', () => {
  it('the cases above produce all 20 codes', async () => {
    // One representative per code, run again here so that a code nobody can reach fails this test.
    const own = await generateIssuerKey('EdDSA', { kid: 'own' });
    const hang: FetchLike = () => new Promise(() => {});
    const revocationOnly = await signJws(await createStatusListCredential({ url: STATUS_LIST_URL, issuer: FIXTURE_ISSUER }), keys.eddsa);
    const unknownType = await signCredential(
      {
        ...fixtureCredential(),
        credentialStatus: {
          type: 'StatusList2021Entry',
          statusPurpose: 'revocation',
          statusListIndex: '1',
          statusListCredential: STATUS_LIST_URL,
        },
      },
      keys.eddsa,
    );
    const suspensionEntry = await signCredential(
      {
        ...fixtureCredential(),
        credentialStatus: {
          type: 'BitstringStatusListEntry',
          statusPurpose: 'suspension',
          statusListIndex: '1',
          statusListCredential: STATUS_LIST_URL,
        },
      },
      keys.eddsa,
    );
    const suspendedList = await signJws(
      await createStatusListCredential({ url: STATUS_LIST_URL, issuer: FIXTURE_ISSUER, statusPurpose: 'suspension', revoked: [1] }),
      keys.eddsa,
    );
    const runs: [string, VerifyCredentialOptions][] = [
      [get('valid-eddsa').jws, base],
      [get('valid-eddsa').jws, { ...base, testKeys: get('valid-eddsa').keys }],
      [get('expired').jws, base],
      [get('not-yet-valid').jws, base],
      [get('wrong-origin').jws, base],
      [get('revoked').jws, base],
      [suspensionEntry, hosting({ [STATUS_LIST_URL]: suspendedList }).options],
      [get('malformed-not-vc').jws, base],
      [get('tampered-signature').jws, base],
      [get('alg-none').jws, base],
      [await signWithHeader(fixtureCredential(), { jku: 'https://attacker.example/k' }), base],
      [await sign({ issuer: 'urn:x:y' }), base],
      [get('unknown-issuer').jws, base],
      [await sign({ issuer: FIXTURE_ORIGIN }), { ...base, trustedIssuers: undefined }],
      [await signCredential(fixtureCredential(), own.privateJwk), base],
      [get('valid-eddsa').jws, { ...base, fetch: hang, timeout: 10 }],
      [get('revoked').jws, hosting({ [STATUS_LIST_URL]: undefined }).options],
      [get('revoked').jws, hosting({ [STATUS_LIST_URL]: 'junk' }).options],
      [suspensionEntry, hosting({ [STATUS_LIST_URL]: revocationOnly }).options],
      [unknownType, base],
    ];
    const codes = new Set<BadgeReason>();
    for (const [jws, options] of runs) codes.add((await verifyCredential(jws, options)).code);
    expect([...codes].sort()).toEqual([...BADGE_REASONS].sort());
  });
});

describe('key generation for both algorithms on this runtime (Node WebCrypto)', () => {
  it.each(['ES256', 'EdDSA'] as const)('%s keys sign credentials that verify from the issuer origin', async (alg) => {
    const pair = await generateIssuerKey(alg, { kid: `k-${alg}` });
    const jws = await signCredential(fixtureCredential(), pair.privateJwk);
    expect(await verdict(jws, hosting({ [KEYS_URL]: JSON.stringify(pair.jwks) }).options)).toBe('verified/verified');
  });
});
