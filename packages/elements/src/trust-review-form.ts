/** Registers `<trust-review-form>` (and the `<trust-rating-input>` it uses). Import this module (not the class) to use the tag. */
import './trust-rating-input.js';
import { TrustReviewForm } from './reviews/review-form/trust-review-form.js';

TrustReviewForm.define('trust-review-form');

export { TrustReviewForm };
export default TrustReviewForm;
