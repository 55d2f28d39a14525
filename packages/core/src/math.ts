/**
 * Rounds shares of a whole to integers that add up to exactly `total` (default 100), by the largest-remainder
 * (Hamilton) method: each share gets its floor, then the units left go to the largest remainders (ties to the
 * earlier share). All zeros (or an empty list) give all zeros: there is nothing to share.
 */
export function largestRemainder(values: readonly number[], total = 100): number[] {
  const sum = values.reduce((a, b) => a + b, 0);
  if (!(sum > 0)) return values.map(() => 0);
  const exact = values.map((v) => (v / sum) * total);
  const floors = exact.map(Math.floor);
  let left = total - floors.reduce((a, b) => a + b, 0);
  const order = exact.map((e, i) => [e - Math.floor(e), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left <= 0) break;
    floors[i]!++;
    left--;
  }
  return floors;
}
