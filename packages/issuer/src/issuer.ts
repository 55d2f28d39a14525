import {
  BADGE_ALGORITHMS,
  BADGE_JWS_TYPES,
  MIN_STATUS_LIST_ENTRIES,
  VC_CONTEXT_V2,
  createBitstring,
  encodeStatusList,
  parseBadgeCredential,
  type BadgeAlgorithm,
  type BadgeJWK,
  type BadgeJWKS,
} from '@trust-signals/core/badge';
import { CompactSign, calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK, type JWK } from 'jose';

/**
 * The library behind the `trust-signals-issuer` CLI: key generation, signing of badge credentials and status
 * lists. Uses `jose` on WebCrypto, like the verifier. Functions throw an {@link IssuerError} with a one-line,
 * plain-English message for bad input.
 */

/** A bad input to the issuer tooling; `message` is one line, fit to print as is. */
export class IssuerError extends Error {
  override name = 'IssuerError';
}

/** A private signing key in JWK form (has `d`), with `kid`, `alg` and `use: "sig"` as {@link generateIssuerKey} writes them. */
export interface PrivateJWK extends BadgeJWK {
  readonly d: string;
}

/** What {@link generateIssuerKey} returns. */
export interface IssuerKeyPair {
  /** Keep secret: the key that signs credentials. */
  readonly privateJwk: PrivateJWK;
  /** The public half, with the same `kid`, `alg` and `use`. */
  readonly publicJwk: BadgeJWK;
  /** `{ keys: [publicJwk] }`: publish it (the `issuer-keys` URL) or give it to merchants. */
  readonly jwks: BadgeJWKS;
}

/** The JWS `typ` values a badge may carry. */
export type BadgeJwsType = (typeof BADGE_JWS_TYPES)[number];

/** Orders a JWK's members for reading (kty, crv, x, y, d, kid, alg, use), dropping `key_ops` and `ext`. */
function tidy(jwk: JWK, meta: { kid: string; alg: BadgeAlgorithm }): BadgeJWK {
  const { kty, crv, x, y, d } = jwk;
  return {
    kty: kty!,
    ...(crv === undefined ? {} : { crv }),
    ...(x === undefined ? {} : { x }),
    ...(y === undefined ? {} : { y }),
    ...(d === undefined ? {} : { d }),
    kid: meta.kid,
    alg: meta.alg,
    use: 'sig',
  };
}

/**
 * Generates a signing key: `ES256` (ECDSA P-256) or `EdDSA` (Ed25519). `kid` defaults to the key's RFC 7638
 * thumbprint, so that it is unique and stable.
 */
export async function generateIssuerKey(alg: BadgeAlgorithm, options: { kid?: string } = {}): Promise<IssuerKeyPair> {
  if (!(BADGE_ALGORITHMS as readonly string[]).includes(alg)) {
    throw new IssuerError(`the algorithm must be ES256 or EdDSA, got ${JSON.stringify(alg)}`);
  }
  if (options.kid !== undefined && !/^[\x21-\x7e]{1,100}$/.test(options.kid)) {
    throw new IssuerError(`the key id must be 1 to 100 visible ASCII characters, got ${JSON.stringify(options.kid)}`);
  }
  const { privateKey, publicKey } = await generateKeyPair(alg, { extractable: true });
  const publicRaw = await exportJWK(publicKey);
  const kid = options.kid ?? (await calculateJwkThumbprint(publicRaw));
  const publicJwk = tidy(publicRaw, { kid, alg });
  const privateJwk = tidy(await exportJWK(privateKey), { kid, alg }) as PrivateJWK;
  return { privateJwk, publicJwk, jwks: { keys: [publicJwk] } };
}

/** The algorithm of a private JWK, or an {@link IssuerError} saying what is wrong with it. */
export function privateKeyAlgorithm(jwk: unknown): BadgeAlgorithm {
  if (typeof jwk !== 'object' || jwk === null || Array.isArray(jwk)) throw new IssuerError('the signing key must be a JWK (a JSON object)');
  const key = jwk as Record<string, unknown>;
  if ('keys' in key) throw new IssuerError('the signing key is a key set (JWKS); give the private JWK of one key');
  const alg = key.kty === 'EC' && key.crv === 'P-256' ? 'ES256' : key.kty === 'OKP' && key.crv === 'Ed25519' ? 'EdDSA' : undefined;
  if (!alg) {
    throw new IssuerError(`the signing key must be a P-256 (ES256) or Ed25519 (EdDSA) key, got kty ${JSON.stringify(key.kty)} crv ${JSON.stringify(key.crv)}`);
  }
  if (key.alg !== undefined && key.alg !== alg) throw new IssuerError(`the signing key says alg ${JSON.stringify(key.alg)}, but a ${key.crv as string} key signs with ${alg}`);
  if (typeof key.d !== 'string') throw new IssuerError('the signing key is a public key (no "d"); signing needs the private key');
  return alg;
}

/**
 * Signs any JSON object as a compact JWS with the given private JWK. The protected header is
 * `{ alg, typ, kid }` (`kid` from the key, when it has one). No check of the payload: see {@link signCredential}.
 */
export async function signJws(payload: object, privateJwk: unknown, options: { typ?: BadgeJwsType } = {}): Promise<string> {
  const alg = privateKeyAlgorithm(privateJwk);
  const typ = options.typ ?? 'vc+jwt';
  if (!(BADGE_JWS_TYPES as readonly string[]).includes(typ)) throw new IssuerError(`typ must be "vc+jwt" or "vc-ld+jwt", got ${JSON.stringify(typ)}`);
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) throw new IssuerError('the payload must be a JSON object');
  const jwk = privateJwk as PrivateJWK;
  let key: Awaited<ReturnType<typeof importJWK>>;
  try {
    key = await importJWK(jwk as JWK, alg);
  } catch (error) {
    throw new IssuerError(`the signing key could not be imported: ${error instanceof Error ? error.message : String(error)}`);
  }
  const header = typeof jwk.kid === 'string' ? { alg, typ, kid: jwk.kid } : { alg, typ };
  return new CompactSign(new TextEncoder().encode(JSON.stringify(payload))).setProtectedHeader(header).sign(key);
}

/**
 * Checks a badge credential (the same parser the verifier uses) and signs it. Refuses a credential that the
 * verifier would call malformed, listing every problem with its field path. `check: false` signs anything
 * (for test fixtures only).
 */
export async function signCredential(
  credential: unknown,
  privateJwk: unknown,
  options: { typ?: BadgeJwsType; check?: boolean } = {},
): Promise<string> {
  if (options.check !== false) {
    const parsed = parseBadgeCredential(credential);
    if (!parsed.ok) {
      const problems = parsed.errors.map((i) => (i.path ? `${i.path} ${i.message}` : i.message)).join('; ');
      throw new IssuerError(`the credential is not a valid badge credential: ${problems}`);
    }
  }
  if (typeof credential !== 'object' || credential === null || Array.isArray(credential)) throw new IssuerError('the credential must be a JSON object');
  return signJws(credential, privateJwk, options.typ === undefined ? {} : { typ: options.typ });
}

/** Input of {@link createStatusListCredential}. */
export interface StatusListInput {
  /** The URL the list will be published at (`statusListCredential` in badges points here). */
  readonly url: string;
  /** The issuer id: the same as in the badge credentials. */
  readonly issuer: string;
  /** Indexes of revoked (or suspended) credentials. */
  readonly revoked?: readonly number[];
  /** Number of entries; default and minimum 131,072 (16 KiB of bits), as the specification asks. */
  readonly size?: number;
  readonly statusPurpose?: 'revocation' | 'suspension';
  /** ISO date-times; `validUntil` tells verifiers when to stop trusting a stale list. */
  readonly validFrom?: string;
  readonly validUntil?: string;
}

/** Builds the payload of a Bitstring Status List credential (sign it with {@link signJws}). */
export async function createStatusListCredential(input: StatusListInput): Promise<Record<string, unknown>> {
  const size = input.size ?? MIN_STATUS_LIST_ENTRIES;
  if (!Number.isSafeInteger(size) || size < MIN_STATUS_LIST_ENTRIES) {
    throw new IssuerError(`the status list size must be a whole number of at least ${MIN_STATUS_LIST_ENTRIES}, got ${size}`);
  }
  let bits: Uint8Array;
  try {
    bits = createBitstring(size, input.revoked ?? []);
  } catch (error) {
    throw new IssuerError(error instanceof Error ? error.message : String(error));
  }
  try {
    new URL(input.url);
  } catch {
    throw new IssuerError(`the status list URL must be an absolute URL, got ${JSON.stringify(input.url)}`);
  }
  const purpose = input.statusPurpose ?? 'revocation';
  return {
    '@context': [VC_CONTEXT_V2],
    id: input.url,
    type: ['VerifiableCredential', 'BitstringStatusListCredential'],
    issuer: input.issuer,
    ...(input.validFrom === undefined ? {} : { validFrom: input.validFrom }),
    ...(input.validUntil === undefined ? {} : { validUntil: input.validUntil }),
    credentialSubject: {
      id: `${input.url}#list`,
      type: 'BitstringStatusList',
      statusPurpose: purpose,
      encodedList: await encodeStatusList(bits),
    },
  };
}
