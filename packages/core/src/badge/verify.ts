import { compactVerify, createLocalJWKSet, decodeProtectedHeader, type JSONWebKeySet, type ProtectedHeaderParameters } from 'jose';
import type { DataIssue } from '../errors.js';
import { normalizeOrigin, parseBadgeCredential, type BadgeCredential, type BadgeStatusEntry } from './credential.js';
import { BADGE_ALGORITHMS, parseIssuerKeys, type BadgeJWKS, type IssuerKeysInput } from './keys.js';
import { decodeStatusList, parseStatusListCredential, readBit } from './status-list.js';

/**
 * The outcome of verifying a badge credential. Only `verified` may be shown as "Verified".
 *
 * | status | meaning |
 * |---|---|
 * | `verified` | signed by a configured issuer key, issuer allowed, made for this origin, valid now, not revoked (see `revocation`) |
 * | `expired` | genuine, but `validUntil` has passed |
 * | `not-yet-valid` | genuine, but `validFrom` is still to come |
 * | `wrong-origin` | genuine, but made for another origin than the page's (a copied badge) |
 * | `bad-signature` | the signature does not match (tampered), the token is unsigned (`alg: none`) or uses a refused algorithm |
 * | `unknown-issuer` | no configured key signed it, the issuer is not in `trustedIssuers`, or no usable key was configured |
 * | `revoked` | the issuer's status list marks it revoked (or suspended) |
 * | `malformed` | not a compact JWS, wrong `typ`, or the payload is not a valid badge credential (see `issues`) |
 * | `network-error` | the issuer keys or the status list could not be fetched |
 */
export type BadgeStatus =
  | 'verified'
  | 'expired'
  | 'not-yet-valid'
  | 'wrong-origin'
  | 'bad-signature'
  | 'unknown-issuer'
  | 'revoked'
  | 'malformed'
  | 'network-error';

/** Every {@link BadgeStatus}, in the order of the table above (for stories, tests and exhaustive switches). */
export const BADGE_STATUSES: readonly BadgeStatus[] = [
  'verified',
  'expired',
  'not-yet-valid',
  'wrong-origin',
  'bad-signature',
  'unknown-issuer',
  'revoked',
  'malformed',
  'network-error',
];

/**
 * Whether revocation was checked, on a `verified` or `revoked` result:
 * `checked`: every status list entry was looked up in a status list signed by the issuer;
 * `not-checked`: the credential has a status entry but no `fetchStatusList` was given, so revocation is unknown;
 * `none`: the credential has no status entry (its issuer offers no revocation).
 */
export type RevocationCheck = 'checked' | 'not-checked' | 'none';

/** The result of {@link verifyCredential}. */
export interface BadgeVerification {
  readonly status: BadgeStatus;
  /** Why, in plain English for the developer (log it; do not show it to visitors as-is). */
  readonly reason: string;
  /**
   * The credential, present only once its signature has been verified with a configured issuer key and its
   * payload parsed, so nothing unverified can be displayed as the issuer's claim. It is present on `expired`,
   * `wrong-origin` and the like too: show it as the issuer's claim only when `status` is `verified`.
   */
  readonly credential?: BadgeCredential;
  /** Set on `verified` and `revoked` results: see {@link RevocationCheck}. */
  readonly revocation?: RevocationCheck;
  /** `kid` of the protected header of the verified credential, if it had one. */
  readonly keyId?: string;
  /** Field-path issues behind a `malformed` or `unknown-issuer` result (payload, keys or status list), for `trust-error`. */
  readonly issues: readonly DataIssue[];
  /** The time the validity was checked against (`options.now` or the clock). */
  readonly checkedAt: Date;
}

/** The part of `Response` that {@link verifyCredential} uses, so tests and other runtimes can pass their own. */
export interface FetchResponseLike {
  readonly ok: boolean;
  readonly status: number;
  text(): Promise<string>;
}

/** A `fetch`-compatible function. */
export type FetchLike = (url: string, init?: RequestInit) => Promise<FetchResponseLike>;

/** Options of {@link verifyCredential}. No network request is made except through `keysUrl` and `fetchStatusList`. */
export interface VerifyCredentialOptions {
  /**
   * The page's origin (`location.origin`), or any http(s) URL of the page: its origin is used. Normalized
   * (lowercase, default port dropped) and compared exactly with `credentialSubject.id`: no subdomain matches,
   * `https://www.shop.example` is not `https://shop.example`.
   */
  readonly origin: string;
  /** Issuer public keys given inline: a JWK, a JWKS, or the JSON text of either (the `keys` attribute). */
  readonly keys?: IssuerKeysInput;
  /**
   * URL of the issuer's JWKS (the `issuer-keys` attribute). Fetched (without cookies) only when no inline key
   * matches the credential's `kid` and algorithm.
   */
  readonly keysUrl?: string;
  /** The fetch used for `keysUrl`; default `globalThis.fetch`. */
  readonly fetch?: FetchLike;
  /** Allowed issuer ids, compared exactly with the credential's `issuer` (id). Absent: any issuer whose key is configured. */
  readonly trustedIssuers?: readonly string[];
  /** The time to check validity against; default now. */
  readonly now?: Date;
  /** Allowed clock skew in seconds for `validFrom`/`validUntil` (and status list dates); default 0. */
  readonly clockTolerance?: number;
  /**
   * Returns the compact JWS of the status list credential at a URL named in the credential's `credentialStatus`.
   * Without it, revocation is not checked (and the result says `revocation: 'not-checked'`).
   */
  readonly fetchStatusList?: (url: string) => Promise<string>;
}

/** Accepted JWS `typ` values (case-insensitive, with or without `application/`). */
export const BADGE_JWS_TYPES = ['vc+jwt', 'vc-ld+jwt'] as const;

/** Longest token accepted (64 KiB): a badge credential is a few hundred bytes. */
export const MAX_JWS_LENGTH = 65_536;

const COMPACT_JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;

interface Failure {
  readonly status: BadgeStatus;
  readonly reason: string;
  readonly issues?: readonly DataIssue[];
}
type Step<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly failure: Failure };
const pass = <T>(value: T): Step<T> => ({ ok: true, value });
const stop = <T = never>(status: BadgeStatus, reason: string, issues?: readonly DataIssue[]): Step<T> => ({
  ok: false,
  failure: issues ? { status, reason, issues } : { status, reason },
});

const listIssues = (issues: readonly DataIssue[]): string =>
  issues
    .filter((i) => i.severity === 'error')
    .slice(0, 3)
    .map((i) => (i.path ? `${i.path} ${i.message}` : i.message))
    .join('; ') + (issues.filter((i) => i.severity === 'error').length > 3 ? '; …' : '');

const errorCode = (error: unknown): string | undefined =>
  typeof error === 'object' && error !== null && typeof (error as { code?: unknown }).code === 'string' ? (error as { code: string }).code : undefined;

const errorMessage = (error: unknown): string => (error instanceof Error ? error.message : String(error));

const iso = (date: Date) => date.toISOString();

/** Checks a token's shape and protected header (algorithm and `typ`) before any key is touched. */
function checkHeader(token: unknown, label: string): Step<ProtectedHeaderParameters> {
  if (typeof token !== 'string') return stop('malformed', `${label} must be a compact JWS string, got ${token === null ? 'null' : typeof token}`);
  if (token.length > MAX_JWS_LENGTH) return stop('malformed', `${label} is ${token.length} characters long; at most ${MAX_JWS_LENGTH} are accepted`);
  if (!COMPACT_JWS.test(token)) {
    return stop('malformed', `${label} is not a compact JWS (three base64url parts separated by dots)`);
  }
  let header: ProtectedHeaderParameters;
  try {
    header = decodeProtectedHeader(token);
  } catch {
    return stop('malformed', `${label} has a protected header that is not base64url-encoded JSON`);
  }
  const { alg, typ } = header;
  if (alg === 'none') return stop('bad-signature', `${label} is not signed (alg "none"); only ES256 and EdDSA signatures are accepted`);
  if (typeof alg !== 'string' || !(BADGE_ALGORITHMS as readonly string[]).includes(alg)) {
    return stop('bad-signature', `${label} uses alg ${JSON.stringify(alg ?? null)}; only ES256 and EdDSA signatures are accepted`);
  }
  const type = typeof typ === 'string' ? typ.toLowerCase().replace(/^application\//, '') : undefined;
  if (!type || !(BADGE_JWS_TYPES as readonly string[]).includes(type)) {
    return stop('malformed', `${label} has typ ${JSON.stringify(typ ?? null)}; expected "vc+jwt" or "vc-ld+jwt"`);
  }
  return pass(header);
}

type SignatureOutcome = { kind: 'verified'; payload: Uint8Array } | { kind: 'no-key' } | { kind: 'failed'; failure: Failure };

function classify(error: unknown, label: string): SignatureOutcome {
  switch (errorCode(error)) {
    case 'ERR_JWKS_NO_MATCHING_KEY':
      return { kind: 'no-key' };
    case 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED':
      return { kind: 'failed', failure: { status: 'bad-signature', reason: `the signature of ${label} does not match its content: it was altered or signed with another key` } };
    case 'ERR_JOSE_ALG_NOT_ALLOWED':
    case 'ERR_JOSE_NOT_SUPPORTED':
      return { kind: 'failed', failure: { status: 'bad-signature', reason: `${label} uses an algorithm that is not accepted (${errorMessage(error)})` } };
    case 'ERR_JWKS_INVALID':
      return { kind: 'failed', failure: { status: 'unknown-issuer', reason: `the issuer key set is not usable (${errorMessage(error)})` } };
    case 'ERR_JWS_INVALID':
      return { kind: 'failed', failure: { status: 'malformed', reason: `${label} is not a valid JWS (${errorMessage(error)})` } };
    default:
      return { kind: 'failed', failure: { status: 'malformed', reason: `${label} could not be verified (${errorMessage(error)})` } };
  }
}

/** Verifies a token's signature with one key set: jose picks the keys by `kid`, algorithm and curve. */
async function verifyWithSet(token: string, jwks: BadgeJWKS, label: string): Promise<SignatureOutcome> {
  const algorithms = [...BADGE_ALGORITHMS];
  try {
    const set = createLocalJWKSet(jwks as unknown as JSONWebKeySet);
    const { payload } = await compactVerify(token, set, { algorithms });
    return { kind: 'verified', payload };
  } catch (error) {
    if (errorCode(error) !== 'ERR_JWKS_MULTIPLE_MATCHING_KEYS') return classify(error, label);
    // Several keys fit (no `kid`, or a repeated one): the signature must verify with one of them.
    let last: SignatureOutcome = classify({ code: 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED' }, label);
    for await (const key of error as AsyncIterable<CryptoKey>) {
      try {
        const { payload } = await compactVerify(token, key, { algorithms });
        return { kind: 'verified', payload };
      } catch (inner) {
        last = classify(inner, label);
        if (errorCode(inner) !== 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED') return last;
      }
    }
    return last;
  }
}

/** Fetches and checks the JWKS at `keysUrl`. */
async function fetchKeys(url: string, fetchImpl: FetchLike | undefined): Promise<Step<BadgeJWKS>> {
  const doFetch = fetchImpl ?? (globalThis.fetch as unknown as FetchLike | undefined);
  if (!doFetch) return stop('network-error', `cannot fetch issuer keys from ${url}: no fetch function is available`);
  let text: string;
  try {
    const response = await doFetch(url, { credentials: 'omit', headers: { accept: 'application/jwk-set+json, application/json' } });
    if (!response.ok) return stop('network-error', `fetching issuer keys from ${url} failed with HTTP ${response.status}`);
    text = await response.text();
  } catch (error) {
    return stop('network-error', `fetching issuer keys from ${url} failed: ${errorMessage(error)}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return stop('network-error', `issuer keys from ${url} are not JSON`);
  }
  const keys = parseIssuerKeys(json, 'keysUrl');
  return keys.ok ? pass(keys.value) : stop('unknown-issuer', `issuer keys from ${url} are not usable: ${listIssues(keys.errors)}`, keys.errors);
}

function decodePayload(bytes: Uint8Array, label: string): Step<unknown> {
  try {
    return pass(JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) as unknown);
  } catch {
    return stop('malformed', `the payload of ${label} is not JSON`);
  }
}

/**
 * Verifies a badge credential: a compact JWS (`typ` `vc+jwt` or `vc-ld+jwt`, alg ES256 or EdDSA) whose payload
 * is a W3C Verifiable Credential 2.0 certifying a web origin. Checks, in this order, stopping at the first
 * failure: the token's form and header; the signature, with the inline `keys` and then, if none matched, the
 * JWKS at `keysUrl`; the payload ({@link parseBadgeCredential}); the issuer against `trustedIssuers`; the
 * subject origin against `origin`; the validity window; revocation through `fetchStatusList` (the status list
 * must be signed by a key of the same set and issued by the same issuer).
 *
 * Never throws and never rejects: every failure is a status with a reason. Uses WebCrypto through `jose` only,
 * so it runs the same in browsers and in Node ≥ 20.
 */
export async function verifyCredential(jws: string, options: VerifyCredentialOptions): Promise<BadgeVerification> {
  const checkedAt = options?.now instanceof Date && Number.isFinite(options.now.getTime()) ? new Date(options.now.getTime()) : new Date();
  try {
    return await verify(jws, options, checkedAt);
  } catch (error) {
    // Defensive: nothing above is expected to throw, but a caller's fetch or an odd runtime might.
    return { status: 'malformed', reason: `verification failed unexpectedly: ${errorMessage(error)}`, issues: [], checkedAt };
  }
}

async function verify(jws: unknown, options: VerifyCredentialOptions, checkedAt: Date): Promise<BadgeVerification> {
  const done = (failure: Failure, extra: Partial<BadgeVerification> = {}): BadgeVerification => ({
    status: failure.status,
    reason: failure.reason,
    issues: failure.issues ?? [],
    checkedAt,
    ...extra,
  });
  const token = typeof jws === 'string' ? jws.trim() : jws;
  const label = 'the credential';

  // 1. Form and header.
  const header = checkHeader(token, label);
  if (!header.ok) return done(header.failure);
  const jwsText = token as string;
  const keyId = typeof header.value.kid === 'string' ? header.value.kid : undefined;

  // 2. Signature: inline keys first, then the issuer-keys URL.
  if (options.keys === undefined && options.keysUrl === undefined) {
    return done({ status: 'unknown-issuer', reason: 'no issuer keys are configured: give keys (a JWK or JWKS) or keysUrl' });
  }
  let outcome: SignatureOutcome = { kind: 'no-key' };
  let keySet: BadgeJWKS | undefined;
  if (options.keys !== undefined) {
    const inline = parseIssuerKeys(options.keys, 'keys');
    if (!inline.ok) return done({ status: 'unknown-issuer', reason: `the configured issuer keys are not usable: ${listIssues(inline.errors)}`, issues: inline.errors });
    keySet = inline.value;
    outcome = await verifyWithSet(jwsText, keySet, label);
  }
  if (outcome.kind === 'no-key' && options.keysUrl !== undefined) {
    const fetched = await fetchKeys(options.keysUrl, options.fetch);
    if (!fetched.ok) return done(fetched.failure);
    keySet = fetched.value;
    outcome = await verifyWithSet(jwsText, keySet, label);
  }
  if (outcome.kind === 'no-key') {
    const which = keyId ? `key "${keyId}"` : `a ${header.value.alg as string} key`;
    return done({ status: 'unknown-issuer', reason: `${label} was signed with ${which}, which is not among the configured issuer keys` });
  }
  if (outcome.kind === 'failed') return done(outcome.failure);
  const verifiedKeys = keySet!;

  // 3. Payload.
  const json = decodePayload(outcome.payload, label);
  if (!json.ok) return done(json.failure);
  const parsed = parseBadgeCredential(json.value);
  if (!parsed.ok) return done({ status: 'malformed', reason: `${label} is not a valid badge credential: ${listIssues(parsed.errors)}`, issues: parsed.errors });
  const credential = parsed.value;
  const withCredential = (failure: Failure, extra: Partial<BadgeVerification> = {}) =>
    done(failure, keyId === undefined ? { credential, ...extra } : { credential, keyId, ...extra });

  // 4. Issuer allow-list.
  const trusted = options.trustedIssuers;
  if (trusted !== undefined && !trusted.includes(credential.issuer.id)) {
    return withCredential({ status: 'unknown-issuer', reason: `the issuer "${credential.issuer.id}" is not among the trusted issuers (${trusted.map((t) => `"${t}"`).join(', ') || 'none'})` });
  }

  // 5. Origin.
  const pageOrigin = typeof options.origin === 'string' ? normalizeOrigin(options.origin) : undefined;
  if (!pageOrigin) {
    return withCredential({ status: 'wrong-origin', reason: `the page origin ${JSON.stringify(options.origin ?? null)} is not an http(s) origin, so no badge can be valid here` });
  }
  if (credential.subject.id !== pageOrigin) {
    return withCredential({ status: 'wrong-origin', reason: `the credential was issued for ${credential.subject.id}, not for this page's origin ${pageOrigin}` });
  }

  // 6. Validity window.
  const tolerance = Math.max(0, Number(options.clockTolerance) || 0) * 1000;
  const now = checkedAt.getTime();
  if (now + tolerance < credential.validFrom.getTime()) {
    return withCredential({ status: 'not-yet-valid', reason: `the credential is valid from ${iso(credential.validFrom)}, after the time checked (${iso(checkedAt)})` });
  }
  if (now - tolerance > credential.validUntil.getTime()) {
    return withCredential({ status: 'expired', reason: `the credential expired on ${iso(credential.validUntil)} (checked at ${iso(checkedAt)})` });
  }

  // 7. Revocation.
  const summary = `signed by ${credential.issuer.id}${keyId ? ` (key "${keyId}")` : ''} for ${credential.subject.id}, valid until ${iso(credential.validUntil)}`;
  if (credential.status.length === 0) {
    return withCredential({ status: 'verified', reason: `${summary}; the credential has no revocation status` }, { revocation: 'none' });
  }
  if (!options.fetchStatusList) {
    return withCredential({ status: 'verified', reason: `${summary}; revocation NOT checked (no fetchStatusList given)` }, { revocation: 'not-checked' });
  }
  const lists = new Map<string, Promise<Step<Uint8Array>>>();
  for (const entry of credential.status) {
    let list = lists.get(entry.statusListCredential);
    if (!list) {
      list = loadStatusList(entry, credential, verifiedKeys, options, checkedAt);
      lists.set(entry.statusListCredential, list);
    }
    const bits = await list;
    if (!bits.ok) return withCredential(bits.failure);
    const bit = readBit(bits.value, entry.statusListIndex);
    if (bit === undefined) {
      return withCredential({ status: 'malformed', reason: `status list ${entry.statusListCredential}: index ${entry.statusListIndex} is outside its ${bits.value.length * 8} entries` });
    }
    if (bit) {
      const what = entry.statusPurpose === 'suspension' ? 'suspended' : 'revoked';
      return withCredential({ status: 'revoked', reason: `the issuer has ${what} this credential (status list ${entry.statusListCredential}, index ${entry.statusListIndex})` }, { revocation: 'checked' });
    }
  }
  return withCredential({ status: 'verified', reason: `${summary}; not revoked (status list checked)` }, { revocation: 'checked' });
}

/** Fetches, verifies and decodes the status list credential one status entry points to. */
async function loadStatusList(
  entry: BadgeStatusEntry,
  credential: BadgeCredential,
  keys: BadgeJWKS,
  options: VerifyCredentialOptions,
  checkedAt: Date,
): Promise<Step<Uint8Array>> {
  const url = entry.statusListCredential;
  const label = `the status list ${url}`;
  let token: unknown;
  try {
    token = await options.fetchStatusList!(url);
  } catch (error) {
    return stop('network-error', `fetching the status list ${url} failed: ${errorMessage(error)}`);
  }
  if (typeof token === 'string') token = token.trim();
  const header = checkHeader(token, label);
  if (!header.ok) return header;
  const outcome = await verifyWithSet(token as string, keys, label);
  if (outcome.kind === 'no-key') return stop('unknown-issuer', `${label} is not signed by any of the issuer keys that verified the credential`);
  if (outcome.kind === 'failed') return { ok: false, failure: outcome.failure };
  const json = decodePayload(outcome.payload, label);
  if (!json.ok) return json;
  const parsed = parseStatusListCredential(json.value);
  if (!parsed.ok) return stop('malformed', `${label} is not a valid status list credential: ${listIssues(parsed.errors)}`, parsed.errors);
  const list = parsed.value;
  if (list.issuer !== credential.issuer.id) {
    return stop('unknown-issuer', `${label} was issued by "${list.issuer}", not by the credential's issuer "${credential.issuer.id}"`);
  }
  if (!list.statusPurpose.includes(entry.statusPurpose)) {
    return stop('malformed', `${label} serves ${list.statusPurpose.join(', ')}, not ${entry.statusPurpose}`);
  }
  const tolerance = Math.max(0, Number(options.clockTolerance) || 0) * 1000;
  if (list.validUntil && checkedAt.getTime() - tolerance > list.validUntil.getTime()) {
    return stop('malformed', `${label} expired on ${iso(list.validUntil)}, so it cannot confirm the credential's status`);
  }
  if (list.validFrom && checkedAt.getTime() + tolerance < list.validFrom.getTime()) {
    return stop('malformed', `${label} is valid only from ${iso(list.validFrom)}`);
  }
  const bits = await decodeStatusList(list.encodedList);
  return bits.ok ? pass(bits.value) : stop('malformed', `${label}: ${listIssues(bits.errors)}`, bits.errors);
}
