/**
 * Per-year summary of a firm (stage and export measures) as the API and the custom functions show it.
 */
import { hhi } from '../indicators/concentration';
import type { StageResult } from './stage';
import { stageOf } from './stage';
import { exportsIn, marketsIn, turnoverIn } from './history';
import { observedYears } from './observed';
import type { FirmHistory, StageThresholds } from './types';

/** One firm-year: its stage and the export measures behind it. */
export interface FirmYear extends StageResult {
  /** Total exports (EUR; 0 when none). */
  exports: number;
  /** Markets with exports above 0. */
  markets: number;
  /** HHI of exports across markets (fraction), null without exports. */
  hhi: number | null;
  /** Exports / turnover, null when the turnover of that year is missing or zero. */
  intensity: number | null;
}

/**
 * A firm's stage and export measures in one year it is observed in (a year without data has no stage:
 * callers check `isObserved` first, as the firm view does).
 * @example
 * firmYear({ exports: [{ year: 2008, country: 'DE', value: 40_000 }], turnover: { 2008: 800_000 }, agreements: [] }, 2008);
 * // { stage: 1, reason: 'EXPORTER', flags: [], exports: 40000, markets: 1, hhi: 1, intensity: 0.05 }
 */
export function firmYear(
  history: FirmHistory,
  year: number,
  thresholds: Partial<StageThresholds> = {},
): FirmYear {
  const stage = stageOf(history, year, thresholds);
  const byMarket = [...marketsIn(history, year).values()];
  const exports = exportsIn(history, year);
  const turnover = turnoverIn(history, year);
  return {
    ...stage,
    exports,
    markets: byMarket.length,
    hhi: byMarket.length > 0 ? hhi(byMarket) : null,
    intensity: turnover === undefined ? null : exports / turnover,
  };
}

/**
 * The latest year the firm is observed in (an export row, of any value, or a turnover entry), or null
 * when it is observed in none; what a custom function uses when the cell gives no year.
 * @example
 * latestYear({ exports: [{ year: 2008, country: 'DE', value: 1 }], turnover: { 2009: 5e5 }, agreements: [] }); // 2009
 */
export function latestYear(history: FirmHistory): number | null {
  return observedYears(history).at(-1) ?? null;
}
