/**
 * What an element folder's `feeds.ts` is made of: the `Feed` type, the shared review data and the helpers the
 * cross-cutting browser tests build elements with. Each `packages/elements/src/<family>/<name>/feeds.ts` imports
 * this module and exports `feeds: Feed[]`; test/helpers/element-feeds.ts collects them into FEEDS. (This module
 * imports no feeds file, so there is no import cycle.)
 */
export interface Feed {
  /** Attributes, as strings (`''` for a boolean attribute). */
  attributes?: Record<string, string>;
  /** Properties set on the element before it is connected. */
  properties?: Record<string, unknown>;
  /** A child script the element reads its data from. */
  child?: { type: 'application/json' | 'application/ld+json'; value: unknown };
  /** Light-DOM content (HTML), e.g. the badges of a badge group. Not fuzzed. */
  html?: string;
  /** Why this valid feed still reports a data error on the test page (the check is then skipped for it). */
  allowErrors?: string;
}

const review = (id: string, rating: number, extra: Record<string, unknown> = {}) => ({
  id,
  rating,
  title: 'Warm and light',
  body: 'Wore it all winter and it kept its shape.',
  author: 'Ana',
  date: '2026-01-12',
  verified: true,
  incentivized: false,
  employee: false,
  importedFrom: 'Another shop',
  reply: { author: 'Example Shop', body: 'Thank you for the kind words.', date: '2026-01-13' },
  helpful: 3,
  photos: [{ url: '/photos/coat.jpg', alt: 'The coat on a hanger' }],
  lang: 'en',
  ...extra,
});

/** Review data in the library's format: a subject, an aggregate with its distribution, two reviews. */
export const REVIEW_DATA = {
  subject: { name: 'Winter coat', type: 'Product' },
  aggregate: { average: 3.5, count: 2, best: 5, worst: 1, distribution: { 5: 1, 4: 0, 3: 0, 2: 1, 1: 0 } },
  reviews: [review('r1', 5), review('r2', 2, { title: 'Too small', author: 'Ben' })],
};

/** The same as a schema.org JSON-LD Product. */
export const REVIEW_JSON_LD = {
  '@context': 'https://schema.org',
  '@type': 'Product',
  name: 'Winter coat',
  aggregateRating: { '@type': 'AggregateRating', ratingValue: 4.5, ratingCount: 2, bestRating: 5, worstRating: 1 },
  review: [
    {
      '@type': 'Review',
      author: { '@type': 'Person', name: 'Ana' },
      datePublished: '2026-01-12',
      name: 'Warm and light',
      reviewBody: 'Wore it all winter.',
      reviewRating: { '@type': 'Rating', ratingValue: 5, bestRating: 5, worstRating: 1 },
    },
    {
      '@type': 'Review',
      author: { '@type': 'Person', name: 'Ben' },
      datePublished: '2026-01-14',
      name: 'Fine',
      reviewBody: 'Does the job.',
      reviewRating: { '@type': 'Rating', ratingValue: 4, bestRating: 5, worstRating: 1 },
    },
  ],
};

/** Review widgets: data by property (with JSON-LD output on, so the output is checked too) or a child JSON-LD script. */
export const reviewWidget = (attributes: Record<string, string> = {}): Feed[] => [
  { attributes: { jsonld: '', ...attributes }, properties: { data: REVIEW_DATA } },
  { attributes, child: { type: 'application/ld+json', value: REVIEW_JSON_LD } },
];

/** Builds an element from a feed (not yet connected). `raw` values that are not strings are made into text. */
export function build(tag: string, feed: Feed): HTMLElement {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(feed.attributes ?? {})) {
    const text = asAttribute(value);
    if (text !== null) el.setAttribute(name, text);
  }
  for (const [name, value] of Object.entries(feed.properties ?? {})) (el as unknown as Record<string, unknown>)[name] = value;
  if (feed.html) el.innerHTML = feed.html;
  if (feed.child) {
    const script = document.createElement('script');
    script.type = feed.child.type;
    script.textContent = typeof feed.child.value === 'string' ? feed.child.value : jsonText(feed.child.value);
    el.append(script);
  }
  return el;
}

/** An attribute value from anything a fuzzer makes: null/undefined removes it. */
export function asAttribute(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'object') return jsonText(value);
  return String(value);
}

function jsonText(value: unknown): string {
  try {
    return JSON.stringify(value) ?? 'undefined';
  } catch {
    return '[[[';
  }
}
