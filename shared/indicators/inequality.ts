/**
 * Inequality of a distribution of values (e.g. exports across firms): Gini, the Lorenz curve and Theil
 * (docs/indicators.md, "Inequality"). Zeros are part of the population here: they count in `n`.
 */
import { IndicatorError } from '../errors';
import { exactSum } from './sum';
import { scaleByMax } from './validate';
import type { Scaled } from './validate';

/** One point of a Lorenz curve: `[share of the population, share of the total]`. */
export type LorenzPoint = [number, number];

/** The checked values divided by their largest (so no sum can overflow), sorted ascending. */
function sortedScaled(values: ArrayLike<number>): Scaled {
  const result = scaleByMax(values);
  // Float64Array sorts numerically (unlike Array#sort), once: the whole measure is O(n log n).
  result.scaled.sort();
  return result;
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
  const { scaled: sorted, total } = sortedScaled(values);
  const n = sorted.length;
  if (standardised && n < 2)
    throw new IndicatorError('undefined', 'standardised Gini needs at least two values');
  // sum((2i - n - 1) x_(i)) is the sum of |x_i - x_j| over pairs, which is also the sum over the gaps
  // between neighbours of k(n - k) (x_(k+1) - x_(k)): k values lie below the gap and n - k above it.
  // Every term is >= 0, so nothing cancels and the result is accurate however small (equal values: 0).
  const gaps = new Float64Array(Math.max(0, n - 1));
  for (let k = 1; k < n; k++) gaps[k - 1] = k * (n - k) * ((sorted[k] ?? 0) - (sorted[k - 1] ?? 0));
  const g = exactSum(gaps) / (n * total);
  return standardised ? g * (n / (n - 1)) : g;
}

/**
 * Lorenz curve: after sorting ascending, the points `[i/n, cumulative share of the first i values]`
 * for i = 0..n, from `[0, 0]` to `[1, 1]`.
 * @example
 * lorenz([3, 1]); // [[0, 0], [0.5, 0.25], [1, 1]]
 */
export function lorenz(values: ArrayLike<number>): LorenzPoint[] {
  const { scaled: sorted, total } = sortedScaled(values);
  const n = sorted.length;
  const points: LorenzPoint[] = [[0, 0]];
  // Running compensated (Neumaier) sum: every cumulative share within a few ulps, even at 10^6 points.
  let cumulative = 0;
  let carry = 0;
  for (let i = 0; i < n - 1; i++) {
    const x = sorted[i] ?? 0;
    const next = cumulative + x;
    carry += cumulative >= x ? cumulative - next + x : x - next + cumulative;
    cumulative = next;
    points.push([(i + 1) / n, Math.min(1, (cumulative + carry) / total)]);
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
 * theil([1e300, 1e-300]); // ln 2
 */
export function theil(values: ArrayLike<number>): number {
  const { scaled, total } = scaleByMax(values);
  const n = scaled.length;
  const mean = total / n;
  const terms = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const ratio = (scaled[i] ?? 0) / mean;
    // r ln r tends to 0 as r -> 0: a zero, or a value too small beside the largest to scale, adds 0.
    terms[i] = ratio > 0 ? ratio * Math.log(ratio) : 0;
  }
  // Equal values can round to a hair below 0; the index itself never is, nor above ln n.
  return Math.min(Math.log(n), Math.max(0, exactSum(terms) / n));
}
