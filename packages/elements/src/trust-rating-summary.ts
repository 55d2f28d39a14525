/** Registers `<trust-rating-summary>` (and the `<trust-star-rating>` it shows). Import this module (not the class) to use the tag. */
import { TrustRatingSummary } from './reviews/rating-summary/trust-rating-summary.js';

TrustRatingSummary.define('trust-rating-summary');

export { TrustRatingSummary };
export default TrustRatingSummary;
