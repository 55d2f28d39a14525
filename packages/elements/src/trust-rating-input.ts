/** Registers `<trust-rating-input>`. Import this module (not the class) to use the tag. */
import { TrustRatingInput } from './reviews/rating-input/trust-rating-input.js';

TrustRatingInput.define('trust-rating-input');

export { TrustRatingInput };
export default TrustRatingInput;
