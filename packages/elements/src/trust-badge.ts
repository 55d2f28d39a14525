/** Registers `<trust-badge>`. Import this module (not the class) to use the tag. Loads `jose` for verification. */
import { TrustBadge } from './badges/badge/trust-badge.js';

TrustBadge.define('trust-badge');

export { TrustBadge };
export default TrustBadge;
