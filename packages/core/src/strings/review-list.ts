import type { Plural } from './common.js';

/**
 * Strings of `<trust-review-list>`. Star levels ("5 stars") come from the rating strings (`stars`), and the
 * loading, error and empty states from the review-data strings, so every element says them the same way.
 * Numbers, dates and star levels reach these functions already formatted for the locale.
 */
export interface ReviewListStrings {
  /** Accessible name of the list of reviews. */
  readonly listLabel: string;
  /** Label of the sort control. */
  readonly listSortLabel: string;
  /** Sort option: most recent first (the default). */
  readonly listSortNewest: string;
  /** Sort option: oldest first. */
  readonly listSortOldest: string;
  /** Sort option: highest rating first. */
  readonly listSortHighest: string;
  /** Sort option: lowest rating first. */
  readonly listSortLowest: string;
  /** Sort option: most helpful votes first. */
  readonly listSortHelpful: string;
  /** Label of the star filter control. */
  readonly listFilterLabel: string;
  /** Star filter option that shows every rating (the default). */
  readonly listFilterAll: string;
  /** Disclosure of how many reviews are shown: "Showing 10 of 340 reviews". Chosen by the total. */
  readonly listShowing: Plural<[shown: string, total: string]>;
  /**
   * The same with a star filter on: "Showing 12 of 340 reviews, filtered to 5 stars". Chosen by the total;
   * `stars` arrives as the rating strings' "5 stars".
   */
  readonly listShowingFiltered: Plural<[shown: string, total: string, stars: string]>;
  /** Shown when no loaded review has the chosen number of stars: "No reviews with 2 stars." */
  listNoneMatch(stars: string): string;
  /** Button that shows the next page of reviews (and asks the page for more when all loaded ones are shown). */
  readonly listShowMore: string;
  /** The same button while the page is fetching more reviews. */
  readonly listLoadingMore: string;
  /** Button that shows every loaded review at once (in a virtualized list): "Show all 340 reviews". Chosen by the count. */
  readonly listShowAll: Plural;
  /** Disclosure button that expands a long review body. */
  readonly listReadMore: string;
  /** Name of the list of labels on a review. */
  readonly listAboutReview: string;
  /** Label: the reviewer bought the product (checked by the site). */
  readonly listVerified: string;
  /** Label: the reviewer received something for the review. */
  readonly listIncentivized: string;
  /** Label: the reviewer works for the business. */
  readonly listEmployee: string;
  /** Label: the review was copied from another site. */
  listImportedFrom(source: string): string;
  /** Marks the business's answer to a review: "Response from Acme Kettles". */
  listResponseFrom(business: string): string;
  /** A review's date, absolute then relative: "12 Mar 2025 (3 days ago)". Both arrive formatted. */
  listDate(absolute: string, relative: string): string;
  /** Name of the helpful-vote group: "Was this review helpful?" */
  readonly listHelpfulQuestion: string;
  /** Vote button: the review was helpful. */
  readonly listYes: string;
  /** Vote button: the review was not helpful. */
  readonly listNo: string;
  /** How many people found a review helpful: "12 people found this helpful". Chosen by the count. */
  readonly listHelpfulCount: Plural;
  /** Announced after a vote, before the updated count: "Thanks for your feedback." */
  readonly listVoteThanks: string;
  /** Name of a review's photo group. */
  readonly listPhotos: string;
  /** Text alternative of a photo the reviewer did not describe: "Photo 2 from Ana". */
  listPhotoFrom(index: string, author: string): string;
  /** Name of a thumbnail button: "Enlarge photo: a dented lid". */
  listEnlargePhoto(alt: string): string;
  /** Title of the photo dialog: "Photo 1 of 3 from Ana". */
  listPhotoPosition(index: string, total: string, author: string): string;
  /** Dialog button: previous photo of the same review. */
  readonly listPreviousPhoto: string;
  /** Dialog button: next photo of the same review. */
  readonly listNextPhoto: string;
  /** Dialog button that closes the photo. */
  readonly listClose: string;
  /** Summary of the verification disclosure, when the site describes its checks: "How we verify reviews". */
  readonly listVerifyTitle: string;
  /** Shown in place of the verification disclosure when the site gives none: the reviews are not verified. */
  readonly listNotVerified: string;
}

/** English review-list strings (`provideEnglish(enReviewList)`). */
export const enReviewList: ReviewListStrings = {
  listLabel: 'Reviews',
  listSortLabel: 'Sort by',
  listSortNewest: 'Newest',
  listSortOldest: 'Oldest',
  listSortHighest: 'Highest rating',
  listSortLowest: 'Lowest rating',
  listSortHelpful: 'Most helpful',
  listFilterLabel: 'Filter by rating',
  listFilterAll: 'All ratings',
  listShowing: { one: (s, t) => `Showing ${s} of ${t} review`, other: (s, t) => `Showing ${s} of ${t} reviews` },
  listShowingFiltered: {
    one: (s, t, stars) => `Showing ${s} of ${t} review, filtered to ${stars}`,
    other: (s, t, stars) => `Showing ${s} of ${t} reviews, filtered to ${stars}`,
  },
  listNoneMatch: (stars) => `No reviews with ${stars}.`,
  listShowMore: 'Show more reviews',
  listLoadingMore: 'Loading more reviews…',
  listShowAll: { one: (n) => `Show the ${n} review`, other: (n) => `Show all ${n} reviews` },
  listReadMore: 'Read more',
  listAboutReview: 'About this review',
  listVerified: 'Verified purchase',
  listIncentivized: 'Received an incentive for this review',
  listEmployee: 'Written by an employee',
  listImportedFrom: (source) => `Imported from ${source}`,
  listResponseFrom: (business) => `Response from ${business}`,
  listDate: (absolute, relative) => `${absolute} (${relative})`,
  listHelpfulQuestion: 'Was this review helpful?',
  listYes: 'Yes',
  listNo: 'No',
  listHelpfulCount: { one: (n) => `${n} person found this helpful`, other: (n) => `${n} people found this helpful` },
  listVoteThanks: 'Thanks for your feedback.',
  listPhotos: 'Photos',
  listPhotoFrom: (index, author) => `Photo ${index} from ${author}`,
  listEnlargePhoto: (alt) => `Enlarge photo: ${alt}`,
  listPhotoPosition: (index, total, author) => `Photo ${index} of ${total} from ${author}`,
  listPreviousPhoto: 'Previous photo',
  listNextPhoto: 'Next photo',
  listClose: 'Close',
  listVerifyTitle: 'How we verify reviews',
  listNotVerified:
    'Reviews on this page are not verified: this site has not said whether or how it checks that reviewers bought or used the product.',
};
