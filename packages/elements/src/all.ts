/** Registers every trust-signals element. For one tag only, import `trust-signals/<tag>.js` instead. */
export { TrustStarRating } from './trust-star-rating.js';
export { TrustDataNotice } from './trust-data-notice.js';
export { TrustPrivacyLabel } from './trust-privacy-label.js';
export { TrustIncidentNotice } from './trust-incident-notice.js';
export { TrustRatingInput } from './trust-rating-input.js';
export { TrustReviewForm } from './trust-review-form.js';
export { TrustTestimonials } from './trust-testimonials.js';
export { TrustRatingSummary } from './trust-rating-summary.js';
export { TrustReviewList } from './trust-review-list.js';
export { TrustNpsSurvey } from './trust-nps-survey.js';
export { TrustCsatSurvey } from './trust-csat-survey.js';
export { TrustBadge } from './trust-badge.js';
export { TrustBadgeGroup } from './trust-badge-group.js';
export { TrustGuarantee } from './trust-guarantee.js';
export { TrustDonationUse } from './trust-donation-use.js';
export { TrustPriceBreakdown } from './trust-price-breakdown.js';
