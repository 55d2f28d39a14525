/** Registers `<trust-price-breakdown>`. Import this module (not the class) to use the tag. */
import { TrustPriceBreakdown } from './transparency/price-breakdown/trust-price-breakdown.js';

TrustPriceBreakdown.define('trust-price-breakdown');

export { TrustPriceBreakdown };
export default TrustPriceBreakdown;
