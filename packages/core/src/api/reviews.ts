/**
 * @trust-signals/core/reviews: the reviews family (star rating, rating input, rating summary, review list,
 * review form, testimonials): the rating scale and star geometry, the review data model and its JSON-LD, the
 * rating summary, the star tokens and the family's English strings.
 */
export {
  filledFraction,
  parseMax,
  parseRating,
  parseRatingChoice,
  rowWidth,
  STAR,
  starRowPath,
  type Rating,
  type RatingInput,
} from '../rating.js';
export type {
  AggregateRating,
  AttributeAggregate,
  FitScale,
  RatingDistribution,
  RecommendAggregate,
  Review,
  ReviewAttribute,
  ReviewData,
  ReviewPhoto,
  ReviewReply,
} from '../reviews.js';
export { jsonLdText, readReviewInput, toJsonLd, type ReviewJsonLdInput } from '../jsonld.js';
export type {
  AggregateRatingInput,
  AspectAverageInput,
  FitScaleInput,
  RecommendFiguresInput,
  ReviewCollectionInput,
  ReviewDataInput,
  ReviewInput,
  ReviewPhotoInput,
  ReviewReplyInput,
  ReviewSubjectInput,
  AnswerInput,
  QuestionCollectionInput,
  QuestionDataInput,
  QuestionInput,
  QuestionSubjectInput,
} from '../data-formats.js';
export { summarizeRatings, type AttributeSummary, type FitSummary, type RatingSummary, type RecommendSummary } from '../summary.js';
export { starTokens } from '../styles/star-tokens.js';
export { enRating, type RatingStrings } from '../strings/rating.js';
export { enReviewData, type ReviewDataStrings } from '../strings/reviews.js';
export { enSummary, type SummaryStrings } from '../strings/summary.js';
export { enAttributes, type AttributeStrings } from '../strings/attributes.js';
export { enReviewForm, type ReviewFormStrings } from '../strings/review-form.js';
export { enTestimonials, type TestimonialsStrings } from '../strings/testimonials.js';
export { enReviewList, type ReviewListStrings } from '../strings/review-list.js';
export { enQuestions, type QuestionStrings } from '../strings/questions.js';
export {
  ANSWER_ROLES,
  mostHelpful,
  orderAnswers,
  orderQuestions,
  parseQuestionData,
  parseQuestionSort,
  QUESTION_SORTS,
  type Answer,
  type AnswerRole,
  type Question,
  type QuestionData,
  type QuestionSort,
} from '../questions.js';
