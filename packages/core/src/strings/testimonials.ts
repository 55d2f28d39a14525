import type { Plural } from './common.js';

/** Strings of `<trust-testimonials>`. */
export interface TestimonialsStrings {
  /** The selection statement, always shown, and the name of the region: "Selected reviews". */
  readonly testimonialsSelected: string;
  /** Says why the shown reviews are not representative. */
  readonly testimonialsSelectedNote: string;
  /** Introduces the true average and count of all reviews. */
  readonly testimonialsAllReviews: string;
  /** Link to every review, with their number: "Read all 212 reviews". Chosen by the count. */
  readonly testimonialsReadAll: Plural;
  /** Link to every review when their number is not known. */
  readonly testimonialsReadAllPlain: string;
  /** `aria-roledescription` of the carousel. */
  readonly testimonialsCarousel: string;
  /** `aria-roledescription` of one slide. */
  readonly testimonialsSlide: string;
  /** Name of a slide: "2 of 5" (numbers already formatted). */
  testimonialsSlideOf(index: string, total: string): string;
  /** Button that shows the previous review. */
  readonly testimonialsPrevious: string;
  /** Button that shows the next review. */
  readonly testimonialsNext: string;
  /** Button that stops automatic rotation. */
  readonly testimonialsStop: string;
  /** Button that starts automatic rotation. */
  readonly testimonialsStart: string;
  /** Label: the reviewer bought the product. */
  readonly testimonialsVerified: string;
  /** Label: the reviewer received something for the review. */
  readonly testimonialsIncentivized: string;
  /** Label: the reviewer works for the business. */
  readonly testimonialsEmployee: string;
  /** Label: the review was copied from another site. */
  testimonialsImported(source: string): string;
}

/** English testimonials strings (`provideEnglish(enTestimonials)`). */
export const enTestimonials: TestimonialsStrings = {
  testimonialsSelected: 'Selected reviews',
  testimonialsSelectedNote: 'Chosen by us, so they do not represent all reviews.',
  testimonialsAllReviews: 'All reviews:',
  testimonialsReadAll: { one: (n) => `Read the ${n} review`, other: (n) => `Read all ${n} reviews` },
  testimonialsReadAllPlain: 'Read all reviews',
  testimonialsCarousel: 'carousel',
  testimonialsSlide: 'slide',
  testimonialsSlideOf: (index, total) => `${index} of ${total}`,
  testimonialsPrevious: 'Previous review',
  testimonialsNext: 'Next review',
  testimonialsStop: 'Stop rotation',
  testimonialsStart: 'Start rotation',
  testimonialsVerified: 'Verified purchase',
  testimonialsIncentivized: 'Received an incentive for this review',
  testimonialsEmployee: 'Written by an employee',
  testimonialsImported: (source) => `Imported from ${source}`,
};
