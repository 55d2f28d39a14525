/** Registers `<trust-privacy-label>`. Import this module (not the class) to use the tag. */
import { TrustPrivacyLabel } from './transparency/privacy-label/trust-privacy-label.js';

TrustPrivacyLabel.define('trust-privacy-label');

export { TrustPrivacyLabel };
export default TrustPrivacyLabel;
