import { describe, expect, it } from 'vitest';
import type { ParseResult } from './errors.js';
import { isJsonLd, jsonLdText, readJsonLd, readReviewInput, SELF_SERVING_TYPES, toJsonLd } from './jsonld.js';
import { parseReviewData, type ReviewData } from './reviews.js';

/** The value of a result that must be ok. */
function valueOf<T>(result: ParseResult<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.errors)}`);
  return result.value;
}

const noLabels = { verified: false, incentivized: false, employee: false, importedFrom: undefined };

/** The Product markup a shop publishes for search engines. */
const product = {
  '@context': 'https://schema.org',
  '@type': 'Product',
  name: 'Kettle',
  aggregateRating: { '@type': 'AggregateRating', ratingValue: '4.5', reviewCount: 2, bestRating: '5', worstRating: '1' },
  review: [
    {
      '@type': 'Review',
      author: { '@type': 'Person', name: 'Ana' },
      datePublished: '2026-11-20',
      name: 'Fast',
      reviewBody: 'Boils fast.',
      reviewRating: { '@type': 'Rating', ratingValue: 5, bestRating: 5, worstRating: 1 },
      inLanguage: 'en',
    },
    {
      '@type': 'Review',
      author: 'Bo',
      reviewBody: 'Loud.',
      reviewRating: { '@type': 'Rating', ratingValue: '8', bestRating: '10', worstRating: '0' },
    },
  ],
};

/** What `product` reads as. */
const productData: ReviewData = {
  subject: { name: 'Kettle', type: 'Product' },
  aggregate: { average: 4.5, count: 2, best: 5, worst: 1, distribution: undefined },
  reviews: [
    {
      id: '0',
      rating: 5,
      best: 5,
      worst: 1,
      title: 'Fast',
      body: 'Boils fast.',
      author: 'Ana',
      date: new Date('2026-11-20T00:00:00.000Z'),
      labels: noLabels,
      reply: undefined,
      helpful: 0,
      photos: [],
      lang: 'en',
    },
    {
      id: '1',
      rating: 8,
      best: 10,
      worst: 0,
      title: undefined,
      body: 'Loud.',
      author: 'Bo',
      date: undefined,
      labels: noLabels,
      reply: undefined,
      helpful: 0,
      photos: [],
      lang: undefined,
    },
  ],
  dropped: 0,
};

/** `product` with one review replaced. */
const withReview = (index: number, review: unknown) => ({ ...product, review: product.review.map((r, i) => (i === index ? review : r)) });

const good = { reviewRating: { ratingValue: 4 }, author: 'Cy', reviewBody: 'Fine.' };

describe('readJsonLd', () => {
  it('reads a Product with aggregateRating and reviews (author as object and as text, rating scales)', () => {
    expect(readJsonLd(product)).toStrictEqual({ ok: true, value: productData, warnings: [] });
  });

  it('reads the Product inside a @graph', () => {
    const doc = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebPage', name: 'Kettle – Shop' },
        { '@type': 'Organization', name: 'Shop' },
        { ...product, '@context': undefined },
      ],
    };
    expect(readJsonLd(doc)).toEqual({ ok: true, value: productData, warnings: [] });
  });

  it('reads the Product from an array of nodes', () => {
    expect(readJsonLd([{ '@type': 'BreadcrumbList', itemListElement: [] }, product])).toEqual({
      ok: true,
      value: productData,
      warnings: [],
    });
  });

  it('reads the first node with ratings', () => {
    const other = { '@type': 'Book', name: 'Manual', aggregateRating: { ratingValue: 3, ratingCount: 1 } };
    const data = valueOf(readJsonLd([{ '@type': 'Thing' }, other, product]));
    expect(data.subject).toEqual({ name: 'Manual', type: 'Book' });
    expect(data.aggregate).toEqual({ average: 3, count: 1, best: 5, worst: 1, distribution: undefined });
    expect(data.reviews).toEqual([]);
  });

  it('reads a node with reviews but no aggregateRating, and no aggregate is made up', () => {
    const data = valueOf(readJsonLd({ '@type': 'Product', name: 'Kettle', review: product.review }));
    expect(data.aggregate).toBeUndefined();
    expect(data.reviews).toEqual(productData.reviews);
  });

  it('reads a single review object, ids, first authors, @value names, descriptions and @type lists', () => {
    const doc = {
      '@type': ['Product', 'IndividualProduct'],
      name: { '@value': 'Kettle' },
      review: {
        '@id': 'https://shop.example/r/9',
        author: [
          { '@type': 'Person', name: 'Ana' },
          { '@type': 'Person', name: 'Bo' },
        ],
        name: { '@value': 'Fast' },
        description: 'Boils fast.',
        reviewRating: { ratingValue: 4 },
      },
    };
    expect(readJsonLd(doc)).toEqual({
      ok: true,
      value: {
        subject: { name: 'Kettle', type: 'Product' },
        aggregate: undefined,
        reviews: [
          expect.objectContaining({
            id: 'https://shop.example/r/9',
            rating: 4,
            best: 5,
            worst: 1,
            title: 'Fast',
            body: 'Boils fast.',
            author: 'Ana',
          }),
        ],
        dropped: 0,
      },
      warnings: [],
    });
    const identified = valueOf(readJsonLd({ '@type': 'Product', review: [{ ...good, identifier: 'r-7' }] }));
    expect(identified.reviews[0]!.id).toBe('r-7');
    expect(identified.subject).toEqual({ name: undefined, type: 'Product' });
  });

  it('prefers reviewBody over description', () => {
    const data = valueOf(readJsonLd({ review: [{ ...good, reviewBody: 'Body', description: 'Description' }] }));
    expect(data.reviews[0]!.body).toBe('Body');
  });

  it('reads ratingCount before reviewCount', () => {
    const data = valueOf(readJsonLd({ aggregateRating: { ratingValue: 4, ratingCount: 10, reviewCount: 3 } }));
    expect(data.aggregate?.count).toBe(10);
  });

  describe('errors, with JSON-LD paths', () => {
    it.each([
      [{ ratingValue: 'great', ratingCount: 2 }, 'aggregateRating.ratingValue', 'must be a number, got "great"'],
      [{ ratingValue: 6, ratingCount: 2 }, 'aggregateRating.ratingValue', 'must be between 1 and 5, got 6'],
      [{ ratingValue: 4 }, 'aggregateRating.ratingCount', 'is required but missing'],
      [{ ratingValue: 4, reviewCount: 'some' }, 'aggregateRating.ratingCount', 'must be a number, got "some"'],
      [{ ratingValue: 4, ratingCount: 2, bestRating: 11 }, 'aggregateRating.bestRating', 'must be between 1 and 10, got 11'],
      [{ ratingValue: 4, ratingCount: 2, worstRating: 5 }, 'aggregateRating.worstRating', 'must be between 0 and 4, got 5'],
    ])('reports aggregateRating %j', (aggregateRating, path, message) => {
      expect(readJsonLd({ ...product, aggregateRating })).toEqual({ ok: false, errors: [{ path, message, severity: 'error' }] });
    });

    it('reports every aggregateRating problem at once', () => {
      expect(readJsonLd({ ...product, aggregateRating: { ratingValue: 'x', ratingCount: -1, bestRating: 0 } })).toEqual({
        ok: false,
        errors: [
          { path: 'aggregateRating.bestRating', message: 'must be between 1 and 10, got 0', severity: 'error' },
          { path: 'aggregateRating.ratingValue', message: 'must be a number, got "x"', severity: 'error' },
          { path: 'aggregateRating.ratingCount', message: 'must be at least 0, got -1', severity: 'error' },
        ],
      });
    });

    it('puts the node’s own path in front inside a @graph or an array', () => {
      const bad = { ...product, aggregateRating: { ratingValue: 9, ratingCount: 2 } };
      expect(readJsonLd({ '@graph': [{ '@type': 'WebPage' }, bad] })).toEqual({
        ok: false,
        errors: [{ path: '@graph[1].aggregateRating.ratingValue', message: 'must be between 1 and 5, got 9', severity: 'error' }],
      });
      expect(readJsonLd([{ '@type': 'WebPage' }, bad])).toEqual({
        ok: false,
        errors: [{ path: '[1].aggregateRating.ratingValue', message: 'must be between 1 and 5, got 9', severity: 'error' }],
      });
    });

    it('leaves out an unreadable review, reporting it at its JSON-LD path', () => {
      const doc = withReview(1, { ...product.review[1], reviewRating: { ratingValue: 9 } });
      expect(readJsonLd(doc)).toEqual({
        ok: true,
        value: { ...productData, reviews: [productData.reviews[0]], dropped: 1 },
        warnings: [
          { path: 'review[1].reviewRating.ratingValue', message: 'must be between 1 and 5, got 9 (item left out)', severity: 'warning' },
          { path: 'review', message: '1 review(s) could not be read and are not shown', severity: 'warning' },
        ],
      });
    });

    it.each([
      ['review[0].reviewRating.ratingValue', 'is required but missing', { ...good, reviewRating: undefined }],
      ['review[0].reviewRating.ratingValue', 'must be a whole number, got 4.5', { ...good, reviewRating: { ratingValue: 4.5 } }],
      [
        'review[0].reviewRating.bestRating',
        'must be between 1 and 10, got 11',
        { ...good, reviewRating: { ratingValue: 4, bestRating: 11 } },
      ],
      [
        'review[0].reviewRating.worstRating',
        'must be between 0 and 4, got 5',
        { ...good, reviewRating: { ratingValue: 4, worstRating: 5 } },
      ],
      ['review[0].reviewBody', 'is required but missing', { ...good, reviewBody: undefined }],
      ['review[0].name', 'is 501 characters long; at most 500 are accepted', { ...good, name: 'x'.repeat(501) }],
      ['review[0].datePublished', 'must be an ISO 8601 date, got "last week"', { ...good, datePublished: 'last week' }],
      ['review[0].author', 'is required but missing', { ...good, author: undefined }],
      ['review[0]', 'must be an object, got "junk"', 'junk'],
    ])('leaves out a review, reporting %s: %s', (path, message, review) => {
      expect(readJsonLd({ '@type': 'Product', name: 'Kettle', review: [review, good] })).toEqual({
        ok: true,
        value: expect.objectContaining({ reviews: [expect.objectContaining({ id: '1', author: 'Cy' })], dropped: 1 }),
        warnings: [
          { path, message: `${message} (item left out)`, severity: 'warning' },
          { path: 'review', message: '1 review(s) could not be read and are not shown', severity: 'warning' },
        ],
      });
    });

    it('reports review paths inside a @graph', () => {
      const result = readJsonLd({
        '@graph': [{ '@type': 'WebPage' }, { '@type': 'Product', review: [{ ...good, reviewRating: { ratingValue: 0 } }] }],
      });
      expect(result.ok && result.warnings).toEqual([
        {
          path: '@graph[1].review[0].reviewRating.ratingValue',
          message: 'must be between 1 and 5, got 0 (item left out)',
          severity: 'warning',
        },
        { path: '@graph[1].review', message: '1 review(s) could not be read and are not shown', severity: 'warning' },
      ]);
    });

    it('reports an aggregate warning at its JSON-LD path', () => {
      expect(readJsonLd({ '@type': 'Product', name: 'Kettle', aggregateRating: { ratingValue: 4, ratingCount: 0 } })).toEqual({
        ok: true,
        value: {
          subject: { name: 'Kettle', type: 'Product' },
          aggregate: { average: 0, count: 0, best: 5, worst: 1, distribution: undefined },
          reviews: [],
          dropped: 0,
        },
        warnings: [{ path: 'aggregateRating.ratingValue', message: 'is 4 but there are no ratings; ignored', severity: 'warning' }],
      });
    });

    it.each([
      [{ '@type': 'Product', name: 'Kettle' }],
      [{ '@graph': [{ '@type': 'WebPage' }, { '@type': 'Product', name: 'Kettle' }] }],
      [[{ '@type': 'WebPage' }]],
      [{ '@type': 'WebPage', mainEntity: product }],
      [[]],
      [{}],
      [null],
      ['{"aggregateRating": {}}'],
      [42],
    ])('is an error for a document with no rating node: %j', (doc) => {
      expect(readJsonLd(doc)).toEqual({
        ok: false,
        errors: [{ path: '(root)', message: 'has no node with aggregateRating or review', severity: 'error' }],
      });
    });
  });
});

describe('toJsonLd', () => {
  const data = valueOf(
    parseReviewData({
      subject: { name: 'Kettle', type: 'Product' },
      aggregate: { average: 4.5, count: 2 },
      reviews: [
        { rating: 5, title: 'Fast', body: 'Boils fast.', author: 'Ana', date: '2026-11-20', lang: 'en' },
        { rating: 8, best: 10, worst: 0, body: 'Loud.', author: 'Bo' },
      ],
    }),
  );

  it('writes schema.org markup', () => {
    expect(toJsonLd(data)).toStrictEqual({
      value: {
        '@context': 'https://schema.org',
        '@type': 'Product',
        name: 'Kettle',
        aggregateRating: { '@type': 'AggregateRating', ratingValue: 4.5, ratingCount: 2, bestRating: 5, worstRating: 1 },
        review: [
          {
            '@type': 'Review',
            author: { '@type': 'Person', name: 'Ana' },
            datePublished: '2026-11-20',
            name: 'Fast',
            reviewBody: 'Boils fast.',
            reviewRating: { '@type': 'Rating', ratingValue: 5, bestRating: 5, worstRating: 1 },
            inLanguage: 'en',
          },
          {
            '@type': 'Review',
            author: { '@type': 'Person', name: 'Bo' },
            reviewBody: 'Loud.',
            reviewRating: { '@type': 'Rating', ratingValue: 8, bestRating: 10, worstRating: 0 },
          },
        ],
      },
      reason: '',
    });
  });

  it('round-trips through readJsonLd to the same reviews and aggregate', () => {
    const back = readJsonLd(toJsonLd(data).value);
    expect(back).toStrictEqual({ ok: true, value: data, warnings: [] });
    expect(valueOf(back).reviews).toEqual(data.reviews);
    expect(valueOf(back).aggregate).toEqual(data.aggregate);
    // And the markup of the data it read is the same markup.
    expect(toJsonLd(valueOf(back))).toStrictEqual(toJsonLd(data));
  });

  it('round-trips the Product read from a page', () => {
    const read = valueOf(readJsonLd(product));
    expect(readJsonLd(toJsonLd(read).value)).toStrictEqual({ ok: true, value: productData, warnings: [] });
  });

  it('always writes both bestRating and worstRating', () => {
    const value = toJsonLd(data).value as { aggregateRating: object; review: Array<{ reviewRating: object }> };
    expect(Object.keys(value.aggregateRating)).toEqual(['@type', 'ratingValue', 'ratingCount', 'bestRating', 'worstRating']);
    for (const review of value.review)
      expect(Object.keys(review.reviewRating)).toEqual(['@type', 'ratingValue', 'bestRating', 'worstRating']);
    expect(value.review.map((r) => r.reviewRating)).toEqual([
      { '@type': 'Rating', ratingValue: 5, bestRating: 5, worstRating: 1 },
      { '@type': 'Rating', ratingValue: 8, bestRating: 10, worstRating: 0 },
    ]);
  });

  it('rounds the average to two decimals and leaves the distribution out', () => {
    const fromDistribution = valueOf(parseReviewData({ subject: { name: 'Kettle' }, aggregate: { distribution: [0, 0, 1, 0, 2] } }));
    expect(fromDistribution.aggregate?.average).toBe(13 / 3);
    expect(toJsonLd(fromDistribution)).toStrictEqual({
      value: {
        '@context': 'https://schema.org',
        '@type': 'Product',
        name: 'Kettle',
        aggregateRating: { '@type': 'AggregateRating', ratingValue: 4.33, ratingCount: 3, bestRating: 5, worstRating: 1 },
      },
      reason: '',
    });
  });

  it('writes the date of a review as its UTC day', () => {
    const late = valueOf(
      parseReviewData({ subject: { name: 'Kettle' }, reviews: [{ rating: 4, body: 'b', author: 'a', date: '2026-11-20T23:30:00-05:00' }] }),
    );
    expect((toJsonLd(late).value as { review: Array<{ datePublished: string }> }).review[0]!.datePublished).toBe('2026-11-21');
  });

  it('writes only the aggregate when there are no reviews, and only the reviews when there is no aggregate', () => {
    const aggregateOnly = toJsonLd({ ...data, reviews: [] }).value;
    expect(aggregateOnly).toHaveProperty('aggregateRating');
    expect(aggregateOnly).not.toHaveProperty('review');
    const reviewsOnly = toJsonLd({ ...data, aggregate: undefined }).value;
    expect(reviewsOnly).toHaveProperty('review');
    expect(reviewsOnly).not.toHaveProperty('aggregateRating');
    const noCount = toJsonLd({ ...data, aggregate: { average: 0, count: 0, best: 5, worst: 1, distribution: undefined } }).value;
    expect(noCount).not.toHaveProperty('aggregateRating');
  });

  it('takes the type and name from the options first, then the data, with Product as the default type', () => {
    const untyped: ReviewData = { ...data, subject: { name: undefined, type: undefined } };
    expect(toJsonLd(untyped, { name: 'Kettle' }).value).toMatchObject({ '@type': 'Product', name: 'Kettle' });
    expect(toJsonLd(data, { type: 'Book', name: 'Manual' }).value).toMatchObject({ '@type': 'Book', name: 'Manual' });
  });

  it('lists the self-serving types', () => {
    expect(SELF_SERVING_TYPES).toEqual([
      'Organization',
      'LocalBusiness',
      'Corporation',
      'NGO',
      'OnlineBusiness',
      'OnlineStore',
      'Store',
      'Restaurant',
    ]);
  });

  it('writes nothing for an Organization or a LocalBusiness reviewed on its own site', () => {
    expect(toJsonLd(data, { type: 'Organization' })).toStrictEqual({
      value: null,
      reason: 'reviews of an Organization on its own site are self-serving: no review markup is written',
    });
    expect(toJsonLd({ ...data, subject: { name: 'Corner Café', type: 'LocalBusiness' } })).toStrictEqual({
      value: null,
      reason: 'reviews of an LocalBusiness on its own site are self-serving: no review markup is written',
    });
  });

  it.each(['Organization', 'LocalBusiness', 'Corporation', 'NGO', 'OnlineBusiness', 'OnlineStore', 'Store', 'Restaurant'])(
    'writes nothing for the type %s',
    (type) => {
      const result = toJsonLd(data, { type });
      expect(result.value).toBeNull();
      expect(result.reason).toBe(`reviews of an ${type} on its own site are self-serving: no review markup is written`);
    },
  );

  it('lets an option type that is not self-serving override a self-serving subject type', () => {
    const shop: ReviewData = { ...data, subject: { name: 'Shop', type: 'Store' } };
    expect(toJsonLd(shop).value).toBeNull();
    expect(toJsonLd(shop, { type: 'Product', name: 'Kettle' }).value).toMatchObject({ '@type': 'Product', name: 'Kettle' });
  });

  it('writes nothing without a name', () => {
    const nameless: ReviewData = { ...data, subject: { name: undefined, type: 'Product' } };
    expect(toJsonLd(nameless)).toStrictEqual({ value: null, reason: 'the reviewed item has no name' });
    expect(toJsonLd(data, { name: '' })).toStrictEqual({ value: null, reason: 'the reviewed item has no name' });
  });

  it('writes nothing without ratings', () => {
    expect(toJsonLd({ ...data, aggregate: undefined, reviews: [] })).toStrictEqual({ value: null, reason: 'there are no ratings' });
    expect(
      toJsonLd({ ...data, aggregate: { average: 0, count: 0, best: 5, worst: 1, distribution: undefined }, reviews: [] }),
    ).toStrictEqual({
      value: null,
      reason: 'there are no ratings',
    });
  });
});

describe('jsonLdText', () => {
  it('escapes <, >, & and the line separators, and nothing else', () => {
    expect(jsonLdText({ a: '</script>', b: 'x & y', c: 'l\u2028p\u2029', n: 4.5, t: true, z: null })).toBe(
      '{"a":"\\u003c/script\\u003e","b":"x \\u0026 y","c":"l\\u2028p\\u2029","n":4.5,"t":true,"z":null}',
    );
    expect(jsonLdText('é "quoted" \\ back')).toBe('"é \\"quoted\\" \\\\ back"');
  });

  it('keeps a review body from closing the script or opening a comment, and gives it back exactly', () => {
    const body = 'Great!</script><script>alert(1)</script> <!-- sneaky --> & \u2028 done </SCRIPT >';
    const data = valueOf(parseReviewData({ subject: { name: 'Kettle' }, reviews: [{ rating: 5, body, author: '<b>Ana</b>' }] }));
    expect(data.reviews[0]!.body).toBe(body);
    const value = toJsonLd(data).value;
    const text = jsonLdText(value);
    expect(text).not.toMatch(/[<>]/);
    expect(text).not.toContain('&');
    expect(text).not.toContain('\u2028');
    expect(text).not.toMatch(/<\/script/i);
    expect(text).not.toContain('<!--');
    expect(text).toContain('\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e');
    expect(text).toContain('\\u2028');
    const parsed = JSON.parse(text) as { review: Array<{ reviewBody: string; author: { name: string } }> };
    expect(parsed).toEqual(value);
    expect(parsed.review[0]!.reviewBody).toBe('Great!</script><script>alert(1)</script> <!-- sneaky --> & \u2028 done </SCRIPT >');
    expect(parsed.review[0]!.author.name).toBe('<b>Ana</b>');
  });

  it.each([
    '</script>',
    '<!--<script>',
    '\\</script>',
    '\\\\<',
    '\u2028\u2029',
    '\\u003c',
    ']]>',
    '&lt;&amp;',
    '"><img src=x onerror=alert(1)>',
  ])('gives %j back exactly, with none of < > & or the separators in the text', (s) => {
    const text = jsonLdText({ s });
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect((JSON.parse(text) as { s: string }).s).toBe(s);
  });

  it('writes null for no markup', () => {
    expect(jsonLdText(null)).toBe('null');
  });
});

describe('readReviewInput', () => {
  const product = {
    '@context': 'https://schema.org',
    '@type': 'Product',
    name: 'Kettle',
    review: [{ '@type': 'Review', author: { name: 'Ana' }, reviewBody: 'Boils fast.', reviewRating: { ratingValue: 4 } }],
  };

  it('tells JSON-LD from the library format', () => {
    expect(isJsonLd(product)).toBe(true);
    expect(isJsonLd({ '@graph': [product] })).toBe(true);
    expect(isJsonLd([product, { '@type': 'Organization', name: 'Shop' }])).toBe(true);
    expect(isJsonLd({ reviews: [] })).toBe(false);
    expect(isJsonLd([{ rating: 4, body: 'x', author: 'y' }])).toBe(false);
    expect(isJsonLd([])).toBe(false);
    expect(isJsonLd(null)).toBe(false);
    expect(isJsonLd('{"@type":"Product"}')).toBe(false);
  });

  it('reads JSON-LD with readJsonLd and says so', () => {
    const { result, fromJsonLd } = readReviewInput(product);
    expect(fromJsonLd).toBe(true);
    const data = valueOf(result);
    expect(data.subject).toEqual({ name: 'Kettle', type: 'Product' });
    expect(data.reviews.map((r) => [r.author, r.rating, r.body])).toEqual([['Ana', 4, 'Boils fast.']]);
  });

  it('reads the library format with parseReviewData', () => {
    const { result, fromJsonLd } = readReviewInput({ subject: { name: 'Kettle' }, reviews: [{ rating: 5, body: 'Great.', author: 'Bo' }] });
    expect(fromJsonLd).toBe(false);
    expect(valueOf(result).reviews.map((r) => r.rating)).toEqual([5]);
  });

  it('returns the field-path errors of the format it recognised', () => {
    const ld = readReviewInput({ '@type': 'Product', name: 'Kettle', aggregateRating: { ratingValue: 'high', ratingCount: 3 } });
    expect(ld.result.ok).toBe(false);
    if (!ld.result.ok) expect(ld.result.errors.map((e) => e.path)).toContain('aggregateRating.ratingValue');
    const own = readReviewInput({ aggregate: { average: 9, count: 3 } });
    expect(own.result.ok).toBe(false);
    if (!own.result.ok) expect(own.result.errors.map((e) => e.path)).toContain('aggregate.average');
  });
});

describe('aspect ratings in JSON-LD (reviewAspect)', () => {
  const withAspects = {
    '@context': 'https://schema.org',
    '@type': 'Product',
    name: 'Boot',
    aggregateRating: [
      { '@type': 'AggregateRating', ratingValue: 4.2, ratingCount: 212 },
      { '@type': 'AggregateRating', reviewAspect: 'Value', ratingValue: 4.1, ratingCount: 183 },
    ],
    review: [
      {
        '@type': 'Review',
        author: 'Sam',
        reviewBody: 'Warm.',
        reviewRating: [
          { '@type': 'Rating', ratingValue: 5 },
          { '@type': 'Rating', reviewAspect: 'Comfort', ratingValue: 4 },
        ],
      },
    ],
  };

  it('reads the overall rating and the aspects of reviewRating and aggregateRating lists', () => {
    const data = valueOf(readJsonLd(withAspects));
    expect(data.aggregate).toMatchObject({ average: 4.2, count: 212, attributes: [{ name: 'Value', average: 4.1, count: 183 }] });
    expect(data.reviews[0]).toMatchObject({ rating: 5, attributes: [{ name: 'Comfort', rating: 4 }] });
  });

  it('reports a bad aspect at its JSON-LD path', () => {
    const bad = structuredClone(withAspects);
    bad.review[0]!.reviewRating[1]!.ratingValue = 9;
    bad.aggregateRating[1]!.ratingValue = 7;
    const result = readJsonLd(bad);
    expect(result.ok && result.warnings.map((w) => w.path)).toEqual([
      'aggregateRating[1].ratingValue',
      'review[0].reviewRating[1].ratingValue',
      'review',
    ]);
  });

  it('writes only the overall rating back out: search engines read that one', () => {
    const out = toJsonLd(valueOf(readJsonLd(withAspects))).value as Record<string, unknown>;
    expect(out.aggregateRating).toEqual({ '@type': 'AggregateRating', ratingValue: 4.2, ratingCount: 212, bestRating: 5, worstRating: 1 });
    expect((out.review as Array<Record<string, unknown>>)[0]!.reviewRating).toEqual({
      '@type': 'Rating',
      ratingValue: 5,
      bestRating: 5,
      worstRating: 1,
    });
  });
});
