/**
 * Whether a firm is observed in a year: its turnover has an entry for the year (any value, 0 included)
 * or it has at least one export row for the year (any value). A year in which a firm is not observed is
 * missing data, never "no exports": it has no stage (docs/indicators.md, "Observed").
 */
import type { FirmHistory } from './types';

/** True when the firm has a turnover entry or an export row for `year`. */
export function isObserved(history: FirmHistory, year: number): boolean {
  if (Object.hasOwn(history.turnover, String(year))) return true;
  return history.exports.some((flow) => flow.year === year);
}

/**
 * The years the firm is observed in, ascending: every year of an export row or a turnover entry.
 * @example
 * observedYears({ exports: [{ year: 2009, country: 'DE', value: 0 }], turnover: { 2007: 5e5 }, agreements: [] });
 * // [2007, 2009]
 */
export function observedYears(history: FirmHistory): number[] {
  const years = new Set<number>();
  for (const flow of history.exports) if (Number.isInteger(flow.year)) years.add(flow.year);
  for (const key of Object.keys(history.turnover)) {
    const year = Number(key);
    if (Number.isInteger(year)) years.add(year);
  }
  return [...years].sort((a, b) => a - b);
}
