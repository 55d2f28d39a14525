/** Registers `<trust-nps-survey>`. Import this module (not the class) to use the tag. */
import { TrustNpsSurvey } from './surveys/nps-survey/trust-nps-survey.js';

TrustNpsSurvey.define('trust-nps-survey');

export { TrustNpsSurvey };
export default TrustNpsSurvey;
