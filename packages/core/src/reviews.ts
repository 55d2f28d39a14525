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
  /** The reviewer's ratings of named aspects ("Value", "Comfort"), on the review's scale, in the data's order. */
  readonly attributes?: readonly ReviewAttribute[];
  /** The reviewer's answer on the data's fit scale: a point from 1 to the number of points. */
  readonly fit?: number | undefined;
  /** Whether the reviewer would recommend it; `undefined` when they did not answer. */
  readonly recommend?: boolean | undefined;
}

/** One named sub-rating of a review. The name is the data's own label, shown as written ("Value", "Qualität"). */
export interface ReviewAttribute {
  readonly name: string;
  readonly rating: number;
}

/** An aspect's average over all reviews that rated it (the aggregate's, like its `average`). */
export interface AttributeAggregate {
  readonly name: string;
  readonly average: number;
  /** How many reviews rated it. */
  readonly count: number;
}

/** How many of all reviewers answered "would you recommend it?", and how many said yes. */
export interface RecommendAggregate {
  readonly yes: number;
  readonly answered: number;
}

/**
 * A bipolar scale ("Runs small" … "Runs large"): its points in order, with the data's labels, and optionally how
 * many of all reviewers chose each point.
 */
export interface FitScale {
  /** What the scale asks about ("Fit", "Size"); the element's own word when not given. */
  readonly label: string | undefined;
  readonly points: readonly string[];
  /** Answers per point of all reviewers (index 0 is point 1); `undefined` to count them from the reviews. */
  readonly counts: readonly number[] | undefined;
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
  /** Averages of named aspects over all reviews, on the aggregate's scale. */
  readonly attributes?: readonly AttributeAggregate[];
  readonly recommend?: RecommendAggregate | undefined;
}

/** Everything a review widget shows. */
export interface ReviewData {
  /** What the reviews are about. */
  readonly subject: { readonly name: string | undefined; readonly type: string | undefined };
  readonly aggregate: AggregateRating | undefined;
  readonly reviews: readonly Review[];
  /** The fit scale the reviews answer on, when the data has one. */
  readonly fit?: FitScale | undefined;
  /** Reviews in the data that could not be read (each reported); an element must disclose them. */
  readonly dropped: number;
}

const int = (raw: unknown, path: string, min: number, max?: number) => parseNumber(raw, path, { min, max, integer: true });

/** At most this many named aspects per review or aggregate. */
export const MAX_ATTRIBUTES = 20;
/** Longest aspect name or fit point label. */
export const MAX_ATTRIBUTE_NAME = 100;
/** Points of a fit scale: from 2 to this many. */
export const MAX_FIT_POINTS = 9;

/**
 * A review's own aspect ratings: `{ "Value": 4, "Comfort": 5 }`, each a whole number on the review's scale. The
 * names are the data's labels, shown as written, in the object's order.
 */
function parseReviewAttributes(raw: unknown, path: string, worst: number, best: number): ParseResult<ReviewAttribute[]> {
  const c = new Collector();
  if (raw === undefined || raw === null) return c.done(() => []);
  const r = c.take(parseRecord(raw, path));
  const entries = Object.entries(r ?? {});
  if (entries.length > MAX_ATTRIBUTES) c.error(path, `has ${entries.length} aspects; at most ${MAX_ATTRIBUTES} are accepted`);
  const out: ReviewAttribute[] = [];
  for (const [key, value] of entries.slice(0, MAX_ATTRIBUTES)) {
    const at = joinPath(path, key);
    const name = key.trim();
    if (!name) c.error(at, 'is an aspect without a name');
    else if (key.length > MAX_ATTRIBUTE_NAME) c.error(at, `is an aspect name ${key.length} characters long; at most ${MAX_ATTRIBUTE_NAME}`);
    const rating = c.take(int(value, at, worst, best));
    if (rating !== undefined) out.push({ name, rating });
  }
  return c.done(() => out);
}

function parseAttributeAggregate(raw: unknown, path: string, worst: number, best: number): ParseResult<AttributeAggregate> {
  const c = new Collector();
  const r = c.take(parseRecord(raw, path));
  if (!r) return c.done(() => undefined as never);
  const name = c.take(parseText(r.name, joinPath(path, 'name'), { max: MAX_ATTRIBUTE_NAME }));
  const average = c.take(parseNumber(r.average, joinPath(path, 'average'), { min: worst, max: best }));
  const count = c.take(int(r.count, joinPath(path, 'count'), 1));
  return c.done(() => ({ name: name!, average: average!, count: count! }));
}

function parseRecommend(raw: unknown, path: string): ParseResult<RecommendAggregate> {
  const c = new Collector();
  const r = c.take(parseRecord(raw, path));
  if (!r) return c.done(() => undefined as never);
  const yes = c.take(int(r.yes, joinPath(path, 'yes'), 0));
  const answered = c.take(int(r.answered, joinPath(path, 'answered'), 0));
  return c.done(() => ({ yes: yes!, answered: answered! }));
}

/**
 * Reads a fit scale: `{ label?, points: ["Runs small", …, "Runs large"], counts? }`, 2 to `MAX_FIT_POINTS` points in
 * order from one end to the other; `counts`, when given, has one whole number per point.
 */
function parseFitScale(raw: unknown, path: string): ParseResult<FitScale> {
  const c = new Collector();
  const r = c.take(parseRecord(raw, path));
  if (!r) return c.done(() => undefined as never);
  const at = (key: string) => joinPath(path, key);
  const label = c.take(parseText(r.label, at('label'), { optional: true, max: MAX_ATTRIBUTE_NAME }));
  const points: string[] = [];
  if (!Array.isArray(r.points))
    c.error(
      at('points'),
      r.points === undefined || r.points === null ? 'is required but missing' : `must be a list, got ${describeValue(r.points)}`,
    );
  else if (r.points.length < 2 || r.points.length > MAX_FIT_POINTS)
    c.error(at('points'), `has ${r.points.length} points; a scale has 2 to ${MAX_FIT_POINTS}`);
  else r.points.forEach((p, i) => points.push(c.take(parseText(p, joinPath(at('points'), i), { max: MAX_ATTRIBUTE_NAME })) ?? ''));
  let counts: number[] | undefined;
  if (r.counts !== undefined && r.counts !== null) {
    if (!Array.isArray(r.counts)) c.error(at('counts'), `must be a list, got ${describeValue(r.counts)}`);
    else {
      if (points.length && r.counts.length !== points.length)
        c.error(at('counts'), `has ${r.counts.length} counts; the scale has ${points.length} points`);
      counts = r.counts.map((v, i) => c.take(int(v, joinPath(at('counts'), i), 0)) ?? 0);
    }
  }
  return c.done(() => ({ label, points, counts }));
}

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
 *    importedFrom?, reply?: { author, body, date? }, helpful?, photos?: [{ url, alt? }], lang?,
 *    attributes?: { [aspect]: rating }, fit?, recommend? }`.
 * `fit` is a point of the data's fit scale, from 1 to `fitPoints` (without a scale, a review has no fit answer).
 */
export function parseReview(raw: unknown, path: string, fitPoints = 0): ParseResult<Review> {
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
  const attributes = c.take(parseReviewAttributes(r.attributes, at('attributes'), worst ?? 1, best ?? 5));
  let fit: number | undefined;
  if (r.fit !== undefined && r.fit !== null) {
    if (fitPoints) fit = c.take(int(r.fit, at('fit'), 1, fitPoints));
    else c.error(at('fit'), 'is given but the data has no fit scale (`fit.points`) to place it on');
  }
  const recommend = c.take(parseBoolean(r.recommend, at('recommend'), { optional: true }));
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
    // Only when given, so that data without them reads as it always has.
    ...(attributes?.length && { attributes }),
    ...(fit !== undefined && { fit }),
    ...(recommend !== undefined && { recommend }),
  }));
}

/** Reads a list of reviews; unreadable reviews are left out, reported, and counted in `dropped`. */
export function parseReviews(raw: unknown, path = 'reviews', fitPoints = 0): ParseResult<ListResult<Review>> {
  return parseList(raw, path, (item, at) => parseReview(item, at, fitPoints), { max: 100_000 });
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
 * Reads an aggregate: `{ average, count, best? = 5, worst? = 1, distribution?, attributes?: [{ name, average, count }],
 * recommend?: { yes, answered } }`. When a distribution is given it
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
  const attributes = c.take(
    parseList(r.attributes, at('attributes'), (v, p) => parseAttributeAggregate(v, p, worst, best), {
      optional: true,
      max: MAX_ATTRIBUTES,
    }),
  );
  const recommend = r.recommend === undefined || r.recommend === null ? undefined : c.take(parseRecommend(r.recommend, at('recommend')));
  return c.done(() => ({
    average: count ? average! : 0,
    count: count ?? 0,
    best,
    worst,
    distribution,
    ...(attributes?.items.length && { attributes: attributes.items }),
    ...(recommend && { recommend }),
  }));
}

/**
 * Reads the library's JSON format for review widgets:
 * `{ subject?: { name?, type? }, aggregate?: {…}, fit?: {…}, reviews?: […] }` (also a bare array of reviews).
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
  const fit = r.fit === undefined || r.fit === null ? undefined : c.take(parseFitScale(r.fit, at('fit')));
  const reviews = c.take(parseReviews(r.reviews ?? [], at('reviews'), fit?.points.length ?? 0));
  if (reviews?.dropped) c.warn(at('reviews'), `${reviews.dropped} review(s) could not be read and are not shown`);
  return c.done(() => ({
    subject: { name, type },
    aggregate,
    reviews: reviews?.items ?? [],
    ...(fit && { fit }),
    dropped: reviews?.dropped ?? 0,
  }));
}
