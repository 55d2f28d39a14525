/**
 * What a rating summary may honestly show for a set of review data: the average, the number of ratings and, when
 * the data supports one, the distribution by stars with whole percentages, each level rounded on its own.
 */
import { issue, type DataIssue } from './errors.js';
import { authoredPath } from './jsonld.js';
import {
  AVERAGE_TOLERANCE,
  distributionAverage,
  distributionOf,
  distributionPercentages,
  distributionTotal,
  type RatingDistribution,
  type ReviewData,
} from './reviews.js';

export interface RatingSummary {
  readonly average: number;
  /** Number of ratings. */
  readonly count: number;
  /** Stars on the scale (the histogram's top level). */
  readonly max: number;
  /**
   * Ratings per level, or `undefined` when the data has no distribution and its reviews are not all the ratings
   * (the summary then shows the average and count only, and says why).
   */
  readonly distribution: RatingDistribution | undefined;
  /**
   * Whole percentages per level (index 0 is 1 star), each rounded on its own so that equal counts read the same;
   * empty without a distribution.
   */
  readonly percentages: readonly number[];
}

export interface SummaryResult {
  /** `undefined` when there is nothing to summarize (no aggregate and no reviews). */
  readonly summary: RatingSummary | undefined;
  /** Figures the summary corrected, with their field paths. */
  readonly warnings: readonly DataIssue[];
}

/**
 * Summarizes review data. The distribution comes from the aggregate when it has one (core has already made its
 * average and count agree with it); otherwise it is computed from the reviews, but only when they are all the
 * ratings: there is no aggregate, or its count equals the number of reviews. An average the reviews contradict
 * (beyond rounding to one decimal) is replaced by theirs, as is a count smaller than the number of reviews; each
 * correction is a warning. Never invents a distribution from a sample.
 */
export function summarizeRatings(data: ReviewData): SummaryResult {
  const { aggregate: agg, reviews } = data;
  const warnings: DataIssue[] = [];
  let distribution: RatingDistribution | undefined;
  let average: number | undefined;
  let count: number;
  let max: number;
  if (agg) {
    max = agg.best;
    average = agg.average;
    count = agg.count;
    distribution = agg.distribution;
    if (!distribution && reviews.length && reviews.length >= count) {
      if (reviews.length > count) {
        warnings.push(
          issue(
            authoredPath(data, 'aggregate.count'),
            `is ${count} but the data has ${reviews.length} reviews; showing the reviews'`,
            'warning',
          ),
        );
        count = reviews.length;
      }
      distribution = distributionOf(reviews, max);
      const implied = distributionAverage(distribution)!;
      if (Math.abs(average - implied) > AVERAGE_TOLERANCE) {
        warnings.push(
          issue(
            authoredPath(data, 'aggregate.average'),
            `is ${average} but the reviews give ${implied.toFixed(2)}; showing the reviews'`,
            'warning',
          ),
        );
      }
      average = implied;
    }
  } else {
    if (!reviews.length) return { summary: undefined, warnings };
    const best = reviews[0]!.best;
    max = reviews.every((r) => r.best === best) ? best : 5;
    distribution = distributionOf(reviews, max);
    count = distributionTotal(distribution);
    average = distributionAverage(distribution);
  }
  const percentages = distribution ? distributionPercentages(distribution) : [];
  return { summary: { average: average ?? 0, count, max, distribution, percentages }, warnings };
}
