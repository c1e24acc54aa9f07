/**
 * Builders for firm snapshots and observations, so that module tests can state a firm-year directly
 * instead of going through a history and the stage rule.
 */
import type { FirmObservation, FirmSnapshot } from '../../../shared/edition';
import type { Stage } from '../../../shared/stage/types';

/** A firm-year from its exports by market; stage and intensity as given (0 and null unless told). */
export function snapshot(
  byMarket: Record<string, number> = {},
  { stage = 0, intensity = null }: { stage?: Stage; intensity?: number | null } = {},
): FirmSnapshot {
  const markets = new Map(Object.entries(byMarket).filter(([, value]) => value > 0));
  let exports = 0;
  for (const value of markets.values()) exports += value;
  return { stage, exports, markets: markets.size, intensity, byMarket: markets };
}

/** A firm observed before and after. */
export function observation(before: FirmSnapshot, after: FirmSnapshot): FirmObservation {
  return { before, after };
}

/** A firm that moved from one stage to another, with no exports detail. */
export function moved(from: Stage, to: Stage): FirmObservation {
  return observation(snapshot({}, { stage: from }), snapshot({}, { stage: to }));
}
