/**
 * Rounds shares of a whole to integers that add up to exactly `total` (default 100), by the largest-remainder
 * (Hamilton) method: each share gets its floor, then the units left go to the largest remainders (ties to the
 * earlier share). All zeros (or an empty list) give all zeros: there is nothing to share.
 */
export function largestRemainder(values: readonly number[], total = 100): number[] {
  const sum = values.reduce((a, b) => a + b, 0);
  if (!(sum > 0)) return values.map(() => 0);
  // Remainders are compared scaled by `sum` (v × total − floor × sum), which is exact for whole counts: computed as
  // fractions of 1, equal remainders can differ in the last bit (23/40 × 100 is 57.49999999999999), breaking ties.
  const floors = values.map((v) => Math.floor((v * total) / sum));
  let left = total - floors.reduce((a, b) => a + b, 0);
  const order = values.map((v, i) => [v * total - floors[i]! * sum, i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left <= 0) break;
    floors[i]!++;
    left--;
  }
  return floors;
}
