/** Registers `<trust-csat-survey>`. Import this module (not the class) to use the tag. */
import { TrustCsatSurvey } from './surveys/csat-survey/trust-csat-survey.js';

TrustCsatSurvey.define('trust-csat-survey');

export { TrustCsatSurvey };
export default TrustCsatSurvey;
