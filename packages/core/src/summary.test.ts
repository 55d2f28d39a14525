import { describe, expect, it } from 'vitest';
import { readJsonLd } from './jsonld.js';
import { parseReviewData } from './reviews.js';
import { summarizeRatings } from './summary.js';

/** Parses library JSON (it must be valid) and summarizes it. */
function summarize(raw: unknown) {
  const parsed = parseReviewData(raw);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return summarizeRatings(parsed.value);
}
const reviews = (...ratings: number[]) => ratings.map((rating, i) => ({ rating, body: 'b', author: `A${i}` }));

describe('summarizeRatings', () => {
  it("uses the aggregate's distribution, with equal percentages for equal counts", () => {
    const { summary, warnings } = summarize({ aggregate: { average: 4, count: 3, distribution: { 5: 1, 4: 1, 3: 1 } } });
    expect(summary).toEqual({
      average: 4,
      count: 3,
      max: 5,
      distribution: { max: 5, counts: [0, 0, 1, 1, 1] },
      percentages: [0, 0, 33, 33, 33],
    });
    expect(warnings).toEqual([]);
  });

  it('computes the distribution from the reviews when there is no aggregate', () => {
    const { summary } = summarize({ reviews: reviews(5, 5, 4, 1) });
    expect(summary).toMatchObject({
      average: 3.75,
      count: 4,
      max: 5,
      distribution: { counts: [1, 0, 0, 1, 2] },
      percentages: [25, 0, 0, 25, 50],
    });
  });

  it('computes it from the reviews when the aggregate count says they are all the ratings', () => {
    const { summary, warnings } = summarize({ aggregate: { average: 4.5, count: 2 }, reviews: reviews(5, 4) });
    expect(summary?.distribution?.counts).toEqual([0, 0, 0, 1, 1]);
    expect(warnings).toEqual([]);
  });

  it('never builds a histogram from a sample: average and count only', () => {
    const { summary, warnings } = summarize({ aggregate: { average: 4.2, count: 340 }, reviews: reviews(5, 4, 1) });
    expect(summary).toEqual({ average: 4.2, count: 340, max: 5, distribution: undefined, percentages: [] });
    expect(warnings).toEqual([]);
  });

  it('replaces an average the complete reviews contradict, and warns', () => {
    const { summary, warnings } = summarize({ aggregate: { average: 4.9, count: 2 }, reviews: reviews(1, 2) });
    expect(summary?.average).toBe(1.5);
    expect(warnings.map((w) => [w.path, w.severity])).toEqual([['aggregate.average', 'warning']]);
  });

  it('names the corrected fields as the JSON-LD the data was read from calls them', () => {
    const read = readJsonLd({
      '@type': 'Product',
      name: 'Kettle',
      aggregateRating: { ratingValue: 4.9, reviewCount: 1 },
      review: [1, 2].map((v) => ({ author: 'A', reviewBody: 'b', reviewRating: { ratingValue: v } })),
    });
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    expect(summarizeRatings(read.value).warnings.map((w) => w.path)).toEqual([
      'aggregateRating.ratingCount',
      'aggregateRating.ratingValue',
    ]);
  });

  it('accepts an average rounded to one decimal', () => {
    const { summary, warnings } = summarize({ aggregate: { average: 4.3, count: 3 }, reviews: reviews(5, 4, 4) });
    expect(summary?.average).toBeCloseTo(4.333, 3);
    expect(warnings).toEqual([]);
  });

  it('replaces a count smaller than the number of reviews, and warns', () => {
    const { summary, warnings } = summarize({ aggregate: { average: 5, count: 1 }, reviews: reviews(5, 5, 5) });
    expect(summary).toMatchObject({ count: 3, average: 5, distribution: { counts: [0, 0, 0, 0, 3] } });
    expect(warnings.map((w) => w.path)).toEqual(['aggregate.count']);
  });

  it('keeps a 10-star scale shared by every review', () => {
    const { summary } = summarize({ reviews: [{ rating: 8, best: 10, body: 'b', author: 'a' }] });
    expect(summary?.max).toBe(10);
    expect(summary?.percentages).toHaveLength(10);
  });

  it('has nothing to summarize without an aggregate or reviews', () => {
    expect(summarize({ reviews: [] }).summary).toBeUndefined();
  });
});

describe('summarizeRatings: aspects, fit and recommend', () => {
  const fit = { label: 'Fit', points: ['Runs small', 'True to size', 'Runs large'] };
  const answer = (rating: number, extra: object) => ({ rating, body: 'b', author: 'a', ...extra });

  it('averages each aspect over the reviews that rated it, with all reviews as the denominator', () => {
    const { summary } = summarize({
      reviews: [answer(5, { attributes: { Value: 4, Comfort: 5 } }), answer(4, { attributes: { Value: 5 } }), answer(3, {})],
    });
    expect(summary?.attributes).toEqual([
      { name: 'Value', average: 4.5, count: 2, of: 3 },
      { name: 'Comfort', average: 5, count: 1, of: 3 },
    ]);
  });

  it('takes the aggregate’s aspects, and leaves out one rated by more reviews than there are', () => {
    const { summary, warnings } = summarize({
      aggregate: {
        average: 4.2,
        count: 212,
        attributes: [
          { name: 'Value', average: 4.1, count: 183 },
          { name: 'Comfort', average: 4, count: 300 },
        ],
      },
    });
    expect(summary?.attributes).toEqual([{ name: 'Value', average: 4.1, count: 183, of: 212 }]);
    expect(warnings.map((w) => w.path)).toEqual(['aggregate.attributes[1].count']);
  });

  it('never counts aspects, fit or recommend answers from a sample of the reviews', () => {
    const { summary } = summarize({
      fit,
      aggregate: { average: 5, count: 40 },
      reviews: [answer(5, { attributes: { Value: 5 }, fit: 2, recommend: true })],
    });
    expect(summary).not.toHaveProperty('attributes');
    expect(summary).not.toHaveProperty('fit');
    expect(summary).not.toHaveProperty('recommend');
  });

  it('counts every point of the fit scale, points nobody chose included, with shares of who answered', () => {
    const { summary } = summarize({
      fit,
      reviews: [answer(5, { fit: 2 }), answer(4, { fit: 2 }), answer(4, { fit: 3 }), answer(3, {})],
    });
    expect(summary?.fit).toEqual({ label: 'Fit', points: fit.points, counts: [0, 2, 1], percentages: [0, 67, 33], answered: 3 });
  });

  it('takes the fit counts the data gives, and refuses more answers than ratings', () => {
    expect(summarize({ fit: { ...fit, counts: [1, 1, 0] }, aggregate: { average: 4, count: 5 } }).summary?.fit?.percentages).toEqual([
      50, 50, 0,
    ]);
    const { summary, warnings } = summarize({ fit: { ...fit, counts: [4, 4, 0] }, aggregate: { average: 4, count: 5 } });
    expect(summary).not.toHaveProperty('fit');
    expect(warnings.map((w) => w.path)).toEqual(['fit.counts']);
  });

  it('gives the recommend share of those who answered, not of all reviews', () => {
    const { summary } = summarize({
      reviews: [answer(5, { recommend: true }), answer(4, { recommend: true }), answer(2, { recommend: false }), answer(3, {})],
    });
    expect(summary?.recommend).toEqual({ yes: 2, answered: 3, percent: 67 });
    expect(summarize({ aggregate: { average: 4, count: 244, recommend: { yes: 212, answered: 244 } } }).summary?.recommend).toEqual({
      yes: 212,
      answered: 244,
      percent: 87,
    });
  });

  it('refuses recommend figures that contradict themselves or the count', () => {
    const more = summarize({ aggregate: { average: 4, count: 10, recommend: { yes: 8, answered: 6 } } });
    expect(more.summary).not.toHaveProperty('recommend');
    expect(more.warnings.map((w) => w.path)).toEqual(['aggregate.recommend.yes']);
    const over = summarize({ aggregate: { average: 4, count: 10, recommend: { yes: 8, answered: 12 } } });
    expect(over.summary).not.toHaveProperty('recommend');
    expect(over.warnings.map((w) => w.path)).toEqual(['aggregate.recommend.answered']);
  });
});
