/**
 * Badge credentials for browser tests and stories. The committed fixtures (test/fixtures/badge/) are issued for
 * `https://shop.example`; a page in a test browser or in Storybook has another origin, where a genuine fixture is
 * (rightly) `wrong-origin`. To show the other states for real, this signs credentials at run time for
 * `location.origin` with the published test keys and the issuer CLI's own `signCredential`: the badge then
 * verifies them exactly as it would on a merchant's page. Test keys only: never trust them anywhere real.
 */
import type { BadgeJWKS } from '@trust-signals/core/badge';
import { createStatusListCredential, signCredential, signJws, type PrivateJWK } from '../../packages/issuer/src/issuer.js';
import { FIXTURE_ISSUER, ROGUE_ISSUER, VALID_FROM, VALID_UNTIL, fixtureCredential, type BadgeFixture, type BadgeFixtureName, type CredentialFields } from './badge-fixtures.js';
import testKeys from '../fixtures/badge/test-keys.private.json';
import issuerJwks from '../fixtures/badge/issuer.jwks.json';

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
  /** Adds a revocation entry pointing at this status list URL, at `statusListIndex` (default 7). */
  statusListUrl?: string;
}

/** Signs a badge credential (the fixtures' defaults) for `location.origin` unless `origin` says otherwise. */
export async function signForPage(options: OriginCredential = {}): Promise<string> {
  const { key = 'eddsa', statusListUrl, ...fields } = options;
  const credential = fixtureCredential({ origin: location.origin, ...fields });
  if (statusListUrl) {
    credential.credentialStatus = {
      type: 'BitstringStatusListEntry',
      statusPurpose: 'revocation',
      statusListIndex: String(fields.statusListIndex ?? 7),
      statusListCredential: statusListUrl,
    };
  }
  return signCredential(credential, keys[key]);
}

/** A status list credential signed by the test issuer, with `revoked` indexes set, for `url`. */
export async function signStatusList(url: string, revoked: number[]): Promise<string> {
  return signJws(await createStatusListCredential({ url, issuer: FIXTURE_ISSUER, revoked, validFrom: VALID_FROM, validUntil: VALID_UNTIL }), keys.eddsa);
}
