/**
 * The programme effect of an edition: for a pair of years, the mean change of the admitted panel firms
 * minus the mean change of the rejected ones, with a Welch interval, on three measures (docs/indicators.md,
 * "Programme effect").
 */
import { welchEstimate, type Estimate } from './estimate';
import type { FirmObservation, FirmSnapshot } from './panel';

/** The measures the effect is estimated on. */
export const MEASURES = ['exporting', 'markets', 'intensity'] as const;
/** One of {@link MEASURES}. */
export type Measure = (typeof MEASURES)[number];

/** One estimate per measure. */
export type MeasureEstimates = Record<Measure, Estimate>;

/** The two groups of a panel (any observations of both years). */
export interface Groups<T extends FirmObservation = FirmObservation> {
  admitted: readonly T[];
  rejected: readonly T[];
}

/** A firm's value of one measure in one year. */
type Level = (year: FirmSnapshot) => number;

/** 1 when the firm exports (exports > 0), else 0. */
const exporting: Level = (year) => (year.exports > 0 ? 1 : 0);
/** Markets with exports above 0. */
const markets: Level = (year) => year.markets;
/** Exports / turnover (only asked of firm-years with a turnover above 0). */
const intensity: Level = (year) => year.intensity ?? 0;

/** True when the firm has a turnover above 0 in both years (the intensity panel). */
export function hasTurnoverBothYears(firm: FirmObservation): boolean {
  return (
    firm.before.turnover !== null &&
    firm.before.turnover > 0 &&
    firm.after.turnover !== null &&
    firm.after.turnover > 0
  );
}

/** The firms' changes after - before of one measure. */
function changes(firms: readonly FirmObservation[], level: Level): number[] {
  return firms.map((firm) => level(firm.after) - level(firm.before));
}

/** The estimate of one measure over the groups' firms. */
function estimateOf(groups: Groups, level: Level): Estimate {
  return welchEstimate(changes(groups.admitted, level), changes(groups.rejected, level));
}

/**
 * Estimates of the change in exporting (0/1), in markets and in intensity, admitted minus rejected;
 * intensity only over the firms with a turnover above 0 in both years.
 * @example
 * measureEffects({ admitted, rejected }).exporting.estimate; // mean Δ exporting(A) - mean Δ exporting(R)
 */
export function measureEffects(groups: Groups): MeasureEstimates {
  const withTurnover = {
    admitted: groups.admitted.filter(hasTurnoverBothYears),
    rejected: groups.rejected.filter(hasTurnoverBothYears),
  };
  return {
    exporting: estimateOf(groups, exporting),
    markets: estimateOf(groups, markets),
    intensity: estimateOf(withTurnover, intensity),
  };
}

/**
 * The estimate of moving up: each firm's change replaced by 1 when its stage after is above its stage
 * before, else 0.
 * @example
 * movedUpEffect({ admitted, rejected }).estimate; // share moving up (A) - share moving up (R)
 */
export function movedUpEffect(groups: Groups): Estimate {
  const movedUp = (firms: readonly FirmObservation[]) =>
    firms.map(({ before, after }) => (after.stage > before.stage ? 1 : 0));
  return welchEstimate(movedUp(groups.admitted), movedUp(groups.rejected));
}
