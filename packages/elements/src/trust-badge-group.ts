/** Registers `<trust-badge-group>`. Import this module (not the class) to use the tag. */
import { TrustBadgeGroup } from './badges/badge-group/trust-badge-group.js';

TrustBadgeGroup.define('trust-badge-group');

export { TrustBadgeGroup };
export default TrustBadgeGroup;
