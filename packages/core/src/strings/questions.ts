import type { Plural } from './common.js';

/**
 * Strings of `<trust-questions>`. The sort label, "Newest", the vote buttons and their thanks, the date pattern and
 * "Try again" come from the review-list and review-data strings, so every element says them the same way.
 * Numbers reach these functions already formatted for the locale.
 */
export interface QuestionStrings {
  /** Accessible name of the whole widget: "Questions and answers". */
  readonly qaLabel: string;
  /** Announced while the questions load. */
  readonly qaLoading: string;
  /** Shown when the questions could not be loaded or read. */
  readonly qaUnavailable: string;
  /** Shown when nobody has asked anything yet. */
  readonly qaEmpty: string;
  /** Discloses questions in the data that could not be read: "2 questions could not be shown." */
  readonly qaDropped: Plural;
  /** Accessible name of the list of questions. */
  readonly qaListLabel: string;
  /** Sort option: the questions with the most helpful answers first. */
  readonly qaSortHelpful: string;
  /** Sort option: questions nobody has answered yet first. */
  readonly qaSortUnanswered: string;
  /** How many questions are shown: "Showing 5 of 23 questions". Chosen by the total. */
  readonly qaShowing: Plural<[shown: string, total: string]>;
  /** Button that shows the next page of questions (and asks the page for more when all loaded ones are shown). */
  readonly qaShowMore: string;
  /** The same button while the page is fetching more questions. */
  readonly qaLoadingMore: string;
  /** Who asked: "Asked by Ana". */
  qaAskedBy(author: string): string;
  /** How many answers a question has: "3 answers". Chosen by the count. */
  readonly qaAnswerCount: Plural;
  /** Shown in place of answers when nobody has answered yet. */
  readonly qaUnanswered: string;
  /** Label of an answer the store gave: "Answer from Example Shop". */
  qaFromStore(store: string): string;
  /** Label of an answer from a customer the store checked owns the product. */
  readonly qaVerifiedOwner: string;
  /** Label of an answer from another customer (not checked as an owner). */
  readonly qaCustomer: string;
  /** Name of the helpful-vote group of an answer: "Was this answer helpful?" */
  readonly qaHelpfulQuestion: string;
  /** How many people found an answer helpful: "12 people found this answer helpful". Chosen by the count. */
  readonly qaHelpfulCount: Plural;
  /** The button that opens the question form, and the form's name. */
  readonly qaAsk: string;
  /** Label of the question field. */
  readonly qaQuestionLabel: string;
  /** Label of the display-name field. */
  readonly qaNameLabel: string;
  /** Hint under the display-name field. */
  readonly qaNameHint: string;
  /** Error: the question is empty. */
  readonly qaQuestionRequired: string;
  /** Error: the question is too long. Chosen by the limit. */
  readonly qaQuestionTooLong: Plural;
  /** Error: no display name. */
  readonly qaNameRequired: string;
  /** The form's submit button. */
  readonly qaSubmit: string;
  /** Status while the page sends the question. */
  readonly qaSending: string;
  /** Status once the question was sent. */
  readonly qaThanks: string;
  /** Alert when sending failed (the question is kept). */
  readonly qaSendFailed: string;
  /** Note that an unsent question was restored from the draft. */
  readonly qaDraftRestored: string;
  /** Button that discards the restored draft. */
  readonly qaDiscardDraft: string;
}

/** English question strings (`provideEnglish(enQuestions)`). */
export const enQuestions: QuestionStrings = {
  qaLabel: 'Questions and answers',
  qaLoading: 'Loading questions…',
  qaUnavailable: 'Questions and answers are unavailable right now.',
  qaEmpty: 'No questions yet.',
  qaDropped: { one: (n) => `${n} question could not be shown.`, other: (n) => `${n} questions could not be shown.` },
  qaListLabel: 'Questions',
  qaSortHelpful: 'Most helpful answers',
  qaSortUnanswered: 'Unanswered first',
  qaShowing: { one: (s, t) => `Showing ${s} of ${t} question`, other: (s, t) => `Showing ${s} of ${t} questions` },
  qaShowMore: 'Show more questions',
  qaLoadingMore: 'Loading more questions…',
  qaAskedBy: (author) => `Asked by ${author}`,
  qaAnswerCount: { one: (n) => `${n} answer`, other: (n) => `${n} answers` },
  qaUnanswered: 'Not answered yet',
  qaFromStore: (store) => `Answer from ${store}`,
  qaVerifiedOwner: 'Verified owner',
  qaCustomer: 'Customer',
  qaHelpfulQuestion: 'Was this answer helpful?',
  qaHelpfulCount: {
    one: (n) => `${n} person found this answer helpful`,
    other: (n) => `${n} people found this answer helpful`,
  },
  qaAsk: 'Ask a question',
  qaQuestionLabel: 'Your question',
  qaNameLabel: 'Display name',
  qaNameHint: 'Shown with your question.',
  qaQuestionRequired: 'Enter your question.',
  qaQuestionTooLong: {
    one: (n) => `Your question must be ${n} character or fewer.`,
    other: (n) => `Your question must be ${n} characters or fewer.`,
  },
  qaNameRequired: 'Enter a display name.',
  qaSubmit: 'Submit question',
  qaSending: 'Submitting your question…',
  qaThanks: 'Thank you! Your question has been submitted. It appears here once it is answered.',
  qaSendFailed: 'Your question could not be submitted. It has been kept: please try again.',
  qaDraftRestored: 'Your unsent question was restored.',
  qaDiscardDraft: 'Discard draft',
};
