import { base64url } from 'jose';
import { describeValue, fail, issue, ok, type DataIssue, type ParseResult } from '../errors.js';
import { parseDateTimeStamp, parseVcEnvelope } from './credential.js';

/**
 * W3C Bitstring Status List v1.0, for revocation: an issuer publishes a status list credential whose
 * `credentialSubject.encodedList` is a GZIP-compressed bitstring, multibase base64url encoded (a `u` prefix, no
 * padding). Bit `i` belongs to the credential whose `credentialStatus.statusListIndex` is `i`; bit 0 is the
 * left-most (most significant) bit of the first byte; a set bit means revoked (or suspended). Compression uses
 * the platform's `CompressionStream` / `DecompressionStream` (browsers and Node ≥ 18), no library.
 */

/** The smallest list the specification allows: 16 KiB of bits, so that one index says little about a holder. */
export const MIN_STATUS_LIST_ENTRIES = 131_072;

/** The largest decompressed list accepted (16 MiB, 134 million entries): protection against a GZIP bomb. */
export const MAX_STATUS_LIST_BYTES = 16 * 1024 * 1024;

/** A parsed status list credential (its signature is checked by `verifyCredential`, not here). */
export interface StatusListCredential {
  /** The list's issuer id; it must be the badge credential's issuer. */
  readonly issuer: string;
  readonly validFrom?: Date;
  readonly validUntil?: Date;
  /** The purposes the list serves (`revocation`, `suspension`, …). */
  readonly statusPurpose: readonly string[];
  /** The still-encoded list (`u…`). */
  readonly encodedList: string;
}

/** A bitstring of `size` entries (rounded up to whole bytes) with the given indexes set. */
export function createBitstring(size: number, set: Iterable<number> = []): Uint8Array {
  const bits = new Uint8Array(Math.ceil(size / 8));
  for (const index of set) {
    if (!Number.isSafeInteger(index) || index < 0 || index >= bits.length * 8) {
      throw new RangeError(`status list index ${index} is outside a list of ${bits.length * 8} entries`);
    }
    bits[index >> 3]! |= 0x80 >> (index & 7);
  }
  return bits;
}

/** Whether entry `index` is set; `undefined` when the index lies outside the list. */
export function readBit(bits: Uint8Array, index: number): boolean | undefined {
  if (!Number.isSafeInteger(index) || index < 0 || index >= bits.length * 8) return undefined;
  return ((bits[index >> 3]! >> (7 - (index & 7))) & 1) === 1;
}

async function pipe(bytes: Uint8Array, transform: CompressionStream | DecompressionStream, max: number): Promise<Uint8Array> {
  const source = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
  const reader = source.pipeThrough(transform as unknown as TransformStream<Uint8Array, Uint8Array>).getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > max) {
      await reader.cancel();
      throw new RangeError(`more than ${max} bytes`);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/** Encodes a bitstring as `encodedList`: GZIP, then multibase base64url (`u` + unpadded base64url). */
export async function encodeStatusList(bits: Uint8Array): Promise<string> {
  const zipped = await pipe(bits, new CompressionStream('gzip'), Number.MAX_SAFE_INTEGER);
  return `u${base64url.encode(zipped)}`;
}

/** Decodes an `encodedList` into its bitstring, refusing anything that is not multibase base64url GZIP. */
export async function decodeStatusList(encodedList: unknown, path = 'credentialSubject.encodedList'): Promise<ParseResult<Uint8Array>> {
  if (typeof encodedList !== 'string' || !/^u[A-Za-z0-9_-]+$/.test(encodedList)) {
    return fail([issue(path, `must be multibase base64url ("u" followed by base64url), got ${describeValue(encodedList)}`)]);
  }
  let zipped: Uint8Array;
  try {
    zipped = base64url.decode(encodedList.slice(1));
  } catch {
    return fail([issue(path, 'is not valid base64url')]);
  }
  try {
    return ok(await pipe(zipped, new DecompressionStream('gzip'), MAX_STATUS_LIST_BYTES));
  } catch (error) {
    const why = error instanceof RangeError ? `decompresses to ${error.message}` : 'is not valid GZIP data';
    return fail([issue(path, why)]);
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads the payload of a status list credential: VC 2.0 of type `BitstringStatusListCredential`, with an
 * issuer, optional validity dates, and a `credentialSubject` of type `BitstringStatusList` holding
 * `statusPurpose` and `encodedList`.
 */
export function parseStatusListCredential(payload: unknown): ParseResult<StatusListCredential> {
  if (!isRecord(payload)) return fail([issue('', `the status list must be a JSON object, got ${describeValue(payload)}`)]);
  const errors: DataIssue[] = [];
  const envelope = parseVcEnvelope(payload, 'BitstringStatusListCredential');
  if (!envelope.ok) errors.push(...envelope.errors);
  const rawIssuer = payload.issuer;
  const issuer =
    typeof rawIssuer === 'string' ? rawIssuer : isRecord(rawIssuer) && typeof rawIssuer.id === 'string' ? rawIssuer.id : undefined;
  if (!issuer) errors.push(issue('issuer', `must be a URL or an object with an "id", got ${describeValue(rawIssuer)}`));
  const dates: { validFrom?: Date; validUntil?: Date } = {};
  for (const key of ['validFrom', 'validUntil'] as const) {
    if (payload[key] === undefined) continue;
    const date = parseDateTimeStamp(payload[key], key);
    if (date.ok) dates[key] = date.value;
    else errors.push(...date.errors);
  }
  const subject = payload.credentialSubject;
  let statusPurpose: string[] | undefined;
  let encodedList: string | undefined;
  if (!isRecord(subject)) {
    errors.push(issue('credentialSubject', `must be an object, got ${describeValue(subject)}`));
  } else {
    if (subject.type !== 'BitstringStatusList') {
      errors.push(issue('credentialSubject.type', `must be "BitstringStatusList", got ${describeValue(subject.type)}`));
    }
    const purpose = subject.statusPurpose;
    statusPurpose =
      typeof purpose === 'string'
        ? [purpose]
        : Array.isArray(purpose) && purpose.every((p) => typeof p === 'string')
          ? (purpose as string[])
          : undefined;
    if (!statusPurpose?.length)
      errors.push(issue('credentialSubject.statusPurpose', `must be a purpose or a list of purposes, got ${describeValue(purpose)}`));
    if (typeof subject.encodedList === 'string') encodedList = subject.encodedList;
    else errors.push(issue('credentialSubject.encodedList', `must be a string, got ${describeValue(subject.encodedList)}`));
  }
  if (errors.length || !issuer || !statusPurpose || encodedList === undefined) return fail(errors);
  return ok({ issuer, ...dates, statusPurpose, encodedList });
}
