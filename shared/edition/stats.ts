/**
 * Small descriptive statistics for the edition indicators, each null where the measure does not exist
 * (an empty population, a zero denominator) instead of NaN.
 */

/**
 * `numerator / denominator`, or null when the denominator is 0.
 * @example
 * ratio(3, 4); // 0.75
 * ratio(0, 0); // null
 */
export function ratio(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}

/**
 * The arithmetic mean, or null for an empty list.
 * @example
 * mean([1, 2, 6]); // 3
 */
export function mean(values: readonly number[]): number | null {
  let sum = 0;
  for (const value of values) sum += value;
  return ratio(sum, values.length);
}

/**
 * The median (the mean of the two middle values for an even count), or null for an empty list.
 * @example
 * median([3, 0, 1, 7]); // 2
 */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = Float64Array.from(values).sort();
  const middle = sorted.length >> 1;
  const upper = sorted[middle] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? 0) + upper) / 2;
}
