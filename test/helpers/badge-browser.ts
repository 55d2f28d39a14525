/**
 * Badge credentials for browser tests and stories. The committed fixtures (test/fixtures/badge/) are issued for
 * `https://shop.example`; a page in a test browser or in Storybook has another origin, where a genuine fixture is
 * (rightly) `wrong-origin`. To show the other states for real, this signs credentials at run time for
 * `location.origin` with the published test keys and the issuer CLI's own `signCredential`: the badge then
 * verifies them exactly as it would on a merchant's page. Test keys only: never trust them anywhere real.
 *
 * The certifier `https://certifier.example` does not exist, so {@link serveCertifier} answers `fetch` for its URLs
 * in the page (its key set at the well-known path, status lists, and any file a test adds); every other request
 * goes to the network as usual. The signatures on what it serves are checked for real.
 */
import { issuerKeysUrl, type BadgeJWKS } from '@trust-signals/core/badge';
import { createStatusListCredential, signCredential, signJws, type PrivateJWK } from '../../packages/issuer/src/issuer.js';
import issuerJwks from '../fixtures/badge/issuer.jwks.json';
import testKeys from '../fixtures/badge/test-keys.private.json';
import {
  FIXTURE_ISSUER,
  fixtureCredential,
  ROGUE_ISSUER,
  VALID_FROM,
  VALID_UNTIL,
  type BadgeFixture,
  type BadgeFixtureName,
  type CredentialFields,
} from './badge-fixtures.js';

const files = import.meta.glob<BadgeFixture>('../fixtures/badge/*.json', { eager: true, import: 'default' });

/** A committed fixture by name (its `jws`, `keys`, `trustedIssuers`, …). */
export function badgeFixture(name: BadgeFixtureName): BadgeFixture {
  const found = Object.entries(files).find(([path]) => path.endsWith(`/${name}.json`));
  if (!found) throw new Error(`no badge fixture ${name}`);
  return found[1];
}

/** The test issuer's public key set, as a merchant pastes it into `keys`. */
export const ISSUER_JWKS: BadgeJWKS = issuerJwks as BadgeJWKS;
/** The JSON of {@link ISSUER_JWKS}, for the `keys` attribute. */
export const ISSUER_KEYS_JSON = JSON.stringify(issuerJwks);
export { FIXTURE_ISSUER, ROGUE_ISSUER, VALID_FROM, VALID_UNTIL };

const keys = (testKeys as unknown as { keys: { es256: PrivateJWK; eddsa: PrivateJWK; rogue: PrivateJWK } }).keys;

export interface OriginCredential extends CredentialFields {
  /** Which test key signs: the issuer's EdDSA (default) or ES256 key, or the rogue issuer's key. */
  key?: 'eddsa' | 'es256' | 'rogue';
  /** Adds a status entry pointing at this status list URL, at `statusListIndex` (default 7). */
  statusListUrl?: string;
  /** The purpose of that entry: `revocation` (default) or `suspension`. */
  statusPurpose?: 'revocation' | 'suspension';
  /** Raw `credentialStatus` entries (for status types the verifier does not support), instead of the one above. */
  credentialStatus?: unknown;
}

/** Signs a badge credential (the fixtures' defaults) for `location.origin` unless `origin` says otherwise. */
export async function signForPage(options: OriginCredential = {}): Promise<string> {
  const { key = 'eddsa', statusListUrl, statusPurpose = 'revocation', credentialStatus, ...fields } = options;
  const credential = fixtureCredential({ origin: location.origin, ...fields });
  if (statusListUrl) {
    credential.credentialStatus = {
      type: 'BitstringStatusListEntry',
      statusPurpose,
      statusListIndex: String(fields.statusListIndex ?? 7),
      statusListCredential: statusListUrl,
    };
  }
  if (credentialStatus !== undefined) credential.credentialStatus = credentialStatus;
  return signCredential(credential, keys[key]);
}

/** A status list credential signed by the test issuer, with `revoked` indexes set, for `url` (purpose revocation unless given). */
export async function signStatusList(
  url: string,
  revoked: number[],
  statusPurpose: 'revocation' | 'suspension' = 'revocation',
): Promise<string> {
  return signJws(
    await createStatusListCredential({
      url,
      issuer: FIXTURE_ISSUER,
      revoked,
      statusPurpose,
      validFrom: VALID_FROM,
      validUntil: VALID_UNTIL,
    }),
    keys.eddsa,
  );
}

/** Where the test issuer publishes its key set: `https://certifier.example/.well-known/trust-badge/jwks.json`. */
export const ISSUER_KEYS_URL = issuerKeysUrl(FIXTURE_ISSUER);

/**
 * How the simulated certifier answers one URL: a body (200), a `Response`, `'hang'` (never answers), `'down'`
 * (the request fails), or a function giving one of these (called per request).
 */
export type CertifierAnswer =
  string | Response | 'hang' | 'down' | (() => string | Response | 'hang' | 'down' | Promise<string | Response>);

const routes = new Map<string, CertifierAnswer>();
/** Every URL of the certifier's origin the page asked for, in order (see {@link takeCertifierRequests}). */
const requested: string[] = [];

/**
 * Makes the page's `fetch` answer for `https://certifier.example`: its key set (the test issuer's public keys) at
 * the well-known URL, plus `files` by absolute URL (later calls add or replace files; `undefined` removes one).
 * A URL of the certifier with no file answers 404. Installed once per page; other origins go to the real fetch.
 */
export function serveCertifier(files: Record<string, CertifierAnswer | undefined> = {}): void {
  if (!routes.has(ISSUER_KEYS_URL)) routes.set(ISSUER_KEYS_URL, ISSUER_KEYS_JSON);
  for (const [url, answer] of Object.entries(files)) {
    if (answer === undefined) routes.delete(url);
    else routes.set(url, answer);
  }
  const flag = globalThis as { __trustCertifier?: boolean };
  if (flag.__trustCertifier) return;
  flag.__trustCertifier = true;
  const realFetch = globalThis.fetch.bind(globalThis);
  globalThis.fetch = async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (new URL(url, location.href).origin !== FIXTURE_ISSUER) return realFetch(input, init);
    requested.push(url);
    let answer = routes.get(url);
    if (typeof answer === 'function') answer = await answer();
    if (answer === undefined) return new Response('Not found', { status: 404 });
    if (answer === 'hang') return new Promise<Response>(() => {});
    if (answer === 'down') throw new TypeError('Failed to fetch');
    return typeof answer === 'string' ? new Response(answer) : answer.clone();
  };
}

/** The certifier URLs requested since the last call (the log is emptied). */
export function takeCertifierRequests(): string[] {
  return requested.splice(0);
}
