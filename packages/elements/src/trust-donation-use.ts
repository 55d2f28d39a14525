/** Registers `<trust-donation-use>`. Import this module (not the class) to use the tag. */
import { TrustDonationUse } from './transparency/donation-use/trust-donation-use.js';

TrustDonationUse.define('trust-donation-use');

export { TrustDonationUse };
export default TrustDonationUse;
