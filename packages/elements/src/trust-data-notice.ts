/** Registers `<trust-data-notice>`. Import this module (not the class) to use the tag. */
import { TrustDataNotice } from './transparency/data-notice/trust-data-notice.js';

TrustDataNotice.define('trust-data-notice');

export { TrustDataNotice };
export default TrustDataNotice;
