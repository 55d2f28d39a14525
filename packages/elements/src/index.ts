/**
 * trust-signals: the element classes and their types. Importing this module registers nothing; import
 * `trust-signals/<tag>.js` (e.g. `trust-signals/trust-star-rating.js`) to define a tag.
 */
export { TrustStarRating } from './reviews/star-rating/trust-star-rating.js';
export { TrustDataNotice } from './transparency/data-notice/trust-data-notice.js';
export { TrustPrivacyLabel, type PrivacyLabelVariant } from './transparency/privacy-label/trust-privacy-label.js';
export { TrustIncidentNotice, type TrustDismissDetail } from './transparency/incident-notice/trust-incident-notice.js';
export { TrustRatingInput } from './reviews/rating-input/trust-rating-input.js';
export { TrustReviewForm, type ReviewSubmission, type ReviewSubmitDetail } from './reviews/review-form/trust-review-form.js';
export { TrustTestimonials, type TestimonialsLayout } from './reviews/testimonials/trust-testimonials.js';
export { TrustRatingSummary } from './reviews/rating-summary/trust-rating-summary.js';
export {
  TrustReviewList,
  type ReviewSort,
  type ReviewVote,
  type TrustFilterDetail,
  type TrustLoadMoreDetail,
  type TrustVoteDetail,
} from './reviews/review-list/trust-review-list.js';
export { TrustNpsSurvey } from './surveys/nps-survey/trust-nps-survey.js';
export { TrustCsatSurvey, type CsatVariant } from './surveys/csat-survey/trust-csat-survey.js';
export { TrustBadge, type TrustBadgeState, type TrustBadgeVariant, type TrustVerifiedDetail } from './badges/badge/trust-badge.js';
export { TrustBadgeGroup } from './badges/badge-group/trust-badge-group.js';
export { TrustGuarantee } from './badges/guarantee/trust-guarantee.js';
export { TrustDonationUse, type DonationUseVariant } from './transparency/donation-use/trust-donation-use.js';
export { TrustPriceBreakdown } from './transparency/price-breakdown/trust-price-breakdown.js';
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
