import { describe, expect, it } from 'vitest';
import {
  CSAT_MAX,
  CSAT_MIN,
  csatScore,
  isSatisfied,
  NPS_MAX,
  NPS_MIN,
  npsBand,
  npsScore,
  parseCsatRating,
  parseNpsScore,
} from './survey.js';

describe('scales', () => {
  it('NPS runs from 0 to 10 and CSAT from 1 to 5', () => {
    expect([NPS_MIN, NPS_MAX, CSAT_MIN, CSAT_MAX]).toEqual([0, 10, 1, 5]);
  });
});

describe('npsBand', () => {
  it.each([
    [0, 'detractor'],
    [5, 'detractor'],
    [6, 'detractor'],
    [7, 'passive'],
    [8, 'passive'],
    [9, 'promoter'],
    [10, 'promoter'],
  ] as const)('%i is a %s', (score, band) => {
    expect(npsBand(score)).toBe(band);
  });

  it.each([-1, 11, 6.5, 8.999, Number.NaN, Number.POSITIVE_INFINITY])('%s has no band', (score) => {
    expect(npsBand(score)).toBeNull();
  });
});

describe('isSatisfied', () => {
  it('counts 4 and 5 as satisfied, 1 to 3 as not', () => {
    expect([1, 2, 3, 4, 5].map(isSatisfied)).toEqual([false, false, false, true, true]);
    expect(isSatisfied(6)).toBe(false);
  });
});

describe('npsScore', () => {
  it('[10, 9, 8, 7, 6, 0] scores 0: two promoters, two passives, two detractors', () => {
    expect(npsScore([10, 9, 8, 7, 6, 0])).toEqual({
      ok: true,
      value: {
        status: 'scored',
        count: 6,
        score: 0,
        promoters: 2,
        passives: 2,
        detractors: 2,
        shares: { promoters: 2 / 6, passives: 2 / 6, detractors: 2 / 6 },
      },
      warnings: [],
    });
  });

  it('reaches 100 with only promoters and −100 with only detractors', () => {
    const all = (r: ReturnType<typeof npsScore>) => (r.ok ? r.value.score : 'error');
    expect(all(npsScore([9, 10, 10]))).toBe(100);
    expect(all(npsScore([0, 3, 6]))).toBe(-100);
    expect(all(npsScore([7, 8]))).toBe(0);
  });

  it('is exact, with no intermediate rounding', () => {
    const r = npsScore([10, 9, 0]);
    expect(r.ok && r.value.score).toBeCloseTo(33.333333, 5);
    const r2 = npsScore([9, 9, 9, 9, 9, 9, 9, 8, 6, 6, 6]); // 7 − 3 of 11
    expect(r2.ok && r2.value.score).toBeCloseTo(36.363636, 5);
  });

  it('gives an explicit "no data" result for no answers, never NaN or 0', () => {
    expect(npsScore([])).toEqual({
      ok: true,
      value: { status: 'no-data', count: 0, score: null, shares: null, promoters: 0, passives: 0, detractors: 0 },
      warnings: [],
    });
  });

  it('accepts numeric strings, as a CSV export delivers them', () => {
    const r = npsScore(['10', '0']);
    expect(r.ok && r.value.score).toBe(0);
  });

  it('names each out-of-range or non-integer answer by its path', () => {
    expect(npsScore([10, 9, 8, 11, 6.5, -1, 'ten', null])).toEqual({
      ok: false,
      errors: [
        { path: 'scores[3]', message: 'must be between 0 and 10, got 11', severity: 'error' },
        { path: 'scores[4]', message: 'must be a whole number, got 6.5', severity: 'error' },
        { path: 'scores[5]', message: 'must be between 0 and 10, got -1', severity: 'error' },
        { path: 'scores[6]', message: 'must be a number, got "ten"', severity: 'error' },
        { path: 'scores[7]', message: 'is required but missing', severity: 'error' },
      ],
    });
  });

  it('uses the path it is given', () => {
    const r = npsScore([12], 'survey.answers');
    expect(r.ok ? [] : r.errors.map((e) => e.path)).toEqual(['survey.answers[0]']);
  });

  it('lists the first ten bad answers and counts the rest', () => {
    const r = npsScore(Array.from({ length: 13 }, () => 99));
    expect(r.ok).toBe(false);
    const errors = r.ok ? [] : r.errors;
    expect(errors).toHaveLength(11);
    expect(errors[9]!.path).toBe('scores[9]');
    expect(errors[10]).toEqual({ path: 'scores', message: 'has 3 more invalid answers', severity: 'error' });
    const one = npsScore(Array.from({ length: 11 }, () => 99));
    expect(one.ok ? '' : one.errors[10]!.message).toBe('has 1 more invalid answer');
  });

  it('refuses input that is not a list', () => {
    expect(npsScore(9)).toEqual({
      ok: false,
      errors: [{ path: 'scores', message: 'must be a list of answers, got 9', severity: 'error' }],
    });
    expect(npsScore(undefined)).toEqual({
      ok: false,
      errors: [{ path: 'scores', message: 'must be a list of answers, got nothing', severity: 'error' }],
    });
  });
});

describe('csatScore', () => {
  it('[5, 4, 3, 2, 1] is 40 % top-two-box (the default method)', () => {
    expect(csatScore([5, 4, 3, 2, 1])).toEqual({
      ok: true,
      value: { status: 'scored', method: 'top-two-box', count: 5, score: 0.4, satisfied: 2, distribution: [1, 1, 1, 1, 1] },
      warnings: [],
    });
  });

  it('[5, 4, 3, 2, 1] has a mean of 3', () => {
    const r = csatScore([5, 4, 3, 2, 1], { method: 'mean' });
    expect(r.ok && r.value.score).toBe(3);
    expect(r.ok && r.value.method).toBe('mean');
  });

  it('counts each answer in the distribution', () => {
    const r = csatScore([5, 5, 5, 4, 1, 1], { method: 'top-two-box' });
    expect(r.ok && r.value.distribution).toEqual([2, 0, 0, 1, 3]);
    expect(r.ok && r.value.score).toBeCloseTo(0.666667, 5);
    const mean = csatScore([5, 5, 4, 4], { method: 'mean' });
    expect(mean.ok && mean.value.score).toBe(4.5);
  });

  it('gives an explicit "no data" result for no answers, with either method', () => {
    expect(csatScore([])).toEqual({
      ok: true,
      value: { status: 'no-data', method: 'top-two-box', count: 0, score: null, satisfied: 0, distribution: [0, 0, 0, 0, 0] },
      warnings: [],
    });
    const mean = csatScore([], { method: 'mean' });
    expect(mean.ok && mean.value.score).toBeNull();
  });

  it('names each bad answer and an unknown method', () => {
    expect(csatScore([5, 0, 4.5, 6], { method: 'median' as 'mean' })).toEqual({
      ok: false,
      errors: [
        { path: 'method', message: 'must be top-two-box or mean, got "median"', severity: 'error' },
        { path: 'ratings[1]', message: 'must be between 1 and 5, got 0', severity: 'error' },
        { path: 'ratings[2]', message: 'must be a whole number, got 4.5', severity: 'error' },
        { path: 'ratings[3]', message: 'must be between 1 and 5, got 6', severity: 'error' },
      ],
    });
  });
});

describe('parseNpsScore and parseCsatRating (one answer)', () => {
  it('read nothing as "no answer yet"', () => {
    for (const raw of [null, undefined, '']) {
      expect(parseNpsScore(raw)).toEqual({ ok: true, value: null, warnings: [] });
      expect(parseCsatRating(raw)).toEqual({ ok: true, value: null, warnings: [] });
    }
  });

  it('read whole numbers within the scale, from numbers or strings', () => {
    expect(parseNpsScore(0)).toEqual({ ok: true, value: 0, warnings: [] });
    expect(parseNpsScore('10')).toEqual({ ok: true, value: 10, warnings: [] });
    expect(parseCsatRating(5)).toEqual({ ok: true, value: 5, warnings: [] });
  });

  it('refuse anything else, with the path', () => {
    expect(parseNpsScore(11, 'value')).toEqual({
      ok: false,
      errors: [{ path: 'value', message: 'must be between 0 and 10, got 11', severity: 'error' }],
    });
    expect(parseCsatRating(0, 'value')).toEqual({
      ok: false,
      errors: [{ path: 'value', message: 'must be between 1 and 5, got 0', severity: 'error' }],
    });
    expect(parseCsatRating(2.5)).toEqual({
      ok: false,
      errors: [{ path: 'rating', message: 'must be a whole number, got 2.5', severity: 'error' }],
    });
  });
});
