/** Registers `<trust-star-rating>`. Import this module (not the class) to use the tag. */
import { TrustStarRating } from './reviews/star-rating/trust-star-rating.js';

TrustStarRating.define('trust-star-rating');

export { TrustStarRating };
export default TrustStarRating;
