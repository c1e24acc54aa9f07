/**
 * Read-only views of a firm's history for one year: exports by market, turnover, active agreements.
 */
import { IndicatorError } from '../errors';
import { checkedSum } from '../indicators/sum';
import { checkAmount } from '../indicators/validate';
import type { AgreementKind, AgreementRecord, ExportRecord, FirmHistory } from './types';

/** Checks a year argument: a whole number (any sign is a calendar year; the data decides what exists). */
export function checkYear(year: number, label = 'year'): number {
  if (typeof year !== 'number' || !Number.isInteger(year)) {
    throw new IndicatorError('invalid', `${label} must be a whole number (found ${String(year)})`);
  }
  return year;
}

// Exports by year then country, built once per history: the stage rule reads several years of the same
// firm, and a firm view reads every year, so scanning the flows once instead of per question keeps a
// 1,000-firm batch linear. Histories are treated as immutable (keyed by their exports array).
const byYearCache = new WeakMap<readonly ExportRecord[], Map<number, ReadonlyMap<string, number>>>();
const NO_MARKETS: ReadonlyMap<string, number> = new Map();

function exportsByYear(history: FirmHistory): Map<number, ReadonlyMap<string, number>> {
  let byYear = byYearCache.get(history.exports);
  if (!byYear) {
    const building = new Map<number, Map<string, number>>();
    for (const flow of history.exports) {
      if (!(flow.value > 0)) continue;
      let byCountry = building.get(flow.year);
      if (!byCountry) building.set(flow.year, (byCountry = new Map()));
      byCountry.set(flow.country, (byCountry.get(flow.country) ?? 0) + flow.value);
    }
    byYear = building;
    byYearCache.set(history.exports, byYear);
  }
  return byYear;
}

/** Exports by country in one year, summed per country; only markets with a value above 0. */
export function marketsIn(history: FirmHistory, year: number): ReadonlyMap<string, number> {
  return exportsByYear(history).get(year) ?? NO_MARKETS;
}

/**
 * Total exports in one year (0 when none), the exact sum rounded once; `invalid` when a value is not
 * finite or the sum is beyond the largest double.
 */
export function exportsIn(history: FirmHistory, year: number): number {
  const values = [...marketsIn(history, year).values()];
  // Corrupt data (Infinity) is named as such, not taken for a total that overflowed.
  for (const value of values) checkAmount(value, 'exports');
  return checkedSum(values);
}

/** The turnover of one year, or undefined when missing or not a positive finite number. */
export function turnoverIn(history: FirmHistory, year: number): number | undefined {
  const value = history.turnover[String(year)];
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : undefined;
}

/** Whether an agreement is active in year t: `year <= t` and (`endYear` absent or `t <= endYear`). */
export function isActive(agreement: AgreementRecord, year: number): boolean {
  return (
    agreement.year <= year &&
    (agreement.endYear === undefined || agreement.endYear === null || year <= agreement.endYear)
  );
}

/** Whether an agreement of one of the kinds is active in the year. */
export function hasActive(history: FirmHistory, year: number, kinds: readonly AgreementKind[]): boolean {
  return history.agreements.some((agreement) => kinds.includes(agreement.kind) && isActive(agreement, year));
}
