import { afterEach, describe, expect, it, vi } from 'vitest';
import { filledFraction, GAP, MAX_STARS, parseMax, parseRating, parseRatingChoice, rowWidth, STAR, starRowPath } from './rating.js';

describe('constants', () => {
  it('lays stars out 24 units wide with 4 between them, at most 10 of them', () => {
    expect(STAR).toBe(24);
    expect(GAP).toBe(4);
    expect(MAX_STARS).toBe(10);
  });
});

describe('parseRating', () => {
  // Numbers in range take a short way (rating.ts); strings always take the field-by-field parse. Both must give
  // the same result for the same figures, valid or not.
  it('gives numbers the same result as the same figures written as strings', () => {
    const values = [0, 0.5, 1, 2.5, 3, 4.3, 4.99, 5, 5.01, 6, 8, 10, 10.5, -1, -0.01, 1e3, 2 ** 53];
    const maxes = [undefined, 1, 3, 5, 7, 10, 11, 0, -5, 4.5, 2 ** 53];
    const counts = [undefined, 0, 1, 86, 1234, 2 ** 53 - 1, 2 ** 53, -1, 1.5];
    let compared = 0;
    let valid = 0;
    for (const value of values)
      for (const max of maxes)
        for (const count of counts) {
          const typed = parseRating({ value, max, count }, 'rating');
          const written = parseRating(
            {
              value: String(value),
              max: max === undefined ? undefined : String(max),
              count: count === undefined ? undefined : String(count),
            },
            'rating',
          );
          expect(typed, JSON.stringify({ value, max, count })).toEqual(written);
          compared++;
          if (typed.ok) valid++;
        }
    // Both ways were exercised: valid figures (the short way) and invalid ones (the long way for both).
    expect(compared).toBe(values.length * maxes.length * counts.length);
    expect(valid).toBeGreaterThan(50);
    expect(compared - valid).toBeGreaterThan(500);
  });

  it('accepts a number value with the default max of 5 and no count', () => {
    expect(parseRating({ value: 4.3 })).toEqual({ ok: true, value: { value: 4.3, max: 5, count: undefined }, warnings: [] });
  });

  it('accepts strings as attributes deliver them', () => {
    expect(parseRating({ value: '4.3', max: '5', count: '1234' })).toEqual({
      ok: true,
      value: { value: 4.3, max: 5, count: 1234 },
      warnings: [],
    });
  });

  it.each([
    [{ value: 0 }, { value: 0, max: 5, count: undefined }],
    [{ value: 5 }, { value: 5, max: 5, count: undefined }],
    [
      { value: 8, max: 10 },
      { value: 8, max: 10, count: undefined },
    ],
    [
      { value: 1, max: 1, count: 0 },
      { value: 1, max: 1, count: 0 },
    ],
    [
      { value: 3, max: null, count: null },
      { value: 3, max: 5, count: undefined },
    ],
    [
      { value: '3', count: '' },
      { value: 3, max: 5, count: undefined },
    ],
  ])('accepts %j', (input, expected) => {
    const result = parseRating(input);
    expect(result.ok && result.value).toEqual(expected);
  });

  it.each([
    [{ value: 5.2 }, 'value', 'must be between 0 and 5, got 5.2'],
    [{ value: -0.5 }, 'value', 'must be between 0 and 5, got -0.5'],
    [{ value: 4, max: 3 }, 'value', 'must be between 0 and 3, got 4'],
    [{ value: 'abc' }, 'value', 'must be a number, got "abc"'],
    [{ value: '' }, 'value', 'is required but missing'],
    [{ value: undefined }, 'value', 'is required but missing'],
    [{ value: NaN }, 'value', 'must be a finite number, got NaN'],
    [{ value: 3, max: 0 }, 'max', 'must be between 1 and 10, got 0'],
    [{ value: 3, max: 11 }, 'max', 'must be between 1 and 10, got 11'],
    [{ value: 3, max: 4.5 }, 'max', 'must be a whole number, got 4.5'],
    [{ value: 3, max: 'five' }, 'max', 'must be a number, got "five"'],
    [{ value: 3, count: -4 }, 'count', 'must be at least 0, got -4'],
    [{ value: 3, count: 2.5 }, 'count', 'must be a whole number, got 2.5'],
    [{ value: 3, count: 'lots' }, 'count', 'must be a number, got "lots"'],
  ])('rejects %j at %s: %s', (input, path, message) => {
    expect(parseRating(input)).toEqual({ ok: false, errors: [{ path, message, severity: 'error' }] });
  });

  it('shares one frozen empty warnings list among valid ratings (a page may keep 1,000 of them)', () => {
    const a = parseRating({ value: 4.3, count: 12 });
    const b = parseRating({ value: '1', max: '10' });
    expect(a.ok && b.ok && a.warnings).toBe(b.ok && b.warnings);
    expect(a.ok && Object.isFrozen(a.warnings) && a.warnings).toEqual([]);
  });

  it('never clamps: 5.2 out of 5 is an error, not five stars', () => {
    const result = parseRating({ value: 5.2, max: 5 });
    expect(result.ok).toBe(false);
    expect(result).not.toHaveProperty('value');
  });

  it('prefixes every path with the nested path', () => {
    const result = parseRating({ value: 'x', max: 0, count: -1 }, 'product.aggregateRating');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.path)).toEqual([
      'product.aggregateRating.max',
      'product.aggregateRating.value',
      'product.aggregateRating.count',
    ]);
  });

  it('uses the nested path for a single bad value', () => {
    expect(parseRating({ value: 7 }, 'product.aggregateRating')).toEqual({
      ok: false,
      errors: [{ path: 'product.aggregateRating.value', message: 'must be between 0 and 5, got 7', severity: 'error' }],
    });
  });

  it('reports every problem together', () => {
    expect(parseRating({ value: 'abc', max: 0, count: -4 })).toEqual({
      ok: false,
      errors: [
        { path: 'max', message: 'must be between 1 and 10, got 0', severity: 'error' },
        { path: 'value', message: 'must be a number, got "abc"', severity: 'error' },
        { path: 'count', message: 'must be at least 0, got -4', severity: 'error' },
      ],
    });
  });

  it('checks the value against the largest scale when max itself is invalid', () => {
    // 7 could be valid on some scale: only max is wrong. 12 is wrong on every scale.
    expect(parseRating({ value: 7, max: 0 })).toEqual({
      ok: false,
      errors: [{ path: 'max', message: 'must be between 1 and 10, got 0', severity: 'error' }],
    });
    expect(parseRating({ value: 12, max: 'x' })).toEqual({
      ok: false,
      errors: [
        { path: 'max', message: 'must be a number, got "x"', severity: 'error' },
        { path: 'value', message: 'must be between 0 and 10, got 12', severity: 'error' },
      ],
    });
  });
});

describe('parseMax', () => {
  it('defaults to 5 when missing', () => {
    expect(parseMax(undefined)).toEqual({ ok: true, value: 5, warnings: [] });
    expect(parseMax(null)).toEqual({ ok: true, value: 5, warnings: [] });
  });

  it('defaults to 5 for an empty attribute (max=""), like a native numeric attribute', () => {
    expect(parseMax('')).toEqual({ ok: true, value: 5, warnings: [] });
  });

  it.each([
    [1, 1],
    ['7', 7],
    [10, 10],
  ])('accepts %j', (raw, expected) => {
    expect(parseMax(raw)).toEqual({ ok: true, value: expected, warnings: [] });
  });

  it.each([
    [0, 'must be between 1 and 10, got 0'],
    [11, 'must be between 1 and 10, got 11'],
    [-5, 'must be between 1 and 10, got -5'],
    [2.5, 'must be a whole number, got 2.5'],
    ['abc', 'must be a number, got "abc"'],
    [Infinity, 'must be a finite number, got Infinity'],
  ])('rejects %j', (raw, message) => {
    expect(parseMax(raw)).toEqual({ ok: false, errors: [{ path: 'max', message, severity: 'error' }] });
  });

  it('uses the given path', () => {
    expect(parseMax(0, 'scale.max')).toEqual({
      ok: false,
      errors: [{ path: 'scale.max', message: 'must be between 1 and 10, got 0', severity: 'error' }],
    });
  });
});

describe('parseRatingChoice', () => {
  it.each([null, undefined, '', '  '])('reads %j as no rating chosen', (raw) => {
    expect(parseRatingChoice(raw, 5)).toEqual({ ok: true, value: null, warnings: [] });
  });

  it.each([
    [1, 1],
    ['3', 3],
    [5, 5],
  ])('accepts %j of 5', (raw, expected) => {
    expect(parseRatingChoice(raw, 5)).toEqual({ ok: true, value: expected, warnings: [] });
  });

  it.each([
    [0, 5, 'must be between 1 and 5, got 0'],
    [6, 5, 'must be between 1 and 5, got 6'],
    [4, 3, 'must be between 1 and 3, got 4'],
    [2.5, 5, 'must be a whole number, got 2.5'],
    ['three', 5, 'must be a number, got "three"'],
  ])('rejects %j of %i', (raw, max, message) => {
    expect(parseRatingChoice(raw, max)).toEqual({ ok: false, errors: [{ path: 'value', message, severity: 'error' }] });
  });

  it('uses the given path', () => {
    expect(parseRatingChoice(9, 5, 'form.rating')).toEqual({
      ok: false,
      errors: [{ path: 'form.rating', message: 'must be between 1 and 5, got 9', severity: 'error' }],
    });
  });
});

describe('rowWidth', () => {
  it.each([
    [1, 24],
    [5, 136],
    [10, 276],
  ])('a row of %i stars is %i units wide', (max, width) => {
    expect(rowWidth(max)).toBe(width);
  });
});

describe('filledFraction', () => {
  it('is 0 for 0 and below', () => {
    expect(filledFraction(0, 5)).toBe(0);
    expect(filledFraction(-1, 5)).toBe(0);
  });

  it('fills half of the first star for 0.5, not a tenth of the row', () => {
    expect(filledFraction(0.5, 5)).toBeCloseTo(12 / 136, 10);
  });

  it('fills exactly 3 stars, their 3 gaps and 0.7 of the 4th star for 3.7', () => {
    // 3 × (24 + 4) = 84 units, plus 0.7 × 24 = 16.8 units, of a 136-unit row.
    expect(filledFraction(3.7, 5)).toBeCloseTo(100.8 / 136, 10);
    expect(filledFraction(3.7, 5)).not.toBeCloseTo(3.7 / 5, 3);
  });

  it('fills whole stars through their gaps', () => {
    expect(filledFraction(1, 5)).toBeCloseTo(28 / 136, 10);
    expect(filledFraction(4, 5)).toBeCloseTo(112 / 136, 10);
    expect(filledFraction(2, 3)).toBeCloseTo(56 / 80, 10);
  });

  it('is 1 at max and above', () => {
    expect(filledFraction(5, 5)).toBe(1);
    expect(filledFraction(5.2, 5)).toBe(1);
    expect(filledFraction(10, 10)).toBe(1);
    expect(filledFraction(1, 1)).toBe(1);
  });

  it('fills a single-star scale by its share', () => {
    expect(filledFraction(0.25, 1)).toBeCloseTo(0.25, 10);
  });
});

describe('starRowPath', () => {
  afterEach(() => vi.restoreAllMocks());

  it('has one closed five-pointed subpath per star', () => {
    for (const max of [1, 5, 10]) {
      const d = starRowPath(max);
      const subpaths = d.split('M').slice(1);
      expect(subpaths).toHaveLength(max);
      for (const sub of subpaths) {
        expect(sub.endsWith('Z')).toBe(true);
        // 10 points: the first after M, then 9 after L.
        expect(sub.split('L')).toHaveLength(10);
      }
    }
  });

  /** The [x, y] points of each star of a row. */
  const stars = (max: number) =>
    starRowPath(max)
      .split('M')
      .slice(1)
      .map((sub) =>
        sub
          .replace('Z', '')
          .split('L')
          .map((pt) => pt.split(' ').map(Number) as [number, number]),
      );

  it('places each star STAR + GAP further along, pointing up', () => {
    const row = stars(3);
    // The first point of each star is its top tip, centred in its 24-unit cell, at the same height for every star.
    expect(row.map((points) => points[0]![0])).toEqual([12, 40, 68]);
    const tipY = row[0]![0]![1];
    expect(row.map((points) => points[0]![1])).toEqual([tipY, tipY, tipY]);
    for (const points of row) expect(Math.min(...points.map(([, y]) => y))).toBe(tipY);
  });

  it('keeps each star inside its own cell and the row inside its box', () => {
    stars(5).forEach((points, i) => {
      const xs = points.map(([x]) => x);
      const ys = points.map(([, y]) => y);
      expect(Math.min(...xs)).toBeGreaterThanOrEqual(i * 28 - 0.01);
      expect(Math.max(...xs)).toBeLessThanOrEqual(i * 28 + 24 + 0.01);
      expect(Math.min(...ys)).toBeGreaterThanOrEqual(0);
      expect(Math.max(...ys)).toBeLessThanOrEqual(24);
    });
  });

  it('makes each star as wide as its cell, so a fraction of the cell is that fraction of the star', () => {
    stars(5).forEach((points, i) => {
      const xs = points.map(([x]) => x);
      expect(Math.min(...xs)).toBeCloseTo(i * 28, 1);
      expect(Math.max(...xs)).toBeCloseTo(i * 28 + 24, 1);
    });
  });

  it('computes each row once and returns the cached string', () => {
    const cos = vi.spyOn(Math, 'cos');
    const first = starRowPath(7);
    expect(cos).toHaveBeenCalledTimes(70);
    const second = starRowPath(7);
    expect(second).toBe(first);
    expect(cos).toHaveBeenCalledTimes(70);
  });
});
