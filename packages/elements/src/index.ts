/**
 * trust-signals: the element classes and their types. Importing this module registers nothing; import
 * `trust-signals/<tag>.js` (e.g. `trust-signals/trust-star-rating.js`) to define a tag.
 *
 * Every element class, with the types its module exports, comes from ./generated/elements.ts (written by
 * `npm run generate` from the element folders); what follows it is kept by hand.
 */
export * from './generated/elements.js';
export type { SurveyResponse } from './surveys/survey-element.js';
export type { DataIssue, ReportedIssues, TrustErrorDetail, TrustSubmitDetail, Translation } from '@trust-signals/core';
// What the data-bearing elements accept as `data` (and <trust-review-list> as `topics`): the input types of
// docs/data-formats.mdx, whose JSON Schemas ship as trust-signals/schemas/<tag>.json (<tag>.topics.json).
export type {
  AggregateRatingInput,
  AnswerInput,
  AspectAverageInput,
  FitScaleInput,
  QuestionCollectionInput,
  QuestionDataInput,
  QuestionInput,
  QuestionSubjectInput,
  RecommendFiguresInput,
  ReviewCollectionInput,
  ReviewDataInput,
  ReviewInput,
  ReviewJsonLdInput,
  ReviewPhotoInput,
  ReviewReplyInput,
  ReviewSubjectInput,
} from '@trust-signals/core/reviews';
export type {
  DonationExpensesInput,
  DonationUseInput,
  PriceBreakdownInput,
  PriceBreakdownPartInput,
  ReportLinkInput,
} from '@trust-signals/core/donations';
export type {
  DataNoticeInput,
  IncidentInput,
  IncidentUpdateInput,
  PrivacyLabelEntryInput,
  PrivacyLabelInput,
} from '@trust-signals/core/notices';
export type { TopicInput, TopicsInput } from '@trust-signals/core/topics';
export { registerTranslation, reportedIssues } from '@trust-signals/core';
