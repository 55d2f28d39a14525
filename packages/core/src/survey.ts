import { describeValue, fail, issue, joinPath, ok, parseNumber, type DataIssue, type ParseResult } from './errors.js';

/**
 * Survey maths: Net Promoter Score (0–10 "how likely are you to recommend") and customer satisfaction (CSAT,
 * 1–5 "how satisfied were you"). Pure functions, no DOM. Bad input is a data error with a field path
 * (`scores[3]`), never a NaN; no input at all is an explicit "no data" result, never 0 and never NaN.
 */

/** The lowest and highest answer of the NPS scale. */
export const NPS_MIN = 0;
export const NPS_MAX = 10;
/** The lowest and highest answer of the CSAT scale. */
export const CSAT_MIN = 1;
export const CSAT_MAX = 5;
/** A CSAT answer of at least this counts as satisfied (the "top two boxes", 4 and 5). */
export const CSAT_SATISFIED_MIN = 4;

/** What one NPS answer says: 0–6 detractor, 7–8 passive, 9–10 promoter. */
export type NpsBand = 'detractor' | 'passive' | 'promoter';

/** How a set of CSAT answers is summarized. */
export type CsatMethod = 'top-two-box' | 'mean';

/** At most this many item errors are listed one by one; the rest are summed up in one issue. */
const MAX_LISTED = 10;

/** The band of one NPS answer, or `null` for anything that is not a whole number from 0 to 10. */
export function npsBand(score: number): NpsBand | null {
  if (!Number.isInteger(score) || score < NPS_MIN || score > NPS_MAX) return null;
  return score >= 9 ? 'promoter' : score >= 7 ? 'passive' : 'detractor';
}

/** True for a CSAT answer of 4 or 5 (a "top two box" answer). */
export const isSatisfied = (rating: number): boolean => rating >= CSAT_SATISFIED_MIN && rating <= CSAT_MAX;

/**
 * Reads one answer on a whole-number scale. Nothing (`null`, `undefined`, `''`) is "no answer yet" (`null`);
 * anything else must be a whole number from `min` to `max` (numeric strings are accepted as attributes deliver
 * them). Nothing is rounded or clamped: 10.5 and 11 are errors.
 */
function parseAnswer(raw: unknown, path: string, min: number, max: number): ParseResult<number | null> {
  const n = parseNumber(raw, path, { min, max, integer: true, optional: true });
  return n.ok ? ok(n.value ?? null) : n;
}

/** One NPS answer: a whole number from 0 to 10, or `null` when nothing is chosen. */
export const parseNpsScore = (raw: unknown, path = 'score'): ParseResult<number | null> => parseAnswer(raw, path, NPS_MIN, NPS_MAX);

/** One CSAT answer: a whole number from 1 to 5, or `null` when nothing is chosen. */
export const parseCsatRating = (raw: unknown, path = 'rating'): ParseResult<number | null> => parseAnswer(raw, path, CSAT_MIN, CSAT_MAX);

/**
 * Reads a list of answers: every item must be a whole number from `min` to `max`. One bad item makes the whole
 * list an error (a score computed from the good items only would misstate the result); the first ten bad items
 * are named by path, the rest are counted in one more issue.
 */
function parseAnswers(raw: unknown, path: string, min: number, max: number): ParseResult<number[]> {
  if (!Array.isArray(raw)) return fail([issue(path, `must be a list of answers, got ${describeValue(raw)}`)]);
  const values: number[] = [];
  const errors: DataIssue[] = [];
  let unlisted = 0;
  raw.forEach((item, index) => {
    const n = parseNumber(item, joinPath(path, index), { min, max, integer: true });
    if (n.ok) values.push(n.value);
    else if (errors.length < MAX_LISTED) errors.push(...n.errors);
    else unlisted++;
  });
  if (unlisted) errors.push(issue(path, `has ${unlisted} more invalid ${unlisted === 1 ? 'answer' : 'answers'}`));
  return errors.length ? fail(errors) : ok(values);
}

/** Counts of NPS answers by band. */
export interface NpsCounts {
  readonly promoters: number;
  readonly passives: number;
  readonly detractors: number;
}

/**
 * A Net Promoter Score. `score` is exact (−100 to 100, e.g. 33.333…): format it for display, do not round it
 * before comparing. `shares` are exact fractions (0 to 1) of all answers.
 */
export type NpsResult =
  | ({ readonly status: 'no-data'; readonly count: 0; readonly score: null; readonly shares: null } & NpsCounts)
  | ({ readonly status: 'scored'; readonly count: number; readonly score: number; readonly shares: NpsCounts } & NpsCounts);

/**
 * The Net Promoter Score of a list of 0–10 answers: % promoters (9–10) − % detractors (0–6), from −100 to 100.
 * An empty list gives `{ status: 'no-data', score: null }`. A list with any answer that is not a whole number
 * from 0 to 10 is a data error naming each bad item (`scores[3]`).
 *
 * @example npsScore([10, 9, 8, 7, 6, 0]) // → ok: { status: 'scored', score: 0, promoters: 2, passives: 2, detractors: 2, … }
 */
export function npsScore(scores: unknown, path = 'scores'): ParseResult<NpsResult> {
  const parsed = parseAnswers(scores, path, NPS_MIN, NPS_MAX);
  if (!parsed.ok) return parsed;
  const counts = { promoters: 0, passives: 0, detractors: 0 };
  for (const score of parsed.value) {
    const band = npsBand(score);
    if (band === 'promoter') counts.promoters++;
    else if (band === 'passive') counts.passives++;
    else counts.detractors++;
  }
  const count = parsed.value.length;
  if (count === 0) return ok({ status: 'no-data', count: 0, score: null, shares: null, ...counts });
  const shares = { promoters: counts.promoters / count, passives: counts.passives / count, detractors: counts.detractors / count };
  // From the counts, not from the shares: (2 − 1) / 3 · 100 is 33.333…, with no intermediate rounding.
  const score = ((counts.promoters - counts.detractors) / count) * 100;
  return ok({ status: 'scored', count, score, shares, ...counts });
}

/** How many answers chose 1, 2, 3, 4 and 5 (index 0 is the count of 1s). */
export type CsatDistribution = readonly [number, number, number, number, number];

/**
 * A CSAT summary. With `top-two-box`, `score` is the fraction (0 to 1) of answers that are 4 or 5; with `mean`,
 * it is the average answer (1 to 5). Both exact.
 */
export type CsatResult =
  | {
      readonly status: 'no-data';
      readonly method: CsatMethod;
      readonly count: 0;
      readonly score: null;
      readonly satisfied: 0;
      readonly distribution: CsatDistribution;
    }
  | {
      readonly status: 'scored';
      readonly method: CsatMethod;
      readonly count: number;
      readonly score: number;
      readonly satisfied: number;
      readonly distribution: CsatDistribution;
    };

export interface CsatOptions {
  /** `top-two-box` (default): the share of 4s and 5s. `mean`: the average answer. */
  method?: CsatMethod;
}

/**
 * The customer-satisfaction score of a list of 1–5 answers. An empty list gives `{ status: 'no-data', score: null }`;
 * any answer that is not a whole number from 1 to 5 is a data error naming each bad item (`ratings[2]`), and
 * an unknown method is an error at `method`.
 *
 * @example csatScore([5, 4, 3, 2, 1]) // → ok: { score: 0.4, … } (40 % top-two-box)
 * @example csatScore([5, 4, 3, 2, 1], { method: 'mean' }) // → ok: { score: 3, … }
 */
export function csatScore(ratings: unknown, options: CsatOptions = {}, path = 'ratings'): ParseResult<CsatResult> {
  const errors: DataIssue[] = [];
  const method = options.method ?? 'top-two-box';
  if (method !== 'top-two-box' && method !== 'mean') {
    errors.push(issue('method', `must be top-two-box or mean, got ${describeValue(method)}`));
  }
  const parsed = parseAnswers(ratings, path, CSAT_MIN, CSAT_MAX);
  if (!parsed.ok) errors.push(...parsed.errors);
  if (!parsed.ok || errors.length) return fail(errors);
  const distribution: [number, number, number, number, number] = [0, 0, 0, 0, 0];
  let sum = 0;
  for (const rating of parsed.value) {
    distribution[rating - 1]!++;
    sum += rating;
  }
  const count = parsed.value.length;
  const satisfied = distribution[3] + distribution[4];
  if (count === 0) return ok({ status: 'no-data', method, count: 0, score: null, satisfied: 0, distribution });
  return ok({ status: 'scored', method, count, score: method === 'mean' ? sum / count : satisfied / count, satisfied, distribution });
}
