/**
 * trust-signals: the element classes and their types. Importing this module registers nothing; import
 * `trust-signals/<tag>.js` (e.g. `trust-signals/trust-star-rating.js`) to define a tag.
 */
export { TrustStarRating } from './reviews/star-rating/trust-star-rating.js';
export { TrustRatingInput } from './reviews/rating-input/trust-rating-input.js';
export { TrustNpsSurvey } from './surveys/nps-survey/trust-nps-survey.js';
export { TrustCsatSurvey, type CsatVariant } from './surveys/csat-survey/trust-csat-survey.js';
export type {
  CsatAnswer,
  CsatSubmitDetail,
  NpsAnswer,
  NpsSubmitDetail,
  SurveyResponse,
  TrustSubmitDetail,
} from './surveys/survey-element.js';
export type { DataIssue, TrustErrorDetail, Translation } from '@trust-signals/core';
export { registerTranslation } from '@trust-signals/core';
