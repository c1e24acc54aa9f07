/**
 * Concentration of a firm's (or an edition's) exports across markets: HHI, its normalised form,
 * concentration ratios and the effective number of markets (docs/indicators.md, "Concentration").
 */
import { IndicatorError } from '../errors';
import { exactSum } from './sum';
import { checkWholeNumber, scaleByMax } from './validate';
import type { Scaled } from './validate';

/** Scales HHI is reported on: shares as fractions (1/N..1) or the antitrust scale x10,000. */
export const HHI_SCALES = ['fraction', '10000'] as const;
/** One of {@link HHI_SCALES}. */
export type HhiScale = (typeof HHI_SCALES)[number];

/** Sum of the squared scaled values over their total squared: HHI, to a few ulps. */
function hhiOf({ scaled, total }: Scaled): number {
  const squares = new Float64Array(scaled.length);
  for (let i = 0; i < scaled.length; i++) squares[i] = (scaled[i] ?? 0) ** 2;
  return exactSum(squares) / (total * total);
}

/**
 * Herfindahl-Hirschman index: the sum of squared market shares, from 1/N (even spread) to 1 (one market).
 * @param scale - `"fraction"` (default) or `"10000"`, the scale antitrust practice uses
 * @example
 * hhi([50, 30, 15, 5]); // 0.365
 * hhi([30, 30, 20, 20], '10000'); // 2600
 */
export function hhi(values: ArrayLike<number>, scale: HhiScale = 'fraction'): number {
  // Checked at run time too: a caller in plain JavaScript (or a cast) can pass any string.
  if (!HHI_SCALES.includes(scale)) {
    throw new IndicatorError(
      'invalid',
      `scale must be "fraction" or "10000" (found ${JSON.stringify(scale)})`,
    );
  }
  const value = hhiOf(scaleByMax(values));
  return scale === '10000' ? value * 10_000 : value;
}

/**
 * Normalised HHI, `(HHI - 1/N) / (1 - 1/N)`: 0 for an even spread, 1 for one market, comparable across N.
 * Throws `undefined` when only one market has exports.
 * @example
 * hhiNormalised([50, 30, 15, 5]); // 0.15333… = (0.365 - 0.25) / 0.75
 */
export function hhiNormalised(values: ArrayLike<number>): number {
  const { scaled, total, positive: n } = scaleByMax(values);
  if (n < 2) throw new IndicatorError('undefined', 'HHI* needs at least two markets with exports');
  // HHI - 1/N is the sum of squared deviations of the shares from 1/N over the N markets: computed so,
  // it has no cancellation. A market whose scaled value underflowed to 0 still deviates by the mean.
  const mean = total / n;
  const deviations = new Float64Array(n);
  let market = 0;
  for (let i = 0; i < scaled.length; i++) {
    if ((values[i] ?? 0) > 0) deviations[market++] = ((scaled[i] ?? 0) - mean) ** 2;
  }
  const value = (exactSum(deviations) / (total * total)) * (n / (n - 1));
  return Math.min(1, Math.max(0, value));
}

/**
 * Concentration ratio `CR_k`: the combined share of the k largest markets (1 when k reaches N).
 * @param k - how many of the largest markets to add up: a whole number of at least 1
 * @example
 * concentrationRatio([50, 30, 15, 5], 2); // 0.8
 */
export function concentrationRatio(values: ArrayLike<number>, k: number): number {
  checkWholeNumber(k, 'k');
  const { scaled, total, positive } = scaleByMax(values);
  if (k >= positive) return 1;
  scaled.sort();
  // Rounding in the sum must not let CR_k pass CR_N = 1.
  return Math.min(1, exactSum(scaled.subarray(scaled.length - k)) / total);
}

/**
 * Effective number of markets, `1 / HHI`: how many equal markets would give the same concentration.
 * @example
 * effectiveMarkets([25, 25, 25, 25]); // 4
 */
export function effectiveMarkets(values: ArrayLike<number>): number {
  return 1 / hhiOf(scaleByMax(values));
}
