/**
 * Field parsers shared by every data model: text, dates, URLs, booleans, objects and lists. Each returns a
 * ParseResult whose issues carry the field path; none throws. `Collector` gathers the results of many fields
 * into one result, so a model parser reads as a list of fields.
 */
import { describeValue, fail, issue, joinPath, ok, type DataIssue, type ParseResult } from './errors.js';

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

interface Optional {
  /** When true, `undefined`, `null` and `''` yield `undefined` instead of an error. */
  optional?: boolean;
}

const absent = (raw: unknown): boolean => raw === undefined || raw === null || raw === '';

/** User text: a string, trimmed, at most `max` characters (default 20,000). It is always rendered as text. */
export function parseText(raw: unknown, path: string, rule: Optional & { max?: number } = {}): ParseResult<string | undefined> {
  if (typeof raw === 'string' && raw.trim() !== '') {
    const text = raw.trim();
    const max = rule.max ?? 20_000;
    return text.length > max ? fail([issue(path, `is ${text.length} characters long; at most ${max} are accepted`)]) : ok(text);
  }
  if (absent(raw) || (typeof raw === 'string' && raw.trim() === '')) {
    return rule.optional ? ok(undefined) : fail([issue(path, 'is required but missing')]);
  }
  return fail([issue(path, `must be text, got ${describeValue(raw)}`)]);
}

/** False for a day its month lacks (`2026-02-30`), which `Date` would silently roll over into the next month. */
function isRealDay(iso: string): boolean {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number) as [number, number, number];
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return d <= ([31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] ?? 0);
}

/** A date: an ISO 8601 string (`2026-11-23`, `2026-11-23T09:30:00Z`), a Date or a timestamp in ms. */
export function parseDate(raw: unknown, path: string, rule: Optional = {}): ParseResult<Date | undefined> {
  if (absent(raw)) return rule.optional ? ok(undefined) : fail([issue(path, 'is required but missing')]);
  let date: Date | undefined;
  if (raw instanceof Date) date = new Date(raw.getTime());
  else if (typeof raw === 'number' && Number.isFinite(raw)) date = new Date(raw);
  else if (typeof raw === 'string' && /^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(raw.trim()) && isRealDay(raw.trim())) {
    date = new Date(raw.trim());
  }
  if (!date || Number.isNaN(date.getTime())) return fail([issue(path, `must be an ISO 8601 date, got ${describeValue(raw)}`)]);
  return ok(date);
}

/**
 * A link target the page can safely use: `http:`, `https:` or `mailto:` URLs, or a relative URL. Anything else
 * (`javascript:`, `data:`, `vbscript:`, `file:`, …, and any URL with a control character in it) is an error.
 * Returns the URL as given (trimmed), never a rewritten one.
 */
export function parseUrl(raw: unknown, path: string, rule: Optional & { mailto?: boolean } = {}): ParseResult<string | undefined> {
  // Spaces alone are no address either (a link to the page itself is not what an author meant).
  const blank = typeof raw === 'string' && raw.trim() === '';
  if (absent(raw) || blank) return rule.optional ? ok(undefined) : fail([issue(path, 'is required but missing')]);
  if (typeof raw !== 'string') return fail([issue(path, `must be a URL, got ${describeValue(raw)}`)]);
  const url = raw.trim();
  // Browsers drop tabs and newlines inside a URL ("java\tscript:") and ignore leading control characters, so
  // any control character is refused outright rather than second-guessed.
  // eslint-disable-next-line no-control-regex
  const controls = /[\u0000-\u001f\u007f]/.test(url);
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  const allowed = scheme === undefined || scheme === 'http' || scheme === 'https' || (scheme === 'mailto' && rule.mailto !== false);
  if (controls || !allowed) {
    return fail([issue(path, `must be an http(s)${rule.mailto === false ? '' : ', mailto'} or relative URL, got ${describeValue(url)}`)]);
  }
  return ok(url);
}

/** `true` or `false` (also the strings "true"/"false"). */
export function parseBoolean(raw: unknown, path: string, rule: Optional = {}): ParseResult<boolean | undefined> {
  if (absent(raw)) return rule.optional ? ok(undefined) : fail([issue(path, 'is required but missing')]);
  if (raw === true || raw === 'true') return ok(true);
  if (raw === false || raw === 'false') return ok(false);
  return fail([issue(path, `must be true or false, got ${describeValue(raw)}`)]);
}

/** One of a fixed set of strings. */
export function parseChoice<T extends string>(
  raw: unknown,
  path: string,
  choices: readonly T[],
  rule: Optional = {},
): ParseResult<T | undefined> {
  if (absent(raw)) return rule.optional ? ok(undefined) : fail([issue(path, 'is required but missing')]);
  if (typeof raw === 'string' && (choices as readonly string[]).includes(raw)) return ok(raw as T);
  return fail([issue(path, `must be one of ${choices.join(', ')}, got ${describeValue(raw)}`)]);
}

/** The outcome of a list parse: the items that are valid, and how many were left out (with their issues). */
export interface ListResult<T> {
  items: T[];
  /** Items that could not be read. An element must say that some could not be shown, never hide it. */
  dropped: number;
}

/**
 * A list whose items are parsed one by one. Invalid items are left out and reported as warnings with their
 * index path (`reviews[3].rating`), so one bad item does not blank the whole list; the count of dropped items is
 * returned so that the element can disclose it. Not an array, or more than `max` items, is an error.
 */
export function parseList<T>(
  raw: unknown,
  path: string,
  item: (value: unknown, path: string) => ParseResult<T>,
  rule: Optional & { max?: number } = {},
): ParseResult<ListResult<T>> {
  if (absent(raw)) return rule.optional ? ok({ items: [], dropped: 0 }) : fail([issue(path, 'is required but missing')]);
  if (!Array.isArray(raw)) return fail([issue(path, `must be a list, got ${describeValue(raw)}`)]);
  const max = rule.max ?? 100_000;
  if (raw.length > max) return fail([issue(path, `has ${raw.length} items; at most ${max} are accepted`)]);
  const items: T[] = [];
  const warnings: DataIssue[] = [];
  raw.forEach((value, index) => {
    const result = item(value, joinPath(path, index));
    if (result.ok) {
      items.push(result.value);
      warnings.push(...result.warnings);
    } else {
      warnings.push(...result.errors.map((e) => ({ ...e, severity: 'warning' as const, message: `${e.message} (item left out)` })));
    }
  });
  return ok({ items, dropped: raw.length - items.length }, warnings);
}

/**
 * Gathers field results into one: `take()` returns a field's value (or undefined) and remembers its issues;
 * `done()` returns the model when no field failed, or every error at once.
 */
export class Collector {
  readonly errors: DataIssue[] = [];
  readonly warnings: DataIssue[] = [];

  take<T>(result: ParseResult<T>): T | undefined {
    if (result.ok) {
      this.warnings.push(...result.warnings);
      return result.value;
    }
    this.errors.push(...result.errors);
    return undefined;
  }

  warn(path: string, message: string): void {
    this.warnings.push(issue(path, message, 'warning'));
  }

  error(path: string, message: string): void {
    this.errors.push(issue(path, message));
  }

  done<T>(build: () => T): ParseResult<T> {
    return this.errors.length ? fail(this.errors) : ok(build(), this.warnings);
  }
}

/** An object at `path`, or an error naming what was there instead. */
export function parseRecord(raw: unknown, path: string): ParseResult<Record<string, unknown>> {
  return isRecord(raw) ? ok(raw) : fail([issue(path, `must be an object, got ${describeValue(raw)}`)]);
}
