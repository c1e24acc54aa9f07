/**
 * Builders for firm snapshots and observations, so that module tests can state a firm-year directly
 * instead of going through a history and the stage rule.
 */
import type { FirmObservation, FirmSnapshot, FirmYears } from '../../../shared/edition';
import type { Stage } from '../../../shared/stage/types';

/**
 * A firm-year from its exports by market; stage and intensity as given (0 and null unless told), the
 * turnover 1 when an intensity is given and null otherwise unless told.
 */
export function snapshot(
  byMarket: Record<string, number> = {},
  {
    stage = 0,
    intensity = null,
    turnover = intensity === null ? null : 1,
  }: { stage?: Stage; intensity?: number | null; turnover?: number | null } = {},
): FirmSnapshot {
  const markets = new Map(Object.entries(byMarket).filter(([, value]) => value > 0));
  let exports = 0;
  for (const value of markets.values()) exports += value;
  return { stage, exports, markets: markets.size, intensity, turnover, byMarket: markets };
}

/** A firm observed before and after. */
export function observation(before: FirmSnapshot, after: FirmSnapshot): FirmObservation {
  return { before, after };
}

/** A firm that moved from one stage to another, with no exports detail. */
export function moved(from: Stage, to: Stage): FirmObservation {
  return observation(snapshot({}, { stage: from }), snapshot({}, { stage: to }));
}

/**
 * Firm-years read off a table (firm id -> year -> snapshot) instead of histories: a firm is observed in
 * the years its row lists.
 */
export function tableYears(table: Record<string, Record<number, FirmSnapshot>>): FirmYears {
  const at = (firmId: string, year: number) =>
    Object.hasOwn(table, firmId) ? table[firmId]?.[year] : undefined;
  return {
    history: (firmId) =>
      Object.hasOwn(table, firmId) ? { exports: [], turnover: {}, agreements: [] } : undefined,
    at,
    pair(firmId, { before, after }) {
      const from = at(firmId, before);
      const to = at(firmId, after);
      return from && to ? { before: from, after: to } : undefined;
    },
    missing: () => 0,
  };
}

/** `count` markets of 1 EUR each (M0, M1, ...), for a firm-year with that many markets. */
export function markets(count: number, options: Parameters<typeof snapshot>[1] = {}): FirmSnapshot {
  return snapshot(Object.fromEntries(Array.from({ length: count }, (_, i) => [`M${i}`, 1])), options);
}
