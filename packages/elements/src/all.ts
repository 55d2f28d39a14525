/** Registers every trust-signals element. For one tag only, import `trust-signals/<tag>.js` instead. */
export { TrustStarRating } from './trust-star-rating.js';
export { TrustRatingInput } from './trust-rating-input.js';
export { TrustNpsSurvey } from './trust-nps-survey.js';
export { TrustCsatSurvey } from './trust-csat-survey.js';
