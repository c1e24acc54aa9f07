/**
 * Resolution of caller-supplied stage thresholds over the defaults.
 */
import { IndicatorError } from '../errors';
import { checkWholeNumber } from '../indicators/validate';
import { DEFAULT_THRESHOLDS } from './constants';
import type { StageThresholds } from './types';

/**
 * Merges partial thresholds over {@link DEFAULT_THRESHOLDS} and checks them (`invalid` when out of range).
 * @example
 * resolveThresholds({ minMarkets: 3 }); // { minMarkets: 3, minIntensity: 0.1, persistenceYears: 2 }
 */
export function resolveThresholds(overrides: Partial<StageThresholds> = {}): StageThresholds {
  // The common case, once per firm-year: nothing to merge or check.
  if (Object.keys(overrides).length === 0) return DEFAULT_THRESHOLDS;
  // Spread skips explicit `undefined`s so that `{ minMarkets: undefined }` keeps the default.
  const defined = Object.fromEntries(Object.entries(overrides).filter(([, value]) => value !== undefined));
  const thresholds: StageThresholds = { ...DEFAULT_THRESHOLDS, ...defined };
  checkWholeNumber(thresholds.minMarkets, 'minMarkets');
  checkWholeNumber(thresholds.persistenceYears, 'persistenceYears');
  const { minIntensity } = thresholds;
  if (typeof minIntensity !== 'number' || !Number.isFinite(minIntensity) || minIntensity < 0) {
    throw new IndicatorError(
      'invalid',
      `minIntensity must be a fraction of at least 0 (found ${minIntensity})`,
    );
  }
  return thresholds;
}
