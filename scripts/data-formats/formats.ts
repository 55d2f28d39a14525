/**
 * The data formats of the data-bearing elements, described once (see dsl.ts): what each field is, which parser rule
 * it follows, and a complete example. `npm run generate` writes from this the JSON Schemas
 * (packages/elements/schemas/<tag>.json), core's input types (packages/core/src/data-formats.ts) and
 * docs/data-formats.mdx. The lists of allowed values and the limits are core's own constants, imported, so that
 * they are written down once.
 */
import { MAX_AMOUNT, MAX_BREAKDOWN_PARTS } from '../../packages/core/src/breakdown.js';
import { LEGAL_BASES } from '../../packages/core/src/data-notice.js';
import { DONATION_SOURCES } from '../../packages/core/src/donation.js';
import { INCIDENT_IMPACTS, INCIDENT_STATES, MAINTENANCE_STATES } from '../../packages/core/src/incident-notice.js';
import { PRIVACY_CATEGORIES, PRIVACY_PURPOSES, PRIVACY_USES } from '../../packages/core/src/privacy-label.js';
import { ANSWER_ROLES, MAX_ANSWERS, MAX_QUESTIONS } from '../../packages/core/src/questions.js';
import { MAX_STARS } from '../../packages/core/src/rating.js';
import { MAX_ATTRIBUTE_NAME, MAX_ATTRIBUTES, MAX_FIT_POINTS } from '../../packages/core/src/reviews.js';
import { MAX_TERMS, MAX_TOPICS } from '../../packages/core/src/topics.js';
import {
  bool,
  choice,
  date,
  DAY_PATTERN,
  instant,
  int,
  is,
  isObject,
  isOneOf,
  list,
  nonBlank,
  NOT_BLANK,
  num,
  object,
  text,
  union,
  url,
  webUrl,
  type Format,
  type Json,
  type Node,
  type Rule,
  type Schema,
} from './dsl.js';

const levels = (max: number) => Array.from({ length: max }, (_, i) => String(i + 1));
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/**
 * The rating scale of a review or an aggregate: `best` (default 5) and `worst` (default 1, below `best`), and the
 * fields that must lie on the scale. One rule per possible value, as JSON Schema cannot compare two fields.
 */
function scaleRules(
  onScale: string[],
  extra: (best: number) => Schema = () => ({}),
  extraWorst: (worst: number) => Schema = () => ({}),
): Rule[] {
  const fields = onScale.map((k) => `\`${k}\``).join(' and ');
  const defaultOr = (key: string, value: number, fallback: number): Schema =>
    value === fallback
      ? { anyOf: [{ not: { required: [key] } }, { properties: { [key]: { enum: [value, null] } } }] }
      : { required: [key], properties: { [key]: { const: value } } };
  const bestRules = range(1, MAX_STARS).map((b): Rule => ({
    if: defaultOr('best', b, 5),
    then: {
      ...(b === 1 ? { required: ['worst'] } : {}),
      properties: {
        // `worst` defaults to 1, which a scale of one star cannot have: it must then be given as 0.
        worst: b === 1 ? { type: 'integer', maximum: 0 } : { maximum: b - 1 },
        ...Object.fromEntries(onScale.map((k) => [k, { maximum: b }])),
        ...extra(b),
      },
    },
    // One sentence in the docs for all of them.
    doc:
      b === 1
        ? `${fields} is at least \`worst\` and at most \`best\`, and \`worst\` is below \`best\` (a scale whose \`best\` is 1 needs \`worst\` 0)`
        : '',
  }));
  const worstRules = range(0, MAX_STARS - 1).map((w): Rule => ({
    if: defaultOr('worst', w, 1),
    then: { properties: { ...Object.fromEntries(onScale.map((k) => [k, { minimum: w }])), ...extraWorst(w) } },
    doc: '',
  }));
  return [...bestRules, ...worstRules];
}

const scale = {
  best: {
    node: int(1, MAX_STARS),
    nullable: true,
    default: 5,
    description: `The best rating of the scale (a whole number up to ${MAX_STARS}; default 5).`,
  },
  worst: {
    node: int(0, MAX_STARS - 1),
    nullable: true,
    default: 1,
    description: 'The worst rating of the scale, below `best` (default 1; give 0 for a scale from 0).',
  },
};

/** A JSON-LD document (what `readReviewInput` reads with `readJsonLd`): a node or list of nodes with one of these keys. */
const JSON_LD_KEYS = { anyOf: [{ required: ['@context'] }, { required: ['@type'] }, { required: ['@graph'] }] };

const reply = object({
  name: 'ReviewReply',
  title: 'Merchant reply',
  description: 'The business’s answer to a review, shown apart from it as "Response from <author>".',
  props: {
    author: { node: text(200), required: true, description: 'Who answered (the business’s name).', examples: ['Example Shop'] },
    body: { node: text(20_000), required: true, description: 'The answer, shown as text.' },
    date: { node: date, nullable: true, description: 'When it was written.' },
  },
});

const photo = object({
  name: 'ReviewPhoto',
  title: 'Review photo',
  description: 'A photo the reviewer added; it opens larger in a dialog.',
  props: {
    url: { node: webUrl, required: true, description: 'Where the image is: an https, http or relative URL.' },
    alt: {
      node: text(500),
      nullable: true,
      description: 'Its text alternative. Without one the photo is named "Photo 1 from <author>".',
    },
  },
});

/** A review's own aspect ratings: `{ "Value": 4, "Comfort": 5 }`, on the review's scale (see the review's rules). */
const aspectRatings: Node = {
  kind: 'raw',
  doc: `aspect ratings: an object keyed by aspect name (at most ${MAX_ATTRIBUTES}), each a whole number on the review’s scale`,
  ts: 'Readonly<Record<string, number>>',
  schema: {
    type: 'object',
    maxProperties: MAX_ATTRIBUTES,
    propertyNames: { maxLength: MAX_ATTRIBUTE_NAME, pattern: NOT_BLANK },
    additionalProperties: { type: 'integer', minimum: 0, maximum: MAX_STARS },
  },
};

const review = object({
  name: 'Review',
  title: 'Review',
  description:
    'One review in the library’s format. Labels (`verified`, `incentivized`, `employee`, `importedFrom`) are always ' +
    'shown when true or given, never hidden.',
  props: {
    id: {
      node: union(nonBlank(200), num()),
      description:
        'A stable id (for helpful votes and links): text (not blank, at most 200 characters) or a number. Default: the ' +
        'review’s position in the list.',
      examples: ['r-1042'],
    },
    rating: {
      node: int(0, MAX_STARS),
      required: true,
      description: 'The rating: a whole number from `worst` to `best`.',
      examples: [4],
    },
    ...scale,
    title: { node: text(500), nullable: true, description: 'A headline.' },
    body: { node: text(20_000), required: true, description: 'The review itself, shown as text (never as HTML).' },
    author: { node: text(200), required: true, description: 'The reviewer’s name as it should be shown.' },
    date: { node: date, nullable: true, description: 'When it was written; the list sorts newest first.' },
    verified: {
      node: bool,
      nullable: true,
      default: false,
      description: 'The reviewer bought the product, as the site checked: shows "Verified purchase".',
    },
    incentivized: {
      node: bool,
      nullable: true,
      default: false,
      description: 'The reviewer received something for the review (a free product, a discount, a prize draw).',
    },
    employee: { node: bool, nullable: true, default: false, description: 'The reviewer works for the business.' },
    importedFrom: {
      node: text(200),
      nullable: true,
      description: 'The review was copied from another site: its name ("Imported from …").',
    },
    reply: { node: reply, nullable: true, description: 'The business’s reply.' },
    helpful: {
      node: int(0),
      nullable: true,
      default: 0,
      description: 'How many readers found it helpful.',
    },
    photos: {
      node: list(photo, { max: 20 }),
      nullable: true,
      description: 'Photos from the reviewer (at most 20). A photo that cannot be shown is left out and reported.',
    },
    lang: {
      node: text(35),
      nullable: true,
      description: 'The BCP 47 language of the text (`en`, `pt-BR`), when it differs from the page’s.',
      examples: ['en'],
    },
    attributes: {
      node: aspectRatings,
      nullable: true,
      description:
        `The reviewer’s ratings of named aspects, \`{ "Value": 4, "Comfort": 5 }\` (at most ${MAX_ATTRIBUTES}): each name is ` +
        `shown as written (the data’s own label, in the page’s language; at most ${MAX_ATTRIBUTE_NAME} characters), each ` +
        'rating is a whole number from `worst` to `best`, like `rating`.',
      examples: [{ Value: 4, Comfort: 5 }],
    },
    fit: {
      node: int(1, MAX_FIT_POINTS),
      nullable: true,
      description:
        'The reviewer’s answer on the data’s fit scale (`fit.points` of the review data): the point’s number, from 1 ' +
        '(the first point) to the number of points. Only with a fit scale.',
    },
    recommend: {
      node: bool,
      nullable: true,
      description: 'Whether the reviewer would recommend it; leave it out when they did not answer.',
    },
  },
  rules: scaleRules(
    ['rating'],
    (best) => ({ attributes: { additionalProperties: { maximum: best } } }),
    (worst) => ({ attributes: { additionalProperties: { minimum: worst } } }),
  ),
});

const aspectAverage = object({
  name: 'AspectAverage',
  title: 'Aspect average',
  description: 'An aspect’s average over all reviews that rated it: "Value 4.1 — 183 of 212 reviews rated it".',
  props: {
    name: {
      node: text(MAX_ATTRIBUTE_NAME),
      required: true,
      description: 'The aspect’s name, shown as written ("Value").',
      examples: ['Value'],
    },
    average: {
      node: num({ min: 0, max: MAX_STARS }),
      required: true,
      description: 'Its average, from the aggregate’s `worst` to `best`.',
      examples: [4.1],
    },
    count: {
      node: int(1),
      required: true,
      description: 'How many reviews rated it (at most the aggregate’s `count`).',
      examples: [183],
    },
  },
});

const recommendFigures = object({
  name: 'RecommendFigures',
  title: 'Would recommend',
  description: 'How many of all reviewers answered "would you recommend it?", and how many said yes.',
  props: {
    yes: { node: int(0), required: true, description: 'How many said yes (at most `answered`).', examples: [212] },
    answered: {
      node: int(0),
      required: true,
      description: 'How many answered, yes or no (at most the aggregate’s `count`): the share’s denominator.',
      examples: [244],
    },
  },
});

const fitScale = object({
  name: 'FitScale',
  title: 'Fit scale',
  description:
    'A scale from one end to the other ("Runs small" … "Runs large"), shown as every point with how many chose it; ' +
    'reviews answer it with `fit`, the point’s number.',
  props: {
    label: {
      node: text(MAX_ATTRIBUTE_NAME),
      nullable: true,
      description: 'What it asks about ("Fit", "Size"), shown as written; default the element’s word for "Fit".',
      examples: ['Fit'],
    },
    points: {
      node: list(nonBlank(MAX_ATTRIBUTE_NAME), { min: 2, max: MAX_FIT_POINTS }),
      required: true,
      description: `Its points in order, each shown as written (2 to ${MAX_FIT_POINTS}).`,
      examples: [['Runs small', 'True to size', 'Runs large']],
    },
    counts: {
      node: list(int(0), { max: MAX_FIT_POINTS }),
      nullable: true,
      description:
        'How many of all reviewers chose each point, in the order of `points`. Without it the counts come from the ' +
        'reviews’ `fit`, when the reviews are all the ratings.',
      examples: [[12, 140, 30]],
    },
  },
  rules: range(2, MAX_FIT_POINTS).map((n) => ({
    if: { required: ['points'], properties: { points: { minItems: n, maxItems: n } } },
    then: { properties: { counts: { minItems: n, maxItems: n } } },
    doc: n === 2 ? '`counts` has one count per point' : '',
  })),
});

const distribution: Node = {
  kind: 'raw',
  doc: 'counts by star level: an object keyed by level, or a list from 1 star up',
  ts: `Partial<Record<${levels(MAX_STARS)
    .map((l) => `'${l}'`)
    .join(' | ')}, number>> | readonly number[]`,
  schema: {
    anyOf: [
      {
        type: 'object',
        propertyNames: { enum: levels(MAX_STARS) },
        additionalProperties: { type: 'integer', minimum: 0, maximum: Number.MAX_SAFE_INTEGER },
      },
      { type: 'array', maxItems: MAX_STARS, items: { type: 'integer', minimum: 0, maximum: Number.MAX_SAFE_INTEGER } },
    ],
  },
};

/** A distribution with no ratings in it: every count 0 (or none given). */
const EMPTY_DISTRIBUTION: Schema = {
  anyOf: [
    { type: 'object', additionalProperties: { const: 0 } },
    { type: 'array', items: { const: 0 } },
  ],
};

const aggregate = object({
  name: 'AggregateRating',
  title: 'Aggregate rating',
  description:
    'The average and the number of ratings of everything reviewed (not only of the reviews in the list). With a ' +
    '`distribution` the elements show a histogram of every level, and the average and count follow from it.',
  props: {
    average: {
      node: num({ min: 0, max: MAX_STARS }),
      nullable: true,
      description: 'The average rating, from `worst` to `best`.',
      examples: [4.3],
    },
    count: {
      node: int(0),
      nullable: true,
      description: 'The number of ratings.',
      examples: [412],
    },
    ...scale,
    attributes: {
      node: list(aspectAverage, { max: MAX_ATTRIBUTES }),
      nullable: true,
      description: `Averages of named aspects over all reviews (at most ${MAX_ATTRIBUTES}), each with how many reviews rated it.`,
    },
    recommend: {
      node: recommendFigures,
      nullable: true,
      description: '"Would recommend" answers of all reviewers: the share shown is of those who answered.',
    },
    distribution: {
      node: distribution,
      description:
        'How many ratings each star level got: `{ "5": 310, "4": 80, "3": 12, "2": 4, "1": 6 }` (levels from 1 to ' +
        '`best`; a level left out is 0), or a list of counts from 1 star up.',
      examples: [{ '5': 250, '4': 90, '3': 35, '2': 15, '1': 22 }],
    },
  },
  rules: [
    {
      if: { not: { required: ['distribution'] } },
      require: ['average', 'count'],
      doc: 'without a distribution',
    },
    {
      if: is('count', 0),
      then: { properties: { average: { enum: [0, null] } } },
      doc: 'No ratings (`count` 0) have no average: leave `average` out',
    },
    {
      if: { required: ['distribution'], properties: { distribution: EMPTY_DISTRIBUTION } },
      then: { properties: { count: { enum: [0, null] } } },
      doc: 'A distribution with no ratings in it says `count` is 0',
    },
    ...scaleRules(
      ['average'],
      (best): Schema => ({
        distribution: {
          anyOf: [
            { type: 'object', propertyNames: { enum: levels(best) } },
            { type: 'array', maxItems: best },
          ],
        },
        attributes: { items: { properties: { average: { maximum: best } } } },
      }),
      (worst): Schema => ({ attributes: { items: { properties: { average: { minimum: worst } } } } }),
    ),
  ],
});

const subject = object({
  name: 'ReviewSubject',
  title: 'Reviewed item',
  description: 'What the reviews are about. Its name is needed for the schema.org markup the elements can write (`jsonld`).',
  props: {
    name: { node: text(500), nullable: true, description: 'Its name ("Winter coat").', examples: ['Winter coat'] },
    type: {
      node: text(100),
      nullable: true,
      description: 'Its schema.org type (`Product`, `Book`, `Course`, …; default `Product`).',
      examples: ['Product'],
    },
  },
});

const collection = object({
  name: 'ReviewCollection',
  title: 'Review data',
  description: 'The reviewed item, its aggregate rating and its reviews.',
  props: {
    subject: { node: subject, description: 'What the reviews are about.' },
    aggregate: {
      node: aggregate,
      nullable: true,
      description: 'The average and count of all ratings. Without it the elements compute one from the reviews and say so.',
    },
    fit: {
      node: fitScale,
      nullable: true,
      description: 'A fit scale the reviews answer (`fit` of each review), shown as its distribution.',
    },
    reviews: {
      node: list(review, { max: 100_000 }),
      nullable: true,
      description:
        'The reviews (at most 100,000). A review that cannot be read is left out, reported, and counted in the "could ' +
        'not be shown" line; the others are shown.',
    },
  },
  rules: [
    {
      if: { not: { required: ['fit'], properties: { fit: { type: 'object' } } } },
      then: { properties: { reviews: { items: { properties: { fit: { type: 'null' } } } } } },
      doc: 'A review’s `fit` needs the data’s fit scale (`fit`)',
    },
    ...range(2, MAX_FIT_POINTS).map((n): Rule => ({
      if: {
        required: ['fit'],
        properties: { fit: { type: 'object', properties: { points: { type: 'array', minItems: n, maxItems: n } } } },
      },
      then: { properties: { reviews: { items: { properties: { fit: { maximum: n } } } } } },
      doc: n === 2 ? 'A review’s `fit` is at most the number of `fit.points`' : '',
    })),
  ],
  // A document with `@context`, `@type` or `@graph` is read as schema.org JSON-LD, not in this format.
  extra: { not: JSON_LD_KEYS },
});

const reviewExample: Json = {
  subject: { name: 'Winter coat', type: 'Product' },
  aggregate: { average: 4.3, count: 412, distribution: { '5': 250, '4': 90, '3': 35, '2': 15, '1': 22 } },
  reviews: [
    {
      id: 'r-1042',
      rating: 4,
      title: 'Warm and light',
      body: 'Wore it all winter and it kept its shape. The sleeves run a little long.',
      author: 'A verified customer',
      date: '2026-01-12',
      verified: true,
      helpful: 3,
      reply: { author: 'Example Shop', body: 'Thank you! Our size guide now lists sleeve lengths.', date: '2026-01-13' },
      photos: [{ url: '/photos/coat-1042.jpg', alt: 'The coat on a hanger' }],
      lang: 'en',
    },
    {
      id: 'r-1043',
      rating: 2,
      body: 'The zip broke after a month.',
      author: 'Customer from Lyon',
      date: '2026-01-20',
      incentivized: true,
    },
  ],
};

/** Aspect ratings, a fit scale and "would recommend": the aggregate's figures for all reviews, and each review's own. */
const reviewAspectsExample: Json = {
  subject: { name: 'Trail boot', type: 'Product' },
  aggregate: {
    average: 4.2,
    count: 212,
    attributes: [
      { name: 'Value', average: 4.1, count: 183 },
      { name: 'Comfort', average: 4.4, count: 190 },
    ],
    recommend: { yes: 174, answered: 200 },
  },
  fit: {
    label: 'Fit',
    points: ['Runs small', 'A little small', 'True to size', 'A little large', 'Runs large'],
    counts: [6, 21, 140, 25, 4],
  },
  reviews: [
    {
      rating: 5,
      body: 'Comfortable from the first day.',
      author: 'Customer from Graz',
      attributes: { Value: 4, Comfort: 5 },
      fit: 3,
      recommend: true,
    },
  ],
};

export const reviews: Format = {
  tags: ['trust-review-list', 'trust-rating-summary', 'trust-testimonials'],
  rootName: 'ReviewDataInput',
  entry: '@trust-signals/core/reviews',
  root: union(
    collection,
    list(
      review,
      { max: 100_000 },
      // A list on its own has no fit scale, so its reviews have no `fit`.
      { not: { minItems: 1, items: { type: 'object', ...JSON_LD_KEYS } }, allOf: [{ items: { properties: { fit: { type: 'null' } } } }] },
    ),
  ),
  title: 'Review data',
  shape: 'The document is a Review data object, or a list of Review objects (at most 100,000) on its own.',
  description:
    'The review data of `<trust-review-list>`, `<trust-rating-summary>` and `<trust-testimonials>` in the library’s ' +
    'format: `{ subject, aggregate, reviews }`, or just a list of reviews. (The elements also read a schema.org ' +
    'JSON-LD document, a Product with `aggregateRating` and `review`; that is schema.org’s format, not this one.)',
  examples: [reviewExample, reviewAspectsExample],
  checks: [
    {
      path: 'aggregate.attributes[].count',
      doc: 'An aspect’s `count` must be at most the aggregate’s `count`; otherwise the summary leaves the aspect out and reports a warning',
    },
    {
      path: 'aggregate.recommend',
      doc: '`yes` must be at most `answered`, and `answered` at most the aggregate’s `count`; otherwise the summary leaves the share out and reports a warning',
    },
    {
      path: 'fit.counts',
      doc: 'The counts must add up to at most the number of ratings; otherwise the summary leaves the fit scale out and reports a warning',
    },
    {
      path: 'aggregate.average',
      doc: 'With a `distribution`, `average` must agree with it to one decimal place; otherwise the distribution’s average is shown and a warning reported',
    },
    {
      path: 'aggregate.count',
      doc: 'With a `distribution`, `count` must be its total; otherwise the total is shown and a warning reported',
    },
  ],
  usage:
    'Set the `data` property, point `src` at a URL that returns it, or put it in a child ' +
    '`<script type="application/json">`. The same three elements read a schema.org JSON-LD document in the same ' +
    'ways (a child `<script type="application/ld+json">`); see "Show reviews from your JSON-LD".',
};

// ---------------------------------------------------------------------------------------------------------------
// Review topics (the `topics` of <trust-review-list>)

/** A key of a language map (core's parseTopics): a BCP 47 tag such as `en` or `pt-BR`, or `*` for every language. */
const LANGUAGE_KEY = '^(?:\\*|[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)$';
/** A topic's name and each of its terms: text, not blank, at most 100 characters. */
const TOPIC_TEXT = 100;
const topicText: Schema = { type: 'string', pattern: NOT_BLANK, maxLength: TOPIC_TEXT };
const termList: Schema = { type: 'array', minItems: 1, maxItems: MAX_TERMS, items: topicText };

/** A value per language: an object keyed by language tag (or `*`), at least one. */
const perLanguage = (value: Schema, ts: string, what: string): Node => ({
  kind: 'raw',
  doc: `${what} per language: an object keyed by language tag (\`en\`, \`pt-BR\`, or \`*\` for every language), at least one`,
  ts: `Readonly<Record<string, ${ts}>>`,
  schema: { type: 'object', minProperties: 1, propertyNames: { pattern: LANGUAGE_KEY }, additionalProperties: value },
});

const topic = object({
  name: 'Topic',
  title: 'Topic',
  description:
    'Something the reviews talk about ("Battery"): the name its button shows, and the words that mention it, per ' +
    'language. The list counts the reviews that use one of the words; a visitor picks the topic to read them.',
  props: {
    id: {
      node: text(TOPIC_TEXT),
      nullable: true,
      description:
        'A stable id, unique in the list (what a chosen topic is remembered by). Default: the English name, else the ' +
        'one for every language (`*`), else the first one given.',
    },
    name: {
      node: {
        kind: 'union',
        of: [nonBlank(TOPIC_TEXT), perLanguage(topicText, 'string', 'the name')],
        doc: `text, not blank, at most ${TOPIC_TEXT} characters (the name in every language); or the name per language: an object keyed by language tag (\`en\`, \`pt-BR\`, \`*\`), at least one`,
      },
      required: true,
      description: 'What the topic’s button says, shown as text: one name for every language, or one per language.',
      examples: ['Wi-Fi', { en: 'Battery', de: 'Akku' }],
    },
    terms: {
      node: {
        kind: 'union',
        of: [list(nonBlank(TOPIC_TEXT), { min: 1, max: MAX_TERMS }), perLanguage(termList, 'readonly string[]', 'the words')],
        doc: `list, 1 to ${MAX_TERMS} items, of: text, not blank, at most ${TOPIC_TEXT} characters (the words in every language); or such a list per language: an object keyed by language tag (\`en\`, \`pt-BR\`, \`*\`), at least one`,
      },
      required: true,
      description:
        'The words and phrases that mention the topic: one list for every language, or one per language. A review ' +
        'mentions the topic when it contains one of them as whole words (case and accents do not matter), in the ' +
        'page’s language or in the review’s own `lang`.',
      examples: [['wifi', 'wi-fi', 'wlan'], { en: ['battery', 'charge'], de: ['Akku', 'Ladung'] }, { '*': ['wifi'], de: ['WLAN'] }],
    },
  },
});

export const topics: Format = {
  tags: ['trust-review-list'],
  schemaFile: 'trust-review-list.topics',
  subject: 'the `topics` of `<trust-review-list>`',
  rootName: 'TopicsInput',
  entry: '@trust-signals/core/topics',
  root: list(topic, { max: MAX_TOPICS }),
  title: 'Review topics',
  shape: `The document is a list of Topic objects (at most ${MAX_TOPICS}).`,
  description:
    'The topics of `<trust-review-list>`: what the page says its reviews talk about, each with the words that mention ' +
    'it. The list shows a button per topic with how many reviews mention it; a count anyone can check by reading them.',
  examples: [
    [
      {
        id: 'battery',
        name: { en: 'Battery', de: 'Akku' },
        terms: { en: ['battery', 'charge', 'battery life'], de: ['Akku', 'Ladung', 'Akkulaufzeit'] },
      },
      { id: 'wifi', name: 'Wi-Fi', terms: ['wifi', 'wi-fi', 'wlan'] },
    ],
  ],
  checks: [
    {
      path: 'topics[]',
      doc: 'Two topics must not have the same id (their `id`, or else the name that stands in for it); the second is left out and a warning reported',
    },
  ],
  usage:
    'Set the `topics` property of `<trust-review-list>`, or put the list in a child ' +
    '`<script type="application/json" slot="topics">`. Its reviews come from its `data` (the review data above).',
};

// ---------------------------------------------------------------------------------------------------------------
// Where money goes

const currency: Node = {
  kind: 'pattern',
  pattern: '^[A-Za-z]{3}$',
  doc: 'three-letter ISO 4217 currency code (`USD`, `EUR`, `JPY`)',
};

const expenses = object({
  name: 'DonationExpenses',
  title: 'Expenses (Form 990 Part IX)',
  description:
    'The fiscal year’s functional expenses as in IRS Form 990 Part IX, line 25: program services (column B), ' +
    'management and general (C), fundraising (D), in `currency`. They must not all be 0.',
  props: {
    program: { node: num({ min: 0, max: MAX_AMOUNT }), required: true, description: 'Program service expenses (column B).' },
    management: { node: num({ min: 0, max: MAX_AMOUNT }), required: true, description: 'Management and general expenses (column C).' },
    fundraising: { node: num({ min: 0, max: MAX_AMOUNT }), required: true, description: 'Fundraising expenses (column D).' },
    total: {
      node: num({ min: 0 }),
      nullable: true,
      description: 'Total functional expenses (column A). When given, the three columns must add up to it, to the cent.',
    },
  },
  extra: { not: { properties: { program: { const: 0 }, management: { const: 0 }, fundraising: { const: 0 } } } },
});

const report = object({
  name: 'ReportLink',
  title: 'Report link',
  description: 'A link to a report: the annual report, the audited financial statements, the Form 990.',
  props: {
    label: { node: text(120), required: true, description: 'The link text ("Annual report 2024").' },
    url: { node: webUrl, required: true, description: 'Where the report is: an https, http or relative URL.' },
  },
});

const fiscalYear: Node = {
  ...union(int(1000, 9999), {
    kind: 'pattern',
    pattern: `^(?:[0-9]{4}|${DAY_PATTERN}/${DAY_PATTERN})$`,
    doc: 'a year (`"2024"`) or an interval of two ISO dates (`"2023-07-01/2024-06-30"`)',
  }),
  doc: 'a year (`2024` or `"2024"`), or an interval of two ISO dates (`"2023-07-01/2024-06-30"`)',
} as Node;

const donationUse = object({
  name: 'DonationUse',
  title: 'Donation use',
  description:
    'A nonprofit’s statement of what a donation funds ("100% of your donation funds clean-water projects"), with ' +
    'its scope, the expense split of a fiscal year and where the figures come from.',
  props: {
    percent: {
      node: num({ min: 0, max: 100 }),
      required: true,
      description: 'The share of a donation that funds `purpose`, from 0 to 100.',
      examples: [100],
    },
    purpose: {
      node: text(160),
      required: true,
      description: 'What it funds, in the page’s language ("clean-water projects").',
      examples: ['clean-water projects'],
    },
    scope: {
      node: text(400),
      nullable: true,
      description: 'Who pays for what a donation does not (the overhead). Always shown.',
      examples: ['Our operating costs are paid by a separate group of private donors.'],
    },
    organization: { node: text(160), nullable: true, description: 'The organisation’s name, for the table caption.' },
    currency: { node: currency, nullable: true, description: 'The ISO 4217 code of the expense amounts (`USD`).' },
    expenses: { node: expenses, nullable: true, description: 'The split of the fiscal year’s expenses (Form 990 Part IX).' },
    fiscalYear: {
      node: fiscalYear,
      nullable: true,
      description:
        'The fiscal year of the expenses: a calendar year (`2024`) or its first and last day ' +
        '(`2023-07-01/2024-06-30`; the end after the start, at most 18 months later).',
      examples: [2024, '2023-07-01/2024-06-30'],
    },
    source: {
      node: choice(DONATION_SOURCES),
      nullable: true,
      description: 'Where the figures come from: audited financial statements, the filed Form 990, or unaudited figures.',
    },
    auditor: { node: text(160), nullable: true, description: 'The auditing firm.' },
    lastUpdated: { node: date, required: true, description: 'When the figures were last updated.' },
    reports: {
      node: list(report, { max: 10 }),
      nullable: true,
      description: 'Links to the reports (at most 10).',
    },
  },
  rules: [
    { if: is('percent', 100), require: ['scope'], doc: 'when `percent` is 100 (a 100% claim states its scope)' },
    { if: isObject('expenses'), require: ['currency', 'fiscalYear', 'source'], doc: 'with `expenses`' },
    { if: is('source', 'audited-statements'), require: ['auditor'], doc: 'when `source` is `audited-statements`' },
  ],
});

export const donations: Format = {
  tags: ['trust-donation-use'],
  rootName: 'DonationUseInput',
  entry: '@trust-signals/core/donations',
  root: donationUse,
  title: 'Donation use',
  description: donationUse.description,
  examples: [
    {
      percent: 100,
      purpose: 'clean-water projects',
      scope: 'Our operating costs are paid by a separate group of private donors.',
      organization: 'Example Water Trust',
      currency: 'USD',
      expenses: { program: 4_120_000, management: 310_000, fundraising: 190_000, total: 4_620_000 },
      fiscalYear: '2023-07-01/2024-06-30',
      source: 'audited-statements',
      auditor: 'Example & Partners LLP',
      lastUpdated: '2024-11-15',
      reports: [
        { label: 'Annual report 2024', url: '/reports/annual-2024.pdf' },
        { label: 'Form 990 (2023)', url: '/reports/form-990-2023.pdf' },
      ],
    },
  ],
  checks: [
    { path: 'expenses', doc: 'With `total`, the three columns must add up to it, to the smallest unit of `currency` (a cent)' },
    { path: 'fiscalYear', doc: 'A `fiscalYear` interval must end after it starts, and at most 18 months (549 days) later' },
  ],
  usage:
    'Set the `data` property or put it in a child `<script type="application/json">`. Attributes (`percent`, ' +
    '`purpose`, `program`, …) override its fields one by one; see "Add a donation-use banner to your donation page".',
};

const part = object({
  name: 'PriceBreakdownPart',
  title: 'Part of the price',
  description: 'One part of the price and its amount.',
  props: {
    label: { node: text(80), required: true, description: 'What the part is ("Materials", "Labour", "Our margin").' },
    amount: { node: num({ min: 0, max: MAX_AMOUNT }), required: true, description: 'Its amount, in `currency`.' },
  },
});

const priceBreakdown = object({
  name: 'PriceBreakdown',
  title: 'Price breakdown',
  description: 'What a price is made of (materials, labour, transport, duties, margin… any parts), with its source and date.',
  props: {
    price: { node: num({ exclusiveMin: 0 }), required: true, description: 'The price the customer pays.', examples: [48] },
    currency: { node: currency, required: true, description: 'The ISO 4217 code of the price and the parts.', examples: ['EUR'] },
    parts: {
      node: list(
        part,
        { min: 1, max: MAX_BREAKDOWN_PARTS },
        {
          contains: { required: ['amount'], properties: { amount: { type: 'number', exclusiveMinimum: 0 } } },
        },
      ),
      required: true,
      description: `The parts (1 to ${MAX_BREAKDOWN_PARTS}; not all 0), adding up to \`price\` to the cent. A bad part is an error, never left out.`,
    },
    product: {
      node: text(160),
      nullable: true,
      description: 'What the product is, for the caption.',
      examples: ['Organic cotton T-shirt'],
    },
    source: {
      node: text(400),
      required: true,
      description: 'Where the figures come from ("Factory invoices and freight bills, spring 2025 production run").',
    },
    date: { node: date, required: true, description: 'When the figures were established.' },
  },
});

export const prices: Format = {
  tags: ['trust-price-breakdown'],
  rootName: 'PriceBreakdownInput',
  entry: '@trust-signals/core/donations',
  root: priceBreakdown,
  title: 'Price breakdown',
  description: priceBreakdown.description,
  examples: [
    {
      price: 48,
      currency: 'EUR',
      product: 'Organic cotton T-shirt',
      parts: [
        { label: 'Materials', amount: 9.6 },
        { label: 'Labour', amount: 12.4 },
        { label: 'Transport and duties', amount: 3.5 },
        { label: 'VAT', amount: 7.66 },
        { label: 'Our margin', amount: 14.84 },
      ],
      source: 'Factory invoices and freight bills, spring 2025 production run',
      date: '2025-05-01',
    },
  ],
  checks: [{ path: 'parts', doc: 'The amounts must add up to `price`, to the smallest unit of `currency` (a cent)' }],
  usage:
    'Set the `data` property or put it in a child `<script type="application/json">`. The `parts` property and the ' +
    'attributes (`price`, `currency`, `product`, `source`, `date`) override its fields one by one.',
};

// ---------------------------------------------------------------------------------------------------------------
// Notices

const entry = object({
  name: 'PrivacyLabelEntry',
  title: 'Data category',
  description: 'One kind of data and how it is used.',
  props: {
    category: { node: choice(PRIVACY_CATEGORIES), required: true, description: 'The kind of data.' },
    use: {
      node: choice(PRIVACY_USES),
      required: true,
      description:
        'How it is used: to track the visitor across other companies’ apps and sites, linked to their identity, not ' +
        'linked to it, or not collected at all.',
    },
    purposes: {
      node: list(choice(PRIVACY_PURPOSES)),
      description: 'Why it is collected: at least one for collected data, none for `not-collected`.',
    },
  },
  rules: [
    {
      if: is('use', 'not-collected'),
      then: { properties: { purposes: { maxItems: 0 } } },
      else: { required: ['purposes'], properties: { purposes: { minItems: 1 } } },
      doc: '`purposes` lists at least one purpose for collected data and none for `not-collected`',
    },
  ],
});

const privacyLabel = object({
  name: 'PrivacyLabel',
  title: 'Privacy label',
  description: 'A privacy "nutrition label": each kind of data the service handles and how it is used.',
  props: {
    service: {
      node: text(200),
      nullable: true,
      description: 'The website or service the label is about.',
      examples: ['Example Shop'],
    },
    categories: {
      node: list(
        entry,
        { min: 1 },
        {
          allOf: PRIVACY_CATEGORIES.map((c) => ({
            contains: { properties: { category: { const: c } }, required: ['category'] },
            minContains: 0,
            maxContains: 1,
          })),
        },
      ),
      required: true,
      description: 'One entry per kind of data, each kind at most once. An unknown category, use or purpose is an error, never left out.',
    },
    updated: { node: date, nullable: true, description: 'When the label was last reviewed.', examples: ['2026-02-01'] },
    policy: {
      node: webUrl,
      nullable: true,
      description: 'The full privacy policy: an https, http or relative URL.',
      examples: ['/privacy', 'https://shop.example/privacy'],
    },
  },
});

export const privacy: Format = {
  tags: ['trust-privacy-label'],
  rootName: 'PrivacyLabelInput',
  entry: '@trust-signals/core/notices',
  root: privacyLabel,
  title: 'Privacy label',
  description: privacyLabel.description,
  examples: [
    {
      service: 'Example Shop',
      categories: [
        { category: 'contact-info', use: 'linked', purposes: ['functionality'] },
        { category: 'purchases', use: 'linked', purposes: ['functionality', 'analytics'] },
        { category: 'usage-data', use: 'not-linked', purposes: ['analytics'] },
        { category: 'location', use: 'not-collected' },
      ],
      updated: '2026-02-01',
      policy: '/privacy',
    },
  ],
  checks: [],
  usage: 'Set the `data` property or put it in a child `<script type="application/json">`.',
};

const dataNotice = object({
  name: 'DataNotice',
  title: 'Data notice',
  description: 'A just-in-time notice next to a form field: what the data is used for, on what basis, how long it is kept (GDPR Art. 13).',
  props: {
    summary: {
      node: text(300),
      required: true,
      description: 'One line shown next to the field, also its accessible description.',
      examples: ['We use your email to send your order confirmation.'],
    },
    controller: {
      node: text(300),
      required: true,
      description: 'Who is responsible for the data (the controller, Art. 13(1)(a)).',
      examples: ['Example Shop GmbH'],
    },
    contact: {
      node: url,
      nullable: true,
      description: 'How to reach the controller or its data protection officer: an https, http, mailto or relative URL.',
      examples: ['mailto:privacy@shop.example', '/contact'],
    },
    purpose: { node: text(2000), required: true, description: 'What the data is used for (Art. 13(1)(c)).' },
    legalBasis: { node: choice(LEGAL_BASES), required: true, description: 'The lawful basis, GDPR Art. 6(1) (a) to (f).' },
    legitimateInterest: { node: text(2000), nullable: true, description: 'The legitimate interest pursued (Art. 13(1)(d)).' },
    retention: {
      node: text(2000),
      required: true,
      description: 'How long the data is kept, or how that is decided (Art. 13(2)(a)).',
      examples: ['Until you unsubscribe, then deleted within 30 days.'],
    },
    recipients: {
      node: list(nonBlank(200)),
      required: true,
      description: 'Who receives the data (Art. 13(1)(e)), by name or category; `[]` says no one else does.',
    },
    transfers: { node: text(2000), nullable: true, description: 'Transfers to other countries and their safeguards (Art. 13(1)(f)).' },
    rights: {
      node: text(2000),
      nullable: true,
      description: 'Replaces the standard sentence about the visitor’s rights (Art. 13(2)(b) to (d)).',
    },
    policy: { node: webUrl, required: true, description: 'The full privacy policy: an https, http or relative URL.' },
  },
  rules: [
    { if: is('legalBasis', 'legitimate-interests'), require: ['legitimateInterest'], doc: 'when `legalBasis` is `legitimate-interests`' },
  ],
});

export const dataNotices: Format = {
  tags: ['trust-data-notice'],
  rootName: 'DataNoticeInput',
  entry: '@trust-signals/core/notices',
  root: dataNotice,
  title: 'Data notice',
  description: dataNotice.description,
  examples: [
    {
      summary: 'We use your email to send your order confirmation and delivery updates.',
      controller: 'Example Shop GmbH',
      contact: 'mailto:privacy@shop.example',
      purpose: 'To confirm your order and tell you when it ships and arrives.',
      legalBasis: 'contract',
      retention: 'Ten years after the order, as commercial law requires; then deleted.',
      recipients: ['Our delivery partner'],
      policy: '/privacy',
    },
  ],
  checks: [],
  usage: 'Set the `data` property or put it in a child `<script type="application/json">`.',
};

const update = object({
  name: 'IncidentUpdate',
  title: 'Update',
  description: 'One update of the timeline.',
  props: {
    at: { node: instant, required: true, description: 'When it was posted.' },
    state: { node: choice([...INCIDENT_STATES, ...MAINTENANCE_STATES]), required: true, description: 'The state it reported.' },
    text: { node: text(4000), required: true, description: 'What it said.' },
  },
});

const CLOSED = ['resolved', 'completed'];

const incident = object({
  name: 'Incident',
  title: 'Incident',
  description: 'An incident or planned maintenance: its state, impact, timeline and, once over, the fix.',
  props: {
    id: {
      node: text(200),
      required: true,
      description: 'A stable id: the key of "announced once" and of a remembered dismissal.',
      examples: ['checkout-2026-03-02'],
    },
    title: {
      node: text(300),
      required: true,
      description: 'A short plain-language title.',
      examples: ['Card payments failing at checkout'],
    },
    state: {
      node: choice([...INCIDENT_STATES, ...MAINTENANCE_STATES]),
      required: true,
      description: `An incident is ${INCIDENT_STATES.map((s) => `\`${s}\``).join(', ')}; maintenance is ${MAINTENANCE_STATES.map((s) => `\`${s}\``).join(', ')}.`,
    },
    impact: {
      node: choice(INCIDENT_IMPACTS),
      nullable: true,
      description: '`critical` is announced as an alert, the others politely.',
    },
    services: { node: list(nonBlank(200)), nullable: true, description: 'The names of the affected services.' },
    description: { node: text(4000), nullable: true, description: 'What this means for the visitor, in plain language.' },
    workaround: { node: text(4000), nullable: true, description: 'What the visitor can do meanwhile.' },
    started: { node: instant, required: true, description: 'When it started (maintenance: when it is scheduled to start).' },
    ended: {
      node: instant,
      nullable: true,
      description: 'When it was resolved or completed (maintenance: the planned end); not before `started`.',
    },
    nextUpdate: {
      node: instant,
      nullable: true,
      description: 'When the next update will be posted, at the latest. Not allowed once resolved or completed.',
    },
    updates: {
      node: list(update),
      description: 'The updates, in any order (shown newest first). Incident and maintenance states are not mixed.',
    },
    apology: { node: text(4000), nullable: true, description: 'An apology, in the author’s words.' },
    prevention: { node: text(4000), nullable: true, description: 'What will change so that it does not happen again.' },
    statusPage: { node: webUrl, nullable: true, description: 'The status page: an https, http or relative URL.' },
    postmortem: { node: webUrl, nullable: true, description: 'The post-mortem: an https, http or relative URL.' },
    timeZone: {
      node: {
        kind: 'pattern',
        pattern: '^[A-Za-z][A-Za-z0-9_+-]*(?:/[A-Za-z0-9_+-]+)*$',
        max: 64,
        doc: 'IANA time zone name (`Europe/Berlin`, `UTC`)',
        // Read as text: a blank one is not given.
        blankIsAbsent: true,
      },
      nullable: true,
      description: 'The time zone the times are shown in. Default: the visitor’s.',
      examples: ['Europe/Berlin'],
    },
  },
  rules: [
    { if: isOneOf('state', INCIDENT_STATES), require: ['impact'], doc: 'for an incident (not maintenance)' },
    { if: isOneOf('state', CLOSED), require: ['ended'], doc: 'when `state` is `resolved` or `completed`' },
    {
      if: isOneOf('state', CLOSED),
      then: { properties: { nextUpdate: { enum: ['', null] } } },
      doc: 'A resolved incident or completed maintenance has no `nextUpdate`',
    },
    {
      if: isOneOf('state', MAINTENANCE_STATES),
      then: { properties: { updates: { items: { properties: { state: { enum: [...MAINTENANCE_STATES] } } } } } },
      doc: 'The updates of maintenance have maintenance states, those of an incident incident states',
    },
    {
      if: isOneOf('state', INCIDENT_STATES),
      then: { properties: { updates: { items: { properties: { state: { enum: [...INCIDENT_STATES] } } } } } },
      doc: '', // said by the rule above
    },
  ],
});

export const incidents: Format = {
  tags: ['trust-incident-notice'],
  rootName: 'IncidentInput',
  entry: '@trust-signals/core/notices',
  root: incident,
  title: 'Incident',
  description: incident.description,
  examples: [
    {
      id: 'checkout-2026-03-02',
      title: 'Card payments failing at checkout',
      state: 'resolved',
      impact: 'major',
      services: ['Checkout'],
      description: 'Some card payments were declined. You were not charged for a declined payment.',
      started: '2026-03-02T09:40:00Z',
      ended: '2026-03-02T10:45:00Z',
      updates: [
        { at: '2026-03-02T09:55:00Z', state: 'investigating', text: 'We are looking into failed card payments.' },
        { at: '2026-03-02T10:45:00Z', state: 'resolved', text: 'Card payments work again.' },
      ],
      apology: 'We are sorry: you came to buy something and we let you down.',
      prevention: 'We now renew our payment certificates 30 days before they expire.',
      statusPage: 'https://status.shop.example',
      timeZone: 'Europe/Berlin',
    },
  ],
  checks: [
    { path: 'ended', doc: '`ended` must not be before `started`' },
    { path: 'timeZone', doc: '`timeZone` must be a time zone the visitor’s browser knows (`Intl`)' },
  ],
  usage: 'Set the `data` property or put it in a child `<script type="application/json">`.',
};

// ---------------------------------------------------------------------------------------------------------------
// Product questions and answers

const answer = object({
  name: 'Answer',
  title: 'Answer',
  description: 'One answer to a question, always labelled by who gave it.',
  props: {
    id: {
      node: union(nonBlank(200), num()),
      description: 'A stable id within its question (for helpful votes): text or a number. Default: the answer’s position.',
      examples: ['a-1'],
    },
    body: { node: text(20_000), required: true, description: 'The answer, shown as text (never as HTML).' },
    author: {
      node: text(200),
      required: true,
      description: 'For a store answer the store’s name ("Answer from <author>"); otherwise the person’s display name.',
      examples: ['Example Shop'],
    },
    role: {
      node: choice(ANSWER_ROLES),
      required: true,
      description:
        'Who answered: `store` (the shop itself: "Answer from <author>"), `owner` (a customer the shop checked owns the ' +
        'product: "Verified owner") or `customer` (anyone else: "Customer").',
    },
    date: { node: date, nullable: true, description: 'When it was written.' },
    helpful: { node: int(0), nullable: true, default: 0, description: 'How many readers found it helpful.' },
    lang: { node: text(35), nullable: true, description: 'The BCP 47 language of the text, when it differs from the page’s.' },
  },
});

const question = object({
  name: 'Question',
  title: 'Question',
  description: 'A question about the product with its answers; a question without answers is shown as not answered yet.',
  props: {
    id: {
      node: union(nonBlank(200), num()),
      description: 'A stable id (for votes and links): text or a number. Default: the question’s position.',
      examples: ['q-17'],
    },
    body: { node: text(4000), required: true, description: 'The question, shown as text (never as HTML).' },
    author: { node: text(200), nullable: true, description: 'Who asked, as it should be shown ("Asked by <author>").' },
    date: { node: date, nullable: true, description: 'When it was asked; the list sorts newest first by default.' },
    answers: {
      node: list(answer, { max: MAX_ANSWERS }),
      nullable: true,
      description: `Its answers (at most ${MAX_ANSWERS}). A question with an answer that cannot be read is left out and reported.`,
    },
    lang: { node: text(35), nullable: true, description: 'The BCP 47 language of the text, when it differs from the page’s.' },
  },
});

const questionCollection = object({
  name: 'QuestionCollection',
  title: 'Question data',
  description: 'What the questions are about, how many there are in all, and the questions loaded so far.',
  props: {
    subject: {
      node: object({
        name: 'QuestionSubject',
        title: 'Product',
        description: 'What the questions are about.',
        props: { name: { node: text(500), nullable: true, description: 'Its name; sent with a new question as `subject`.' } },
      }),
      nullable: true,
      description: 'What the questions are about.',
    },
    total: {
      node: int(0),
      nullable: true,
      description:
        'How many questions there are in all, when more than `questions` holds: "Show more questions" then asks the page ' +
        'for the next ones (`trust-load-more`). A total below the number of questions given counts as that number.',
      examples: [23],
    },
    questions: {
      node: list(question, { max: MAX_QUESTIONS }),
      nullable: true,
      description:
        'The questions (at most 100,000). A question that cannot be read is left out, reported, and counted in the ' +
        '"could not be shown" line; the others are shown.',
    },
  },
});

export const questions: Format = {
  tags: ['trust-questions'],
  rootName: 'QuestionDataInput',
  entry: '@trust-signals/core/reviews',
  root: union(questionCollection, list(question, { max: MAX_QUESTIONS })),
  title: 'Question data',
  shape: 'The document is a Question data object, or a list of Question objects (at most 100,000) on its own.',
  description:
    'The product questions and answers of `<trust-questions>`: `{ subject, total, questions }`, or just a list of ' +
    'questions. Each answer says who gave it (`role`).',
  examples: [
    {
      subject: { name: 'Winter coat' },
      total: 2,
      questions: [
        {
          id: 'q-17',
          body: 'Does it fit over a thick jumper?',
          author: 'Customer from Lyon',
          date: '2026-01-10',
          answers: [
            { id: 'a-1', body: 'Yes: it is cut one size larger for layering.', author: 'Example Shop', role: 'store', date: '2026-01-11' },
            { id: 'a-2', body: 'It does, even with a hoodie.', author: 'A verified buyer', role: 'owner', date: '2026-01-12', helpful: 4 },
          ],
        },
        { id: 'q-18', body: 'Is the hood removable?', date: '2026-01-20' },
      ],
    },
  ],
  checks: [],
  usage: 'Set the `data` property, point `src` at a URL that returns it, or put it in a child `<script type="application/json">`.',
};

/** Every format, in the order of the docs page. */
export const FORMATS: Format[] = [reviews, topics, donations, prices, privacy, dataNotices, incidents, questions];
