/** Registers `<trust-testimonials>` (and the `<trust-star-rating>` it uses). Import this module (not the class) to use the tag. */
import './trust-star-rating.js';
import { TrustTestimonials } from './reviews/testimonials/trust-testimonials.js';

TrustTestimonials.define('trust-testimonials');

export { TrustTestimonials };
export default TrustTestimonials;
