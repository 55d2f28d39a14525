import { describe, expect, it } from 'vitest';
import {
  AVERAGE_TOLERANCE,
  distributionAverage,
  distributionOf,
  distributionPercentages,
  distributionTotal,
  parseAggregate,
  parseDistribution,
  parseReply,
  parseReview,
  parseReviewData,
  parseReviews,
  type Review,
} from './reviews.js';

const noLabels = { verified: false, incentivized: false, employee: false, importedFrom: undefined };

/** A minimal valid review in the library's JSON format. */
const minimal = { rating: 5, body: 'Boils fast.', author: 'Bo' };

/** A review as parseReview returns it, for the helpers that take parsed reviews. */
const review = (rating: number, best = 5, worst = 1): Review => ({
  id: 'r',
  rating,
  best,
  worst,
  title: undefined,
  body: 'b',
  author: 'a',
  date: undefined,
  labels: noLabels,
  reply: undefined,
  helpful: 0,
  photos: [],
  lang: undefined,
});

describe('parseReview', () => {
  it('reads a full review', () => {
    const raw = {
      id: 'r-1',
      rating: '4',
      best: 5,
      worst: 1,
      title: '  Great kettle ',
      body: 'Boils fast.\nQuiet too.',
      author: 'Ana',
      date: '2026-11-20',
      verified: true,
      incentivized: 'false',
      employee: false,
      importedFrom: 'Shopland',
      reply: { author: 'Kettle Co', body: 'Thank you!', date: '2026-11-21T08:00:00Z' },
      helpful: '3',
      photos: [{ url: 'https://img.example/1.jpg', alt: 'The kettle on a hob' }, { url: '/p/2.jpg' }],
      lang: 'en-GB',
    };
    expect(parseReview(raw, 'reviews[0]')).toStrictEqual({
      ok: true,
      value: {
        id: 'r-1',
        rating: 4,
        best: 5,
        worst: 1,
        title: 'Great kettle',
        body: 'Boils fast.\nQuiet too.',
        author: 'Ana',
        date: new Date('2026-11-20T00:00:00.000Z'),
        labels: { verified: true, incentivized: false, employee: false, importedFrom: 'Shopland' },
        reply: { author: 'Kettle Co', body: 'Thank you!', date: new Date('2026-11-21T08:00:00.000Z') },
        helpful: 3,
        photos: [
          { url: 'https://img.example/1.jpg', alt: 'The kettle on a hob' },
          { url: '/p/2.jpg', alt: '' },
        ],
        lang: 'en-GB',
      },
      warnings: [],
    });
  });

  it('reads a minimal review with the defaults', () => {
    expect(parseReview(minimal, 'reviews[3]')).toStrictEqual({
      ok: true,
      value: {
        id: '3',
        rating: 5,
        best: 5,
        worst: 1,
        title: undefined,
        body: 'Boils fast.',
        author: 'Bo',
        date: undefined,
        labels: { verified: false, incentivized: false, employee: false, importedFrom: undefined },
        reply: undefined,
        helpful: 0,
        photos: [],
        lang: undefined,
      },
      warnings: [],
    });
  });

  describe('id', () => {
    it.each([
      ['reviews[3]', '3'],
      ['reviews[12]', '12'],
      ['data.reviews[7]', '7'],
      ['', '0'],
    ])('at %j defaults to %j', (path, id) => {
      const result = parseReview(minimal, path);
      expect(result.ok && result.value.id).toBe(id);
    });

    it('keeps the data’s own id, as text', () => {
      const own = parseReview({ ...minimal, id: 'abc-9' }, 'reviews[3]');
      expect(own.ok && own.value.id).toBe('abc-9');
      const numeric = parseReview({ ...minimal, id: 42 }, 'reviews[3]');
      expect(numeric.ok && numeric.value.id).toBe('42');
    });

    it('rejects an empty id', () => {
      expect(parseReview({ ...minimal, id: '' }, 'reviews[3]')).toEqual({
        ok: false,
        errors: [{ path: 'reviews[3].id', message: 'is required but missing', severity: 'error' }],
      });
    });
  });

  describe('rating and scale', () => {
    it.each([
      [{ rating: 1 }, 1],
      [{ rating: '5' }, 5],
      [{ rating: 0, worst: 0 }, 0],
      [{ rating: 10, best: 10 }, 10],
      [{ rating: 1, best: 1, worst: 0 }, 1],
    ])('accepts %j', (fields, rating) => {
      const result = parseReview({ ...minimal, ...fields }, 'reviews[0]');
      expect(result.ok && result.value.rating).toBe(rating);
    });

    it.each([
      [{ rating: 6 }, 'reviews[0].rating', 'must be between 1 and 5, got 6'],
      [{ rating: 0 }, 'reviews[0].rating', 'must be between 1 and 5, got 0'],
      [{ rating: -1, worst: 0 }, 'reviews[0].rating', 'must be between 0 and 5, got -1'],
      [{ rating: 11, best: 10 }, 'reviews[0].rating', 'must be between 1 and 10, got 11'],
      [{ rating: 1, best: 3, worst: 2 }, 'reviews[0].rating', 'must be between 2 and 3, got 1'],
      [{ rating: 4.5 }, 'reviews[0].rating', 'must be a whole number, got 4.5'],
      [{ rating: '4.5' }, 'reviews[0].rating', 'must be a whole number, got 4.5'],
      [{ rating: 'four' }, 'reviews[0].rating', 'must be a number, got "four"'],
      [{ rating: undefined }, 'reviews[0].rating', 'is required but missing'],
      [{ rating: NaN }, 'reviews[0].rating', 'must be a finite number, got NaN'],
      [{ best: 11 }, 'reviews[0].best', 'must be between 1 and 10, got 11'],
      [{ best: 0 }, 'reviews[0].best', 'must be between 1 and 10, got 0'],
      [{ best: 4.5 }, 'reviews[0].best', 'must be a whole number, got 4.5'],
      [{ worst: 5 }, 'reviews[0].worst', 'must be between 0 and 4, got 5'],
      [{ worst: -1 }, 'reviews[0].worst', 'must be between 0 and 4, got -1'],
    ])('rejects %j', (fields, path, message) => {
      expect(parseReview({ ...minimal, ...fields }, 'reviews[0]')).toEqual({ ok: false, errors: [{ path, message, severity: 'error' }] });
    });

    it('checks the rating against the default scale when best is invalid', () => {
      expect(parseReview({ ...minimal, best: 20, rating: 7 }, 'reviews[0]')).toEqual({
        ok: false,
        errors: [
          { path: 'reviews[0].best', message: 'must be between 1 and 10, got 20', severity: 'error' },
          { path: 'reviews[0].rating', message: 'must be between 1 and 5, got 7', severity: 'error' },
        ],
      });
    });
  });

  it('reports every bad field at once', () => {
    const raw = { rating: 9, body: '   ', author: 5, date: 'yesterday', verified: 'yes', helpful: -1, lang: 'x'.repeat(36) };
    expect(parseReview(raw, 'reviews[2]')).toEqual({
      ok: false,
      errors: [
        { path: 'reviews[2].rating', message: 'must be between 1 and 5, got 9', severity: 'error' },
        { path: 'reviews[2].body', message: 'is required but missing', severity: 'error' },
        { path: 'reviews[2].author', message: 'must be text, got 5', severity: 'error' },
        { path: 'reviews[2].date', message: 'must be an ISO 8601 date, got "yesterday"', severity: 'error' },
        { path: 'reviews[2].verified', message: 'must be true or false, got "yes"', severity: 'error' },
        { path: 'reviews[2].helpful', message: 'must be at least 0, got -1', severity: 'error' },
        { path: 'reviews[2].lang', message: 'is 36 characters long; at most 35 are accepted', severity: 'error' },
      ],
    });
  });

  it.each([
    [{ title: 'x'.repeat(501) }, 'reviews[0].title', 'is 501 characters long; at most 500 are accepted'],
    [{ author: 'x'.repeat(201) }, 'reviews[0].author', 'is 201 characters long; at most 200 are accepted'],
    [{ importedFrom: 'x'.repeat(201) }, 'reviews[0].importedFrom', 'is 201 characters long; at most 200 are accepted'],
    [{ body: 'x'.repeat(20_001) }, 'reviews[0].body', 'is 20001 characters long; at most 20000 are accepted'],
    [{ author: undefined }, 'reviews[0].author', 'is required but missing'],
    [{ body: { html: '<p>hi</p>' } }, 'reviews[0].body', 'must be text, got an object'],
    [{ helpful: 1.5 }, 'reviews[0].helpful', 'must be a whole number, got 1.5'],
    [{ employee: 1 }, 'reviews[0].employee', 'must be true or false, got 1'],
    [{ incentivized: 'no' }, 'reviews[0].incentivized', 'must be true or false, got "no"'],
    [{ photos: 'https://img.example/1.jpg' }, 'reviews[0].photos', 'must be a list, got "https://img.example/1.jpg"'],
  ])('rejects %j', (fields, path, message) => {
    expect(parseReview({ ...minimal, ...fields }, 'reviews[0]')).toEqual({ ok: false, errors: [{ path, message, severity: 'error' }] });
  });

  it.each([
    ['nope', 'must be an object, got "nope"'],
    [null, 'must be an object, got null'],
    [[minimal], 'must be an object, got an array of 1'],
  ])('rejects the non-object %j', (raw, message) => {
    expect(parseReview(raw, 'reviews[4]')).toEqual({ ok: false, errors: [{ path: 'reviews[4]', message, severity: 'error' }] });
  });

  describe('photos', () => {
    it('leaves out photos with unsafe or bad URLs, with a warning for each and one that says how many', () => {
      const raw = {
        ...minimal,
        photos: [
          { url: 'javascript:alert(1)', alt: 'x' },
          { url: 'https://img.example/ok.jpg' },
          'nope',
          { url: 'mailto:a@example.com' },
          { url: ' JavaScript:alert(1)' },
          { url: 'data:image/png;base64,AAAA' },
          { url: '/ok2.jpg', alt: 'x'.repeat(501) },
        ],
      };
      expect(parseReview(raw, 'reviews[1]')).toEqual({
        ok: true,
        value: expect.objectContaining({ photos: [{ url: 'https://img.example/ok.jpg', alt: '' }] }),
        warnings: [
          {
            path: 'reviews[1].photos[0].url',
            message: 'must be an http(s) or relative URL, got "javascript:alert(1)" (item left out)',
            severity: 'warning',
          },
          { path: 'reviews[1].photos[2]', message: 'must be an object, got "nope" (item left out)', severity: 'warning' },
          {
            path: 'reviews[1].photos[3].url',
            message: 'must be an http(s) or relative URL, got "mailto:a@example.com" (item left out)',
            severity: 'warning',
          },
          {
            path: 'reviews[1].photos[4].url',
            message: 'must be an http(s) or relative URL, got "JavaScript:alert(1)" (item left out)',
            severity: 'warning',
          },
          {
            path: 'reviews[1].photos[5].url',
            message: 'must be an http(s) or relative URL, got "data:image/png;base64,AAAA" (item left out)',
            severity: 'warning',
          },
          {
            path: 'reviews[1].photos[6].alt',
            message: 'is 501 characters long; at most 500 are accepted (item left out)',
            severity: 'warning',
          },
          { path: 'reviews[1].photos', message: '6 photo(s) could not be shown', severity: 'warning' },
        ],
      });
    });

    it('keeps a review whose only photo is dropped', () => {
      const result = parseReview({ ...minimal, photos: [{ url: 'java\tscript:alert(1)' }] }, 'reviews[0]');
      expect(result.ok && result.value.photos).toEqual([]);
      expect(result.ok && result.warnings).toEqual([
        {
          path: 'reviews[0].photos[0].url',
          message: 'must be an http(s) or relative URL, got "java\\tscript:alert(1)" (item left out)',
          severity: 'warning',
        },
        { path: 'reviews[0].photos', message: '1 photo(s) could not be shown', severity: 'warning' },
      ]);
    });

    it('refuses more than 20 photos', () => {
      const photos = Array.from({ length: 21 }, (_, i) => ({ url: `/p/${i}.jpg` }));
      expect(parseReview({ ...minimal, photos }, 'reviews[0]')).toEqual({
        ok: false,
        errors: [{ path: 'reviews[0].photos', message: 'has 21 items; at most 20 are accepted', severity: 'error' }],
      });
      const twenty = parseReview({ ...minimal, photos: photos.slice(0, 20) }, 'reviews[0]');
      expect(twenty.ok && twenty.value.photos).toHaveLength(20);
    });
  });

  describe('reply', () => {
    it('reads a reply with or without a date', () => {
      expect(parseReply({ author: ' Kettle Co ', body: 'Thanks!' }, 'reviews[0].reply')).toStrictEqual({
        ok: true,
        value: { author: 'Kettle Co', body: 'Thanks!', date: undefined },
        warnings: [],
      });
      expect(parseReply({ author: 'Kettle Co', body: 'Thanks!', date: '2026-11-21' }, 'reply')).toEqual({
        ok: true,
        value: { author: 'Kettle Co', body: 'Thanks!', date: new Date('2026-11-21T00:00:00.000Z') },
        warnings: [],
      });
    });

    it('reports every bad field of a reply with its path', () => {
      expect(parseReply({ author: 'x'.repeat(201), date: 'soon' }, 'reviews[5].reply')).toEqual({
        ok: false,
        errors: [
          { path: 'reviews[5].reply.author', message: 'is 201 characters long; at most 200 are accepted', severity: 'error' },
          { path: 'reviews[5].reply.body', message: 'is required but missing', severity: 'error' },
          { path: 'reviews[5].reply.date', message: 'must be an ISO 8601 date, got "soon"', severity: 'error' },
        ],
      });
      expect(parseReply('Thanks!', 'reviews[5].reply')).toEqual({
        ok: false,
        errors: [{ path: 'reviews[5].reply', message: 'must be an object, got "Thanks!"', severity: 'error' }],
      });
    });

    it('reads the reply of a review, and treats null as no reply', () => {
      const withReply = parseReview({ ...minimal, reply: { author: 'Co', body: 'Sorry' } }, 'reviews[0]');
      expect(withReply.ok && withReply.value.reply).toStrictEqual({ author: 'Co', body: 'Sorry', date: undefined });
      const nullReply = parseReview({ ...minimal, reply: null }, 'reviews[0]');
      expect(nullReply.ok).toBe(true);
      expect(nullReply.ok && nullReply.value.reply).toBeUndefined();
    });

    it('fails the review when its reply is bad', () => {
      expect(parseReview({ ...minimal, reply: { author: 'Co' } }, 'reviews[0]')).toEqual({
        ok: false,
        errors: [{ path: 'reviews[0].reply.body', message: 'is required but missing', severity: 'error' }],
      });
    });
  });
});

describe('parseReviews', () => {
  it('reads a list under "reviews" by default', () => {
    expect(parseReviews([minimal, { ...minimal, rating: 7 }])).toEqual({
      ok: true,
      value: { items: [expect.objectContaining({ id: '0', rating: 5 })], dropped: 1 },
      warnings: [{ path: 'reviews[1].rating', message: 'must be between 1 and 5, got 7 (item left out)', severity: 'warning' }],
    });
  });

  it('rejects a non-list', () => {
    expect(parseReviews(minimal, 'product.reviews')).toEqual({
      ok: false,
      errors: [{ path: 'product.reviews', message: 'must be a list, got an object', severity: 'error' }],
    });
  });
});

describe('parseDistribution', () => {
  it('reads the object form, with every missing level as 0', () => {
    expect(parseDistribution({ 5: 310, 4: '80', 1: 10 }, 'distribution')).toEqual({
      ok: true,
      value: { max: 5, counts: [10, 0, 0, 80, 310] },
      warnings: [],
    });
  });

  it('reads the array form, from 1 star up, with missing levels as 0', () => {
    expect(parseDistribution([1, 2, 3, 4, 5], 'distribution')).toEqual(
      expect.objectContaining({ value: { max: 5, counts: [1, 2, 3, 4, 5] } }),
    );
    expect(parseDistribution(['7', 2], 'distribution')).toEqual({ ok: true, value: { max: 5, counts: [7, 2, 0, 0, 0] }, warnings: [] });
  });

  it('has every level for an empty distribution', () => {
    expect(parseDistribution({}, 'distribution')).toEqual({ ok: true, value: { max: 5, counts: [0, 0, 0, 0, 0] }, warnings: [] });
    expect(parseDistribution([], 'distribution')).toEqual({ ok: true, value: { max: 5, counts: [0, 0, 0, 0, 0] }, warnings: [] });
  });

  it('uses the given scale', () => {
    expect(parseDistribution({ 10: 1, 7: 2 }, 'distribution', 10)).toEqual({
      ok: true,
      value: { max: 10, counts: [0, 0, 0, 0, 0, 0, 2, 0, 0, 1] },
      warnings: [],
    });
    expect(parseDistribution([4, 5, 6], 'distribution', 3)).toEqual({ ok: true, value: { max: 3, counts: [4, 5, 6] }, warnings: [] });
  });

  it.each([
    [{ 0: 1 }, 'aggregate.distribution.0', 'is not a star level from 1 to 5'],
    [{ 6: 1 }, 'aggregate.distribution.6', 'is not a star level from 1 to 5'],
    [{ '4.5': 1 }, 'aggregate.distribution.4.5', 'is not a star level from 1 to 5'],
    [{ '-1': 1 }, 'aggregate.distribution.-1', 'is not a star level from 1 to 5'],
    [{ five: 1 }, 'aggregate.distribution.five', 'is not a star level from 1 to 5'],
    [{ 5: -1 }, 'aggregate.distribution.5', 'must be at least 0, got -1'],
    [{ 5: 1.5 }, 'aggregate.distribution.5', 'must be a whole number, got 1.5'],
    [{ 5: 'many' }, 'aggregate.distribution.5', 'must be a number, got "many"'],
    [{ 5: null }, 'aggregate.distribution.5', 'is required but missing'],
    [[1, 'x'], 'aggregate.distribution[1]', 'must be a number, got "x"'],
    [[1, -3], 'aggregate.distribution[1]', 'must be at least 0, got -3'],
    [[1, 2, 3, 4, 5, 6], 'aggregate.distribution', 'has 6 levels; the scale has 5'],
    ['5:10', 'aggregate.distribution', 'must be an object, got "5:10"'],
    [null, 'aggregate.distribution', 'must be an object, got null'],
  ])('rejects %j', (raw, path, message) => {
    expect(parseDistribution(raw, 'aggregate.distribution')).toEqual({ ok: false, errors: [{ path, message, severity: 'error' }] });
  });

  it('reports every bad level at once', () => {
    expect(parseDistribution({ 0: 1, 3: -1, 9: 2 }, 'd')).toEqual({
      ok: false,
      errors: [
        { path: 'd.0', message: 'is not a star level from 1 to 5', severity: 'error' },
        { path: 'd.3', message: 'must be at least 0, got -1', severity: 'error' },
        { path: 'd.9', message: 'is not a star level from 1 to 5', severity: 'error' },
      ],
    });
  });
});

describe('distribution helpers', () => {
  const d = { max: 5, counts: [0, 0, 1, 2, 2] };
  const empty = { max: 5, counts: [0, 0, 0, 0, 0] };

  it('totals and averages a distribution', () => {
    expect(distributionTotal(d)).toBe(5);
    expect(distributionAverage(d)).toBe(4.2);
    expect(distributionAverage({ max: 5, counts: [1, 0, 0, 0, 1] })).toBe(3);
    expect(distributionAverage({ max: 10, counts: [0, 0, 0, 0, 0, 0, 0, 1, 0, 1] })).toBe(9);
  });

  it('has no average when empty', () => {
    expect(distributionTotal(empty)).toBe(0);
    expect(distributionAverage(empty)).toBeUndefined();
  });

  it('gives whole percentages, each level rounded on its own so that equal counts read the same', () => {
    expect(distributionPercentages(d)).toEqual([0, 0, 20, 40, 40]);
    // Three levels with one review each: 33 % each (the sum, 99, is never shown), not 34, 33, 33.
    expect(distributionPercentages({ max: 5, counts: [1, 1, 1, 0, 0] })).toEqual([0, 0, 0, 0, 0].fill(33, 0, 3));
    // One of 12 each: 8 %, 8 %, 8 % (not 8, 8, 9); one of 8 each: 13 % and 13 % (not 12 and 13).
    expect(distributionPercentages({ max: 5, counts: [1, 1, 1, 0, 9] })).toEqual([8, 8, 8, 0, 75]);
    expect(distributionPercentages({ max: 5, counts: [1, 1, 0, 0, 6] })).toEqual([13, 13, 0, 0, 75]);
    expect(distributionPercentages({ max: 5, counts: [3, 7, 11, 13, 17] })).toEqual([6, 14, 22, 25, 33]);
    expect(distributionPercentages({ max: 5, counts: [10, 0, 0, 80, 310] })).toEqual([3, 0, 0, 20, 78]);
  });

  it('gives all zeros for an empty distribution', () => {
    expect(distributionPercentages(empty)).toEqual([0, 0, 0, 0, 0]);
  });

  it('builds a distribution from 5-star reviews', () => {
    expect(distributionOf([review(5), review(5), review(4), review(1)])).toEqual({ max: 5, counts: [1, 0, 0, 1, 2] });
    expect(distributionOf([])).toEqual({ max: 5, counts: [0, 0, 0, 0, 0] });
  });

  it('rescales 10-point reviews to 5 stars', () => {
    expect(distributionOf([review(10, 10)])).toEqual({ max: 5, counts: [0, 0, 0, 0, 1] });
    expect(distributionOf([review(1, 10)])).toEqual({ max: 5, counts: [1, 0, 0, 0, 0] });
    // 1 + (6 − 1) / 9 × 4 = 3.22 → 3; 1 + (7 − 1) / 9 × 4 = 3.67 → 4.
    expect(distributionOf([review(6, 10), review(7, 10)])).toEqual({ max: 5, counts: [0, 0, 1, 1, 0] });
    const all = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((r) => review(r, 10));
    expect(distributionOf(all)).toEqual({ max: 5, counts: [2, 2, 2, 2, 2] });
  });

  it('rescales a 0-to-10 scale and a 5-star review to a 10-point distribution', () => {
    expect(distributionOf([review(0, 10, 0), review(5, 10, 0), review(10, 10, 0)])).toEqual({ max: 5, counts: [1, 0, 1, 0, 1] });
    // 1 + (3 − 1) / 4 × 9 = 5.5 → 6.
    expect(distributionOf([review(1), review(3), review(5)], 10)).toEqual({ max: 10, counts: [1, 0, 0, 0, 0, 1, 0, 0, 0, 1] });
  });
});

describe('parseAggregate', () => {
  const dist = { 3: 1, 4: 2, 5: 2 }; // 5 ratings, average 21 / 5 = 4.2

  it('reads an aggregate without a distribution', () => {
    expect(parseAggregate({ average: 4.3, count: 120 }, 'aggregate')).toEqual({
      ok: true,
      value: { average: 4.3, count: 120, best: 5, worst: 1, distribution: undefined },
      warnings: [],
    });
    expect(parseAggregate({ average: '8.5', count: '12', best: '10', worst: '0' }, 'aggregate')).toEqual({
      ok: true,
      value: { average: 8.5, count: 12, best: 10, worst: 0, distribution: undefined },
      warnings: [],
    });
  });

  it.each([
    [{ count: 3 }, 'aggregate.average', 'is required but missing'],
    [{ average: 4 }, 'aggregate.count', 'is required but missing'],
    [{ average: 5.5, count: 3 }, 'aggregate.average', 'must be between 1 and 5, got 5.5'],
    [{ average: 0.5, count: 3 }, 'aggregate.average', 'must be between 1 and 5, got 0.5'],
    [{ average: 'high', count: 3 }, 'aggregate.average', 'must be a number, got "high"'],
    [{ average: 4, count: 2.5 }, 'aggregate.count', 'must be a whole number, got 2.5'],
    [{ average: 4, count: -1 }, 'aggregate.count', 'must be at least 0, got -1'],
    [{ average: 4, count: 3, best: 11 }, 'aggregate.best', 'must be between 1 and 10, got 11'],
    [{ average: 4, count: 3, worst: 5 }, 'aggregate.worst', 'must be between 0 and 4, got 5'],
    [{ average: 4, count: 3, distribution: { 6: 1 } }, 'aggregate.distribution.6', 'is not a star level from 1 to 5'],
    [{ average: 2, count: 1, best: 3, distribution: { 4: 1 } }, 'aggregate.distribution.4', 'is not a star level from 1 to 3'],
    [['4.5', 10], 'aggregate', 'must be an object, got an array of 2'],
  ])('rejects %j', (raw, path, message) => {
    expect(parseAggregate(raw, 'aggregate')).toEqual({ ok: false, errors: [{ path, message, severity: 'error' }] });
  });

  it('lets the distribution supply the average and the count', () => {
    expect(parseAggregate({ distribution: dist }, 'aggregate')).toEqual({
      ok: true,
      value: { average: 4.2, count: 5, best: 5, worst: 1, distribution: { max: 5, counts: [0, 0, 1, 2, 2] } },
      warnings: [],
    });
  });

  it('uses best as the distribution’s scale', () => {
    expect(parseAggregate({ best: 10, distribution: { 10: 2, 8: 2 } }, 'aggregate')).toEqual({
      ok: true,
      value: { average: 9, count: 4, best: 10, worst: 1, distribution: { max: 10, counts: [0, 0, 0, 0, 0, 0, 0, 2, 0, 2] } },
      warnings: [],
    });
  });

  it('shows the distribution’s average over a disagreeing one, with a warning', () => {
    expect(parseAggregate({ average: 3.9, count: 5, distribution: dist }, 'aggregate')).toEqual({
      ok: true,
      value: { average: 4.2, count: 5, best: 5, worst: 1, distribution: { max: 5, counts: [0, 0, 1, 2, 2] } },
      warnings: [
        { path: 'aggregate.average', message: "is 3.9 but the distribution gives 4.20; showing the distribution's", severity: 'warning' },
      ],
    });
  });

  it('shows the distribution’s count over a disagreeing one, with a warning', () => {
    expect(parseAggregate({ average: 4.2, count: 7, distribution: dist }, 'product.aggregate')).toEqual({
      ok: true,
      value: { average: 4.2, count: 5, best: 5, worst: 1, distribution: { max: 5, counts: [0, 0, 1, 2, 2] } },
      warnings: [
        {
          path: 'product.aggregate.count',
          message: "is 7 but the distribution adds up to 5; showing the distribution's",
          severity: 'warning',
        },
      ],
    });
  });

  it('warns about both when both disagree', () => {
    const result = parseAggregate({ average: 5, count: 0, distribution: [1, 0, 0, 0, 2] }, 'aggregate');
    expect(result).toEqual({
      ok: true,
      value: { average: 11 / 3, count: 3, best: 5, worst: 1, distribution: { max: 5, counts: [1, 0, 0, 0, 2] } },
      warnings: [
        { path: 'aggregate.average', message: "is 5 but the distribution gives 3.67; showing the distribution's", severity: 'warning' },
        { path: 'aggregate.count', message: "is 0 but the distribution adds up to 3; showing the distribution's", severity: 'warning' },
      ],
    });
  });

  describe('rounding tolerance', () => {
    it('allows an average rounded to one decimal place', () => {
      expect(AVERAGE_TOLERANCE).toBeGreaterThan(0.05);
      expect(AVERAGE_TOLERANCE).toBeLessThan(0.050001);
    });

    it.each([4.25, 4.15, 4.2, 4.2500000005, 4.1499999995])('takes %s as the distribution’s 4.2 rounded: no warning', (average) => {
      expect(parseAggregate({ average, count: 5, distribution: dist }, 'aggregate')).toEqual({
        ok: true,
        // Still the distribution's own figure, not the stated one.
        value: { average: 4.2, count: 5, best: 5, worst: 1, distribution: { max: 5, counts: [0, 0, 1, 2, 2] } },
        warnings: [],
      });
    });

    it.each([
      [4.250000002, "is 4.250000002 but the distribution gives 4.20; showing the distribution's"],
      [4.149999998, "is 4.149999998 but the distribution gives 4.20; showing the distribution's"],
      [4.26, "is 4.26 but the distribution gives 4.20; showing the distribution's"],
      [4.14, "is 4.14 but the distribution gives 4.20; showing the distribution's"],
      [4.3, "is 4.3 but the distribution gives 4.20; showing the distribution's"],
    ])('takes %s as disagreeing with 4.2', (average, message) => {
      expect(parseAggregate({ average, count: 5, distribution: dist }, 'aggregate')).toEqual({
        ok: true,
        value: { average: 4.2, count: 5, best: 5, worst: 1, distribution: { max: 5, counts: [0, 0, 1, 2, 2] } },
        warnings: [{ path: 'aggregate.average', message, severity: 'warning' }],
      });
    });
  });

  describe('no ratings', () => {
    it('is an error for an empty distribution with a count above 0', () => {
      expect(parseAggregate({ average: 4, count: 3, distribution: {} }, 'aggregate')).toEqual({
        ok: false,
        errors: [{ path: 'aggregate.distribution', message: 'is empty but count is 3', severity: 'error' }],
      });
      expect(parseAggregate({ count: 3, distribution: [0, 0, 0, 0, 0] }, 'aggregate')).toEqual({
        ok: false,
        errors: [{ path: 'aggregate.distribution', message: 'is empty but count is 3', severity: 'error' }],
      });
    });

    it('reads an empty distribution on its own as no ratings', () => {
      for (const raw of [{ distribution: {} }, { distribution: [0, 0, 0, 0, 0] }, { count: 0, distribution: {} }]) {
        expect(parseAggregate(raw, 'aggregate')).toEqual({
          ok: true,
          value: { average: 0, count: 0, best: 5, worst: 1, distribution: { max: 5, counts: [0, 0, 0, 0, 0] } },
          warnings: [],
        });
      }
    });

    it('gives an average of 0 for a count of 0, and warns about a stated average', () => {
      expect(parseAggregate({ average: 4.5, count: 0 }, 'aggregate')).toEqual({
        ok: true,
        value: { average: 0, count: 0, best: 5, worst: 1, distribution: undefined },
        warnings: [{ path: 'aggregate.average', message: 'is 4.5 but there are no ratings; ignored', severity: 'warning' }],
      });
      expect(parseAggregate({ average: 4, count: '0', distribution: {} }, 'aggregate')).toEqual({
        ok: true,
        value: { average: 0, count: 0, best: 5, worst: 1, distribution: { max: 5, counts: [0, 0, 0, 0, 0] } },
        warnings: [{ path: 'aggregate.average', message: 'is 4 but there are no ratings; ignored', severity: 'warning' }],
      });
    });

    it('does not warn about an average of 0 on a scale that starts at 0', () => {
      expect(parseAggregate({ average: 0, count: 0, worst: 0 }, 'aggregate')).toEqual({
        ok: true,
        value: { average: 0, count: 0, best: 5, worst: 0, distribution: undefined },
        warnings: [],
      });
    });
  });
});

describe('parseReviewData', () => {
  it('reads the full format', () => {
    const raw = {
      subject: { name: ' Kettle ', type: 'Product' },
      aggregate: { average: 4.5, count: 2 },
      reviews: [minimal, { ...minimal, id: 'x', rating: 4, author: 'Cy' }],
    };
    expect(parseReviewData(raw)).toEqual({
      ok: true,
      value: {
        subject: { name: 'Kettle', type: 'Product' },
        aggregate: { average: 4.5, count: 2, best: 5, worst: 1, distribution: undefined },
        reviews: [
          expect.objectContaining({ id: '0', rating: 5, author: 'Bo' }),
          expect.objectContaining({ id: 'x', rating: 4, author: 'Cy' }),
        ],
        dropped: 0,
      },
      warnings: [],
    });
  });

  it('reads a bare array of reviews', () => {
    expect(parseReviewData([minimal, { ...minimal, rating: 2 }])).toEqual({
      ok: true,
      value: {
        subject: { name: undefined, type: undefined },
        aggregate: undefined,
        reviews: [expect.objectContaining({ id: '0', rating: 5 }), expect.objectContaining({ id: '1', rating: 2 })],
        dropped: 0,
      },
      warnings: [],
    });
  });

  it('leaves out unreadable reviews, counts them and warns', () => {
    const result = parseReviewData([minimal, { ...minimal, rating: 9 }, 'junk', { ...minimal, rating: 3 }]);
    expect(result).toEqual({
      ok: true,
      value: {
        subject: { name: undefined, type: undefined },
        aggregate: undefined,
        reviews: [expect.objectContaining({ id: '0', rating: 5 }), expect.objectContaining({ id: '3', rating: 3 })],
        dropped: 2,
      },
      warnings: [
        { path: 'reviews[1].rating', message: 'must be between 1 and 5, got 9 (item left out)', severity: 'warning' },
        { path: 'reviews[2]', message: 'must be an object, got "junk" (item left out)', severity: 'warning' },
        { path: 'reviews', message: '2 review(s) could not be read and are not shown', severity: 'warning' },
      ],
    });
  });

  it('reads an empty object as no data, and null aggregate and reviews as none', () => {
    const none = {
      ok: true,
      value: { subject: { name: undefined, type: undefined }, aggregate: undefined, reviews: [], dropped: 0 },
      warnings: [],
    };
    expect(parseReviewData({})).toEqual(none);
    expect(parseReviewData({ aggregate: null, reviews: null })).toEqual(none);
    expect(parseReviewData([])).toEqual(none);
  });

  it('passes on the aggregate’s warnings', () => {
    const result = parseReviewData({ aggregate: { average: 3, count: 0 } });
    expect(result.ok && result.warnings).toEqual([
      { path: 'aggregate.average', message: 'is 3 but there are no ratings; ignored', severity: 'warning' },
    ]);
  });

  it('reports every error with its path', () => {
    expect(parseReviewData({ subject: { name: 5, type: 'x'.repeat(101) }, aggregate: { average: 6, count: 1 }, reviews: 'many' })).toEqual({
      ok: false,
      errors: [
        { path: 'subject.name', message: 'must be text, got 5', severity: 'error' },
        { path: 'subject.type', message: 'is 101 characters long; at most 100 are accepted', severity: 'error' },
        { path: 'aggregate.average', message: 'must be between 1 and 5, got 6', severity: 'error' },
        { path: 'reviews', message: 'must be a list, got "many"', severity: 'error' },
      ],
    });
    expect(parseReviewData({ subject: 'Kettle' })).toEqual({
      ok: false,
      errors: [{ path: 'subject', message: 'must be an object, got "Kettle"', severity: 'error' }],
    });
  });

  it('prefixes paths with the given path', () => {
    expect(parseReviewData({ aggregate: { count: 1 }, reviews: [{ ...minimal, rating: 0 }] }, 'data')).toEqual({
      ok: false,
      errors: [{ path: 'data.aggregate.average', message: 'is required but missing', severity: 'error' }],
    });
    const result = parseReviewData([{ ...minimal, rating: 0 }], 'data');
    expect(result.ok && result.warnings).toEqual([
      { path: 'data.reviews[0].rating', message: 'must be between 1 and 5, got 0 (item left out)', severity: 'warning' },
      { path: 'data.reviews', message: '1 review(s) could not be read and are not shown', severity: 'warning' },
    ]);
  });

  it.each([
    ['reviews', '(root)', 'must be an object, got "reviews"'],
    [null, '(root)', 'must be an object, got null'],
    [4.5, '(root)', 'must be an object, got 4.5'],
  ])('rejects the non-object %j', (raw, path, message) => {
    expect(parseReviewData(raw)).toEqual({ ok: false, errors: [{ path, message, severity: 'error' }] });
  });
});

describe('aspect ratings, fit and recommend', () => {
  const fit = { label: 'Fit', points: ['Runs small', 'True to size', 'Runs large'] };

  it('reads a review’s aspects in order, its fit point and its recommend answer', () => {
    const parsed = parseReviewData({ fit, reviews: [{ ...minimal, attributes: { Value: 4, Comfort: '5' }, fit: 2, recommend: 'true' }] });
    expect(parsed.ok && parsed.value.reviews[0]).toMatchObject({
      attributes: [
        { name: 'Value', rating: 4 },
        { name: 'Comfort', rating: 5 },
      ],
      fit: 2,
      recommend: true,
    });
    expect(parsed.ok && parsed.value.fit).toEqual({ label: 'Fit', points: fit.points, counts: undefined });
  });

  it('reports a bad aspect at its field path', () => {
    const result = parseReview({ ...minimal, attributes: { Value: 7, ' ': 3, Comfort: 'soft' } }, 'reviews[0]');
    expect(result.ok ? [] : result.errors.map((e) => e.path)).toEqual([
      'reviews[0].attributes.Value',
      'reviews[0].attributes. ',
      'reviews[0].attributes.Comfort',
    ]);
    expect(parseReview({ ...minimal, attributes: [4] }, 'r')).toMatchObject({ ok: false, errors: [{ path: 'r.attributes' }] });
  });

  it('reads aspects on the review’s own scale', () => {
    expect(parseReview({ rating: 8, best: 10, body: 'b', author: 'a', attributes: { Value: 9 } }, 'r').ok).toBe(true);
    expect(parseReview({ ...minimal, attributes: { Value: 0 } }, 'r').ok).toBe(false);
  });

  it('reports a fit answer outside the scale, or without one', () => {
    const data = parseReviewData({
      fit,
      reviews: [
        { ...minimal, fit: 4 },
        { ...minimal, fit: 0 },
        { ...minimal, fit: 1 },
      ],
    });
    expect(data.ok && data.value.reviews.length).toBe(1);
    expect(data.ok ? data.warnings.map((w) => w.path) : []).toEqual(['reviews[0].fit', 'reviews[1].fit', 'reviews']);
    expect(parseReview({ ...minimal, fit: 2 }, 'r')).toMatchObject({ ok: false, errors: [{ path: 'r.fit' }] });
  });

  it('reports a recommend answer that is not true or false', () => {
    expect(parseReview({ ...minimal, recommend: 'yes' }, 'r')).toMatchObject({ ok: false, errors: [{ path: 'r.recommend' }] });
    expect(parseReview({ ...minimal, recommend: 1 }, 'r').ok).toBe(false);
    const none = parseReview({ ...minimal, recommend: null }, 'r');
    expect(none.ok && none.value).not.toHaveProperty('recommend');
  });

  it('reports a fit scale with too few points, or counts that do not match its points', () => {
    expect(parseReviewData({ fit: { points: ['One'] } })).toMatchObject({ ok: false, errors: [{ path: 'fit.points' }] });
    expect(parseReviewData({ fit: { points: 'Small, large' } })).toMatchObject({ ok: false, errors: [{ path: 'fit.points' }] });
    expect(parseReviewData({ fit: { ...fit, counts: [1, 2] } })).toMatchObject({ ok: false, errors: [{ path: 'fit.counts' }] });
    expect(parseReviewData({ fit: { ...fit, counts: [1, -2, 3] } })).toMatchObject({ ok: false, errors: [{ path: 'fit.counts[1]' }] });
    expect(parseReviewData({ fit: { ...fit, points: ['a', ' ', 'c'] } })).toMatchObject({ ok: false, errors: [{ path: 'fit.points[1]' }] });
  });

  it('reads aggregate aspects and recommend figures, with field paths for bad ones', () => {
    const agg = parseAggregate(
      { average: 4, count: 10, attributes: [{ name: 'Value', average: 4.1, count: 8 }], recommend: { yes: 7, answered: 9 } },
      'aggregate',
    );
    expect(agg).toMatchObject({
      ok: true,
      value: { attributes: [{ name: 'Value', average: 4.1, count: 8 }], recommend: { yes: 7, answered: 9 } },
    });
    const bad = parseAggregate(
      { average: 4, count: 10, attributes: [{ name: 'Value', average: 6, count: 8 }], recommend: { yes: 'many', answered: 9 } },
      'aggregate',
    );
    expect(bad.ok ? [] : bad.errors.map((e) => e.path)).toEqual(['aggregate.recommend.yes']);
    const off = parseAggregate({ average: 4, count: 10, attributes: [{ name: 'Value', average: 6, count: 8 }] }, 'aggregate');
    expect(off.ok && off.value).not.toHaveProperty('attributes');
    expect(off.ok && off.warnings.map((w) => w.path)).toEqual(['aggregate.attributes[0].average']);
  });
});
