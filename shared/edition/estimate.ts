/**
 * The difference in mean changes between admitted and rejected firms, with its Welch standard error,
 * degrees of freedom and 95% interval (docs/indicators.md, "Programme effect").
 */
import quantile from '@stdlib/stats-base-dists-t-quantile';

/** Why an estimate is null: a group with fewer than 2 panel firms, or (pooled) no edition to pool. */
export type EstimateReason = 'TOO_FEW_ADMITTED' | 'TOO_FEW_REJECTED' | 'NO_EDITION';

/** An effect with its uncertainty; the numbers are null together, and then `reason` says why. */
export interface Estimate {
  /** Mean change of the admitted minus mean change of the rejected. */
  estimate: number | null;
  /** Standard error, sqrt(s²_A/n_A + s²_R/n_R). */
  se: number | null;
  /** Lower end of the 95% interval. */
  low: number | null;
  /** Upper end of the 95% interval. */
  high: number | null;
  /** Welch–Satterthwaite degrees of freedom (not rounded); null when se is 0 or the estimate null. */
  df: number | null;
  /** Admitted firms in the panel. */
  nAdmitted: number;
  /** Rejected firms in the panel. */
  nRejected: number;
  /** Why the numbers are null, else null. */
  reason: EstimateReason | null;
}

/** The probability of the two-sided 95% interval's upper quantile. */
export const INTERVAL_PROBABILITY = 0.975;

/** The mean and the sample variance (n - 1) of at least two values. */
function moments(values: readonly number[]): { mean: number; variance: number } {
  let sum = 0;
  for (const value of values) sum += value;
  const mean = sum / values.length;
  let squares = 0;
  for (const value of values) squares += (value - mean) ** 2;
  return { mean, variance: squares / (values.length - 1) };
}

/** An estimate whose numbers are all null, for the reason given. */
export function nullEstimate(nAdmitted: number, nRejected: number, reason: EstimateReason): Estimate {
  return { estimate: null, se: null, low: null, high: null, df: null, nAdmitted, nRejected, reason };
}

/**
 * Welch's comparison of the admitted firms' changes with the rejected firms' changes: estimate =
 * mean(admitted) - mean(rejected), se = sqrt(v_A + v_R) with v = s²/n, df by Welch–Satterthwaite and
 * low/high = estimate ∓ t(0.975, df) × se. With se = 0, low = high = estimate and df = null. A group
 * with fewer than 2 firms gives null numbers and reason `TOO_FEW_ADMITTED` (checked first) or
 * `TOO_FEW_REJECTED`.
 * @example
 * welchEstimate([1, 3], [0, 0, 3]); // estimate 1, se sqrt(1 + 1) = 1.414, df 4 / (1 + 0.5) = 2.667
 */
export function welchEstimate(admitted: readonly number[], rejected: readonly number[]): Estimate {
  const nAdmitted = admitted.length;
  const nRejected = rejected.length;
  if (nAdmitted < 2) return nullEstimate(nAdmitted, nRejected, 'TOO_FEW_ADMITTED');
  if (nRejected < 2) return nullEstimate(nAdmitted, nRejected, 'TOO_FEW_REJECTED');
  const a = moments(admitted);
  const r = moments(rejected);
  const estimate = a.mean - r.mean;
  const vA = a.variance / nAdmitted;
  const vR = r.variance / nRejected;
  const se = Math.sqrt(vA + vR);
  if (se === 0)
    return { estimate, se, low: estimate, high: estimate, df: null, nAdmitted, nRejected, reason: null };
  const df = (vA + vR) ** 2 / (vA ** 2 / (nAdmitted - 1) + vR ** 2 / (nRejected - 1));
  const half = quantile(INTERVAL_PROBABILITY, df) * se;
  return {
    estimate,
    se,
    low: estimate - half,
    high: estimate + half,
    df,
    nAdmitted,
    nRejected,
    reason: null,
  };
}

/** True when the estimate's interval is defined and leaves 0 out. */
export function excludesZero(estimate: Estimate): boolean {
  return (estimate.low !== null && estimate.low > 0) || (estimate.high !== null && estimate.high < 0);
}
