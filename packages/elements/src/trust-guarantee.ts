/** Registers `<trust-guarantee>`. Import this module (not the class) to use the tag. */
import { TrustGuarantee } from './badges/guarantee/trust-guarantee.js';

TrustGuarantee.define('trust-guarantee');

export { TrustGuarantee };
export default TrustGuarantee;
