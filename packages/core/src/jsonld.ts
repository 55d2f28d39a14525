/**
 * schema.org JSON-LD in and out for review widgets. In: the Product (or other item) with `aggregateRating` and
 * `review` that a site already publishes for search engines becomes the widget's data. Out: the same markup for
 * pages that lack it, following search engines' review-snippet rules.
 */
import { joinPath, type DataIssue, type ParseResult } from './errors.js';
import { isRecord } from './fields.js';
import { parseReviewData, type Review, type ReviewData } from './reviews.js';

const typesOf = (node: Record<string, unknown>): string[] =>
  (Array.isArray(node['@type']) ? node['@type'] : [node['@type']]).filter((t): t is string => typeof t === 'string');

/** Every node of a JSON-LD document: a node, an array of nodes, or `@graph`s of them, in document order. */
function nodes(doc: unknown): Array<[Record<string, unknown>, string]> {
  const out: Array<[Record<string, unknown>, string]> = [];
  // An explicit stack, not recursion: data nested thousands deep must not overflow the call stack.
  const stack: Array<[unknown, string]> = [[doc, '']];
  while (stack.length) {
    const [value, path] = stack.pop()!;
    if (Array.isArray(value)) for (let i = value.length - 1; i >= 0; i--) stack.push([value[i], joinPath(path, i)]);
    else if (isRecord(value)) {
      out.push([value, path]);
      if (Array.isArray(value['@graph'])) stack.push([value['@graph'], joinPath(path, '@graph')]);
    }
  }
  return out;
}

/** The text of a JSON-LD value: a string, `{ name }` / `{ @value }`, or the first of a list (a few lists deep at most). */
const text = (value: unknown): unknown => {
  for (let depth = 0; depth < 8 && Array.isArray(value); depth++) value = value[0];
  return isRecord(value) ? (value.name ?? value['@value']) : value;
};

/** Field paths of the library's format, as they are called in schema.org JSON-LD. */
const JSON_LD_NAMES: Array<[RegExp, string]> = [
  [/\.aggregate\.average$/, '.aggregateRating.ratingValue'],
  [/\.aggregate\.count$/, '.aggregateRating.ratingCount'],
  [/\.aggregate\.best$/, '.aggregateRating.bestRating'],
  [/\.aggregate\.worst$/, '.aggregateRating.worstRating'],
  [/\.reviews\[(\d+)\]\.rating$/, '.review[$1].reviewRating.ratingValue'],
  [/\.reviews\[(\d+)\]\.best$/, '.review[$1].reviewRating.bestRating'],
  [/\.reviews\[(\d+)\]\.worst$/, '.review[$1].reviewRating.worstRating'],
  [/\.reviews\[(\d+)\]\.body$/, '.review[$1].reviewBody'],
  [/\.reviews\[(\d+)\]\.title$/, '.review[$1].name'],
  [/\.reviews\[(\d+)\]\.date$/, '.review[$1].datePublished'],
  [/\.reviews\[(\d+)\]/, '.review[$1]'],
  [/\.reviews$/, '.review'],
];

/**
 * Where the aspect ratings were in the JSON-LD: `aggregate[i]` is the index in `aggregateRating` of the library's
 * `aggregate.attributes[i]`; `reviews[i]` maps an aspect's name to its index in that review's `reviewRating` list.
 */
interface AspectPlaces {
  readonly aggregate: number[];
  readonly reviews: Map<number, Map<string, number>>;
}

/** A path of the library's format as it reads in JSON-LD: `aggregate.average` → `aggregateRating.ratingValue`. */
function jsonLdPath(path: string, aspects?: AspectPlaces): string {
  const aspectPath = `.${path}`
    .replace(/\.aggregate\.attributes\[(\d+)\](\.\w+)?$/, (_, i: string, field = '') => {
      const name = { '.average': '.ratingValue', '.count': '.ratingCount', '.name': '.reviewAspect' }[field as string] ?? '';
      return `.aggregateRating[${aspects?.aggregate[Number(i)] ?? i}]${name}`;
    })
    .replace(/\.reviews\[(\d+)\]\.attributes\.(.+)$/, (_, i: string, name: string) => {
      const k = aspects?.reviews.get(Number(i))?.get(name.trim());
      return `.review[${i}].reviewRating${k === undefined ? '' : `[${k}]`}.ratingValue`;
    });
  return JSON_LD_NAMES.reduce((p, [re, to]) => p.replace(re, to), aspectPath).replace(/^\./, '');
}

/** Review data read from JSON-LD, with the path of the node it was read from and where its aspects were. */
const readFrom = new WeakMap<ReviewData, { base: string; aspects: AspectPlaces }>();

/**
 * A field of `data` (a path in the library's format, such as `aggregate.average`) named as the author wrote it:
 * when the data was read from JSON-LD, its schema.org name under the node's path (`aggregateRating.ratingValue`),
 * so a later check (the summary's average against the reviews) names the field the author can find.
 */
export function authoredPath(data: ReviewData, path: string): string {
  const from = readFrom.get(data);
  return from === undefined ? path : jsonLdPath(joinPath(from.base, path), from.aspects);
}

/** A value or a list of values, as a list. */
const all = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined || value === null ? [] : [value]);

/** The aspect a Rating or AggregateRating is about (schema.org `reviewAspect`), or undefined for the overall one. */
const aspectOf = (rating: unknown): unknown => (isRecord(rating) ? text(rating.reviewAspect) : undefined);

/**
 * Reads review data from a JSON-LD document: the first node with an `aggregateRating` or a `review`. The review
 * fields map to the library's format (`reviewRating.ratingValue` → rating, `bestRating`/`worstRating`,
 * `reviewBody` → body, `name` → title, `author.name` → author, `datePublished` → date); field paths in errors
 * are the JSON-LD ones (`review[2].reviewRating.ratingValue`).
 *
 * Aspect ratings use schema.org's `reviewAspect`: `reviewRating` and `aggregateRating` may each be a list, in which
 * the rating without `reviewAspect` is the overall one and each rating with one is that aspect's (a review's on
 * the review's scale; an aggregate's with `ratingCount` or `reviewCount`, the number of reviews that rated it).
 * schema.org has no fit scale or "would recommend": those come from the library's format only.
 */
export function readJsonLd(doc: unknown): ParseResult<ReviewData> {
  const found = nodes(doc).find(([n]) => n.aggregateRating !== undefined || n.review !== undefined || n.reviews !== undefined);
  if (!found) {
    return { ok: false, errors: [{ path: '(root)', message: 'has no node with aggregateRating or review', severity: 'error' }] };
  }
  const [node, base] = found;
  const aspects: AspectPlaces = { aggregate: [], reviews: new Map() };
  const aggregates = all(node.aggregateRating);
  const agg = aggregates.find((a) => isRecord(a) && aspectOf(a) === undefined) as Record<string, unknown> | undefined;
  const aggAspects = aggregates.flatMap((a, i) => {
    const name = aspectOf(a);
    if (name === undefined || !isRecord(a)) return [];
    aspects.aggregate.push(i);
    return [{ name, average: a.ratingValue, count: a.ratingCount ?? a.reviewCount }];
  });
  const rawReviews = node.review ?? node.reviews;
  const reviews = all(rawReviews).map((r, i) => {
    if (!isRecord(r)) return r;
    const ratings = all(r.reviewRating).filter(isRecord);
    const rating = ratings.find((x) => aspectOf(x) === undefined) ?? {};
    const places = new Map<string, number>();
    const attributes: Record<string, unknown> = {};
    all(r.reviewRating).forEach((x, k) => {
      const name = aspectOf(x);
      if (name === undefined || !isRecord(x)) return;
      const key = typeof name === 'string' ? name : String(name);
      places.set(key.trim(), k);
      attributes[key] = x.ratingValue;
    });
    aspects.reviews.set(i, places);
    return {
      id: r['@id'] ?? r.identifier ?? String(i),
      rating: rating.ratingValue,
      best: rating.bestRating ?? 5,
      worst: rating.worstRating ?? 1,
      title: text(r.name),
      body: text(r.reviewBody ?? r.description),
      author: text(r.author),
      date: r.datePublished,
      lang: r.inLanguage,
      ...(places.size && { attributes }),
    };
  });
  const data = {
    subject: { name: text(node.name), type: typesOf(node)[0] },
    aggregate: agg && {
      average: agg.ratingValue,
      count: agg.ratingCount ?? agg.reviewCount,
      best: agg.bestRating ?? 5,
      worst: agg.worstRating ?? 1,
      ...(aggAspects.length && { attributes: aggAspects }),
    },
    reviews,
  };
  const result = parseReviewData(data, base);
  // Report paths as they are in the JSON-LD (see jsonLdPath). Unreadable reviews are left out as warnings, so
  // warnings are renamed as well as errors.
  const renamed = (e: DataIssue): DataIssue => ({ ...e, path: jsonLdPath(e.path, aspects) });
  if (result.ok) readFrom.set(result.value, { base, aspects });
  return result.ok ? { ...result, warnings: result.warnings.map(renamed) } : { ok: false, errors: result.errors.map(renamed) };
}

/** Types whose reviews on their own site are "self-serving": search engines ignore or penalise their snippets. */
export const SELF_SERVING_TYPES: readonly string[] = [
  'Organization',
  'LocalBusiness',
  'Corporation',
  'NGO',
  'OnlineBusiness',
  'OnlineStore',
  'Store',
  'Restaurant',
];

export interface JsonLdOptions {
  /** `@type` of the reviewed item (default: the data's subject type, else `Product`). */
  type?: string;
  /** Name of the reviewed item (default: the data's subject name). Required by search engines. */
  name?: string;
}

const iso = (d: Date | undefined) => d && d.toISOString().slice(0, 10);

/**
 * schema.org markup for review data, or `null` with the reason when none should be written: no item name, no
 * ratings, or a self-serving type (Organization, LocalBusiness, …). Ratings always carry both `bestRating` and
 * `worstRating`.
 */
export function toJsonLd(data: ReviewData, options: JsonLdOptions = {}): { value: object | null; reason: string } {
  const type = options.type ?? data.subject.type ?? 'Product';
  const name = options.name ?? data.subject.name;
  if (SELF_SERVING_TYPES.includes(type))
    return { value: null, reason: `reviews of an ${type} on its own site are self-serving: no review markup is written` };
  if (!name) return { value: null, reason: 'the reviewed item has no name' };
  if (!data.aggregate?.count && data.reviews.length === 0) return { value: null, reason: 'there are no ratings' };
  const review = (r: Review) => ({
    '@type': 'Review',
    author: { '@type': 'Person', name: r.author },
    ...(r.date && { datePublished: iso(r.date) }),
    ...(r.title && { name: r.title }),
    reviewBody: r.body,
    reviewRating: { '@type': 'Rating', ratingValue: r.rating, bestRating: r.best, worstRating: r.worst },
    ...(r.lang && { inLanguage: r.lang }),
  });
  const agg = data.aggregate;
  return {
    value: {
      '@context': 'https://schema.org',
      '@type': type,
      name,
      ...(agg?.count && {
        aggregateRating: {
          '@type': 'AggregateRating',
          ratingValue: Math.round(agg.average * 100) / 100,
          ratingCount: agg.count,
          bestRating: agg.best,
          worstRating: agg.worst,
        },
      }),
      ...(data.reviews.length && { review: data.reviews.map(review) }),
    },
    reason: '',
  };
}

/**
 * The text for a `<script type="application/ld+json">`: JSON with `<`, `>`, `&` and the JavaScript line
 * separators escaped, so that no value can close the script element or start a comment in it.
 */
export function jsonLdText(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** Whether a value looks like a JSON-LD document: a node with `@context`, `@type` or `@graph`, or an array of them. */
export function isJsonLd(raw: unknown, depth = 0): boolean {
  // Lists of lists are followed a few levels only: data nested thousands deep must not overflow the call stack.
  if (Array.isArray(raw)) return depth < 32 && raw.length > 0 && raw.every((item) => isJsonLd(item, depth + 1));
  return isRecord(raw) && ('@context' in raw || '@type' in raw || '@graph' in raw);
}

/** A JSON-LD node: any fields; schema.org decides what they mean. */
type JsonLdNode = { readonly [key: string]: unknown };

/**
 * A schema.org JSON-LD document, as the review widgets read it besides their own format (`ReviewDataInput`): a node
 * with `@context`, `@type` or `@graph` (or a list of them), of which the first with `aggregateRating` or `review` is
 * shown (a Product with its `aggregateRating` and `review`). Its fields are schema.org's; see the docs page "Show
 * reviews from your JSON-LD". Requiring one of the three keys keeps a mistyped review object from passing as JSON-LD.
 */
export type ReviewJsonLdInput =
  | (JsonLdNode & { readonly '@context': unknown })
  | (JsonLdNode & { readonly '@type': string | readonly string[] })
  | (JsonLdNode & { readonly '@graph': readonly unknown[] })
  | readonly ReviewJsonLdInput[];

/**
 * Review data from either format a widget accepts: a schema.org JSON-LD document (read by `readJsonLd`) or the
 * library's own JSON (read by `parseReviewData`). `fromJsonLd` says which it was, so that an element never writes
 * its data back out as a second JSON-LD copy.
 */
export function readReviewInput(raw: unknown): { result: ParseResult<ReviewData>; fromJsonLd: boolean } {
  const fromJsonLd = isJsonLd(raw);
  return { result: fromJsonLd ? readJsonLd(raw) : parseReviewData(raw), fromJsonLd };
}
