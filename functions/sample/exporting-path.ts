/**
 * Whether a firm exports, year by year, in both potential worlds. Each firm has a propensity to export
 * (its level, which the evaluators see and score) and a persistent random path of its own; it exports in
 * a year when its path falls below its propensity plus a trend shared by every firm. Without a project
 * the chance of exporting thus moves by the same amount for every firm whatever its propensity or score
 * (common trends hold by construction); with a project the threshold rises by the edition's effect from
 * the project's end on, so the treated path is the untreated one plus the effect, from the same draws.
 */
import { FIRST_YEAR, LAST_YEAR } from './plan';
import type { Random } from './random';

/** Lowest and highest propensity: no firm is sure to export or not to, even with the trend and effect. */
const PROPENSITY_MIN = 0.02;
const PROPENSITY_SPAN = 0.76;
// Year-to-year correlation of the latent path: exporting is persistent, exits and starts are rare.
const PERSISTENCE = 0.97;
// Trend shared by all firms: a point a year, and a dip in 2009 when world trade collapsed.
const TREND_PER_YEAR = 0.01;
const TREND_SHOCK: Readonly<Record<number, number>> = { 2009: -0.03, 2010: -0.01 };

/**
 * A firm's propensity to export, uniform between 0.02 and 0.78.
 * @example drawPropensity(rng) // e.g. 0.41
 */
export function drawPropensity(rng: Random): number {
  return PROPENSITY_MIN + PROPENSITY_SPAN * rng.next();
}

/** The shared trend added to every firm's propensity in `year` (0 in the first year, at most 0.1). */
export function trendIn(year: number): number {
  return TREND_PER_YEAR * (year - FIRST_YEAR) + (TREND_SHOCK[year] ?? 0);
}

/** The standard normal distribution function (Abramowitz and Stegun 26.2.17, error below 1e-7). */
export function normalCdf(z: number): number {
  const t = 1 / (1 + 0.2316419 * Math.abs(z));
  const poly =
    t * (0.31938153 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
  const tail = 0.3989422804014327 * Math.exp((-z * z) / 2) * poly;
  return z >= 0 ? 1 - tail : tail;
}

/**
 * The firm's latent path: one uniform number per year from {@link FIRST_YEAR} to {@link LAST_YEAR},
 * each uniform on its own, strongly correlated from one year to the next.
 */
export function latentPath(rng: Random): number[] {
  const path: number[] = [];
  let z = rng.normal();
  const innovation = Math.sqrt(1 - PERSISTENCE * PERSISTENCE);
  for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
    if (year > FIRST_YEAR) z = PERSISTENCE * z + innovation * rng.normal();
    path.push(normalCdf(z));
  }
  return path;
}

/**
 * Exporting year by year (index 0 = {@link FIRST_YEAR}): the path below propensity + trend, plus
 * `effect` from `effectYear` on (no effect when `effectYear` is null).
 * @example
 * const path = latentPath(rng);
 * exportingYears(path, 0.4, null, 0); // untreated: [true, true, false, ...]
 * exportingYears(path, 0.4, 2008, 0.1); // treated: the same up to 2007, never less after
 */
export function exportingYears(
  path: readonly number[],
  propensity: number,
  effectYear: number | null,
  effect: number,
): boolean[] {
  return path.map((u, index) => {
    const year = FIRST_YEAR + index;
    const lift = effectYear !== null && year >= effectYear ? effect : 0;
    return u < propensity + trendIn(year) + lift;
  });
}
