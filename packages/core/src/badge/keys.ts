import { describeValue, fail, issue, joinPath, ok, type DataIssue, type ParseResult } from '../errors.js';

/** The signature algorithms a badge may use. Everything else (`none`, HMAC, RSA, other curves) is refused. */
export const BADGE_ALGORITHMS = ['ES256', 'EdDSA'] as const;
export type BadgeAlgorithm = (typeof BADGE_ALGORITHMS)[number];

/**
 * A public JSON Web Key as used for badges: P-256 (`kty: "EC"`, for ES256) or Ed25519 (`kty: "OKP"`, for
 * EdDSA). Other members (`kid`, `alg`, `use`, `key_ops`) are passed to `jose` as they are.
 */
export interface BadgeJWK {
  readonly kty: string;
  readonly crv?: string;
  readonly x?: string;
  readonly y?: string;
  readonly kid?: string;
  readonly alg?: string;
  readonly use?: string;
  readonly [member: string]: unknown;
}

/** A JSON Web Key Set: `{ "keys": [ … ] }`, the format of the key set an issuer publishes at its well-known URL. */
export interface BadgeJWKS {
  readonly keys: readonly BadgeJWK[];
}

/** What can be given as issuer keys: one JWK, a JWKS, or the JSON text of either (as an HTML attribute holds it). */
export type IssuerKeysInput = BadgeJWK | BadgeJWKS | string;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Members that only a private key has. A page must never carry one. */
const PRIVATE_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'k', 'priv'];

function checkKey(raw: unknown, path: string, errors: DataIssue[], warnings: DataIssue[]): BadgeJWK | undefined {
  if (!isRecord(raw) || typeof raw.kty !== 'string') {
    errors.push(issue(path, `must be a JSON Web Key (an object with "kty"), got ${describeValue(raw)}`));
    return undefined;
  }
  const secret = PRIVATE_MEMBERS.find((m) => m in raw);
  if (secret) {
    errors.push(
      issue(path, `is a private or secret key (it has "${secret}"): publish only the public key set, and treat this key as leaked`),
    );
    return undefined;
  }
  const p256 = raw.kty === 'EC' && raw.crv === 'P-256' && typeof raw.x === 'string' && typeof raw.y === 'string';
  const ed25519 = raw.kty === 'OKP' && raw.crv === 'Ed25519' && typeof raw.x === 'string';
  if (!p256 && !ed25519) {
    const what = `kty ${describeValue(raw.kty)}${raw.crv === undefined ? '' : ` crv ${describeValue(raw.crv)}`}`;
    warnings.push(issue(path, `ignored: ${what} is not a P-256 (ES256) or Ed25519 (EdDSA) public key`, 'warning'));
    return undefined;
  }
  const badMember = (['kid', 'use'] as const).find((m) => raw[m] !== undefined && typeof raw[m] !== 'string');
  const badOps = raw.key_ops !== undefined && !(Array.isArray(raw.key_ops) && raw.key_ops.every((op) => typeof op === 'string'));
  if (badMember || badOps) {
    const member = badMember ?? 'key_ops';
    warnings.push(
      issue(
        joinPath(path, member),
        `ignored key: ${member} must be ${member === 'key_ops' ? 'a list of strings' : 'a string'}, got ${describeValue(raw[member])}`,
        'warning',
      ),
    );
    return undefined;
  }
  if (raw.alg !== undefined && raw.alg !== (p256 ? 'ES256' : 'EdDSA')) {
    warnings.push(issue(joinPath(path, 'alg'), `ignored key: alg ${describeValue(raw.alg)} is not ${p256 ? 'ES256' : 'EdDSA'}`, 'warning'));
    return undefined;
  }
  // A plain copy of the public members: the input may be a framework's reactive proxy (Vue wraps objects set
  // as properties), which WebCrypto and structured cloning refuse.
  const copy: Record<string, unknown> = {};
  for (const member of ['kty', 'crv', 'x', 'y', 'kid', 'alg', 'use', 'key_ops']) {
    const value = raw[member];
    if (value !== undefined) copy[member] = Array.isArray(value) ? [...(value as unknown[])] : value;
  }
  return copy as unknown as BadgeJWK;
}

/**
 * Validates issuer keys given inline (a JWK, a JWKS, or the JSON text of either) or fetched from an
 * `issuer-keys` URL. Returns a JWKS holding the usable public keys: P-256 and Ed25519. Keys of other types are
 * skipped with a warning; a private key anywhere is an error (the whole set is refused, because a page that
 * publishes a private key has leaked it), and so is a set with no usable key.
 */
export function parseIssuerKeys(input: unknown, path = 'keys'): ParseResult<BadgeJWKS> {
  let value = input;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value) as unknown;
    } catch {
      return fail([issue(path, `must be the JSON of a JWK or a JWKS, got ${describeValue(input)} (not valid JSON)`)]);
    }
  }
  if (!isRecord(value)) return fail([issue(path, `must be a JWK or a JWKS ({"keys": [...]}), got ${describeValue(value)}`)]);
  const errors: DataIssue[] = [];
  const warnings: DataIssue[] = [];
  const keys: BadgeJWK[] = [];
  if ('keys' in value) {
    if (!Array.isArray(value.keys))
      return fail([issue(joinPath(path, 'keys'), `must be an array of JWKs, got ${describeValue(value.keys)}`)]);
    value.keys.forEach((key, i) => {
      const checked = checkKey(key, joinPath(joinPath(path, 'keys'), i), errors, warnings);
      if (checked) keys.push(checked);
    });
  } else {
    const checked = checkKey(value, path, errors, warnings);
    if (checked) keys.push(checked);
  }
  if (errors.length) return fail(errors);
  if (!keys.length)
    return fail([issue(path, 'holds no usable key: need a P-256 (ES256) or Ed25519 (EdDSA) public key', 'error'), ...warnings]);
  return ok({ keys }, warnings);
}
