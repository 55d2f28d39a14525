import {
  base64url,
  calculateJwkThumbprint,
  CompactSign,
  compactVerify,
  createLocalJWKSet,
  exportJWK,
  generateKeyPair,
  importJWK,
  type JWK,
} from 'jose';
import {
  BADGE_ALGORITHMS,
  BADGE_JWS_TYPES,
  BADGE_KEYS_PATH,
  createBitstring,
  encodeStatusList,
  issuerOrigin,
  MIN_STATUS_LIST_ENTRIES,
  parseBadgeCredential,
  parseStatusListCredential,
  VC_CONTEXT_V2,
  type BadgeAlgorithm,
  type BadgeJWK,
  type BadgeJWKS,
} from '@trust-signals/core/badge';

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
  /** `{ keys: [publicJwk] }`: publish it with the `publish` command (the issuer's well-known key set). */
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
 * The one rule for key ids, shared by keygen, sign, status-list and publish: every key has a `kid` of 1 to 100
 * visible ASCII characters. A badge names its key by `kid`, and the published key set must say which key that is.
 */
export function checkKid(kid: unknown, what = 'the key'): string {
  if (kid === undefined) throw new IssuerError(`${what} has no "kid": every published key needs a key id (keygen always sets one)`);
  if (typeof kid !== 'string' || !/^[\x21-\x7e]{1,100}$/.test(kid)) {
    throw new IssuerError(`${what}: the key id must be 1 to 100 visible ASCII characters, got ${JSON.stringify(kid)}`);
  }
  return kid;
}

/**
 * Generates a signing key: `ES256` (ECDSA P-256) or `EdDSA` (Ed25519). `kid` defaults to the key's RFC 7638
 * thumbprint, so that it is unique and stable; a key without `kid` is never made.
 */
export async function generateIssuerKey(alg: BadgeAlgorithm, options: { kid?: string } = {}): Promise<IssuerKeyPair> {
  if (!(BADGE_ALGORITHMS as readonly string[]).includes(alg)) {
    throw new IssuerError(`the algorithm must be ES256 or EdDSA, got ${JSON.stringify(alg)}`);
  }
  if (options.kid !== undefined) checkKid(options.kid, 'the new key');
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
    throw new IssuerError(
      `the signing key must be a P-256 (ES256) or Ed25519 (EdDSA) key, got kty ${JSON.stringify(key.kty)} crv ${JSON.stringify(key.crv)}`,
    );
  }
  if (key.alg !== undefined && key.alg !== alg)
    throw new IssuerError(`the signing key says alg ${JSON.stringify(key.alg)}, but a ${key.crv as string} key signs with ${alg}`);
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
  if (!(BADGE_JWS_TYPES as readonly string[]).includes(typ))
    throw new IssuerError(`typ must be "vc+jwt" or "vc-ld+jwt", got ${JSON.stringify(typ)}`);
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
  if (typeof credential !== 'object' || credential === null || Array.isArray(credential))
    throw new IssuerError('the credential must be a JSON object');
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

/** What a certifier hosts: the public key set and the signed status lists, each at its path on the issuer origin. */
export interface HostedFile {
  /** Path on the issuer origin, starting with `/` (also the file's place under the publish folder). */
  readonly path: string;
  /** The full URL it must be served at. */
  readonly url: string;
  readonly contents: string;
  /** The response headers it must be served with. */
  readonly headers: Readonly<Record<string, string>>;
}

/** Headers every hosted file needs: badges fetch them from the shops' origins, and nothing may sniff them. */
const COMMON_HEADERS = { 'Access-Control-Allow-Origin': '*', 'X-Content-Type-Options': 'nosniff' } as const;
/** Response headers of the key set: cached for an hour (a new key is published well before it signs anything). */
export const KEY_SET_HEADERS = { 'Content-Type': 'application/jwk-set+json', 'Cache-Control': 'max-age=3600', ...COMMON_HEADERS } as const;
/** Response headers of a status list: cached for five minutes, so that a revocation shows within minutes. */
export const STATUS_LIST_HEADERS = { 'Content-Type': 'application/vc+jwt', 'Cache-Control': 'max-age=300', ...COMMON_HEADERS } as const;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The public half of one key given to `publish` (a private or public JWK): only `kty`, `crv`, `x`, `y`, `kid`,
 * `alg` and `use` are copied, so no private member can ever reach the published file. Refuses a key without
 * `kid`, a key other than P-256 or Ed25519 (an HMAC `oct` key is a secret), and a contradicting `alg` or `use`.
 */
function publicKeyOf(raw: unknown, where: string): BadgeJWK {
  if (!isRecord(raw) || typeof raw.kty !== 'string') throw new IssuerError(`${where} is not a JSON Web Key (an object with "kty")`);
  const alg = raw.kty === 'EC' && raw.crv === 'P-256' ? 'ES256' : raw.kty === 'OKP' && raw.crv === 'Ed25519' ? 'EdDSA' : undefined;
  if (!alg)
    throw new IssuerError(
      `${where} is not a P-256 (ES256) or Ed25519 (EdDSA) key: kty ${JSON.stringify(raw.kty)} crv ${JSON.stringify(raw.crv)}`,
    );
  if (typeof raw.x !== 'string' || (alg === 'ES256' && typeof raw.y !== 'string'))
    throw new IssuerError(`${where} lacks its public coordinates ("x"${alg === 'ES256' ? ' and "y"' : ''})`);
  const kid = checkKid(raw.kid, where);
  if (raw.alg !== undefined && raw.alg !== alg)
    throw new IssuerError(`${where} (kid "${kid}") says alg ${JSON.stringify(raw.alg)}, but a ${raw.crv as string} key signs with ${alg}`);
  if (raw.use !== undefined && raw.use !== 'sig')
    throw new IssuerError(`${where} (kid "${kid}") has use ${JSON.stringify(raw.use)}; a badge key is for signatures ("sig")`);
  return { kty: raw.kty, crv: raw.crv as string, x: raw.x, ...(alg === 'ES256' ? { y: raw.y as string } : {}), kid, alg, use: 'sig' };
}

/**
 * The key set to publish, from keys given as JWKs or JWK sets (private or public; `source` names where each came
 * from, for messages). Refuses a key without `kid` and two keys with the same `kid`: a badge names its key by
 * `kid`, so each must name exactly one key.
 */
export function publicKeySet(inputs: readonly { readonly source: string; readonly value: unknown }[]): BadgeJWKS {
  const keys: BadgeJWK[] = [];
  const seen = new Map<string, string>();
  for (const { source, value } of inputs) {
    const set = isRecord(value) && 'keys' in value ? value.keys : undefined;
    if (isRecord(value) && 'keys' in value && !Array.isArray(set)) throw new IssuerError(`${source}: "keys" must be a list of keys`);
    const list = Array.isArray(set) ? set.map((key, i) => ({ key, where: `${source} keys[${i}]` })) : [{ key: value, where: source }];
    for (const { key, where } of list) {
      const jwk = publicKeyOf(key, where);
      const first = seen.get(jwk.kid!);
      if (first !== undefined)
        throw new IssuerError(`kid "${jwk.kid}" is given twice (${first} and ${where}): each published key needs its own kid`);
      seen.set(jwk.kid!, where);
      keys.push(jwk);
    }
  }
  if (!keys.length) throw new IssuerError('no key to publish');
  return { keys };
}

/** The issuer origin of an issuer id, or an {@link IssuerError}. */
export function hostingOrigin(issuer: string): string {
  const origin = issuerOrigin(issuer);
  if (!origin) {
    throw new IssuerError(
      `the issuer must be an https origin such as https://certifier.example or ` +
        `did:web:certifier.example (http only for localhost), got ${JSON.stringify(issuer)}`,
    );
  }
  return origin;
}

const SEGMENT = /^[A-Za-z0-9._~-]+$/;

/** The path of a hosted URL on the issuer origin, or an {@link IssuerError} when it cannot be a plain file there. */
function hostedPath(url: string, origin: string, what: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new IssuerError(`${what}: ${JSON.stringify(url)} is not an absolute URL`);
  }
  if (parsed.origin !== origin)
    throw new IssuerError(`${what}: ${url} is not on the issuer origin ${origin}; badges accept only lists the issuer hosts`);
  if (parsed.username || parsed.password || parsed.search || parsed.hash || /[?#]$/.test(url)) {
    throw new IssuerError(`${what}: ${url} has a user name, query or fragment; give the plain URL the file is served at`);
  }
  const segments = parsed.pathname.split('/').slice(1);
  if (!segments.every((s) => SEGMENT.test(s) && s !== '.' && s !== '..')) {
    throw new IssuerError(
      `${what}: the path of ${url} must be names of letters, digits, ".", "_", "~" and "-" separated by "/", not ending in "/"`,
    );
  }
  return parsed.pathname;
}

/** Reads the payload of a compact JWS without checking it, or `undefined`. */
function jwsPayload(jws: string): unknown {
  const parts = jws.split('.');
  if (parts.length !== 3) return undefined;
  try {
    return JSON.parse(new TextDecoder().decode(base64url.decode(parts[1]!)));
  } catch {
    return undefined;
  }
}

/**
 * Checks a signed status list for hosting and returns where it goes: its URL (`url` if given, else the list's
 * `id`; both must agree) on the issuer origin, a valid Bitstring Status List credential of the same issuer,
 * signed by a key of the published key set, and not stale. A list a badge would refuse is refused here.
 */
export async function hostedStatusList(
  jws: string,
  options: { readonly issuerOrigin: string; readonly keys: BadgeJWKS; readonly source: string; readonly url?: string; readonly now?: Date },
): Promise<HostedFile> {
  const { source } = options;
  const text = jws.trim();
  const payload = jwsPayload(text);
  if (!isRecord(payload)) throw new IssuerError(`${source} is not a signed status list (a compact JWS made by the status-list command)`);
  const parsed = parseStatusListCredential(payload);
  if (!parsed.ok)
    throw new IssuerError(
      `${source} is not a Bitstring Status List credential: ` +
        `${parsed.errors.map((i) => (i.path ? `${i.path} ${i.message}` : i.message)).join('; ')}`,
    );
  const id = typeof payload.id === 'string' ? payload.id : undefined;
  const url = options.url ?? id;
  if (url === undefined) throw new IssuerError(`${source} has no "id"; give its URL as URL=FILE`);
  if (id !== undefined && options.url !== undefined && id !== options.url)
    throw new IssuerError(`${source} says its URL is ${id}, not ${options.url}`);
  const path = hostedPath(url, options.issuerOrigin, source);
  if (issuerOrigin(parsed.value.issuer) !== options.issuerOrigin) {
    throw new IssuerError(`${source} is issued by ${JSON.stringify(parsed.value.issuer)}, not by the issuer ${options.issuerOrigin}`);
  }
  try {
    await compactVerify(text, createLocalJWKSet({ keys: options.keys.keys as JWK[] }), { algorithms: [...BADGE_ALGORITHMS] });
  } catch {
    throw new IssuerError(
      `${source} is not signed by a key of the published key set (kids ${options.keys.keys.map((k) => `"${k.kid}"`).join(', ')})`,
    );
  }
  const now = options.now ?? new Date();
  if (parsed.value.validUntil && parsed.value.validUntil.getTime() <= now.getTime()) {
    throw new IssuerError(
      `${source} expired at ${parsed.value.validUntil.toISOString()}: badges would say they could not check it; sign it again`,
    );
  }
  return { path, url: `${options.issuerOrigin}${path}`, contents: `${text}\n`, headers: STATUS_LIST_HEADERS };
}

/** The key set's file: `BADGE_KEYS_PATH` on the issuer origin, the public keys only. */
export function hostedKeySet(keys: BadgeJWKS, origin: string): HostedFile {
  return {
    path: BADGE_KEYS_PATH,
    url: `${origin}${BADGE_KEYS_PATH}`,
    contents: `${JSON.stringify(keys, null, 2)}\n`,
    headers: KEY_SET_HEADERS,
  };
}
