/**
 * The data model of `<trust-guarantee>`: a promise ("Ships in 24 h") and, optionally, its measured record
 * ("98.7 % on time over the last 90 days, 12,480 orders"). A figure is never shown without the period it covers
 * and the source it comes from: a record that lacks either is an error, and the element shows the promise with an
 * "unavailable" record instead of an unsourced figure.
 */
import { fail, issue, ok, parseNumber, type DataIssue, type ParseResult } from './errors.js';
import { parseChoice, parseText, parseUrl } from './fields.js';

/** What a guarantee promises. Each kind has its own icon and wording of the record. */
export const GUARANTEE_KINDS = ['delivery', 'returns', 'support', 'price-match', 'warranty'] as const;
export type GuaranteeKind = (typeof GUARANTEE_KINDS)[number];

/** Longest period a record may cover, in days (ten years). */
export const MAX_PERIOD_DAYS = 3650;

/** The measured record behind a promise. */
export interface GuaranteeRecord {
  /** The share kept, from 0 to 100 (percent). */
  readonly percent: number;
  /** The number of days the figure covers, counted back from when it was measured ("the last 90 days"). */
  readonly periodDays: number;
  /** Where the figure comes from ("Order system, audited monthly by Example Audit"). Required. */
  readonly source: string;
  /** How many cases the figure counts (orders, returns, requests, claims), when given. */
  readonly count?: number;
  /** A page that documents the figure (http(s) or relative URL), when given. */
  readonly sourceUrl?: string;
}

export interface Guarantee {
  readonly kind: GuaranteeKind;
  /** The promise, as the merchant words it: "Free returns within 30 days". */
  readonly promise: string;
}

/** What the element hands to {@link parseGuarantee}: its attributes, as given. */
export interface GuaranteeInput {
  kind?: unknown;
  promise?: unknown;
  percent?: unknown;
  periodDays?: unknown;
  count?: unknown;
  source?: unknown;
  sourceUrl?: unknown;
}

/** The outcome: the promise (or its errors) and, separately, the record (absent, valid, or its errors). */
export interface ParsedGuarantee {
  readonly guarantee: ParseResult<Guarantee>;
  /** `undefined` when no figure was given at all (a promise without a record is fine). */
  readonly record: ParseResult<GuaranteeRecord> | undefined;
  /** Every error of both, for `reportIssues`. */
  readonly issues: readonly DataIssue[];
}

const given = (raw: unknown) => raw !== undefined && raw !== null && raw !== '';

/**
 * Reads a guarantee. The promise needs a `kind` (one of {@link GUARANTEE_KINDS}) and a `promise` text of at most
 * 300 characters. A record is present when `percent` or `count` is given; then `percent` (0–100), `periodDays`
 * (a whole number from 1 to {@link MAX_PERIOD_DAYS}) and `source` (text) are all required, `count` must be a
 * whole number ≥ 1 and `sourceUrl` an http(s) or relative URL. Promise and record are judged separately, so a
 * bad record never hides a good promise.
 */
export function parseGuarantee(input: GuaranteeInput): ParsedGuarantee {
  const errors: DataIssue[] = [];
  const kind = parseChoice(input.kind, 'kind', GUARANTEE_KINDS);
  const promise = parseText(input.promise, 'promise', { max: 300 });
  if (!kind.ok) errors.push(...kind.errors);
  if (!promise.ok) errors.push(...promise.errors);
  const guarantee: ParseResult<Guarantee> =
    kind.ok && promise.ok ? ok({ kind: kind.value!, promise: promise.value! }) : fail(errors.slice());

  let record: ParseResult<GuaranteeRecord> | undefined;
  if (given(input.percent) || given(input.count)) {
    const recordErrors: DataIssue[] = [];
    const take = <T>(result: ParseResult<T>): T | undefined => {
      if (result.ok) return result.value;
      recordErrors.push(...result.errors);
      return undefined;
    };
    const percent = given(input.percent)
      ? take(parseNumber(input.percent, 'percent', { min: 0, max: 100 }))
      : (recordErrors.push(issue('percent', 'is required when a count is shown: a count alone does not say how well the promise was kept')),
        undefined);
    const periodDays = given(input.periodDays)
      ? take(parseNumber(input.periodDays, 'period-days', { min: 1, max: MAX_PERIOD_DAYS, integer: true }))
      : (recordErrors.push(issue('period-days', 'is required when a figure is shown: say which period it covers')), undefined);
    const source = given(input.source)
      ? take(parseText(input.source, 'source', { max: 300 }))
      : (recordErrors.push(issue('source', 'is required when a figure is shown: say where the figure comes from')), undefined);
    const count = given(input.count) ? take(parseNumber(input.count, 'count', { min: 1, integer: true })) : undefined;
    const sourceUrl = given(input.sourceUrl) ? take(parseUrl(input.sourceUrl, 'source-url', { mailto: false })) : undefined;
    if (recordErrors.length || percent === undefined || periodDays === undefined || source === undefined) {
      record = fail(recordErrors);
    } else {
      record = ok({
        percent,
        periodDays,
        source,
        ...(count === undefined ? {} : { count }),
        ...(sourceUrl === undefined ? {} : { sourceUrl }),
      });
    }
    if (!record.ok) errors.push(...record.errors);
  } else {
    for (const [raw, path] of [
      [input.periodDays, 'period-days'],
      [input.source, 'source'],
      [input.sourceUrl, 'source-url'],
    ] as const) {
      if (given(raw)) errors.push(issue(path, 'is given without a figure (percent); it is ignored', 'warning'));
    }
  }
  return { guarantee, record, issues: errors };
}
