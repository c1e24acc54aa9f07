/**
 * Export growth between two years split into its intensive and extensive margins (DESIGN section 4).
 */
import { checkAmount } from './validate';

/** Exports by market for one year: `{country: value}`; a missing market means no exports there. */
export type ExportsByMarket = Readonly<Record<string, number>>;

/** Growth between two years and where it came from. */
export interface GrowthMargins {
  /** Change of total exports (after minus before). */
  total: number;
  /** Change on the markets served (value above 0) in both years. */
  intensive: number;
  /** Exports to new markets minus exports lost with the markets left. */
  extensive: number;
  /** Change in the number of markets served. */
  markets: number;
}

/** Checks every value of one year, naming the bad one as `before.DE`. */
function checked(values: ExportsByMarket, label: string): Map<string, number> {
  const result = new Map<string, number>();
  for (const [country, value] of Object.entries(values))
    result.set(country, checkAmount(value, `${label}.${country}`));
  return result;
}

/**
 * Splits the change in exports between two years: intensive (markets served both years), extensive
 * (new markets minus lost ones) and the change in market count. `total` equals intensive + extensive
 * up to rounding. Values must be finite and not negative; two empty years give all zeros.
 * @example
 * growthMargins({ DE: 50, FR: 30 }, { DE: 60, FR: 30, US: 20 });
 * // { total: 30, intensive: 10, extensive: 20, markets: 1 }
 */
export function growthMargins(before: ExportsByMarket, after: ExportsByMarket): GrowthMargins {
  const from = checked(before, 'before');
  const to = checked(after, 'after');
  let totalBefore = 0;
  let totalAfter = 0;
  let intensive = 0;
  let extensive = 0;
  let marketsBefore = 0;
  let marketsAfter = 0;
  for (const [country, value] of from) {
    totalBefore += value;
    if (value <= 0) continue;
    marketsBefore++;
    const later = to.get(country) ?? 0;
    if (later > 0) intensive += later - value;
    else extensive -= value; // a lost market
  }
  for (const [country, value] of to) {
    totalAfter += value;
    if (value <= 0) continue;
    marketsAfter++;
    if ((from.get(country) ?? 0) <= 0) extensive += value; // a new market
  }
  return { total: totalAfter - totalBefore, intensive, extensive, markets: marketsAfter - marketsBefore };
}
