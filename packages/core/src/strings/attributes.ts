import type { Plural } from './common.js';

/**
 * Strings of aspect ratings ("Value 4.1 — 183 of 212 reviews rated it"), the fit scale and "would recommend", in
 * `<trust-rating-summary>` and in each review of `<trust-review-list>`. Aspect names and fit points are the data's
 * own labels; these are the words around them.
 */
export interface AttributeStrings {
  /** Name of the list of aspect ratings: "Ratings by aspect". */
  readonly aspectsLabel: string;
  /** An aspect's rating or average on its scale: "4.1 out of 5". */
  aspectOutOf(value: string, max: string): string;
  /** How many reviews rated an aspect, of all reviews: "183 of 212 reviews rated it". Chosen by the total. */
  readonly aspectRated: Plural<[total: string, rated: string]>;
  /** One aspect in full, for screen readers: "Value: 4.1 out of 5, 183 of 212 reviews rated it". */
  aspectRow(name: string, outOf: string, rated: string): string;
  /** Name of the fit scale when the data gives none: "Fit". */
  readonly fitLabel: string;
  /** Caption of the fit table: "Fit: 96 answers". Chosen by the number who answered. */
  readonly fitCaption: Plural<[answered: string, label: string]>;
  /** Column header of the fit table's points: "Answer". */
  readonly fitAnswer: string;
  /** Column header of the shares: "Share". */
  readonly fitShare: string;
  /** Column header of the counts: "Reviews". */
  readonly fitCount: string;
  /** "87% would recommend (212 of 244 who answered)": the share of those who answered. Chosen by that number. */
  readonly recommendShare: Plural<[answered: string, percent: string, yes: string]>;
  /** A review's own answer: "Would recommend". */
  readonly recommendYes: string;
  /** A review's own answer: "Would not recommend". */
  readonly recommendNo: string;
}

/** English aspect, fit and recommend strings (`provideEnglish(enAttributes)`). */
export const enAttributes: AttributeStrings = {
  aspectsLabel: 'Ratings by aspect',
  aspectOutOf: (value, max) => `${value} out of ${max}`,
  aspectRated: {
    one: (total, rated) => `${rated} of ${total} review rated it`,
    other: (total, rated) => `${rated} of ${total} reviews rated it`,
  },
  aspectRow: (name, outOf, rated) => `${name}: ${outOf}, ${rated}`,
  fitLabel: 'Fit',
  fitCaption: { one: (n, label) => `${label}: ${n} answer`, other: (n, label) => `${label}: ${n} answers` },
  fitAnswer: 'Answer',
  fitShare: 'Share',
  fitCount: 'Reviews',
  recommendShare: {
    one: (n, percent, yes) => `${percent} would recommend (${yes} of ${n} who answered)`,
    other: (n, percent, yes) => `${percent} would recommend (${yes} of ${n} who answered)`,
  },
  recommendYes: 'Would recommend',
  recommendNo: 'Would not recommend',
};
