import { enAttributes } from '../strings/attributes.js';
import { enBadge } from '../strings/badge.js';
import { enCommon } from '../strings/common.js';
import { enDonation } from '../strings/donation.js';
import { enNotice } from '../strings/notice.js';
import { enQuestions } from '../strings/questions.js';
import { enRating } from '../strings/rating.js';
import { enReviewForm } from '../strings/review-form.js';
import { enReviewList } from '../strings/review-list.js';
import { enReviewTopics } from '../strings/review-topics.js';
import { enReviewData } from '../strings/reviews.js';
import { enSummary } from '../strings/summary.js';
import { enSurvey } from '../strings/survey.js';
import { enTestimonials } from '../strings/testimonials.js';
import type { Translation } from '../translation.js';

/**
 * English, whole. Elements do not import this: each brings its own family's English (`provideEnglish`), so a
 * page carries only what it shows. Import it to register or extend the complete English table.
 */
const en: Translation = {
  ...enCommon,
  ...enDonation,
  ...enRating,
  ...enSurvey,
  ...enBadge,
  ...enReviewData,
  ...enSummary,
  ...enAttributes,
  ...enReviewForm,
  ...enTestimonials,
  ...enReviewList,
  ...enReviewTopics,
  ...enNotice,
  ...enQuestions,
};
export default en;
