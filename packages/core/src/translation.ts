import type { PluralForms } from './format.js';

/** A message that depends on a count: one template per CLDR plural category, chosen with Intl.PluralRules. */
export type Plural<Args extends unknown[] = [n: string]> = PluralForms<(...args: Args) => string>;

/**
 * A typed translation table. Every shipped locale implements all of it (the compiler checks), so no element can
 * show a missing string. Tables hold words only: numbers reach them already formatted by Intl for the locale, and
 * plural forms are picked by Intl.PluralRules, so no element concatenates numbers into text.
 */
export interface Translation {
  /** BCP 47 language code of this table, e.g. `en`, `es`, `ar`. */
  readonly $code: string;
  /** The language's own name, e.g. `Español`. */
  readonly $name: string;
  /** Writing direction of the language (a hint for docs and stories; the page's `dir` wins). */
  readonly $dir: 'ltr' | 'rtl';

  /** Puts an author's label before a text: "Quality: Rated 4 out of 5". */
  labelled(label: string, text: string): string;

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

  // <trust-nps-survey> and <trust-csat-survey>
  /** The standard NPS question about a named company, product or service. */
  npsQuestion(name: string): string;
  /** The standard NPS question when no name is given ("…recommend us…"). */
  readonly npsQuestionUs: string;
  /** Anchor label of the lowest NPS answer (0). */
  readonly npsNotLikely: string;
  /** Anchor label of the highest NPS answer (10). */
  readonly npsExtremelyLikely: string;
  /** Follow-up question after an answer from 0 to 6. */
  readonly npsFollowUpDetractor: string;
  /** Follow-up question after a 7 or an 8. */
  readonly npsFollowUpPassive: string;
  /** Follow-up question after a 9 or a 10. */
  readonly npsFollowUpPromoter: string;
  /** The CSAT question about a named experience ("How satisfied were you with your order?"). */
  csatQuestion(name: string): string;
  /** The CSAT question when no name is given. */
  readonly csatQuestionDefault: string;
  /** CSAT answer 1. */
  readonly csatVeryDissatisfied: string;
  /** CSAT answer 2. */
  readonly csatDissatisfied: string;
  /** CSAT answer 3. */
  readonly csatNeutral: string;
  /** CSAT answer 4. */
  readonly csatSatisfied: string;
  /** CSAT answer 5. */
  readonly csatVerySatisfied: string;
  /** Follow-up question after a CSAT answer from 1 to 3. */
  readonly csatFollowUpLow: string;
  /** Follow-up question after a CSAT answer of 4 or 5. */
  readonly csatFollowUpHigh: string;
  /** Marks the label of a field that may be left empty: "What do you like most? (optional)". */
  optionalField(label: string): string;
  /** The survey's send button. */
  readonly surveySend: string;
  /** Announced while the answer is being sent. */
  readonly surveySending: string;
  /** Announced and shown once the answer has been sent. */
  readonly surveyThanks: string;
  /** Shown when sending failed; the answer is kept. */
  readonly surveySendFailed: string;
  /** Shown (and the validation message) when the visitor sends without choosing an answer. */
  readonly surveyRequired: string;
}
