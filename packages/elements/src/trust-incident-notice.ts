/** Registers `<trust-incident-notice>`. Import this module (not the class) to use the tag. */
import { TrustIncidentNotice } from './transparency/incident-notice/trust-incident-notice.js';

TrustIncidentNotice.define('trust-incident-notice');

export { TrustIncidentNotice };
export default TrustIncidentNotice;
