/**
 * How the edition's firms compare with Italy's exporters in one year: micro-exporter share, median
 * markets, and the shares serving one market or at most five (docs/indicators.md, "Exporters" and "Edition indicators").
 */
import { FIVE_MARKETS } from '../indicators/constants';
import { microShare } from '../indicators/exports';
import type { FirmSnapshot } from './panel';
import type { EditionIndicators } from './result';
import { median, ratio } from './stats';

/** Where the edition's exporters sell, beside the national references. */
export type MarketReach = Pick<EditionIndicators, 'singleMarketShare' | 'fiveMarketsShare'>;

/**
 * Among the firms exporting that year, the share of micro-exporters (exports under 75,000 EUR); null
 * when none exported (microShare has no exporters to share over).
 * @example
 * microExporterShare([{ exports: 40_000, ... }, { exports: 0, ... }, { exports: 120_000, ... }]); // 0.5
 */
export function microExporterShare(snapshots: readonly FirmSnapshot[]): number | null {
  const exports = snapshots.map((s) => s.exports);
  return exports.some((x) => x > 0) ? microShare(exports) : null;
}

/**
 * Median number of markets over all the firms, non-exporters counting 0, so that before and after
 * describe the same firms; null without firms.
 * @example
 * medianMarkets([{ markets: 0, ... }, { markets: 3, ... }]); // 1.5
 */
export function medianMarkets(snapshots: readonly FirmSnapshot[]): number | null {
  return median(snapshots.map((s) => s.markets));
}

/**
 * Among the firms exporting that year, the shares serving exactly one market and at most five; null
 * when none exported.
 * @example
 * marketReach([{ markets: 1, ... }, { markets: 4, ... }, { markets: 7, ... }, { markets: 0, ... }]);
 * // { singleMarketShare: 1/3, fiveMarketsShare: 2/3 }
 */
export function marketReach(snapshots: readonly FirmSnapshot[]): MarketReach {
  let exporters = 0;
  let single = 0;
  let fewMarkets = 0;
  for (const { markets } of snapshots) {
    if (markets === 0) continue;
    exporters++;
    if (markets === 1) single++;
    if (markets <= FIVE_MARKETS) fewMarkets++;
  }
  return { singleMarketShare: ratio(single, exporters), fiveMarketsShare: ratio(fewMarkets, exporters) };
}
