/**
 * trust-signals: the element classes and their types. Importing this module registers nothing; import
 * `trust-signals/<tag>.js` (e.g. `trust-signals/trust-star-rating.js`) to define a tag.
 */
export { TrustStarRating } from './reviews/star-rating/trust-star-rating.js';
export { TrustRatingInput } from './reviews/rating-input/trust-rating-input.js';
export type { DataIssue, TrustErrorDetail, Translation } from '@trust-signals/core';
export { registerTranslation } from '@trust-signals/core';
