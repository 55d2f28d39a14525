/**
 * Badge credential fixtures, made with the issuer CLI's own functions (keygen, sign, status-list) so that the
 * fixtures and the tool cannot drift apart. Used at test time by the unit tests, and by `npm run fixtures:badge`
 * (scripts/badge-fixtures.mjs) to write the static copies in test/fixtures/badge/ for browser tests and stories.
 *
 * Every fixture is self-contained: the JWS, the page origin it is checked on, the issuer's public keys, the
 * allow-list of issuers, the status lists it may need, and the status it must produce. Validity windows lie far
 * in the past or the future (2001, 2098–2099), so the fixtures give the same result for the rest of the century.
 * The keys are test keys made for this purpose only.
 */
import { base64url } from 'jose';
import {
  issuerKeysUrl,
  type BadgeJWK,
  type BadgeJWKS,
  type BadgeStatus,
  type FetchLike,
  type VerifyCredentialOptions,
} from '@trust-signals/core/badge';
import {
  createStatusListCredential,
  generateIssuerKey,
  signCredential,
  signJws,
  type PrivateJWK,
} from '../../packages/issuer/src/issuer.js';

// not index.js: the CLI there needs Node, this file also runs in browsers

export const FIXTURE_ORIGIN = 'https://shop.example';
export const FIXTURE_ISSUER = 'https://certifier.example';
export const ROGUE_ISSUER = 'https://rogue.example';
export const STATUS_LIST_URL = 'https://certifier.example/status/1';
/** Index of the valid ES256 credential in the status list (bit clear). */
export const CLEAR_INDEX = 7;
/** Index of the revoked credential in the status list (bit set). */
export const REVOKED_INDEX = 42;

export const VALID_FROM = '2024-01-01T00:00:00Z';
export const VALID_UNTIL = '2099-12-31T23:59:59Z';

/** The private test keys: the trusted issuer's two keys and a key of an issuer nobody trusts. */
export interface BadgeFixtureKeys {
  readonly es256: PrivateJWK;
  readonly eddsa: PrivateJWK;
  readonly rogue: PrivateJWK;
}

/** The names of the fixtures, one per case the verifier must tell apart. */
export const FIXTURE_NAMES = [
  'valid-es256',
  'valid-eddsa',
  'tampered-payload',
  'tampered-signature',
  'wrong-origin',
  'expired',
  'not-yet-valid',
  'revoked',
  'unknown-issuer',
  'alg-none',
  'malformed-not-jws',
  'malformed-not-vc',
  'malformed-no-subject-id',
] as const;
export type BadgeFixtureName = (typeof FIXTURE_NAMES)[number];

export interface BadgeFixture {
  readonly name: BadgeFixtureName;
  readonly description: string;
  /** The status `verifyCredential` must return for it. */
  readonly expected: BadgeStatus;
  /** The page origin to verify it on. */
  readonly origin: string;
  readonly jws: string;
  /** The trusted issuer's public key set (both of its keys; never the rogue key). */
  readonly keys: BadgeJWKS;
  readonly trustedIssuers: readonly string[];
  /** Status list credentials by URL, for `fetchStatusList`. */
  readonly statusLists: Readonly<Record<string, string>>;
}

/** Generates fresh test keys with the CLI's keygen. */
export async function makeFixtureKeys(): Promise<BadgeFixtureKeys> {
  const [es256, eddsa, rogue] = await Promise.all([
    generateIssuerKey('ES256', { kid: 'test-es256' }),
    generateIssuerKey('EdDSA', { kid: 'test-eddsa' }),
    generateIssuerKey('EdDSA', { kid: 'rogue-eddsa' }),
  ]);
  return { es256: es256.privateJwk, eddsa: eddsa.privateJwk, rogue: rogue.privateJwk };
}

/** The public half of a private JWK. */
export function publicJwk(jwk: PrivateJWK): BadgeJWK {
  const { d: _d, ...rest } = jwk;
  return rest;
}

export interface CredentialFields {
  issuer?: string;
  origin?: string;
  validFrom?: string;
  validUntil?: string;
  level?: string;
  statusListIndex?: number;
}

/** A badge credential payload (VC 2.0) with the fixtures' defaults. */
export function fixtureCredential(fields: CredentialFields = {}): Record<string, unknown> {
  const credential: Record<string, unknown> = {
    '@context': ['https://www.w3.org/ns/credentials/v2'],
    type: ['VerifiableCredential', 'TrustBadgeCredential'],
    issuer: { id: fields.issuer ?? FIXTURE_ISSUER, name: fields.issuer === ROGUE_ISSUER ? 'Rogue Seals Inc.' : 'Example Certifier' },
    validFrom: fields.validFrom ?? VALID_FROM,
    validUntil: fields.validUntil ?? VALID_UNTIL,
    credentialSubject: {
      id: fields.origin ?? FIXTURE_ORIGIN,
      name: 'Example Shop Ltd',
      certification: {
        scheme: 'Example Secure Checkout',
        level: fields.level ?? 'Gold',
        scope: 'Checkout and payment pages',
        criteria: 'https://certifier.example/criteria/v2',
      },
    },
  };
  if (fields.statusListIndex !== undefined) {
    credential.credentialStatus = {
      type: 'BitstringStatusListEntry',
      statusPurpose: 'revocation',
      statusListIndex: String(fields.statusListIndex),
      statusListCredential: STATUS_LIST_URL,
    };
  }
  return credential;
}

const encodeJson = (value: unknown) => base64url.encode(JSON.stringify(value));
const decodeJson = (segment: string) => JSON.parse(new TextDecoder().decode(base64url.decode(segment))) as Record<string, unknown>;

/** Replaces the payload of a signed JWS, keeping its header and signature: a forgery attempt. */
export function tamperPayload(jws: string, change: (payload: Record<string, unknown>) => void): string {
  const [header, payload, signature] = jws.split('.') as [string, string, string];
  const decoded = decodeJson(payload);
  change(decoded);
  return `${header}.${encodeJson(decoded)}.${signature}`;
}

/** Flips one bit in the middle of a JWS signature (not in the last character, whose low bits may be padding). */
export function tamperSignature(jws: string): string {
  const [header, payload, signature] = jws.split('.') as [string, string, string];
  const bytes = base64url.decode(signature);
  bytes[10]! ^= 0x01;
  return `${header}.${payload}.${base64url.encode(bytes)}`;
}

/** An unsigned token: header `{"alg":"none","typ":"vc+jwt"}`, a valid payload, an empty signature. */
export function unsignedToken(payload: unknown): string {
  return `${encodeJson({ alg: 'none', typ: 'vc+jwt' })}.${encodeJson(payload)}.`;
}

/** Makes every fixture with the given keys (fresh ones by default). */
export async function makeBadgeFixtures(keys?: BadgeFixtureKeys): Promise<BadgeFixture[]> {
  const k = keys ?? (await makeFixtureKeys());
  const jwks: BadgeJWKS = { keys: [publicJwk(k.es256), publicJwk(k.eddsa)] };
  const statusList = await signJws(
    await createStatusListCredential({
      url: STATUS_LIST_URL,
      issuer: FIXTURE_ISSUER,
      revoked: [REVOKED_INDEX],
      validFrom: VALID_FROM,
      validUntil: VALID_UNTIL,
    }),
    k.eddsa,
  );
  const statusLists = { [STATUS_LIST_URL]: statusList };
  const validEddsa = await signCredential(fixtureCredential(), k.eddsa);
  const fixture = (name: BadgeFixtureName, expected: BadgeStatus, description: string, jws: string): BadgeFixture => ({
    name,
    description,
    expected,
    origin: FIXTURE_ORIGIN,
    jws,
    keys: jwks,
    trustedIssuers: [FIXTURE_ISSUER],
    statusLists,
  });
  return [
    fixture(
      'valid-es256',
      'verified',
      'ES256, with a revocation status entry whose bit is clear',
      await signCredential(fixtureCredential({ statusListIndex: CLEAR_INDEX }), k.es256),
    ),
    fixture('valid-eddsa', 'verified', 'EdDSA (Ed25519), no revocation status entry', validEddsa),
    fixture(
      'tampered-payload',
      'bad-signature',
      'valid-eddsa with its level changed from Gold to Platinum after signing',
      tamperPayload(validEddsa, (p) => {
        ((p.credentialSubject as Record<string, unknown>).certification as Record<string, unknown>).level = 'Platinum';
      }),
    ),
    fixture('tampered-signature', 'bad-signature', 'valid-eddsa with one bit of its signature flipped', tamperSignature(validEddsa)),
    fixture(
      'wrong-origin',
      'wrong-origin',
      'genuine, but issued for https://other-shop.example',
      await signCredential(fixtureCredential({ origin: 'https://other-shop.example' }), k.eddsa),
    ),
    fixture(
      'expired',
      'expired',
      'genuine, valid 2000-01-01 to 2001-12-31',
      await signCredential(fixtureCredential({ validFrom: '2000-01-01T00:00:00Z', validUntil: '2001-12-31T23:59:59Z' }), k.eddsa),
    ),
    fixture(
      'not-yet-valid',
      'not-yet-valid',
      'genuine, valid 2098-01-01 to 2099-12-31',
      await signCredential(fixtureCredential({ validFrom: '2098-01-01T00:00:00Z' }), k.eddsa),
    ),
    fixture(
      'revoked',
      'revoked',
      `genuine, but bit ${REVOKED_INDEX} of the issuer's status list is set`,
      await signCredential(fixtureCredential({ statusListIndex: REVOKED_INDEX }), k.eddsa),
    ),
    fixture(
      'unknown-issuer',
      'unknown-issuer',
      'signed by https://rogue.example with a key not in the key set; issuer not trusted',
      await signCredential(fixtureCredential({ issuer: ROGUE_ISSUER }), k.rogue),
    ),
    fixture(
      'alg-none',
      'bad-signature',
      'the valid payload with header {"alg":"none"} and no signature',
      unsignedToken(fixtureCredential()),
    ),
    fixture('malformed-not-jws', 'malformed', 'plain text, not a compact JWS', 'this is not a credential'),
    fixture(
      'malformed-not-vc',
      'malformed',
      'signed by the issuer, but the payload is not a verifiable credential',
      await signJws({ hello: 'world' }, k.eddsa),
    ),
    fixture(
      'malformed-no-subject-id',
      'malformed',
      'signed by the issuer, but credentialSubject.id is missing',
      await signCredential(withoutSubjectId(fixtureCredential()), k.eddsa, { check: false }),
    ),
  ];
}

function withoutSubjectId(credential: Record<string, unknown>): Record<string, unknown> {
  const { id: _id, ...subject } = credential.credentialSubject as Record<string, unknown>;
  return { ...credential, credentialSubject: subject };
}

/**
 * The certifier's web server, in memory: answers the issuer's key set at its well-known URL and the status lists
 * by URL, like `fetch` (a 404 for anything else). `calls` records every URL asked for.
 */
export function issuerServer(files: Readonly<Record<string, string>>) {
  const calls: string[] = [];
  const fetch: FetchLike = async (url) => {
    calls.push(url);
    const body = files[url];
    return body === undefined
      ? { ok: false, status: 404, text: async () => 'Not found' }
      : { ok: true, status: 200, text: async () => body };
  };
  return { fetch, calls };
}

/** The files a fixture's certifier hosts: its key set at `issuerKeysUrl(FIXTURE_ISSUER)` and its status lists. */
export function fixtureFiles(fixture: Pick<BadgeFixture, 'keys' | 'statusLists'>): Record<string, string> {
  return { [issuerKeysUrl(FIXTURE_ISSUER)]: JSON.stringify(fixture.keys), ...fixture.statusLists };
}

/** The `verifyCredential` options a fixture is meant to be checked with (the certifier's files served from memory). */
export function fixtureOptions(
  fixture: Pick<BadgeFixture, 'origin' | 'keys' | 'trustedIssuers' | 'statusLists'>,
  extra: Partial<VerifyCredentialOptions> = {},
): VerifyCredentialOptions {
  return {
    origin: fixture.origin,
    trustedIssuers: fixture.trustedIssuers,
    fetch: issuerServer(fixtureFiles(fixture)).fetch,
    ...extra,
  };
}
