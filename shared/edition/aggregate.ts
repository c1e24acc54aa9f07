/**
 * The edition's exports taken together, by market: their concentration in the "after" year and their
 * growth over the window split into margins firm by firm (docs/indicators.md, "Edition indicators").
 */
import { concentrationRatio, hhi } from '../indicators/concentration';
import { gini, lorenz } from '../indicators/inequality';
import type { ExportsByMarket } from '../indicators/margins';
import { growthMargins } from '../indicators/margins';
import type { FirmObservation, FirmSnapshot } from './panel';
import type { EditionIndicators } from './result';

/** How many of the largest markets the edition's concentration ratio adds up (CR4). */
export const CR_MARKETS = 4;

/** Concentration of the edition's exports across markets; all null when nobody exported. */
export type MarketConcentration = Pick<EditionIndicators, 'hhi' | 'cr4' | 'gini' | 'lorenz'>;

/** Growth of the edition's exports; all null when no firm was observed. */
export type EditionGrowth = Pick<EditionIndicators, 'growthTotal' | 'growthIntensive' | 'growthExtensive'>;

/**
 * The firms' exports summed per country (only markets above 0).
 * @example
 * aggregateByMarket([{ byMarket: new Map([['DE', 50]]), ... }, { byMarket: new Map([['DE', 10], ['US', 5]]), ... }]);
 * // { DE: 60, US: 5 }
 */
export function aggregateByMarket(snapshots: Iterable<FirmSnapshot>): ExportsByMarket {
  const total = new Map<string, number>();
  for (const { byMarket } of snapshots) {
    for (const [country, value] of byMarket) total.set(country, (total.get(country) ?? 0) + value);
  }
  // fromEntries defines own properties, so no country code can reach Object.prototype.
  return Object.fromEntries(total);
}

/**
 * HHI, CR4 and Gini of the values of an aggregate by market. The indicators need a positive total, so
 * an aggregate without exports gives nulls rather than asking them; other input errors propagate.
 * @example
 * marketConcentration({ DE: 50, FR: 30, US: 15, CN: 5 }); // { hhi: 0.365, cr4: 1, gini: 0.375, lorenz: [[0, 0], [0.25, 0.05], …, [1, 1]] }
 */
export function marketConcentration(byMarket: ExportsByMarket): MarketConcentration {
  const values = Object.values(byMarket);
  if (!values.some((value) => value > 0)) return { hhi: null, cr4: null, gini: null, lorenz: [] };
  return {
    hhi: hhi(values),
    cr4: concentrationRatio(values, CR_MARKETS),
    gini: gini(values),
    lorenz: lorenz(values),
  };
}

/**
 * Growth of the firms' exports split into margins firm by firm: the sums over the firms of each firm's
 * own margins, so a firm entering a market another firm already serves is extensive growth; null
 * without firms.
 * @example
 * // A {DE 50} -> {DE 50, FR 10}; B {FR 30} -> {FR 40}
 * editionGrowth([a, b]); // { growthTotal: 20, growthIntensive: 10, growthExtensive: 10 }
 */
export function editionGrowth(observations: readonly FirmObservation[]): EditionGrowth {
  if (observations.length === 0) return { growthTotal: null, growthIntensive: null, growthExtensive: null };
  let total = 0;
  let intensive = 0;
  let extensive = 0;
  for (const { before, after } of observations) {
    const margins = growthMargins(aggregateByMarket([before]), aggregateByMarket([after]));
    total += margins.total;
    intensive += margins.intensive;
    extensive += margins.extensive;
  }
  return { growthTotal: total, growthIntensive: intensive, growthExtensive: extensive };
}
