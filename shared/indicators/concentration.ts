/**
 * Concentration of a firm's (or an edition's) exports across markets: HHI, its normalised form,
 * concentration ratios and the effective number of markets (DESIGN section 4).
 */
import { IndicatorError } from '../errors';
import { checkWholeNumber, shares } from './validate';

/** Scales HHI is reported on: shares as fractions (1/N..1) or the antitrust scale x10,000. */
export const HHI_SCALES = ['fraction', '10000'] as const;
/** One of {@link HHI_SCALES}. */
export type HhiScale = (typeof HHI_SCALES)[number];

/** Sum of squared shares, on fractions. */
function hhiOfShares(s: Float64Array): number {
  let sum = 0;
  for (const share of s) sum += share * share;
  return sum;
}

/** Number of markets with exports (`N`): the values above zero. */
function marketCount(s: Float64Array): number {
  let count = 0;
  for (const share of s) if (share > 0) count++;
  return count;
}

/**
 * Herfindahl-Hirschman index: the sum of squared market shares, from 1/N (even spread) to 1 (one market).
 * @param scale - `"fraction"` (default) or `"10000"`, the scale antitrust practice uses
 * @example
 * hhi([50, 30, 15, 5]); // 0.365
 * hhi([30, 30, 20, 20], '10000'); // 2600
 */
export function hhi(values: ArrayLike<number>, scale: HhiScale = 'fraction'): number {
  // Checked at run time too: the custom functions pass the user's text through.
  if (!HHI_SCALES.includes(scale)) {
    throw new IndicatorError(
      'invalid',
      `scale must be "fraction" or "10000" (found ${JSON.stringify(scale)})`,
    );
  }
  const value = hhiOfShares(shares(values));
  return scale === '10000' ? value * 10_000 : value;
}

/**
 * Normalised HHI, `(HHI - 1/N) / (1 - 1/N)`: 0 for an even spread, 1 for one market, comparable across N.
 * Throws `undefined` when only one market has exports.
 * @example
 * hhiNormalised([50, 30, 15, 5]); // 0.15333… = (0.365 - 0.25) / 0.75
 */
export function hhiNormalised(values: ArrayLike<number>): number {
  const s = shares(values);
  const n = marketCount(s);
  if (n < 2) throw new IndicatorError('undefined', 'HHI* needs at least two markets with exports');
  const floor = 1 / n;
  // An even spread can round a hair below 1/N; the measure itself is never negative.
  return Math.max(0, (hhiOfShares(s) - floor) / (1 - floor));
}

/**
 * Concentration ratio `CR_k`: the combined share of the k largest markets (1 when k reaches N).
 * @param k - how many of the largest markets to add up: a whole number of at least 1
 * @example
 * concentrationRatio([50, 30, 15, 5], 2); // 0.8
 */
export function concentrationRatio(values: ArrayLike<number>, k: number): number {
  checkWholeNumber(k, 'k');
  const s = shares(values);
  if (k >= marketCount(s)) return 1;
  s.sort();
  let sum = 0;
  for (let i = s.length - 1; i >= s.length - k; i--) sum += s[i] ?? 0;
  // Rounding in the shares must not let CR_k pass CR_N = 1.
  return Math.min(1, sum);
}

/**
 * Effective number of markets, `1 / HHI`: how many equal markets would give the same concentration.
 * @example
 * effectiveMarkets([25, 25, 25, 25]); // 4
 */
export function effectiveMarkets(values: ArrayLike<number>): number {
  return 1 / hhiOfShares(shares(values));
}
