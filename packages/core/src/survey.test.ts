import { describe, expect, it } from 'vitest';
import { CSAT_MAX, CSAT_MIN, isSatisfied, NPS_MAX, NPS_MIN, npsBand, parseCsatRating, parseNpsScore } from './survey.js';

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
