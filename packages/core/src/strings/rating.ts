import type { Plural } from './common.js';

/** Strings of the rating pair, `<trust-star-rating>` and `<trust-rating-input>`. */
export interface RatingStrings {
  // <trust-star-rating>
  /** Accessible name of a rating: "Rated 4.3 out of 5". */
  ratedOutOf(value: string, max: string): string;
  /** Adds the review count to a rating's name: "Rated 4.3 out of 5, 1,234 reviews". */
  withCount(name: string, count: string): string;
  /** "1,234 reviews". Chosen by the count. */
  readonly reviewCount: Plural;
  /** Shown and announced when a rating's data is missing or invalid. */
  readonly ratingUnavailable: string;

  // <trust-rating-input>
  /** Accessible name of one option: "1 star", "4 stars". Chosen by the number of stars. */
  readonly stars: Plural;
  /** Label of the rating input when the author gave none. */
  readonly ratingInputLabel: string;
  /** Label of the optional clear action. */
  readonly clearRating: string;
  /** Validation message when a required rating is missing. */
  readonly ratingRequired: string;
  /** Visible status when nothing is selected yet. */
  readonly noRatingSelected: string;
  /** Visible status of a selection: "4 out of 5 stars". Chosen by the selected value. */
  readonly selectedOutOf: Plural<[value: string, max: string]>;
}

/** English rating strings, bundled with the rating elements (`provideEnglish(enRating)`). */
export const enRating: RatingStrings = {
  ratedOutOf: (value, max) => `Rated ${value} out of ${max}`,
  withCount: (name, count) => `${name}, ${count}`,
  reviewCount: { one: (n) => `${n} review`, other: (n) => `${n} reviews` },
  ratingUnavailable: 'Rating unavailable',
  stars: { one: (n) => `${n} star`, other: (n) => `${n} stars` },
  ratingInputLabel: 'Rating',
  clearRating: 'Clear rating',
  ratingRequired: 'Please select a rating.',
  noRatingSelected: 'No rating selected',
  selectedOutOf: { one: (v, m) => `${v} out of ${m} stars`, other: (v, m) => `${v} out of ${m} stars` },
};
