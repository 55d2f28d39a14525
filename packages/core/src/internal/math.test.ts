import { describe, expect, it } from 'vitest';
import { largestRemainder } from './math.js';

/** mulberry32: a tiny seeded PRNG, so that the generated cases are the same on every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sumOf = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

describe('largestRemainder', () => {
  it.each([
    [
      [1, 1, 1],
      [34, 33, 33],
    ],
    [
      [1, 1],
      [50, 50],
    ],
    [
      [1, 2],
      [33, 67],
    ],
    [
      [2, 1],
      [67, 33],
    ],
    [
      [1, 1, 1, 1, 1, 1],
      [17, 17, 17, 17, 16, 16],
    ],
    [
      [1, 1, 1, 1, 1, 1, 1],
      [15, 15, 14, 14, 14, 14, 14],
    ],
    [
      [310, 80, 25, 10, 15],
      [71, 18, 6, 2, 3],
    ],
    [
      [10, 0, 0, 80, 310],
      [3, 0, 0, 20, 77],
    ],
    [
      [1, 0, 0],
      [100, 0, 0],
    ],
    [
      [0, 5, 0],
      [0, 100, 0],
    ],
    [[7], [100]],
    [[0.001], [100]],
    [
      [0.5, 0.25, 0.25],
      [50, 25, 25],
    ],
    [
      [1.5, 1.5],
      [50, 50],
    ],
  ])('shares %j as %j', (values, expected) => {
    expect(largestRemainder(values)).toEqual(expected);
  });

  it('gives all zeros when there is nothing to share', () => {
    expect(largestRemainder([0, 0])).toEqual([0, 0]);
    expect(largestRemainder([0])).toEqual([0]);
    expect(largestRemainder([])).toEqual([]);
  });

  it('gives ties to the earlier share', () => {
    // 16.67 + 66.67 + 16.67: two units left for three equal remainders.
    expect(largestRemainder([1, 4, 1])).toEqual([17, 67, 16]);
    expect(largestRemainder([4, 1, 1])).toEqual([67, 17, 16]);
    expect(largestRemainder([1, 1, 4])).toEqual([17, 17, 66]);
    // 3.33 + 13.33 + 83.33: one unit left for three equal remainders.
    expect(largestRemainder([1, 4, 25])).toEqual([4, 13, 83]);
    expect(largestRemainder([25, 4, 1])).toEqual([84, 13, 3]);
  });

  it('breaks exact ties by position even where floating point would not see them as equal', () => {
    // 23/40 × 100 is 57.49999999999999 in floating point, while 17/40 × 100 is 42.5: both are exactly .5.
    expect(largestRemainder([23, 17])).toEqual([58, 42]);
    expect(largestRemainder([17, 23])).toEqual([43, 57]);
    expect(largestRemainder([29, 11])).toEqual([73, 27]);
  });

  it('shares another total', () => {
    expect(largestRemainder([1, 1, 1], 10)).toEqual([4, 3, 3]);
    expect(largestRemainder([1, 2, 3], 1)).toEqual([0, 0, 1]);
    expect(largestRemainder([1, 1], 1)).toEqual([1, 0]);
    expect(largestRemainder([1, 1, 1], 0)).toEqual([0, 0, 0]);
    expect(largestRemainder([3, 1], 1000)).toEqual([750, 250]);
  });

  it('does not change its input', () => {
    const values = [1, 1, 1];
    largestRemainder(values);
    expect(values).toEqual([1, 1, 1]);
  });

  it('always sums to the total for whole counts, giving each share its floor or one more, and extras by largest remainder then position', () => {
    const random = prng(20261123);
    const totals = [100, 100, 100, 1, 7, 10, 1000];
    const failures: string[] = [];
    let checked = 0;
    for (let run = 0; run < 3000; run++) {
      const length = 1 + Math.floor(random() * 10);
      const scale = [1, 5, 100, 100_000][Math.floor(random() * 4)]!;
      const values = Array.from({ length }, () => (random() < 0.2 ? 0 : Math.floor(random() * scale)));
      if (sumOf(values) === 0) values[Math.floor(random() * length)] = 1 + Math.floor(random() * scale);
      const total = totals[Math.floor(random() * totals.length)]!;
      const sum = sumOf(values);

      const shares = largestRemainder(values, total);
      const context = JSON.stringify({ values, total, shares });
      if (shares.length !== length) failures.push(`${context}: length`);
      if (sumOf(shares) !== total) failures.push(`${context}: sum ${sumOf(shares)}`);

      // Exact integer arithmetic: v × total = floor × sum + remainder.
      const floors = values.map((v) => Math.floor((v * total) / sum));
      const remainders = values.map((v, i) => v * total - floors[i]! * sum);
      const extra = shares.map((s, i) => s - floors[i]!);
      extra.forEach((e, i) => {
        if (e !== 0 && e !== 1) failures.push(`${context}: share ${i} is ${e} off its floor`);
        if (values[i] === 0 && shares[i] !== 0) failures.push(`${context}: share ${i} of nothing`);
      });
      for (let i = 0; i < length; i++) {
        for (let j = 0; j < length; j++) {
          // A share that got a unit has a larger remainder, or an equal one and comes first.
          if (extra[i] === 1 && extra[j] === 0 && !(remainders[i]! > remainders[j]! || (remainders[i] === remainders[j] && i < j))) {
            failures.push(`${context}: ${i} got a unit before ${j}`);
          }
        }
      }
      checked++;
    }
    expect(checked).toBe(3000);
    expect(failures).toEqual([]);
  });

  it('always sums to the total for fractional values, each share within one of its exact share', () => {
    const random = prng(42);
    const failures: string[] = [];
    for (let run = 0; run < 3000; run++) {
      const length = 1 + Math.floor(random() * 12);
      const values = Array.from({ length }, () => random() * 1000);
      const sum = sumOf(values);
      const shares = largestRemainder(values);
      const context = JSON.stringify({ values, shares });
      if (sumOf(shares) !== 100) failures.push(`${context}: sum ${sumOf(shares)}`);
      shares.forEach((share, i) => {
        if (!Number.isInteger(share) || Math.abs(share - (values[i]! / sum) * 100) >= 1 + 1e-9) failures.push(`${context}: share ${i}`);
      });
    }
    expect(failures).toEqual([]);
  });
});
