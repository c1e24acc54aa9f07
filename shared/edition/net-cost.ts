/**
 * What the programme spent per additional firm moving up a stage: the grants over the admitted
 * applicants times the effect on moving up (docs/indicators.md, "Net cost").
 */
import { checkAmount } from '../indicators/validate';
import type { Estimate } from './estimate';
import type { EditionProject } from './input';

/** The net cost and its interval (from the interval of the moving-up effect). */
export interface NetCost {
  /** G / (N_A × movedUp.estimate); null when the denominator is not above 0. */
  costPerAdditionalFirmMovingUp: number | null;
  /** G / (N_A × movedUp.high); null likewise. */
  costPerAdditionalFirmMovingUpLow: number | null;
  /** G / (N_A × movedUp.low); null likewise. */
  costPerAdditionalFirmMovingUpHigh: number | null;
}

/** G / (n × effect), null unless n × effect is above 0. */
function costPer(grants: number, admitted: number, effect: number | null): number | null {
  if (effect === null) return null;
  const denominator = admitted * effect;
  return denominator > 0 ? grants / denominator : null;
}

/**
 * The grants G of all the edition's projects divided by N_A (all its admitted applicants) times the
 * moving-up effect, and the same with the interval's ends (high effect, low cost). `invalid` on a
 * negative or non-finite grant.
 * @example
 * netCost([{ grant: 100_000, ... }], 10, { estimate: 0.2, low: 0.1, high: 0.4, ... });
 * // { costPerAdditionalFirmMovingUp: 50_000, costPerAdditionalFirmMovingUpLow: 25_000, costPerAdditionalFirmMovingUpHigh: 100_000 }
 */
export function netCost(
  projects: readonly Pick<EditionProject, 'grant'>[],
  admitted: number,
  movedUp: Estimate,
): NetCost {
  let grants = 0;
  for (const { grant } of projects) grants += checkAmount(grant, 'grant');
  return {
    costPerAdditionalFirmMovingUp: costPer(grants, admitted, movedUp.estimate),
    costPerAdditionalFirmMovingUpLow: costPer(grants, admitted, movedUp.high),
    costPerAdditionalFirmMovingUpHigh: costPer(grants, admitted, movedUp.low),
  };
}
