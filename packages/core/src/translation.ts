import type { AttributeStrings } from './strings/attributes.js';
import type { BadgeStrings } from './strings/badge.js';
import type { CommonStrings } from './strings/common.js';
import type { DonationStrings } from './strings/donation.js';
import type { NoticeStrings } from './strings/notice.js';
import type { QuestionStrings } from './strings/questions.js';
import type { RatingStrings } from './strings/rating.js';
import type { ReviewFormStrings } from './strings/review-form.js';
import type { ReviewListStrings } from './strings/review-list.js';
import type { ReviewTopicsStrings } from './strings/review-topics.js';
import type { ReviewDataStrings } from './strings/reviews.js';
import type { SummaryStrings } from './strings/summary.js';
import type { SurveyStrings } from './strings/survey.js';
import type { TestimonialsStrings } from './strings/testimonials.js';

export type { Plural } from './strings/common.js';
export type { DonationStrings };
export type { NoticeStrings };
export type { BadgeStrings };
export type { SummaryStrings };
export type { AttributeStrings };
export type { ReviewFormStrings, TestimonialsStrings };
export type { ReviewListStrings, ReviewTopicsStrings };
export type { QuestionStrings };
export type { CommonStrings, RatingStrings, SurveyStrings, ReviewDataStrings };

/**
 * A typed translation table: one interface per element family (`strings/<family>.ts`), joined here. Every shipped
 * locale implements all of it (the compiler checks), so no element can show a missing string. Tables hold words
 * only: numbers reach them already formatted by Intl for the locale, and plural forms are picked by
 * Intl.PluralRules, so no element concatenates numbers into text.
 *
 * English is split by family so that a page with one element carries only that family's English: each element
 * module calls `provideEnglish(enFamily)` for the families it uses; other locales are whole tables, imported
 * explicitly by the page.
 */
export interface Translation
  extends
    CommonStrings,
    RatingStrings,
    SurveyStrings,
    BadgeStrings,
    ReviewDataStrings,
    SummaryStrings,
    AttributeStrings,
    NoticeStrings,
    DonationStrings,
    ReviewFormStrings,
    TestimonialsStrings,
    ReviewListStrings,
    ReviewTopicsStrings,
    QuestionStrings {}
