import type { Plural } from './common.js';

/** Strings of `<trust-review-form>`. */
export interface ReviewFormStrings {
  /** Accessible name of the form when the author gave no `label`. */
  readonly reviewFormLabel: string;
  /** Label of the star rating. */
  readonly reviewRatingLabel: string;
  /** Label of the title field. */
  readonly reviewTitleLabel: string;
  /** Label of the review text. */
  readonly reviewBodyLabel: string;
  /** Label of the display-name field. */
  readonly reviewNameLabel: string;
  /** Hint under the display name: it is shown publicly. */
  readonly reviewNameHint: string;
  /** Label of the optional email field (says that it is optional). */
  readonly reviewEmailLabel: string;
  /** Default data-use note under the email field: why it is asked for, and that it is never shown. */
  readonly reviewEmailNote: string;
  /** Character count while under the limit: "You have 120 characters remaining". Chosen by the number left. */
  readonly reviewCharsLeft: Plural;
  /** Character count over the limit: "You have 5 characters too many". Chosen by the excess. */
  readonly reviewCharsOver: Plural;
  /** The send button. */
  readonly reviewSubmit: string;
  /** Announced while the review is being sent. */
  readonly reviewSending: string;
  /** Announced and shown once the review has been sent. */
  readonly reviewThanks: string;
  /** Announced when sending failed; the review is kept. */
  readonly reviewSendFailed: string;
  /** Shown when an unsent review was put back from the draft. */
  readonly reviewDraftRestored: string;
  /** Button that empties the form and forgets the draft. */
  readonly reviewDiscardDraft: string;
  /** Error: no title. */
  readonly reviewTitleRequired: string;
  /** Error: the title is too long; `n` is the limit. */
  readonly reviewTitleTooLong: Plural;
  /** Error: no review text. */
  readonly reviewBodyRequired: string;
  /** Error: the review text is too short; `n` is the minimum. */
  readonly reviewBodyTooShort: Plural;
  /** Error: the review text is too long; `n` is the limit. */
  readonly reviewBodyTooLong: Plural;
  /** Error: no display name. */
  readonly reviewNameRequired: string;
  /** Error: the email address is not valid. */
  readonly reviewEmailInvalid: string;
}

/** English review-form strings (`provideEnglish(enReviewForm)`). */
export const enReviewForm: ReviewFormStrings = {
  reviewFormLabel: 'Write a review',
  reviewRatingLabel: 'Your rating',
  reviewTitleLabel: 'Title',
  reviewBodyLabel: 'Your review',
  reviewNameLabel: 'Display name',
  reviewNameHint: 'Shown with your review.',
  reviewEmailLabel: 'Email (optional)',
  reviewEmailNote: 'Only used to contact you about this review. It is never shown or shared.',
  reviewCharsLeft: { one: (n) => `You have ${n} character remaining`, other: (n) => `You have ${n} characters remaining` },
  reviewCharsOver: { one: (n) => `You have ${n} character too many`, other: (n) => `You have ${n} characters too many` },
  reviewSubmit: 'Submit review',
  reviewSending: 'Submitting your review…',
  reviewThanks: 'Thank you! Your review has been submitted.',
  reviewSendFailed: 'Your review could not be submitted. It has been kept: please try again.',
  reviewDraftRestored: 'Your unsent review was restored.',
  reviewDiscardDraft: 'Discard draft',
  reviewTitleRequired: 'Enter a title.',
  reviewTitleTooLong: {
    one: (n) => `The title must be ${n} character or fewer.`,
    other: (n) => `The title must be ${n} characters or fewer.`,
  },
  reviewBodyRequired: 'Write your review.',
  reviewBodyTooShort: {
    one: (n) => `Your review must be at least ${n} character.`,
    other: (n) => `Your review must be at least ${n} characters.`,
  },
  reviewBodyTooLong: {
    one: (n) => `Your review must be ${n} character or fewer.`,
    other: (n) => `Your review must be ${n} characters or fewer.`,
  },
  reviewNameRequired: 'Enter a display name.',
  reviewEmailInvalid: 'Enter an email address like name@example.com.',
};
