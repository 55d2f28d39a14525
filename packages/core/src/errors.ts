import { isNumericString } from './converters.js';
import { NO_ISSUES } from './internal/no-issues.js';

/**
 * The data-error model. Every parser in core returns a {@link ParseResult}: either a value, or a list of
 * {@link DataIssue}s, each naming the field path that was wrong and what was wrong with it. Parsers never throw
 * for bad input.
 */

/** One problem found in input data. */
export interface DataIssue {
  /** Field path in the input, e.g. `value`, `reviews[3].rating`, `aggregateRating.ratingCount`. */
  readonly path: string;
  /** What was wrong, in plain English for the developer (never shown to visitors as-is). */
  readonly message: string;
  /** `error`: the data cannot be shown. `warning`: shown, but something was corrected or is suspicious. */
  readonly severity: 'error' | 'warning';
  /**
   * The attribute the author wrote the value in (`program` for `<trust-donation-use program="$812,000">`), when the
   * value came from one; absent when it came from JSON or a property. Set by the element when it reports (parsers
   * leave it out); the console message then names the attribute instead of the path.
   */
  readonly attribute?: string;
}

export type ParseResult<T> =
  | { readonly ok: true; readonly value: T; readonly warnings: readonly DataIssue[] }
  | { readonly ok: false; readonly errors: readonly DataIssue[] };

export const issue = (path: string, message: string, severity: DataIssue['severity'] = 'error'): DataIssue => ({
  path,
  message,
  severity,
});

export const ok = <T>(value: T, warnings: readonly DataIssue[] = NO_ISSUES): ParseResult<T> => ({ ok: true, value, warnings });

export const fail = <T = never>(errors: readonly DataIssue[]): ParseResult<T> => ({ ok: false, errors });

/** Joins a parent path and a key or index into a field path: `join('a', 'b')` → `a.b`, `join('a', 2)` → `a[2]`. */
export function joinPath(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  return parent ? `${parent}.${key}` : key;
}

/** Short, safe description of a bad value for an error message (never the whole of a huge string). */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : String(value);
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return JSON.stringify(shown);
  }
  if (Array.isArray(value)) return `an array of ${value.length}`;
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** A number as people write it for reading (`$812,000`, `4.120.000 €`, `1,5`, `82%`): digits with signs or separators. */
const FORMATTED = /^[\s+-]*(?=[^\d]*\d)[\d\s.,'’\p{Sc}%]+$/u;

export interface NumberRule {
  min?: number;
  max?: number;
  integer?: boolean;
  /** When false (default), `undefined`/`null`/`''` is an error; when true, it yields `undefined`. */
  optional?: boolean;
}

/**
 * Reads a number from a number or a numeric string (attributes arrive as strings). Rejects NaN, ±Infinity,
 * empty strings, non-numeric strings and values outside the rule's range, with the field path in the message.
 */
export function parseNumber(raw: unknown, path: string, rule: NumberRule & { optional: true }): ParseResult<number | undefined>;
export function parseNumber(raw: unknown, path: string, rule?: NumberRule): ParseResult<number>;
export function parseNumber(raw: unknown, path: string, rule: NumberRule = {}): ParseResult<number | undefined> {
  const missing = raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '');
  if (missing) {
    return rule.optional ? ok(undefined) : fail([issue(path, 'is required but missing')]);
  }
  let n: number;
  if (typeof raw === 'number') n = raw;
  else if (typeof raw === 'string' && isNumericString(raw)) n = Number(raw);
  else if (typeof raw === 'string' && FORMATTED.test(raw)) {
    const plain = 'must be a plain number like 4120000 or 4.5 (digits and a decimal point; no currency sign, commas, spaces or %)';
    return fail([issue(path, `${plain}, got ${describeValue(raw)}`)]);
  } else return fail([issue(path, `must be a number, got ${describeValue(raw)}`)]);
  if (!Number.isFinite(n)) return fail([issue(path, `must be a finite number, got ${describeValue(n)}`)]);
  if (rule.integer && !Number.isInteger(n)) return fail([issue(path, `must be a whole number, got ${n}`)]);
  // Whole numbers beyond 2^53 are not exact, and sums of them overflow: a count that large is not real data.
  if (rule.integer && !Number.isSafeInteger(n))
    return fail([issue(path, `must be a whole number up to ${Number.MAX_SAFE_INTEGER}, got ${n}`)]);
  const { min, max } = rule;
  if ((min !== undefined && n < min) || (max !== undefined && n > max)) {
    const range =
      min !== undefined && max !== undefined ? `between ${min} and ${max}` : min !== undefined ? `at least ${min}` : `at most ${max}`;
    return fail([issue(path, `must be ${range}, got ${n}`)]);
  }
  return ok(n);
}

/** Reads JSON text (a child `<script>`'s content): the value, or an issue at `path` saying how it starts. */
export function parseJsonText(text: string, path: string): ParseResult<unknown> {
  try {
    return ok(JSON.parse(text) as unknown);
  } catch (error) {
    return fail([issue(path, `is not valid JSON (${(error as Error).message}); starts with ${describeValue(text.trim())}`)]);
  }
}
