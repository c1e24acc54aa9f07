/**
 * Export growth between two years split into its intensive and extensive margins (docs/indicators.md, "Growth margins").
 */
import { checkedSum } from './sum';
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
 * (new markets minus lost ones) and the change in market count. `total` is the sum of the per-market
 * differences, so it equals intensive + extensive; each is the exact sum rounded once. Values must be
 * finite and not negative; two empty years give all zeros; a sum beyond the largest double is `invalid`.
 * @example
 * growthMargins({ DE: 50, FR: 30 }, { DE: 60, FR: 30, US: 20 });
 * // { total: 30, intensive: 10, extensive: 20, markets: 1 }
 * growthMargins({ DE: 1e308, FR: 1e308 }, { DE: 1e308, FR: 1e308 }).total; // 0
 */
export function growthMargins(before: ExportsByMarket, after: ExportsByMarket): GrowthMargins {
  const from = checked(before, 'before');
  const to = checked(after, 'after');
  // Terms rather than differences: each sum below is exact before its one rounding, so markets that
  // cancel (1e308 before and after) give 0, never Infinity - Infinity.
  const intensive: number[] = [];
  const extensive: number[] = [];
  let marketsBefore = 0;
  let marketsAfter = 0;
  for (const [country, value] of from) {
    if (value <= 0) continue;
    marketsBefore++;
    const later = to.get(country) ?? 0;
    if (later > 0) intensive.push(later, -value);
    else extensive.push(-value); // a lost market
  }
  for (const [country, value] of to) {
    if (value <= 0) continue;
    marketsAfter++;
    if ((from.get(country) ?? 0) <= 0) extensive.push(value); // a new market
  }
  return {
    total: checkedSum([...intensive, ...extensive]),
    intensive: checkedSum(intensive),
    extensive: checkedSum(extensive),
    markets: marketsAfter - marketsBefore,
  };
}
