/**
 * The programme effect pooled over the editions: the fixed-effect inverse-variance average of the
 * editions' main estimates (docs/indicators.md, "Pooled effect").
 */
import { MEASURES, type Measure, type MeasureEstimates } from './effect';
import { nullEstimate, type Estimate } from './estimate';

/** The normal quantile of a two-sided 95% interval. */
export const POOLED_Z = 1.959964;

/** Why an edition's estimate is left out of the pool. */
export type ExclusionReason = 'TOO_FEW_ADMITTED' | 'TOO_FEW_REJECTED' | 'ZERO_SE';

/** A pooled estimate, with the editions it averages and those it leaves out. */
export interface PooledEstimate extends Estimate {
  /** Ids of the editions averaged. */
  editions: string[];
  /** Editions left out: a null estimate (its reason) or a standard error of 0 (`ZERO_SE`). */
  excluded: { edition: string; reason: ExclusionReason }[];
}

/** One edition's main estimates. */
export interface EditionEffect extends MeasureEstimates {
  edition: string;
}

/** The editions' main estimates and their pooled average per measure. */
export interface ProgrammeEffects {
  editions: EditionEffect[];
  pooled: Record<Measure, PooledEstimate>;
}

/**
 * Pools one measure: estimate = Σ w x / Σ w with w = 1/se², se = 1/sqrt(Σ w), low/high = estimate ∓
 * 1.959964 se, df null, nAdmitted/nRejected summed over the editions used. An edition with a null
 * estimate or se = 0 is excluded; with none left the numbers are null and reason `NO_EDITION`.
 * @example
 * pooledEstimate([{ edition: '2006', estimate: e1 }, { edition: '2007', estimate: e2 }]).estimate;
 */
export function pooledEstimate(
  estimates: readonly { edition: string; estimate: Estimate }[],
): PooledEstimate {
  const editions: string[] = [];
  const excluded: PooledEstimate['excluded'] = [];
  let weights = 0;
  let weighted = 0;
  let nAdmitted = 0;
  let nRejected = 0;
  for (const { edition, estimate } of estimates) {
    if (estimate.estimate === null || estimate.se === null) {
      excluded.push({
        edition,
        reason: estimate.reason === 'TOO_FEW_ADMITTED' ? 'TOO_FEW_ADMITTED' : 'TOO_FEW_REJECTED',
      });
      continue;
    }
    if (!(estimate.se > 0)) {
      excluded.push({ edition, reason: 'ZERO_SE' });
      continue;
    }
    const weight = 1 / estimate.se ** 2;
    weights += weight;
    weighted += weight * estimate.estimate;
    nAdmitted += estimate.nAdmitted;
    nRejected += estimate.nRejected;
    editions.push(edition);
  }
  if (editions.length === 0) {
    return { ...nullEstimate(nAdmitted, nRejected, 'NO_EDITION'), editions, excluded };
  }
  const estimate = weighted / weights;
  const se = 1 / Math.sqrt(weights);
  return {
    estimate,
    se,
    low: estimate - POOLED_Z * se,
    high: estimate + POOLED_Z * se,
    df: null,
    nAdmitted,
    nRejected,
    reason: null,
    editions,
    excluded,
  };
}

/**
 * The editions' main estimates as given and, per measure, their pooled average.
 * @example
 * programmeEffects([{ edition: '2006', ...effect2006 }]).pooled.exporting.editions; // ['2006'] when usable
 */
export function programmeEffects(editions: readonly EditionEffect[]): ProgrammeEffects {
  const pool = (measure: Measure) =>
    pooledEstimate(editions.map((e) => ({ edition: e.edition, estimate: e[measure] })));
  const pooled = Object.fromEntries(MEASURES.map((m) => [m, pool(m)])) as Record<Measure, PooledEstimate>;
  return {
    editions: editions.map(({ edition, exporting, markets, intensity }) => ({
      edition,
      exporting,
      markets,
      intensity,
    })),
    pooled,
  };
}
