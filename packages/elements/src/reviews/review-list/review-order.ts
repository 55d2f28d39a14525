import type { Review } from '@trust-signals/core/reviews';

/** The orders a reader can choose. The default is `newest`: never the highest-rated first. */
export const REVIEW_SORTS = ['newest', 'oldest', 'highest', 'lowest', 'helpful'] as const;
export type ReviewSort = (typeof REVIEW_SORTS)[number];

/** A sort name, or `newest` for anything else (an unknown attribute value never hides or promotes reviews). */
export const parseSort = (value: unknown): ReviewSort => (REVIEW_SORTS.includes(value as ReviewSort) ? (value as ReviewSort) : 'newest');

/** The star level (1 to `max`) of a review, rescaling ratings given on another scale as `distributionOf` does. */
export function levelOf(review: Review, max = 5): number {
  if (review.best === max && review.worst === 1) return review.rating;
  return Math.round(1 + ((review.rating - review.worst) / (review.best - review.worst)) * (max - 1));
}

/**
 * A star filter: a whole number from 1 to `max`, or `null` (every rating) for anything else, including an
 * absent attribute. Accepts numbers and numeric strings.
 */
export function parseStarFilter(value: unknown, max = 5): number | null {
  if (value === null || value === undefined || value === '') return null;
  const n = typeof value === 'number' ? value : Number(String(value).trim());
  return Number.isInteger(n) && n >= 1 && n <= max ? n : null;
}

const time = (r: Review) => r.date?.getTime();
/** Newest first; reviews without a date after all dated ones. */
const byNewest = (a: Review, b: Review) => {
  const x = time(a);
  const y = time(b);
  if (x === y) return 0;
  if (x === undefined) return 1;
  if (y === undefined) return -1;
  return y - x;
};
/** Oldest first; reviews without a date still last. */
const byOldest = (a: Review, b: Review) => {
  const x = time(a);
  const y = time(b);
  if (x === y) return 0;
  if (x === undefined) return 1;
  if (y === undefined) return -1;
  return x - y;
};
const share = (r: Review) => (r.rating - r.worst) / (r.best - r.worst);

/**
 * The reviews in the chosen order, keeping only those at `stars` (when set). Stable: equal reviews keep the
 * order of the data; ties on rating or votes are broken by the newest first. Returns a new array.
 */
export function orderReviews(reviews: readonly Review[], sort: ReviewSort, stars: number | null, max = 5): Review[] {
  const kept = stars === null ? [...reviews] : reviews.filter((r) => levelOf(r, max) === stars);
  const compare: (a: Review, b: Review) => number =
    sort === 'oldest'
      ? byOldest
      : sort === 'highest'
        ? (a, b) => share(b) - share(a) || byNewest(a, b)
        : sort === 'lowest'
          ? (a, b) => share(a) - share(b) || byNewest(a, b)
          : sort === 'helpful'
            ? (a, b) => b.helpful - a.helpful || byNewest(a, b)
            : byNewest;
  return kept.sort(compare);
}

/**
 * A short excerpt of a long text, cut at a word boundary when one is near (never inside a surrogate pair), or
 * `undefined` when the text is short enough to show whole.
 */
export function excerpt(text: string, limit: number): string | undefined {
  const chars = Array.from(text);
  if (limit <= 0 || chars.length <= limit) return undefined;
  const head = chars.slice(0, limit).join('');
  // Whole words when the cut falls between two; else back to the last space, unless that loses too much.
  const space = /\s/.test(chars[limit]!) ? head.length : head.search(/\s\S*$/);
  const cut = space > head.length * 0.6 ? head.slice(0, space) : head;
  return cut.replace(/[\s,.;:!?、。，]+$/u, '');
}
