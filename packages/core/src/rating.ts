import { fail, ok, parseNumber, type DataIssue, type ParseResult } from './errors.js';

/** A validated read-only rating. */
export interface Rating {
  /** In [0, max]. */
  readonly value: number;
  /** Whole number ≥ 1 (default 5). */
  readonly max: number;
  /** Number of ratings behind the value, a whole number ≥ 0, if known. */
  readonly count: number | undefined;
}

export interface RatingInput {
  value: unknown;
  max?: unknown;
  count?: unknown;
}

/** The largest `max` accepted: a scale of more than 10 stars is not a star rating. */
export const MAX_STARS = 10;

/**
 * Validates a rating. `value` must be a finite number in [0, max]; `max` a whole number in [1, 10] (default 5);
 * `count` optional, a whole number ≥ 0. Strings are accepted as attributes deliver them. Nothing is clamped:
 * 5.2 out of 5 is an error, not five stars.
 */
export function parseRating(input: RatingInput, path = ''): ParseResult<Rating> {
  const { value: v, max: m = 5, count: c } = input;
  // What attributes (read by `numberAttribute`) and typed data give: numbers, all in range. Those are valid as they
  // are, without the field-by-field parse below, which is for everything else and says what is wrong. The rules are
  // the same (rating.test.ts checks both ways agree); NaN and infinities fail the comparisons and go the long way.
  if (
    typeof v === 'number' &&
    typeof m === 'number' &&
    Number.isInteger(m) &&
    m >= 1 &&
    m <= MAX_STARS &&
    v >= 0 &&
    v <= m &&
    (c === undefined || (typeof c === 'number' && Number.isSafeInteger(c) && c >= 0))
  )
    return ok({ value: v, max: m, count: c });
  const at = (key: string) => (path ? `${path}.${key}` : key);
  const errors: DataIssue[] = [];
  const max = parseMax(input.max, at('max'));
  if (!max.ok) errors.push(...max.errors);
  const value = parseNumber(input.value, at('value'), { min: 0, max: max.ok ? max.value : MAX_STARS });
  if (!value.ok) errors.push(...value.errors);
  const count = parseNumber(input.count, at('count'), { min: 0, integer: true, optional: true });
  if (!count.ok) errors.push(...count.errors);
  if (!max.ok || !value.ok || !count.ok) return fail(errors);
  return ok({ value: value.value, max: max.value, count: count.value });
}

/** Geometry of the star row, in SVG user units: each star is `STAR` wide with `GAP` between stars. */
export const STAR = 24;
export const GAP = 4;

/** Width of a row of `max` stars, in user units. */
export const rowWidth = (max: number): number => max * STAR + (max - 1) * GAP;

/**
 * The share of the star row that is filled for `value`, as a fraction of the row's width, drawn exactly: whole
 * stars are filled through their gaps, and the fractional part fills that share of the next star's own width
 * (3.7 fills 3 stars and 70 % of the 4th, not 3.7/5 of the row).
 */
export function filledFraction(value: number, max: number): number {
  if (value <= 0) return 0;
  if (value >= max) return 1;
  const whole = Math.floor(value);
  return (whole * (STAR + GAP) + (value - whole) * STAR) / rowWidth(max);
}

const pathCache = new Map<number, string>();

/** SVG path data for a row of `max` five-pointed stars laid out with {@link STAR} and {@link GAP}. */
export function starRowPath(max: number): string {
  let d = pathCache.get(max);
  if (d) return d;
  const parts: string[] = [];
  for (let i = 0; i < max; i++) {
    const cx = i * (STAR + GAP) + STAR / 2;
    const cy = 13.2;
    const points: string[] = [];
    for (let p = 0; p < 10; p++) {
      // Outer radius 12.62: the side arms touch the cell's edges (2·R·cos 18° = 24), so a fraction of the cell's
      // width is the same fraction of the star's width.
      const r = p % 2 === 0 ? 12.62 : 5.3;
      const angle = (Math.PI / 5) * p - Math.PI / 2;
      points.push(`${(cx + r * Math.cos(angle)).toFixed(2)} ${(cy + r * Math.sin(angle)).toFixed(2)}`);
    }
    parts.push(`M${points.join('L')}Z`);
  }
  d = parts.join('');
  pathCache.set(max, d);
  return d;
}

/** Validates the `max` of a rating scale: a whole number from 1 to {@link MAX_STARS}; absent or empty is 5. */
export function parseMax(raw: unknown, path = 'max'): ParseResult<number> {
  // Like a native numeric attribute, an absent or empty `max` means the default.
  return parseNumber(raw === undefined || raw === null || raw === '' ? 5 : raw, path, { min: 1, max: MAX_STARS, integer: true });
}

/**
 * Validates the value of a rating input: nothing (`null`, `undefined`, `''`) means "no rating chosen"; anything
 * else must be a whole number of stars from 1 to `max`.
 */
export function parseRatingChoice(raw: unknown, max: number, path = 'value'): ParseResult<number | null> {
  const n = parseNumber(raw, path, { min: 1, max, integer: true, optional: true });
  return n.ok ? ok(n.value ?? null) : n;
}
