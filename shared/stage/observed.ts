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
