import {
  base64url,
  compactVerify,
  createLocalJWKSet,
  decodeProtectedHeader,
  type JSONWebKeySet,
  type ProtectedHeaderParameters,
} from 'jose';
import type { DataIssue } from '../errors.js';
import {
  issuerOrigin,
  normalizeOrigin,
  originHost,
  parseBadgeCredential,
  type BadgeCredential,
  type BadgeStatusEntry,
} from './credential.js';
import { BADGE_ALGORITHMS, parseIssuerKeys, type BadgeJWKS, type IssuerKeysInput } from './keys.js';
import { decodeStatusList, parseStatusListCredential, readBit, type StatusListCredential } from './status-list.js';

/**
 * The outcome of verifying a badge credential. Only `verified` may be shown as "Verified".
 *
 * - `verified`: signed by a key its issuer publishes at its own origin, made for this origin, valid now, not revoked or
 *   suspended
 * - `test-key`: everything checks, but with a key the page supplied (test mode): never "Verified"
 * - `expired`: genuine, but `validUntil` has passed
 * - `not-yet-valid`: genuine, but `validFrom` is still to come
 * - `wrong-origin`: genuine, but made for another origin than the page's (a copied badge)
 * - `bad-signature`: the signature does not match (tampered), the token is unsigned, uses a refused algorithm or
 *   carries its own key
 * - `unknown-issuer`: the issuer is not identified by an origin, is not in `trustedIssuers`, is the page itself, or
 *   does not publish the signing key
 * - `revoked`: a revocation status list of the issuer marks it
 * - `suspended`: a suspension status list of the issuer marks it
 * - `malformed`: not a compact JWS, wrong `typ`, or the payload is not a valid badge credential (see `issues`)
 * - `unchecked`: a check could not be made (keys or status list unreachable, slow, invalid, of another issuer or
 *   purpose, or of a status type this library cannot check): fails closed
 */
export type BadgeStatus =
  | 'verified'
  | 'test-key'
  | 'expired'
  | 'not-yet-valid'
  | 'wrong-origin'
  | 'bad-signature'
  | 'unknown-issuer'
  | 'revoked'
  | 'suspended'
  | 'malformed'
  | 'unchecked';

/** Every {@link BadgeStatus}, in the order of the table above (for stories, tests and exhaustive switches). */
export const BADGE_STATUSES: readonly BadgeStatus[] = [
  'verified',
  'test-key',
  'expired',
  'not-yet-valid',
  'wrong-origin',
  'bad-signature',
  'unknown-issuer',
  'revoked',
  'suspended',
  'malformed',
  'unchecked',
];

/**
 * Why a verification ended as it did, finer than {@link BadgeStatus}: each code has its own localized text in
 * `<trust-badge>`. The status a code goes with is in {@link BADGE_REASON_STATUS}.
 */
export type BadgeReason =
  | 'verified'
  | 'test-key'
  | 'expired'
  | 'not-yet-valid'
  | 'wrong-origin'
  | 'revoked'
  | 'suspended'
  | 'malformed'
  | 'bad-signature'
  | 'algorithm'
  | 'embedded-key'
  | 'issuer-not-origin'
  | 'issuer-not-trusted'
  | 'self-issued'
  | 'key-not-published'
  | 'keys-unreachable'
  | 'status-unreachable'
  | 'status-invalid'
  | 'status-mismatch'
  | 'status-unsupported';

/** The status each {@link BadgeReason} ends in. */
export const BADGE_REASON_STATUS: Readonly<Record<BadgeReason, BadgeStatus>> = {
  verified: 'verified',
  'test-key': 'test-key',
  expired: 'expired',
  'not-yet-valid': 'not-yet-valid',
  'wrong-origin': 'wrong-origin',
  revoked: 'revoked',
  suspended: 'suspended',
  malformed: 'malformed',
  'bad-signature': 'bad-signature',
  algorithm: 'bad-signature',
  'embedded-key': 'bad-signature',
  'issuer-not-origin': 'unknown-issuer',
  'issuer-not-trusted': 'unknown-issuer',
  'self-issued': 'unknown-issuer',
  'key-not-published': 'unknown-issuer',
  'keys-unreachable': 'unchecked',
  'status-unreachable': 'unchecked',
  'status-invalid': 'unchecked',
  'status-mismatch': 'unchecked',
  'status-unsupported': 'unchecked',
};

/** Every {@link BadgeReason}. */
export const BADGE_REASONS = Object.keys(BADGE_REASON_STATUS) as readonly BadgeReason[];

/**
 * Whether revocation and suspension were checked, on a `verified`, `test-key`, `revoked` or `suspended` result:
 * `checked`: every status entry was looked up in a status list signed by the issuer's key;
 * `none`: the credential has no status entry (its issuer offers no revocation).
 * There is no "not checked": an entry is always checked, or the result is `unchecked`.
 */
export type RevocationCheck = 'checked' | 'none';

/** The issuer as the verifier identifies it: by the origin that published its keys. */
export interface BadgeIssuerIdentity {
  /** `https://certifier.example` (or a loopback `http:` origin in development). */
  readonly origin: string;
  /** The host shown to visitors, "certifier.example" (punycode for IDN hosts, with a port when not the default). */
  readonly host: string;
}

/** The result of {@link verifyCredential}. */
export interface BadgeVerification {
  readonly status: BadgeStatus;
  /** The specific reason (see {@link BadgeReason}); `<trust-badge>` shows a localized text for it. */
  readonly code: BadgeReason;
  /** Why, in plain English for the developer (log it; do not show it to visitors as-is). */
  readonly reason: string;
  /**
   * The credential, present only once its signature has been verified with the issuer's key (or a test key)
   * and its payload parsed, so nothing unverified can be displayed as the issuer's claim. It is present on
   * `expired`, `wrong-origin` and the like too: show it as the issuer's claim only when `status` is `verified`.
   */
  readonly credential?: BadgeCredential;
  /**
   * The issuer's origin and host, named by the credential's issuer id. On `verified` it is the verified identity
   * ("Verified by certifier.example"); on other results it is only what the credential claims.
   */
  readonly issuer?: BadgeIssuerIdentity;
  /** Set on `verified`, `test-key`, `revoked` and `suspended` results: see {@link RevocationCheck}. */
  readonly revocation?: RevocationCheck;
  /** `kid` of the protected header of the verified credential, if it had one. */
  readonly keyId?: string;
  /** Field-path issues behind a `malformed`, `unknown-issuer` or `unchecked` result, for `trust-error`. */
  readonly issues: readonly DataIssue[];
  /** The time the validity was checked against (`options.now` or the clock). */
  readonly checkedAt: Date;
  /**
   * When this verdict changes by time alone and must be checked again: the credential's `validUntil` (or a
   * status list's, when earlier) for `verified` and `test-key`, its `validFrom` for `not-yet-valid`.
   */
  readonly recheckAt?: Date;
}

/** The part of `Response` that {@link verifyCredential} uses, so tests and other runtimes can pass their own. */
export interface FetchResponseLike {
  readonly ok: boolean;
  readonly status: number;
  /** `true` when the response came through a redirect: refused (the key set must come from the issuer's origin). */
  readonly redirected?: boolean;
  text(): Promise<string>;
}

/** A `fetch`-compatible function. */
export type FetchLike = (url: string, init?: RequestInit) => Promise<FetchResponseLike>;

/** Where an issuer publishes its key set (a JWKS), under its origin: `https://certifier.example/.well-known/trust-badge/jwks.json`. */
export const BADGE_KEYS_PATH = '/.well-known/trust-badge/jwks.json';

/** How long one request (key set or status list) may take before the check fails closed, in milliseconds. */
export const BADGE_FETCH_TIMEOUT = 5000;

/** The URL of an issuer's key set: its origin plus {@link BADGE_KEYS_PATH}. */
export function issuerKeysUrl(origin: string): string {
  return new URL(BADGE_KEYS_PATH, origin).href;
}

/**
 * Options of {@link verifyCredential}. No network request is made except to the issuer's origin (its key set
 * at {@link BADGE_KEYS_PATH}), to the status lists the signed credential names, and in test mode to `testKeysUrl`.
 */
export interface VerifyCredentialOptions {
  /**
   * The page's origin (`location.origin`), or any http(s) URL of the page: its origin is used. Normalized
   * (lowercase, default port dropped) and compared exactly with `credentialSubject.id`: no subdomain matches,
   * `https://www.shop.example` is not `https://shop.example`.
   */
  readonly origin: string;
  /**
   * The fetch used for the key set and the status lists; default `globalThis.fetch`. Called with `redirect: 'error'`
   * and no credentials.
   */
  readonly fetch?: FetchLike;
  /** Milliseconds one request may take (default {@link BADGE_FETCH_TIMEOUT}); then the result is `unchecked`. */
  readonly timeout?: number;
  /**
   * Issuers this page accepts, as origins or `did:web` ids (compared by origin). Absent: any issuer identified
   * by an origin. An empty list accepts no issuer: every badge is `unknown-issuer` (one meaning in the element
   * and here). It can only narrow what verifies, never widen it: keys always come from the issuer's origin.
   */
  readonly trustedIssuers?: readonly string[];
  /**
   * TEST MODE: keys supplied by the page (a JWK, a JWKS or the JSON text of either). The signature is checked
   * with these instead of the issuer's published keys, and a credential that passes every check is `test-key`,
   * never `verified`.
   */
  readonly testKeys?: IssuerKeysInput;
  /** TEST MODE: a URL of a key set supplied by the page (any origin), as {@link VerifyCredentialOptions.testKeys}. */
  readonly testKeysUrl?: string;
  /** The time to check validity against; default now. */
  readonly now?: Date;
  /** Allowed clock skew in seconds for `validFrom`/`validUntil` (and status list dates); default 0. */
  readonly clockTolerance?: number;
}

/** Accepted JWS `typ` values (case-insensitive, with or without `application/`). */
export const BADGE_JWS_TYPES = ['vc+jwt', 'vc-ld+jwt'] as const;

/** Longest credential token accepted (64 KiB): a badge credential is a few hundred bytes. */
export const MAX_JWS_LENGTH = 65_536;

/** Longest key set accepted (64 KiB of JSON). */
export const MAX_KEY_SET_LENGTH = 65_536;

/** Longest status list token accepted (4 MiB): a list of 131,072 entries is a few hundred bytes when few are set. */
export const MAX_STATUS_LIST_LENGTH = 4 * 1024 * 1024;

/**
 * Protected-header members that carry or point to a key. The issuer's key comes from its origin only, so a token that
 * brings its own is refused.
 */
const KEY_HEADERS = ['jwk', 'jku', 'x5u', 'x5c', 'x5t', 'x5t#S256'];

const COMPACT_JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;

interface Failure {
  readonly code: BadgeReason;
  readonly reason: string;
  readonly issues?: readonly DataIssue[];
}
type Step<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly failure: Failure };
const pass = <T>(value: T): Step<T> => ({ ok: true, value });
const stop = <T = never>(code: BadgeReason, reason: string, issues?: readonly DataIssue[]): Step<T> => ({
  ok: false,
  failure: issues ? { code, reason, issues } : { code, reason },
});

const listIssues = (issues: readonly DataIssue[]): string =>
  issues
    .filter((i) => i.severity === 'error')
    .slice(0, 3)
    .map((i) => (i.path ? `${i.path} ${i.message}` : i.message))
    .join('; ') + (issues.filter((i) => i.severity === 'error').length > 3 ? '; …' : '');

const errorCode = (error: unknown): string | undefined =>
  typeof error === 'object' && error !== null && typeof (error as { code?: unknown }).code === 'string'
    ? (error as { code: string }).code
    : undefined;

const errorMessage = (error: unknown): string => (error instanceof Error ? error.message : String(error));

const iso = (date: Date) => date.toISOString();

/** Checks a token's shape and protected header (algorithm, `typ`, no key of its own) before any key is touched. */
function checkHeader(token: unknown, label: string, maxLength: number, malformed: BadgeReason): Step<ProtectedHeaderParameters> {
  if (typeof token !== 'string')
    return stop(malformed, `${label} must be a compact JWS string, got ${token === null ? 'null' : typeof token}`);
  if (token.length > maxLength) return stop(malformed, `${label} is ${token.length} characters long; at most ${maxLength} are accepted`);
  if (!COMPACT_JWS.test(token)) return stop(malformed, `${label} is not a compact JWS (three base64url parts separated by dots)`);
  let header: ProtectedHeaderParameters;
  try {
    header = decodeProtectedHeader(token);
  } catch {
    return stop(malformed, `${label} has a protected header that is not base64url-encoded JSON`);
  }
  const { alg, typ } = header;
  if (alg === 'none') return stop('algorithm', `${label} is not signed (alg "none"); only ES256 and EdDSA signatures are accepted`);
  if (typeof alg !== 'string' || !(BADGE_ALGORITHMS as readonly string[]).includes(alg)) {
    return stop('algorithm', `${label} uses alg ${JSON.stringify(alg ?? null)}; only ES256 and EdDSA signatures are accepted`);
  }
  const embedded = KEY_HEADERS.find((member) => member in header);
  if (embedded) {
    return stop(
      'embedded-key',
      `${label} carries its own key ("${embedded}" in its header); a badge's key comes only from its issuer's origin`,
    );
  }
  const type = typeof typ === 'string' ? typ.toLowerCase().replace(/^application\//, '') : undefined;
  if (!type || !(BADGE_JWS_TYPES as readonly string[]).includes(type)) {
    return stop(malformed, `${label} has typ ${JSON.stringify(typ ?? null)}; expected "vc+jwt" or "vc-ld+jwt"`);
  }
  return pass(header);
}

type SignatureOutcome = { kind: 'verified'; payload: Uint8Array } | { kind: 'no-key' } | { kind: 'failed'; failure: Failure };

function classify(error: unknown, label: string, malformed: BadgeReason): SignatureOutcome {
  switch (errorCode(error)) {
    case 'ERR_JWKS_NO_MATCHING_KEY':
      return { kind: 'no-key' };
    case 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED':
      return {
        kind: 'failed',
        failure: {
          code: 'bad-signature',
          reason: `the signature of ${label} does not match its content: it was altered or signed with another key`,
        },
      };
    case 'ERR_JOSE_ALG_NOT_ALLOWED':
    case 'ERR_JOSE_NOT_SUPPORTED':
      return {
        kind: 'failed',
        failure: { code: 'algorithm', reason: `${label} uses an algorithm that is not accepted (${errorMessage(error)})` },
      };
    case 'ERR_JWKS_INVALID':
      return { kind: 'failed', failure: { code: 'keys-unreachable', reason: `the issuer key set is not usable (${errorMessage(error)})` } };
    default:
      return { kind: 'failed', failure: { code: malformed, reason: `${label} could not be verified (${errorMessage(error)})` } };
  }
}

/** Verifies a token's signature with one key set: jose picks the keys by `kid`, algorithm and curve. */
async function verifyWithSet(token: string, jwks: BadgeJWKS, label: string, malformed: BadgeReason): Promise<SignatureOutcome> {
  const algorithms = [...BADGE_ALGORITHMS];
  try {
    const set = createLocalJWKSet(jwks as unknown as JSONWebKeySet);
    const { payload } = await compactVerify(token, set, { algorithms });
    return { kind: 'verified', payload };
  } catch (error) {
    if (errorCode(error) !== 'ERR_JWKS_MULTIPLE_MATCHING_KEYS') return classify(error, label, malformed);
    // Several keys fit (no `kid`, or a repeated one): the signature must verify with one of them.
    let last: SignatureOutcome = classify({ code: 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED' }, label, malformed);
    for await (const key of error as AsyncIterable<CryptoKey>) {
      try {
        const { payload } = await compactVerify(token, key, { algorithms });
        return { kind: 'verified', payload };
      } catch (inner) {
        last = classify(inner, label, malformed);
        if (errorCode(inner) !== 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED') return last;
      }
    }
    return last;
  }
}

/**
 * Fetches a text with a time limit, without cookies and refusing redirects. `unreachable` is the reason code of
 * every failure (HTTP error, network error, redirect, time-out), `tooLong` that of an answer over `maxLength`.
 */
async function fetchText(
  url: string,
  what: string,
  options: VerifyCredentialOptions,
  maxLength: number,
  unreachable: BadgeReason,
  tooLong: BadgeReason = unreachable,
): Promise<Step<string>> {
  const doFetch = options.fetch ?? (globalThis.fetch as unknown as FetchLike | undefined);
  if (!doFetch) return stop(unreachable, `cannot fetch ${what} from ${url}: no fetch function is available`);
  const ms = Number.isFinite(options.timeout) && (options.timeout as number) > 0 ? (options.timeout as number) : BADGE_FETCH_TIMEOUT;
  const controller = typeof AbortController === 'function' ? new AbortController() : undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<Step<string>>((resolve) => {
    timer = setTimeout(() => {
      controller?.abort();
      resolve(stop(unreachable, `${what} at ${url} did not answer within ${ms} ms`));
    }, ms);
  });
  const read = (async (): Promise<Step<string>> => {
    const init: RequestInit = {
      credentials: 'omit',
      redirect: 'error',
      headers: { accept: 'application/jwk-set+json, application/vc+jwt, application/json' },
    };
    if (controller) init.signal = controller.signal;
    const response = await doFetch(url, init);
    if (response.redirected) return stop(unreachable, `${what} at ${url} answered with a redirect, which is refused`);
    if (!response.ok) return stop(unreachable, `fetching ${what} from ${url} failed with HTTP ${response.status}`);
    const text = await response.text();
    if (text.length > maxLength)
      return stop(tooLong, `${what} at ${url} is ${text.length} characters long; at most ${maxLength} are accepted`);
    return pass(text);
  })().catch((error: unknown) => stop<string>(unreachable, `fetching ${what} from ${url} failed: ${errorMessage(error)}`));
  try {
    return await Promise.race([read, timedOut]);
  } finally {
    clearTimeout(timer);
  }
}

/** Fetches and checks a key set: the issuer's published one, or in test mode the page's `testKeysUrl`. */
async function fetchKeys(url: string, options: VerifyCredentialOptions): Promise<Step<BadgeJWKS>> {
  const text = await fetchText(url, 'the issuer key set', options, MAX_KEY_SET_LENGTH, 'keys-unreachable');
  if (!text.ok) return text;
  let json: unknown;
  try {
    json = JSON.parse(text.value);
  } catch {
    return stop('keys-unreachable', `the issuer key set at ${url} is not JSON`);
  }
  const keys = parseIssuerKeys(json, 'keys');
  return keys.ok
    ? pass(keys.value)
    : stop('keys-unreachable', `the issuer key set at ${url} is not usable: ${listIssues(keys.errors)}`, keys.errors);
}

function decodePayload(bytes: Uint8Array, label: string, malformed: BadgeReason): Step<unknown> {
  try {
    return pass(JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) as unknown);
  } catch {
    return stop(malformed, `the payload of ${label} is not JSON`);
  }
}

/** The issuer id a token claims, read before its signature is checked (only to know where its keys live). */
function claimedIssuer(token: string): Step<string> {
  let payload: unknown;
  try {
    payload = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(base64url.decode(token.split('.')[1]!)));
  } catch {
    return stop('malformed', 'the payload of the credential is not base64url-encoded JSON');
  }
  const raw = typeof payload === 'object' && payload !== null ? (payload as { issuer?: unknown }).issuer : undefined;
  const id = typeof raw === 'string' ? raw : typeof raw === 'object' && raw !== null ? (raw as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? pass(id) : stop('malformed', 'the credential names no issuer id (issuer or issuer.id)');
}

/**
 * Verifies a badge credential: a compact JWS (`typ` `vc+jwt` or `vc-ld+jwt`, alg ES256 or EdDSA, no key in its
 * header) whose payload is a W3C Verifiable Credential 2.0 certifying a web origin. Checks, in this order,
 * stopping at the first failure: the token's form and header; the issuer id names an origin
 * ({@link issuerOrigin}), allowed by `trustedIssuers`, other than the page's own; the signature, with the key
 * set the issuer publishes at `issuerKeysUrl(origin)` (or the page's test keys, in test mode); the payload
 * ({@link parseBadgeCredential}); the subject origin against `origin`; the validity window; every status entry
 * (revocation and suspension, through status lists signed by the same keys and issued by the same issuer).
 * Anything that cannot be checked fails closed (`unchecked`).
 *
 * Never throws and never rejects: every failure is a status with a code and a reason. Uses WebCrypto through
 * `jose` only, so it runs the same in browsers and in Node ≥ 20.
 */
export async function verifyCredential(jws: string, options: VerifyCredentialOptions): Promise<BadgeVerification> {
  const checkedAt = options?.now instanceof Date && Number.isFinite(options.now.getTime()) ? new Date(options.now.getTime()) : new Date();
  try {
    return await verify(jws, options ?? ({} as VerifyCredentialOptions), checkedAt);
  } catch (error) {
    // Defensive: nothing above is expected to throw, but a caller's fetch or an odd runtime might.
    return {
      status: 'malformed',
      code: 'malformed',
      reason: `verification failed unexpectedly: ${errorMessage(error)}`,
      issues: [],
      checkedAt,
    };
  }
}

/** A status list, fetched, signature-checked and decoded: what every entry pointing at its URL reads. */
interface LoadedList {
  readonly list: StatusListCredential;
  readonly bits: Uint8Array;
}

async function verify(jws: unknown, options: VerifyCredentialOptions, checkedAt: Date): Promise<BadgeVerification> {
  let known: Partial<BadgeVerification> = {};
  const done = (failure: Failure, extra: Partial<BadgeVerification> = {}): BadgeVerification => ({
    status: BADGE_REASON_STATUS[failure.code],
    code: failure.code,
    reason: failure.reason,
    issues: failure.issues ?? [],
    checkedAt,
    ...known,
    ...extra,
  });
  const token = typeof jws === 'string' ? jws.trim() : jws;
  const label = 'the credential';

  // 1. Form and header.
  const header = checkHeader(token, label, MAX_JWS_LENGTH, 'malformed');
  if (!header.ok) return done(header.failure);
  const jwsText = token as string;
  const keyId = typeof header.value.kid === 'string' ? header.value.kid : undefined;

  // 2. Who the credential says issued it: an origin, allowed by the page, and not the page itself.
  const claimed = claimedIssuer(jwsText);
  if (!claimed.ok) return done(claimed.failure);
  const origin = issuerOrigin(claimed.value);
  if (!origin) {
    return done({
      code: 'issuer-not-origin',
      reason:
        `the issuer ${JSON.stringify(claimed.value)} is not identified by an https origin (or did:web), ` +
        'so its keys cannot be fetched from it',
    });
  }
  const issuer: BadgeIssuerIdentity = { origin, host: originHost(origin) };
  known = { issuer };
  const trusted = options.trustedIssuers;
  if (trusted !== undefined && !trusted.some((entry) => issuerOrigin(entry) === origin)) {
    return done({
      code: 'issuer-not-trusted',
      reason:
        `the issuer ${origin} is not among this page's trusted issuers ` +
        `(${trusted.map((t) => JSON.stringify(t)).join(', ') || 'none: the list is empty'})`,
    });
  }
  const pageOrigin = typeof options.origin === 'string' ? normalizeOrigin(options.origin) : undefined;
  if (pageOrigin === origin) {
    return done({
      code: 'self-issued',
      reason: `the credential is issued by ${origin}, the page's own origin: a website cannot certify itself`,
    });
  }

  // 3. Keys: only the issuer's own published key set, or in test mode the page's.
  const testMode = options.testKeys !== undefined || options.testKeysUrl !== undefined;
  let keys: BadgeJWKS;
  if (options.testKeys !== undefined) {
    const inline = parseIssuerKeys(options.testKeys, 'testKeys');
    if (!inline.ok)
      return done({
        code: 'keys-unreachable',
        reason: `the test keys are not usable: ${listIssues(inline.errors)}`,
        issues: inline.errors,
      });
    keys = inline.value;
  } else {
    const fetched = await fetchKeys(options.testKeysUrl ?? issuerKeysUrl(origin), options);
    if (!fetched.ok) return done(fetched.failure);
    keys = fetched.value;
  }
  const outcome = await verifyWithSet(jwsText, keys, label, 'malformed');
  if (outcome.kind === 'no-key') {
    const which = keyId ? `key "${keyId}"` : `a ${header.value.alg as string} key`;
    const where = testMode ? 'the test keys' : `the key set ${origin} publishes at ${BADGE_KEYS_PATH}`;
    return done({ code: 'key-not-published', reason: `${label} was signed with ${which}, which is not in ${where}` });
  }
  if (outcome.kind === 'failed') return done(outcome.failure);

  // 4. Payload.
  const json = decodePayload(outcome.payload, label, 'malformed');
  if (!json.ok) return done(json.failure);
  const parsed = parseBadgeCredential(json.value);
  if (!parsed.ok)
    return done({
      code: 'malformed',
      reason: `${label} is not a valid badge credential: ${listIssues(parsed.errors)}`,
      issues: parsed.errors,
    });
  const credential = parsed.value;
  known = keyId === undefined ? { issuer, credential } : { issuer, credential, keyId };

  // 5. Origin.
  if (!pageOrigin) {
    return done({
      code: 'wrong-origin',
      reason: `the page origin ${JSON.stringify(options.origin ?? null)} is not an http(s) origin, so no badge can be valid here`,
    });
  }
  if (credential.subject.id !== pageOrigin) {
    return done({
      code: 'wrong-origin',
      reason: `the credential was issued for ${credential.subject.id}, not for this page's origin ${pageOrigin}`,
    });
  }

  // 6. Validity window.
  const tolerance = Math.max(0, Number(options.clockTolerance) || 0) * 1000;
  const now = checkedAt.getTime();
  if (now + tolerance < credential.validFrom.getTime()) {
    return done(
      {
        code: 'not-yet-valid',
        reason: `the credential is valid from ${iso(credential.validFrom)}, after the time checked (${iso(checkedAt)})`,
      },
      { recheckAt: new Date(credential.validFrom.getTime() - tolerance) },
    );
  }
  if (now - tolerance > credential.validUntil.getTime()) {
    return done({ code: 'expired', reason: `the credential expired on ${iso(credential.validUntil)} (checked at ${iso(checkedAt)})` });
  }

  // 7. Status: every entry is checked, or the result is `unchecked`. The page cannot switch this off.
  if (credential.unsupportedStatus.length) {
    return done({
      code: 'status-unsupported',
      reason: `the credential's status cannot be checked: ${credential.unsupportedStatus.join('; ')}`,
    });
  }
  let recheck = credential.validUntil.getTime() + tolerance;
  const loaded = new Map<string, Promise<Step<LoadedList>>>();
  let revoked: BadgeStatusEntry | undefined;
  let suspended: BadgeStatusEntry | undefined;
  let failure: Failure | undefined;
  for (const entry of credential.status) {
    const url = entry.statusListCredential;
    let list = loaded.get(url);
    if (!list) {
      list = loadStatusList(url, keys, options);
      loaded.set(url, list);
    }
    const checked = checkEntry(entry, await list, credential, checkedAt, tolerance);
    if (!checked.ok) {
      failure ??= checked.failure;
      continue;
    }
    if (checked.value.validUntil) recheck = Math.min(recheck, checked.value.validUntil.getTime() + tolerance);
    if (checked.value.set) {
      if (entry.statusPurpose === 'revocation') revoked ??= entry;
      else suspended ??= entry;
    }
  }
  const revocation: RevocationCheck = credential.status.length ? 'checked' : 'none';
  const marked = revoked ?? suspended;
  if (marked) {
    const code = revoked ? 'revoked' : 'suspended';
    return done(
      {
        code,
        reason: `the issuer has ${code} this credential (status list ${marked.statusListCredential}, index ${marked.statusListIndex})`,
      },
      { revocation },
    );
  }
  if (failure) return done(failure);

  const summary =
    `signed by ${origin}${keyId ? ` (key "${keyId}")` : ''} for ${credential.subject.id}, ` +
    `valid until ${iso(credential.validUntil)}; ` +
    (revocation === 'checked' ? 'not revoked or suspended (status lists checked)' : 'the credential has no revocation status');
  const recheckAt = new Date(recheck);
  if (testMode) {
    return done(
      { code: 'test-key', reason: `TEST KEY, not verified: ${summary}, but with a key the page supplied, not one ${origin} publishes` },
      { revocation, recheckAt },
    );
  }
  return done({ code: 'verified', reason: summary }, { revocation, recheckAt });
}

/** Fetches, verifies and decodes the status list credential at `url`, once per verification. */
async function loadStatusList(url: string, keys: BadgeJWKS, options: VerifyCredentialOptions): Promise<Step<LoadedList>> {
  const label = `the status list ${url}`;
  const text = await fetchText(url, 'the status list', options, MAX_STATUS_LIST_LENGTH, 'status-unreachable', 'status-invalid');
  if (!text.ok) return text;
  const token = text.value.trim();
  const header = checkHeader(token, label, MAX_STATUS_LIST_LENGTH, 'status-invalid');
  if (!header.ok) return header.failure.code === 'status-invalid' ? header : stop('status-invalid', header.failure.reason);
  const outcome = await verifyWithSet(token, keys, label, 'status-invalid');
  if (outcome.kind === 'no-key') return stop('status-mismatch', `${label} is not signed by a key of the credential's issuer`);
  if (outcome.kind === 'failed') return stop('status-invalid', outcome.failure.reason);
  const json = decodePayload(outcome.payload, label, 'status-invalid');
  if (!json.ok) return json;
  const parsed = parseStatusListCredential(json.value);
  if (!parsed.ok)
    return stop('status-invalid', `${label} is not a valid status list credential: ${listIssues(parsed.errors)}`, parsed.errors);
  const bits = await decodeStatusList(parsed.value.encodedList);
  return bits.ok
    ? pass({ list: parsed.value, bits: bits.value })
    : stop('status-invalid', `${label}: ${listIssues(bits.errors)}`, bits.errors);
}

/** Checks one status entry against its loaded list: issuer, purpose, the list's validity, the index; then reads the bit. */
function checkEntry(
  entry: BadgeStatusEntry,
  loaded: Step<LoadedList>,
  credential: BadgeCredential,
  checkedAt: Date,
  tolerance: number,
): Step<{ set: boolean; validUntil?: Date }> {
  if (!loaded.ok) return loaded;
  const { list, bits } = loaded.value;
  const label = `the status list ${entry.statusListCredential}`;
  if (list.issuer !== credential.issuer.id) {
    return stop('status-mismatch', `${label} was issued by "${list.issuer}", not by the credential's issuer "${credential.issuer.id}"`);
  }
  if (!list.statusPurpose.includes(entry.statusPurpose)) {
    return stop('status-mismatch', `${label} serves ${list.statusPurpose.join(', ')}, not ${entry.statusPurpose}`);
  }
  if (list.validUntil && checkedAt.getTime() - tolerance > list.validUntil.getTime()) {
    return stop('status-invalid', `${label} expired on ${iso(list.validUntil)}, so it cannot confirm the credential's status`);
  }
  if (list.validFrom && checkedAt.getTime() + tolerance < list.validFrom.getTime()) {
    return stop('status-invalid', `${label} is valid only from ${iso(list.validFrom)}`);
  }
  const bit = readBit(bits, entry.statusListIndex);
  if (bit === undefined)
    return stop('status-invalid', `${label}: index ${entry.statusListIndex} is outside its ${bits.length * 8} entries`);
  return pass(list.validUntil ? { set: bit, validUntil: list.validUntil } : { set: bit });
}
