/** Registers `<trust-review-list>` (and `<trust-star-rating>`, which it uses). Import this module (not the class) to use the tag. */
import { TrustReviewList } from './reviews/review-list/trust-review-list.js';

TrustReviewList.define('trust-review-list');

export { TrustReviewList };
export default TrustReviewList;
