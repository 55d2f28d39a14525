import { describeValue, fail, issue, joinPath, ok, type DataIssue, type ParseResult } from '../errors.js';

/**
 * The badge credential: a W3C Verifiable Credential 2.0 whose subject is a web origin and whose claim is a
 * certification. This module only reads and checks the (already verified) payload; it does no cryptography and
 * needs no `jose`. Shape of a payload (JSON):
 *
 * ```json
 * {
 *   "@context": ["https://www.w3.org/ns/credentials/v2"],
 *   "type": ["VerifiableCredential", "TrustBadgeCredential"],
 *   "issuer": { "id": "https://certifier.example", "name": "Example Certifier" },
 *   "validFrom": "2025-01-01T00:00:00Z",
 *   "validUntil": "2026-01-01T00:00:00Z",
 *   "credentialSubject": {
 *     "id": "https://shop.example",
 *     "name": "Example Shop Ltd",
 *     "certification": {
 *       "scheme": "Example Secure Checkout", "level": "Gold",
 *       "scope": "Checkout and payment pages", "criteria": "https://certifier.example/criteria/v2"
 *     }
 *   },
 *   "credentialStatus": {
 *     "type": "BitstringStatusListEntry", "statusPurpose": "revocation",
 *     "statusListIndex": "94567", "statusListCredential": "https://certifier.example/status/1"
 *   }
 * }
 * ```
 */

/** The base context every VC 2.0 credential starts with. */
export const VC_CONTEXT_V2 = 'https://www.w3.org/ns/credentials/v2';

/** Longest text accepted in a name, scheme, level or scope (a badge is not the place for an essay). */
export const MAX_TEXT_LENGTH = 300;

/** Who issued the credential (the certifier). */
export interface BadgeIssuer {
  /** The issuer's identifier, a URL (e.g. `https://certifier.example` or a `did:`). Compared exactly. */
  readonly id: string;
  /** Display name, if the credential gives one. */
  readonly name?: string;
}

/** Who the credential is about: the certified site. */
export interface BadgeSubject {
  /** The certified origin, normalized by {@link normalizeOrigin}: `https://shop.example`. */
  readonly id: string;
  /** The certified party's name, e.g. `Example Shop Ltd`. */
  readonly name: string;
}

/** What was certified. */
export interface BadgeCertification {
  /** Name of the certification scheme, e.g. `Example Secure Checkout`. */
  readonly scheme: string;
  /** Level or grade within the scheme, if the scheme has levels. */
  readonly level?: string;
  /** What the certification covers, e.g. `Checkout and payment pages` (a claim always states its scope). */
  readonly scope: string;
  /** Absolute http(s) URL of the published criteria. */
  readonly criteria: string;
}

/** One `BitstringStatusListEntry` from `credentialStatus`. */
export interface BadgeStatusEntry {
  /** The entry's own `id`, if any. */
  readonly id?: string;
  /** `revocation` or `suspension` (an entry of another type or purpose is kept in `unsupportedStatus`). */
  readonly statusPurpose: 'revocation' | 'suspension';
  /** Position of this credential's bit in the list, a whole number ≥ 0. */
  readonly statusListIndex: number;
  /** Absolute http(s) URL of the status list credential. */
  readonly statusListCredential: string;
}

/** A parsed, checked badge credential. Dates are `Date` objects. */
export interface BadgeCredential {
  /** The credential's `id`, if any. */
  readonly id?: string;
  /** Its `type` list, always including `VerifiableCredential`. */
  readonly type: readonly string[];
  readonly issuer: BadgeIssuer;
  /** Start of validity (`validFrom`). */
  readonly validFrom: Date;
  /** End of validity (`validUntil`). A badge credential must expire. */
  readonly validUntil: Date;
  readonly subject: BadgeSubject;
  readonly certification: BadgeCertification;
  /** Revocation / suspension entries, empty when the credential lists none. */
  readonly status: readonly BadgeStatusEntry[];
  /**
   * Status entries this library cannot check (another type than `BitstringStatusListEntry`, or a purpose other
   * than revocation and suspension), each as `path: what it is`. The issuer said the credential's status can
   * change, so a verifier must not call it verified while any is present: it fails closed.
   */
  readonly unsupportedStatus: readonly string[];
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Normalizes a web origin: scheme, host and port, lowercase, IDN hosts in punycode, default ports dropped
 * (`HTTPS://Shop.Example:443/` → `https://shop.example`). Accepts any http(s) URL and keeps only its origin;
 * returns `undefined` for anything that is not an http(s) URL (including `null`, `file:` and `data:` origins).
 */
export function normalizeOrigin(input: string): string | undefined {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  return url.origin;
}

const LOOPBACK_HOST = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/;

/**
 * The origin that identifies an issuer, from the credential's issuer id; `undefined` when the id does not name
 * one. Accepted: an `https:` origin (`https://certifier.example`, a trailing `/` allowed; nothing else: no path,
 * query, fragment or user name), `did:web:certifier.example` (with `%3A` before a port; no path segments), which
 * is the same identity, and for development and tests an `http:` origin on a loopback host (`localhost`,
 * `127.x.x.x`, `[::1]`: the "potentially trustworthy" origins of the Secure Contexts specification).
 * The issuer's keys are fetched only from this origin (see `issuerKeysUrl`).
 */
export function issuerOrigin(id: unknown): string | undefined {
  if (typeof id !== 'string') return undefined;
  const raw = id.trim();
  let candidate = raw;
  const didWeb = /^did:web:([^:/?#]+)$/.exec(raw);
  if (didWeb) {
    try {
      candidate = `https://${decodeURIComponent(didWeb[1]!)}`;
    } catch {
      return undefined;
    }
  }
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return undefined;
  }
  if (url.username || url.password || url.pathname !== '/' || url.search || url.hash || /[?#]$/.test(candidate)) return undefined;
  if (url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK_HOST.test(url.hostname))) return url.origin;
  return undefined;
}

/** The host (and port, when not the default) of an origin, as shown to visitors: IDN hosts stay in punycode. */
export function originHost(origin: string): string {
  return new URL(origin).host;
}

/**
 * Reads an origin from a credential: an http(s) URL with nothing but scheme, host and optional port (a trailing
 * `/` is allowed). A path, query, fragment or user name is an error, so `https://shop.example/blog` never
 * silently certifies all of `https://shop.example`. Returns the normalized origin.
 */
export function parseOrigin(raw: unknown, path: string): ParseResult<string> {
  const expected = 'must be an origin such as "https://shop.example" (scheme, host and optional port only)';
  if (typeof raw !== 'string' || raw.trim() === '') return fail([issue(path, `${expected}, got ${describeValue(raw)}`)]);
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return fail([issue(path, `${expected}, got ${describeValue(raw)}`)]);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return fail([issue(path, `${expected}, got ${describeValue(raw)} (not http or https)`)]);
  }
  if (
    url.username ||
    url.password ||
    url.pathname !== '/' ||
    url.search ||
    url.hash ||
    raw.trim().endsWith('?') ||
    raw.trim().endsWith('#')
  ) {
    return fail([issue(path, `${expected}, got ${describeValue(raw)} (it has more than an origin)`)]);
  }
  return ok(url.origin);
}

/** Reads an absolute http(s) URL (criteria, status list). */
export function parseHttpUrl(raw: unknown, path: string): ParseResult<string> {
  if (typeof raw === 'string') {
    try {
      const url = new URL(raw);
      if (url.protocol === 'https:' || url.protocol === 'http:') return ok(url.href);
    } catch {
      // fall through
    }
  }
  return fail([issue(path, `must be an absolute http(s) URL, got ${describeValue(raw)}`)]);
}

const URL_SCHEME = /^[a-z][a-z0-9+.-]*:\S+$/i;

/** Reads an identifier that must be a URL of any scheme (`https:`, `did:`, `urn:`). */
function parseIdentifier(raw: unknown, path: string): ParseResult<string> {
  if (typeof raw === 'string' && URL_SCHEME.test(raw)) return ok(raw);
  return fail([issue(path, `must be a URL (e.g. "https://certifier.example" or a "did:"), got ${describeValue(raw)}`)]);
}

/** Reads a non-empty plain string of at most {@link MAX_TEXT_LENGTH} characters, trimmed. */
function parseText(raw: unknown, path: string): ParseResult<string> {
  if (typeof raw !== 'string') return fail([issue(path, `must be a text string, got ${describeValue(raw)}`)]);
  const text = raw.trim();
  if (!text) return fail([issue(path, 'must not be empty')]);
  if (text.length > MAX_TEXT_LENGTH) return fail([issue(path, `must be at most ${MAX_TEXT_LENGTH} characters, got ${text.length}`)]);
  return ok(text);
}

const DATE_TIME_STAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** Reads an XML Schema `dateTimeStamp` (ISO 8601 date and time with a time zone: `2025-01-01T00:00:00Z`). */
export function parseDateTimeStamp(raw: unknown, path: string): ParseResult<Date> {
  if (typeof raw === 'string' && DATE_TIME_STAMP.test(raw)) {
    const date = new Date(raw);
    if (Number.isFinite(date.getTime())) return ok(date);
  }
  return fail([issue(path, `must be a date and time with a time zone such as "2025-01-01T00:00:00Z", got ${describeValue(raw)}`)]);
}

/** Collects issues from several results; `value` of a failed result is `undefined`. */
function take<T>(result: ParseResult<T>, errors: DataIssue[], warnings: DataIssue[]): T | undefined {
  if (!result.ok) {
    errors.push(...result.errors);
    return undefined;
  }
  warnings.push(...result.warnings);
  return result.value;
}

function parseIssuer(raw: unknown, errors: DataIssue[], warnings: DataIssue[]): BadgeIssuer | undefined {
  if (typeof raw === 'string') return take(parseIdentifier(raw, 'issuer'), errors, warnings) === undefined ? undefined : { id: raw };
  if (!isRecord(raw)) {
    errors.push(issue('issuer', `must be a URL or an object with an "id", got ${describeValue(raw)}`));
    return undefined;
  }
  const id = take(parseIdentifier(raw.id, 'issuer.id'), errors, warnings);
  const name = raw.name === undefined ? undefined : take(parseText(raw.name, 'issuer.name'), errors, warnings);
  if (id === undefined) return undefined;
  return name === undefined ? { id } : { id, name };
}

function parseCertification(raw: unknown, path: string, errors: DataIssue[], warnings: DataIssue[]): BadgeCertification | undefined {
  if (!isRecord(raw)) {
    errors.push(issue(path, `must be an object with scheme, scope and criteria, got ${describeValue(raw)}`));
    return undefined;
  }
  const scheme = take(parseText(raw.scheme, joinPath(path, 'scheme')), errors, warnings);
  const level = raw.level === undefined ? undefined : take(parseText(raw.level, joinPath(path, 'level')), errors, warnings);
  const scope = take(parseText(raw.scope, joinPath(path, 'scope')), errors, warnings);
  const criteria = take(parseHttpUrl(raw.criteria, joinPath(path, 'criteria')), errors, warnings);
  if (scheme === undefined || scope === undefined || criteria === undefined) return undefined;
  if (raw.level !== undefined && level === undefined) return undefined;
  return level === undefined ? { scheme, scope, criteria } : { scheme, level, scope, criteria };
}

/** What {@link parseStatusEntries} returns: the entries it can check, and those it cannot. */
export interface StatusEntries {
  readonly entries: BadgeStatusEntry[];
  /** `path: description` of each entry of another type or purpose (see {@link BadgeCredential.unsupportedStatus}). */
  readonly unsupported: string[];
}

/**
 * Reads `credentialStatus` (one object or an array). `BitstringStatusListEntry` entries with purpose
 * `revocation` or `suspension` are checked entries; entries of other types and purposes are listed in
 * `unsupported` (and warned about), so that the verifier fails closed on them instead of skipping them.
 */
export function parseStatusEntries(raw: unknown, path = 'credentialStatus'): ParseResult<StatusEntries> {
  if (raw === undefined) return ok({ entries: [], unsupported: [] });
  const list = Array.isArray(raw) ? raw : [raw];
  const errors: DataIssue[] = [];
  const warnings: DataIssue[] = [];
  const entries: BadgeStatusEntry[] = [];
  const unsupported: string[] = [];
  const skip = (at: string, message: string) => {
    warnings.push(issue(at, message, 'warning'));
    unsupported.push(`${at}: ${message}`);
  };
  list.forEach((entry, i) => {
    const at = Array.isArray(raw) ? joinPath(path, i) : path;
    if (!isRecord(entry)) {
      errors.push(issue(at, `must be an object, got ${describeValue(entry)}`));
      return;
    }
    if (entry.type !== 'BitstringStatusListEntry') {
      skip(joinPath(at, 'type'), `${describeValue(entry.type)} is not a status type this library can check (BitstringStatusListEntry)`);
      return;
    }
    if (entry.statusPurpose !== 'revocation' && entry.statusPurpose !== 'suspension') {
      skip(
        joinPath(at, 'statusPurpose'),
        `${describeValue(entry.statusPurpose)} is not a purpose this library can check (revocation, suspension)`,
      );
      return;
    }
    const before = errors.length;
    const rawIndex = entry.statusListIndex;
    const index =
      typeof rawIndex === 'string' && /^\d{1,10}$/.test(rawIndex)
        ? Number(rawIndex)
        : Number.isSafeInteger(rawIndex) && (rawIndex as number) >= 0
          ? (rawIndex as number)
          : undefined;
    if (index === undefined)
      errors.push(issue(joinPath(at, 'statusListIndex'), `must be a whole number ≥ 0 written as a string, got ${describeValue(rawIndex)}`));
    if (entry.statusSize !== undefined && entry.statusSize !== 1 && entry.statusSize !== '1') {
      errors.push(issue(joinPath(at, 'statusSize'), `must be 1 for ${entry.statusPurpose}, got ${describeValue(entry.statusSize)}`));
    }
    const url = take(parseHttpUrl(entry.statusListCredential, joinPath(at, 'statusListCredential')), errors, warnings);
    if (errors.length > before || index === undefined || url === undefined) return;
    const parsed = { statusPurpose: entry.statusPurpose, statusListIndex: index, statusListCredential: url } as const;
    entries.push(typeof entry.id === 'string' ? { id: entry.id, ...parsed } : parsed);
  });
  return errors.length ? fail(errors) : ok({ entries, unsupported }, warnings);
}

/** Reads `@context` and `type`, which every VC 2.0 credential (badges and status lists) must have. */
export function parseVcEnvelope(payload: Record<string, unknown>, requiredType?: string): ParseResult<string[]> {
  const errors: DataIssue[] = [];
  const context = payload['@context'];
  if (!Array.isArray(context) || context[0] !== VC_CONTEXT_V2) {
    errors.push(issue('@context', `must be an array starting with "${VC_CONTEXT_V2}", got ${describeValue(context)}`));
  }
  const rawType = payload.type;
  const type =
    typeof rawType === 'string'
      ? [rawType]
      : Array.isArray(rawType) && rawType.every((t) => typeof t === 'string')
        ? (rawType as string[])
        : undefined;
  if (!type || !type.includes('VerifiableCredential') || (requiredType !== undefined && !type.includes(requiredType))) {
    const want = requiredType ? `"VerifiableCredential" and "${requiredType}"` : '"VerifiableCredential"';
    errors.push(issue('type', `must be a list including ${want}, got ${describeValue(rawType)}`));
  }
  return errors.length || !type ? fail(errors) : ok(type);
}

/**
 * Reads a verified JWS payload as a badge credential. Checks: the VC 2.0 context and type; `issuer` (a URL, or
 * an object with an `id` URL and optional `name`); `validFrom` and `validUntil` (both required, with a time
 * zone, `validUntil` after `validFrom`); exactly one `credentialSubject` with `id` = an origin, `name`, and
 * `certification` {scheme, level?, scope, criteria}; `credentialStatus`. JWT claims are optional but, when
 * present, must agree: `iss` = issuer id, `sub` = subject origin, `nbf` = validFrom and `exp` = validUntil (to
 * the second). Every problem is reported with its field path; nothing is coerced.
 */
export function parseBadgeCredential(payload: unknown): ParseResult<BadgeCredential> {
  if (!isRecord(payload)) return fail([issue('', `the credential must be a JSON object, got ${describeValue(payload)}`)]);
  const errors: DataIssue[] = [];
  const warnings: DataIssue[] = [];
  const type = take(parseVcEnvelope(payload), errors, warnings);
  const id = payload.id === undefined ? undefined : take(parseIdentifier(payload.id, 'id'), errors, warnings);
  const issuer = parseIssuer(payload.issuer, errors, warnings);
  const validFrom = take(parseDateTimeStamp(payload.validFrom, 'validFrom'), errors, warnings);
  const validUntil = take(parseDateTimeStamp(payload.validUntil, 'validUntil'), errors, warnings);
  if (validFrom && validUntil && validUntil.getTime() <= validFrom.getTime()) {
    errors.push(issue('validUntil', `must be after validFrom (${payload.validFrom as string}), got ${describeValue(payload.validUntil)}`));
  }

  let subject: BadgeSubject | undefined;
  let certification: BadgeCertification | undefined;
  const rawSubject = payload.credentialSubject;
  if (!isRecord(rawSubject)) {
    const why = Array.isArray(rawSubject)
      ? 'a badge certifies exactly one origin, so it must be a single object'
      : `must be an object, got ${describeValue(rawSubject)}`;
    errors.push(issue('credentialSubject', why));
  } else {
    const origin = take(parseOrigin(rawSubject.id, 'credentialSubject.id'), errors, warnings);
    const name = take(parseText(rawSubject.name, 'credentialSubject.name'), errors, warnings);
    certification = parseCertification(rawSubject.certification, 'credentialSubject.certification', errors, warnings);
    if (origin !== undefined && name !== undefined) subject = { id: origin, name };
  }
  const status = take(parseStatusEntries(payload.credentialStatus), errors, warnings);

  // Optional JWT claims: accepted, but they must say the same as the credential.
  if (payload.iss !== undefined && issuer && payload.iss !== issuer.id) {
    errors.push(issue('iss', `must equal the issuer id "${issuer.id}" when present, got ${describeValue(payload.iss)}`));
  }
  if (payload.sub !== undefined && subject) {
    if (typeof payload.sub !== 'string' || normalizeOrigin(payload.sub) !== subject.id) {
      errors.push(issue('sub', `must equal credentialSubject.id "${subject.id}" when present, got ${describeValue(payload.sub)}`));
    }
  }
  for (const [claim, date, name] of [
    ['nbf', validFrom, 'validFrom'],
    ['exp', validUntil, 'validUntil'],
  ] as const) {
    const value = payload[claim];
    if (value === undefined || !date) continue;
    const seconds = Math.floor(date.getTime() / 1000);
    if (value !== seconds)
      errors.push(issue(claim, `must equal ${name} in seconds (${seconds}) when present, got ${describeValue(value)}`));
  }

  if (errors.length || !type || !issuer || !validFrom || !validUntil || !subject || !certification || !status) {
    return fail(errors);
  }
  const credential: BadgeCredential = {
    type,
    issuer,
    validFrom,
    validUntil,
    subject,
    certification,
    status: status.entries,
    unsupportedStatus: status.unsupported,
  };
  return ok(id === undefined ? credential : { id, ...credential }, warnings);
}
