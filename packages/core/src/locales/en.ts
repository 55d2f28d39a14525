import type { Translation } from '../translation.js';
import { enCommon } from '../strings/common.js';
import { enRating } from '../strings/rating.js';
import { enSurvey } from '../strings/survey.js';
import { enReviewData } from '../strings/reviews.js';

/**
 * English, whole. Elements do not import this: each brings its own family's English (`provideEnglish`), so a
 * page carries only what it shows. Import it to register or extend the complete English table.
 */
const en: Translation = { ...enCommon, ...enRating, ...enSurvey, ...enReviewData };
export default en;
