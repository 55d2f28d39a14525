import { describe, expect, it } from 'vitest';
import { addsUpTo100, sharePercentages } from './math.js';

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

describe('sharePercentages', () => {
  it.each([
    // Equal counts read equal, whatever the sum: 8 %, 8 %, 8 % (not 8, 8, 9), 13 % and 13 % (not 12 and 13).
    [[1, 1, 1, 9], 0, [8, 8, 8, 75]],
    [[1, 1, 6], 0, [13, 13, 75]],
    [[1, 1, 1], 0, [33, 33, 33]],
    [[1, 1], 0, [50, 50]],
    [[1, 2], 0, [33, 67]],
    [[310, 80, 25, 10, 15], 0, [70, 18, 6, 2, 3]],
    [[1, 0, 0], 0, [100, 0, 0]],
    [[1, 299], 0, [0, 100]],
    [[7], 0, [100]],
    [[1, 1, 1], 1, [33.3, 33.3, 33.3]],
    [[1, 1, 1], 2, [33.33, 33.33, 33.33]],
    [[1, 7], 1, [12.5, 87.5]],
    [[1, 2, 3], 2, [16.67, 33.33, 50]],
  ])('shares %j at %i decimals as %j', (values, decimals, expected) => {
    expect(sharePercentages(values, decimals)).toEqual(expected);
  });

  it('rounds exact halves up, where floating point would not see them as halves', () => {
    // 23/40 × 100 is 57.49999999999999 in floating point; exactly 57.5, so 58.
    expect(sharePercentages([23, 17])).toEqual([58, 43]);
    expect(sharePercentages([1, 7])).toEqual([13, 88]);
  });

  it('gives all zeros when there is nothing to share', () => {
    expect(sharePercentages([0, 0])).toEqual([0, 0]);
    expect(sharePercentages([])).toEqual([]);
  });

  it('always gives equal values equal shares, each within half a unit of its exact share', () => {
    const random = prng(20261204);
    const failures: string[] = [];
    for (let run = 0; run < 3000; run++) {
      const length = 2 + Math.floor(random() * 10);
      const scale = [1, 5, 100, 100_000][Math.floor(random() * 4)]!;
      const values = Array.from({ length }, () => Math.floor(random() * scale));
      values[length - 1] = values[0]!; // at least one pair of equal values
      const decimals = Math.floor(random() * 3);
      const sum = values.reduce((a, b) => a + b, 0);
      const shares = sharePercentages(values, decimals);
      const context = JSON.stringify({ values, decimals, shares });
      for (let i = 0; i < length; i++) {
        for (let j = 0; j < length; j++) if (values[i] === values[j] && shares[i] !== shares[j]) failures.push(`${context}: ${i}≠${j}`);
        const exact = sum ? (values[i]! / sum) * 100 : 0;
        if (Math.abs(shares[i]! - exact) > 0.5 / 10 ** decimals + 1e-9) failures.push(`${context}: share ${i}`);
      }
    }
    expect(failures).toEqual([]);
  });
});

describe('addsUpTo100', () => {
  it('compares at the given precision', () => {
    expect(addsUpTo100([33, 33, 33], 0)).toBe(false);
    expect(addsUpTo100([12.5, 87.5], 1)).toBe(true);
    expect(addsUpTo100([16.67, 33.33, 50], 2)).toBe(true);
    expect(addsUpTo100([33.33, 33.33, 33.33], 2)).toBe(false);
  });
});
