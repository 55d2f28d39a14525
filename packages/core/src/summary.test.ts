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
