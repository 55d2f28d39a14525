import type { Plural } from './common.js';

/**
 * Strings shared by the review widgets that load review data (`<trust-rating-summary>`, `<trust-review-list>`,
 * `<trust-testimonials>`): the loading, error and empty states and the disclosure of reviews that could not be read.
 */
export interface ReviewDataStrings {
  /** Announced while review data is loading. */
  readonly reviewsLoading: string;
  /** Shown when the review data could not be loaded or read. */
  readonly reviewsUnavailable: string;
  /** Button that loads the review data again after a failure. */
  readonly reviewsRetry: string;
  /** Shown when there are no reviews yet. */
  readonly reviewsEmpty: string;
  /** Discloses reviews in the data that could not be read, so none disappears silently: "2 reviews could not be shown." */
  readonly reviewsDropped: Plural;
}

/** English review-data strings (`provideEnglish(enReviewData)`). */
export const enReviewData: ReviewDataStrings = {
  reviewsLoading: 'Loading reviews…',
  reviewsUnavailable: 'Reviews are unavailable right now.',
  reviewsRetry: 'Try again',
  reviewsEmpty: 'No reviews yet.',
  reviewsDropped: { one: (n) => `${n} review could not be shown.`, other: (n) => `${n} reviews could not be shown.` },
};
