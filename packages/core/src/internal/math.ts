/**
 * Percentages of `values`, each rounded on its own, half up, to `decimals` places (0 to 6): equal values always
 * read as equal percentages, which a method that forces the sum to 100 (largest remainder) cannot promise. Their
 * sum may be off 100 by rounding: a caller never prints it. Values must be whole numbers (counts, or amounts scaled
 * to whole numbers) so that halves are exact; the arithmetic is in BigInt, so no share is off by a float's last bit
 * (23/40 is exactly 57.5 %, and rounds to 58). All zeros (or an empty list) give all zeros.
 */
export function sharePercentages(values: readonly number[], decimals = 0): number[] {
  const whole = values.map((v) => BigInt(Math.round(v)));
  const sum = whole.reduce((a, b) => a + b, 0n);
  if (sum <= 0n) return values.map(() => 0);
  const unit = 10n ** BigInt(decimals);
  // round(v × 100 × unit / sum) half up = floor((2 × v × 100 × unit + sum) / (2 × sum)).
  return whole.map((v) => Number((2n * v * 100n * unit + sum) / (2n * sum)) / Number(unit));
}

/** Whether percentages rounded to `decimals` places add up to exactly 100 at that precision. */
export function addsUpTo100(percents: readonly number[], decimals: number): boolean {
  const unit = 10 ** decimals;
  return Math.round(percents.reduce((a, p) => a + p * unit, 0)) === 100 * unit;
}
