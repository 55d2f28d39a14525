/**
 * The review data model: typed reviews, replies, distributions and aggregates; parsers with field-path errors;
 * honesty checks (an average must agree with its distribution). schema.org adapters live in jsonld.ts.
 */
import { describeValue, joinPath, parseNumber, type ParseResult } from './errors.js';
import { Collector, parseBoolean, parseDate, parseList, parseRecord, parseText, parseUrl, type ListResult } from './fields.js';
import { sharePercentages } from './internal/math.js';
import { MAX_STARS } from './rating.js';

export interface ReviewReply {
  /** Who answered: "Response from <author>". */
  readonly author: string;
  readonly body: string;
  readonly date: Date | undefined;
}

export interface ReviewPhoto {
  readonly url: string;
  /** Text alternative; empty when the reviewer gave none (the element then names it "Photo n from <author>"). */
  readonly alt: string;
}

/** What is known about how a review came about: each one is shown, never hidden. */
export interface ReviewLabels {
  /** The reviewer bought the product (checked by the site). */
  readonly verified: boolean;
  /** The reviewer got something for the review (free product, discount, entry in a draw). */
  readonly incentivized: boolean;
  /** The reviewer works for the business. */
  readonly employee: boolean;
  /** The review was copied from another site: its name. */
  readonly importedFrom: string | undefined;
}

export interface Review {
  /** Stable id (for votes and links): the data's own, or the review's position. */
  readonly id: string;
  /** Whole stars from `worst` to `best`. */
  readonly rating: number;
  readonly best: number;
  readonly worst: number;
  readonly title: string | undefined;
  readonly body: string;
  readonly author: string;
  readonly date: Date | undefined;
  readonly labels: ReviewLabels;
  readonly reply: ReviewReply | undefined;
  /** People who found it helpful. */
  readonly helpful: number;
  readonly photos: readonly ReviewPhoto[];
  /** BCP 47 language of the text, when known. */
  readonly lang: string | undefined;
}

/** How many reviews gave each number of stars: `counts[0]` is 1 star, `counts[max - 1]` is `max` stars. */
export interface RatingDistribution {
  readonly max: number;
  readonly counts: readonly number[];
}

export interface AggregateRating {
  /** The average, checked against the distribution when there is one. */
  readonly average: number;
  /** Number of ratings. */
  readonly count: number;
  readonly best: number;
  readonly worst: number;
  readonly distribution: RatingDistribution | undefined;
}

/** Everything a review widget shows. */
export interface ReviewData {
  /** What the reviews are about. */
  readonly subject: { readonly name: string | undefined; readonly type: string | undefined };
  readonly aggregate: AggregateRating | undefined;
  readonly reviews: readonly Review[];
  /** Reviews in the data that could not be read (each reported); an element must disclose them. */
  readonly dropped: number;
}

const int = (raw: unknown, path: string, min: number, max?: number) => parseNumber(raw, path, { min, max, integer: true });

export function parseReply(raw: unknown, path: string): ParseResult<ReviewReply> {
  const c = new Collector();
  const r = c.take(parseRecord(raw, path));
  if (!r) return c.done(() => undefined as never);
  const author = c.take(parseText(r.author, joinPath(path, 'author'), { max: 200 }));
  const body = c.take(parseText(r.body, joinPath(path, 'body')));
  const date = c.take(parseDate(r.date, joinPath(path, 'date'), { optional: true }));
  return c.done(() => ({ author: author!, body: body!, date }));
}

function parsePhoto(raw: unknown, path: string): ParseResult<ReviewPhoto> {
  const c = new Collector();
  const r = c.take(parseRecord(raw, path));
  if (!r) return c.done(() => undefined as never);
  const url = c.take(parseUrl(r.url, joinPath(path, 'url'), { mailto: false }));
  const alt = c.take(parseText(r.alt, joinPath(path, 'alt'), { optional: true, max: 500 }));
  return c.done(() => ({ url: url!, alt: alt ?? '' }));
}

/**
 * Reads one review in the library's JSON format:
 * `{ id?, rating, best? = 5, worst? = 1, title?, body, author, date?, verified?, incentivized?, employee?,
 *    importedFrom?, reply?: { author, body, date? }, helpful?, photos?: [{ url, alt? }], lang? }`.
 */
export function parseReview(raw: unknown, path: string): ParseResult<Review> {
  const c = new Collector();
  const r = c.take(parseRecord(raw, path));
  if (!r) return c.done(() => undefined as never);
  const at = (key: string) => joinPath(path, key);
  const best = c.take(int(r.best ?? 5, at('best'), 1, MAX_STARS));
  const worst = c.take(int(r.worst ?? 1, at('worst'), 0, Math.max(0, (best ?? 5) - 1)));
  const rating = c.take(int(r.rating, at('rating'), worst ?? 1, best ?? 5));
  // An id is text or a number; anything else (an object, a list, nested thousands deep) is not turned into text.
  const ownId = typeof r.id === 'string' || typeof r.id === 'number' ? r.id : undefined;
  if (r.id !== undefined && ownId === undefined)
    c.warn(at('id'), `must be text or a number, got ${describeValue(r.id)}; the review's position is used`);
  const id = ownId === undefined ? path.replace(/^.*\[(\d+)\]$/, '$1') || '0' : c.take(parseText(String(ownId), at('id'), { max: 200 }));
  const title = c.take(parseText(r.title, at('title'), { optional: true, max: 500 }));
  const body = c.take(parseText(r.body, at('body')));
  const author = c.take(parseText(r.author, at('author'), { max: 200 }));
  const date = c.take(parseDate(r.date, at('date'), { optional: true }));
  const verified = c.take(parseBoolean(r.verified, at('verified'), { optional: true })) ?? false;
  const incentivized = c.take(parseBoolean(r.incentivized, at('incentivized'), { optional: true })) ?? false;
  const employee = c.take(parseBoolean(r.employee, at('employee'), { optional: true })) ?? false;
  const importedFrom = c.take(parseText(r.importedFrom, at('importedFrom'), { optional: true, max: 200 }));
  const reply = r.reply === undefined || r.reply === null ? undefined : c.take(parseReply(r.reply, at('reply')));
  const helpful = c.take(parseNumber(r.helpful, at('helpful'), { min: 0, integer: true, optional: true })) ?? 0;
  const photos = c.take(parseList(r.photos, at('photos'), parsePhoto, { optional: true, max: 20 }));
  const lang = c.take(parseText(r.lang, at('lang'), { optional: true, max: 35 }));
  if (photos?.dropped) c.warn(at('photos'), `${photos.dropped} photo(s) could not be shown`);
  return c.done(() => ({
    id: id!,
    rating: rating!,
    best: best!,
    worst: worst!,
    title,
    body: body!,
    author: author!,
    date,
    labels: { verified, incentivized, employee, importedFrom },
    reply,
    helpful,
    photos: photos?.items ?? [],
    lang,
  }));
}

/** Reads a list of reviews; unreadable reviews are left out, reported, and counted in `dropped`. */
export function parseReviews(raw: unknown, path = 'reviews'): ParseResult<ListResult<Review>> {
  return parseList(raw, path, parseReview, { max: 100_000 });
}

/**
 * Reads a distribution: `{ "5": 310, "4": 80, … }` (missing levels are 0) or an array of counts from 1 star up.
 * Every level from 1 to `max` is present in the result, so a histogram can show levels nobody chose.
 */
export function parseDistribution(raw: unknown, path: string, max = 5): ParseResult<RatingDistribution> {
  const c = new Collector();
  const counts = Array.from({ length: max }, () => 0);
  if (Array.isArray(raw)) {
    if (raw.length > max) c.error(path, `has ${raw.length} levels; the scale has ${max}`);
    raw.slice(0, max).forEach((v, i) => (counts[i] = c.take(int(v, joinPath(path, i), 0)) ?? 0));
  } else {
    const r = c.take(parseRecord(raw, path));
    for (const [key, value] of Object.entries(r ?? {})) {
      const level = Number(key);
      if (!Number.isInteger(level) || level < 1 || level > max) c.error(joinPath(path, key), `is not a star level from 1 to ${max}`);
      else counts[level - 1] = c.take(int(value, joinPath(path, key), 0)) ?? 0;
    }
  }
  return c.done(() => ({ max, counts }));
}

/** Number of ratings in a distribution. */
export const distributionTotal = (d: RatingDistribution): number => d.counts.reduce((a, b) => a + b, 0);

/** The average a distribution implies, or undefined when it is empty. */
export function distributionAverage(d: RatingDistribution): number | undefined {
  const total = distributionTotal(d);
  return total ? d.counts.reduce((sum, n, i) => sum + n * (i + 1), 0) / total : undefined;
}

/**
 * Whole percentages of each level, each rounded on its own, so that levels with equal counts read the same (their
 * sum may read 99 to 101, and is never shown); all 0 when empty.
 */
export const distributionPercentages = (d: RatingDistribution): number[] => sharePercentages(d.counts);

/** Builds a distribution from reviews on a 1-to-`max` scale (ratings on other scales are rescaled and rounded). */
export function distributionOf(reviews: readonly Review[], max = 5): RatingDistribution {
  const counts = Array.from({ length: max }, () => 0);
  for (const r of reviews) {
    const level = r.best === max && r.worst === 1 ? r.rating : Math.round(1 + ((r.rating - r.worst) / (r.best - r.worst)) * (max - 1));
    counts[level - 1]!++;
  }
  return { max, counts };
}

/** How far a stated average may be from the distribution's and still count as rounding (one decimal place). */
export const AVERAGE_TOLERANCE = 0.05 + 1e-9;

/**
 * Reads an aggregate: `{ average, count, best? = 5, worst? = 1, distribution? }`. When a distribution is given it
 * wins: an average or count that disagrees with it (beyond rounding to one decimal) is replaced by the
 * distribution's and reported as a warning, so the element never shows figures the data contradicts.
 */
export function parseAggregate(raw: unknown, path: string): ParseResult<AggregateRating> {
  const c = new Collector();
  const r = c.take(parseRecord(raw, path));
  if (!r) return c.done(() => undefined as never);
  const at = (key: string) => joinPath(path, key);
  const best = c.take(int(r.best ?? 5, at('best'), 1, MAX_STARS)) ?? 5;
  const worst = c.take(int(r.worst ?? 1, at('worst'), 0, best - 1)) ?? 1;
  const distribution = r.distribution === undefined ? undefined : c.take(parseDistribution(r.distribution, at('distribution'), best));
  const implied = distribution && distributionAverage(distribution);
  const total = distribution && distributionTotal(distribution);
  let average = c.take(parseNumber(r.average, at('average'), { min: worst, max: best, optional: distribution !== undefined }));
  let count = c.take(parseNumber(r.count, at('count'), { min: 0, integer: true, optional: total !== undefined }));
  if (implied !== undefined && average !== undefined && Math.abs(average - implied) > AVERAGE_TOLERANCE) {
    c.warn(at('average'), `is ${average} but the distribution gives ${implied.toFixed(2)}; showing the distribution's`);
  }
  if (total !== undefined && count !== undefined && count !== total) {
    c.warn(at('count'), `is ${count} but the distribution adds up to ${total}; showing the distribution's`);
  }
  if (distribution && total) {
    average = implied;
    count = total;
  } else if (distribution && count) {
    c.error(at('distribution'), `is empty but count is ${count}`);
  }
  if (count === 0 && average !== undefined && average !== 0) {
    // No ratings cannot have an average; show "no ratings yet" rather than a made-up figure.
    c.warn(at('average'), `is ${average} but there are no ratings; ignored`);
  }
  return c.done(() => ({ average: count ? average! : 0, count: count ?? 0, best, worst, distribution }));
}

/**
 * Reads the library's JSON format for review widgets:
 * `{ subject?: { name?, type? }, aggregate?: {…}, reviews?: […] }` (also a bare array of reviews).
 * When there is no aggregate, none is invented: widgets compute one from the reviews and say so.
 */
export function parseReviewData(raw: unknown, path = ''): ParseResult<ReviewData> {
  if (Array.isArray(raw)) raw = { reviews: raw };
  const c = new Collector();
  const r = c.take(parseRecord(raw, path || '(root)'));
  if (!r) return c.done(() => undefined as never);
  const at = (key: string) => joinPath(path, key);
  const subject = r.subject === undefined ? {} : (c.take(parseRecord(r.subject, at('subject'))) ?? {});
  const name = c.take(parseText(subject.name, joinPath(at('subject'), 'name'), { optional: true, max: 500 }));
  const type = c.take(parseText(subject.type, joinPath(at('subject'), 'type'), { optional: true, max: 100 }));
  const aggregate = r.aggregate === undefined || r.aggregate === null ? undefined : c.take(parseAggregate(r.aggregate, at('aggregate')));
  const reviews = c.take(parseReviews(r.reviews ?? [], at('reviews')));
  if (reviews?.dropped) c.warn(at('reviews'), `${reviews.dropped} review(s) could not be read and are not shown`);
  return c.done(() => ({ subject: { name, type }, aggregate, reviews: reviews?.items ?? [], dropped: reviews?.dropped ?? 0 }));
}
