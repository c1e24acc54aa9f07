/**
 * Inequality of a distribution of values (e.g. exports across firms): Gini, the Lorenz curve and Theil
 * (DESIGN section 4). Zeros are part of the population here: they count in `n`.
 */
import { IndicatorError } from '../errors';
import { checkPositiveMax, checkValues } from './validate';

/** One point of a Lorenz curve: `[share of the population, share of the total]`. */
export type LorenzPoint = [number, number];

/** The checked values sorted ascending and divided by their largest (so no sum can overflow). */
function sortedScaled(values: ArrayLike<number>): Float64Array {
  const sorted = checkValues(values);
  const max = checkPositiveMax(sorted);
  // Float64Array sorts numerically (unlike Array#sort), once: the whole measure is O(n log n).
  sorted.sort();
  for (let i = 0; i < sorted.length; i++) sorted[i] = (sorted[i] ?? 0) / max;
  return sorted;
}

/**
 * Gini coefficient of the population: 0 when all values are equal, up to `1 - 1/n` when one holds all.
 * The standardised form, `G * n / (n - 1)`, reaches 1 and throws `undefined` for a single value.
 * @param standardised - return `G * n / (n - 1)` instead of the population Gini
 * @example
 * gini([50, 30, 15, 5]); // 0.375
 * gini([50, 30, 15, 5], true); // 0.5
 */
export function gini(values: ArrayLike<number>, standardised = false): number {
  const sorted = sortedScaled(values);
  const n = sorted.length;
  if (standardised && n < 2)
    throw new IndicatorError('undefined', 'standardised Gini needs at least two values');
  // 2*sum(i*x_i)/(n*sum x) - (n+1)/n rewritten as sum((2i-n-1)*x_i)/(n*sum x): the same number without
  // subtracting two nearly equal terms, so equal values give 0 rather than rounding noise.
  let weighted = 0;
  let total = 0;
  for (let i = 0; i < n; i++) {
    const x = sorted[i] ?? 0;
    weighted += (2 * (i + 1) - n - 1) * x;
    total += x;
  }
  const g = Math.max(0, weighted / (n * total));
  return standardised ? g * (n / (n - 1)) : g;
}

/**
 * Lorenz curve: after sorting ascending, the points `[i/n, cumulative share of the first i values]`
 * for i = 0..n, from `[0, 0]` to `[1, 1]`.
 * @example
 * lorenz([3, 1]); // [[0, 0], [0.5, 0.25], [1, 1]]
 */
export function lorenz(values: ArrayLike<number>): LorenzPoint[] {
  const sorted = sortedScaled(values);
  const n = sorted.length;
  let total = 0;
  for (const x of sorted) total += x;
  const points: LorenzPoint[] = [[0, 0]];
  let cumulative = 0;
  for (let i = 0; i < n - 1; i++) {
    cumulative += sorted[i] ?? 0;
    points.push([(i + 1) / n, cumulative / total]);
  }
  // Exact end point: a chart's curve must close on the diagonal whatever the rounding.
  points.push([1, 1]);
  return points;
}

/**
 * Theil index `T = (1/n) sum (x_i/mu) ln(x_i/mu)`, with `0 ln 0 = 0`: 0 when all values are equal,
 * up to `ln n` when one holds all.
 * @example
 * theil([50, 30, 15, 5]); // 0.244174…
 */
export function theil(values: ArrayLike<number>): number {
  const checked = checkValues(values);
  const max = checkPositiveMax(checked);
  const n = checked.length;
  let total = 0;
  for (const x of checked) total += x / max;
  const mean = total / n;
  let sum = 0;
  for (const x of checked) {
    if (x === 0) continue; // the limit of r ln r as r -> 0 is 0
    const ratio = x / max / mean;
    sum += ratio * Math.log(ratio);
  }
  // Equal values can round to a hair below 0; the index itself never is.
  return Math.max(0, sum / n);
}
