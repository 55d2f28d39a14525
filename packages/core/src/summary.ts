/**
 * What a rating summary may honestly show for a set of review data: the average, the number of ratings and, when
 * the data supports one, the distribution by stars with whole percentages, each level rounded on its own.
 */
import { issue, type DataIssue } from './errors.js';
import { sharePercentages } from './internal/math.js';
import { authoredPath } from './jsonld.js';
import {
  AVERAGE_TOLERANCE,
  distributionAverage,
  distributionOf,
  distributionPercentages,
  distributionTotal,
  type RatingDistribution,
  type Review,
  type ReviewData,
} from './reviews.js';

/** An aspect's average and how many of all reviews rated it: "Value 4.1 — 183 of 212 reviews rated it". */
export interface AttributeSummary {
  /** The data's own label ("Value"). */
  readonly name: string;
  /** On the summary's scale (`max`). */
  readonly average: number;
  /** Reviews that rated it. */
  readonly count: number;
  /** All reviews (the summary's count): the denominator shown with it. */
  readonly of: number;
}

/** A fit scale's answers: every point with its count and share of those who answered. */
export interface FitSummary {
  readonly label: string | undefined;
  readonly points: readonly string[];
  readonly counts: readonly number[];
  /** Whole percentages of `answered`, each rounded on its own (`sharePercentages`). */
  readonly percentages: readonly number[];
  readonly answered: number;
}

/** "87% would recommend (212 of 244 who answered)": the share is of those who answered, never of all reviews. */
export interface RecommendSummary {
  readonly yes: number;
  readonly answered: number;
  /** Whole percentage of `answered` who said yes. */
  readonly percent: number;
}

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
  /** Aspect averages, in the data's order; empty when the data has none (or only a sample of reviews). */
  readonly attributes?: readonly AttributeSummary[];
  /** Fit answers, when the data has a fit scale and someone answered. */
  readonly fit?: FitSummary;
  /** Would-recommend answers, when someone answered (the element hides it below its minimum). */
  readonly recommend?: RecommendSummary;
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
  // The reviews stand for all ratings only when there are as many of them as ratings: only then may the aspects,
  // fit and recommend answers be counted from them (a sample's shares would pass for everyone's).
  const all = reviews.length > 0 && reviews.length >= count;
  const warn = (path: string, message: string) => warnings.push(issue(authoredPath(data, path), message, 'warning'));
  const attributes = summarizeAttributes(data, all, count, max, warn);
  const fit = summarizeFit(data, all, count, warn);
  const recommend = summarizeRecommend(data, all, count, warn);
  const extra = { ...(attributes.length && { attributes }), ...(fit && { fit }), ...(recommend && { recommend }) };
  return { summary: { average: average ?? 0, count, max, distribution, percentages, ...extra }, warnings };
}

type Warn = (path: string, message: string) => void;

/** A review's rating on a `worst`–`best` scale, on the summary's 1-to-`max` scale. */
const rescale = (rating: number, r: Review, max: number, worst: number) =>
  r.best === max && r.worst === worst ? rating : worst + ((rating - r.worst) / (r.best - r.worst)) * (max - worst);

function summarizeAttributes(data: ReviewData, all: boolean, count: number, max: number, warn: Warn): AttributeSummary[] {
  const given = data.aggregate?.attributes ?? [];
  if (given.length) {
    const seen = new Set<string>();
    return given.flatMap((a, i) => {
      if (seen.has(a.name)) {
        warn(`aggregate.attributes[${i}].name`, `repeats "${a.name}"; only the first is shown`);
        return [];
      }
      seen.add(a.name);
      if (a.count > count) {
        warn(`aggregate.attributes[${i}].count`, `is ${a.count} but there are only ${count} ratings; not shown`);
        return [];
      }
      return [{ name: a.name, average: a.average, count: a.count, of: count }];
    });
  }
  if (!all) return [];
  const worst = data.aggregate?.worst ?? 1;
  const sums = new Map<string, { sum: number; n: number }>();
  for (const r of data.reviews) {
    for (const a of r.attributes ?? []) {
      const s = sums.get(a.name) ?? { sum: 0, n: 0 };
      s.sum += rescale(a.rating, r, max, worst);
      s.n++;
      sums.set(a.name, s);
    }
  }
  return [...sums].map(([name, { sum, n }]) => ({ name, average: sum / n, count: n, of: count }));
}

function summarizeFit(data: ReviewData, all: boolean, count: number, warn: Warn): FitSummary | undefined {
  const scale = data.fit;
  if (!scale) return undefined;
  let counts = scale.counts;
  if (!counts && all) {
    const c = scale.points.map(() => 0);
    for (const r of data.reviews) if (r.fit) c[r.fit - 1]!++;
    counts = c;
  }
  if (!counts) return undefined;
  const answered = counts.reduce((a, b) => a + b, 0);
  if (answered > count) {
    warn('fit.counts', `add up to ${answered} answers but there are only ${count} ratings; not shown`);
    return undefined;
  }
  if (!answered) return undefined;
  return { label: scale.label, points: scale.points, counts, percentages: sharePercentages(counts), answered };
}

function summarizeRecommend(data: ReviewData, all: boolean, count: number, warn: Warn): RecommendSummary | undefined {
  let figures = data.aggregate?.recommend;
  if (figures) {
    if (figures.yes > figures.answered) {
      warn('aggregate.recommend.yes', `is ${figures.yes} but only ${figures.answered} answered; not shown`);
      return undefined;
    }
    if (figures.answered > count) {
      warn('aggregate.recommend.answered', `is ${figures.answered} but there are only ${count} ratings; not shown`);
      return undefined;
    }
  } else if (all) {
    const answers = data.reviews.filter((r) => r.recommend !== undefined);
    figures = { yes: answers.filter((r) => r.recommend).length, answered: answers.length };
  }
  if (!figures?.answered) return undefined;
  const { yes, answered } = figures;
  return { yes, answered, percent: sharePercentages([yes, answered - yes])[0]! };
}
