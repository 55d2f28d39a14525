import { ok, parseNumber, type ParseResult } from './errors.js';

/**
 * Survey answers: Net Promoter Score (0–10 "how likely are you to recommend") and customer satisfaction (CSAT,
 * 1–5 "how satisfied were you"): the scales, the band of an answer, and the parsers of one answer. Pure functions,
 * no DOM. Bad input is a data error with a field path, never a NaN. (Scoring a set of answers is the page's
 * backend's job: no element computes a score, so core has no npsScore/csatScore.)
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
