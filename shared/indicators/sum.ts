/**
 * Sums that keep the indicators within 1e-9 relative (or 1e-12 absolute) of the exact value whatever
 * the magnitudes and the number of terms (docs/indicators.md, "Accuracy"): 10^6 values, values from
 * 1e-300 to 1e300 in one list, and signed terms that cancel.
 */
import { IndicatorError } from '../errors';

/** The message of an `invalid` result too large for a double. */
export const OVERFLOW_MESSAGE = 'the total exceeds the largest representable number';

/** Terms at most this large in absolute value cannot overflow the partial sums, given how many there are. */
function overflowScale(terms: ArrayLike<number>): number {
  let largest = 0;
  for (let i = 0; i < terms.length; i++) largest = Math.max(largest, Math.abs(terms[i] ?? 0));
  // Every partial sum is bounded by the sum of the absolute values, at most n * largest.
  if (largest <= Number.MAX_VALUE / Math.max(1, terms.length)) return 1;
  // A power of two: scaling by it is exact (only terms far below 1e-290 lose digits, far below 1e-12).
  return 2 ** -(Math.ceil(Math.log2(terms.length)) + 1);
}

/**
 * Shewchuk's exact summation (the algorithm of Python's `math.fsum`): the terms are kept as a list of
 * non-overlapping partials whose sum is exactly the sum so far, then rounded once.
 */
function fsum(terms: ArrayLike<number>, scale: number): number {
  const partials: number[] = [];
  for (let t = 0; t < terms.length; t++) {
    let x = (terms[t] ?? 0) * scale;
    let kept = 0;
    for (const partial of partials) {
      let y = partial;
      if (Math.abs(x) < Math.abs(y)) [x, y] = [y, x];
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo !== 0) partials[kept++] = lo;
      x = hi;
    }
    partials.length = kept;
    partials.push(x);
  }
  // Add the partials from the largest down, stopping when the rest can no longer change the result.
  let j = partials.length - 1;
  let hi = j >= 0 ? (partials[j] ?? 0) : 0;
  let lo = 0;
  while (j > 0) {
    const x = hi;
    const y = partials[--j] ?? 0;
    hi = x + y;
    lo = y - (hi - x);
    if (lo !== 0) break;
  }
  // Round half to even across the partials left out, as math.fsum does.
  const next = partials[j - 1] ?? 0;
  if (j > 0 && ((lo < 0 && next < 0) || (lo > 0 && next > 0))) {
    const y = lo * 2;
    const x = hi + y;
    if (y === x - hi) hi = x;
  }
  return hi;
}

/**
 * The sum of finite terms, correctly rounded (at most half an ulp from the exact sum); `±Infinity` when
 * the exact sum is beyond the largest double, even if only partial sums would be. Never `-0`.
 * @example
 * exactSum([1e300, 1, -1e300]); // 1
 * exactSum([1e308, 1e308, -1e308]); // 1e308
 */
export function exactSum(terms: ArrayLike<number>): number {
  const scale = overflowScale(terms);
  // Adding +0 turns a -0 into +0: an empty or cancelling sum is plain zero.
  return fsum(terms, scale) / scale + 0;
}

/**
 * {@link exactSum}, throwing `invalid` ({@link OVERFLOW_MESSAGE}) when the sum is not a finite double.
 * @example
 * checkedSum([1e308, 1e308]); // throws "the total exceeds the largest representable number"
 */
export function checkedSum(terms: ArrayLike<number>): number {
  const sum = exactSum(terms);
  if (!Number.isFinite(sum)) throw new IndicatorError('invalid', OVERFLOW_MESSAGE);
  return sum;
}
