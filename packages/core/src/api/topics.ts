/**
 * @trust-signals/core/topics: review topics and search within reviews. Topic definitions and their counts (words
 * found with Intl.Segmenter, split by the reviews' ratings), term suggestions for merchants, and the text
 * normalisation and match ranges of search. An entry of its own, so that an element loads it only when a page uses
 * topics or search (a review list without them never does).
 */
export {
  countTopics,
  localized,
  mentions,
  parseTopics,
  suggestTerms,
  wordsOf,
  type Localized,
  type TermSuggestion,
  type Topic,
  type TopicCount,
} from '../topics.js';
export type { TopicInput, TopicsInput } from '../data-formats.js';
export { containsAll, matchRanges, normalizeForSearch, searchTerms, splitAtRanges, type TextPart } from '../review-search.js';
export { enReviewTopics, type ReviewTopicsStrings } from '../strings/review-topics.js';
