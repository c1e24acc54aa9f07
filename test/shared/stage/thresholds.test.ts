import { DEFAULT_THRESHOLDS } from '../../../shared/stage/constants';
import { resolveThresholds } from '../../../shared/stage/thresholds';
import type { StageThresholds } from '../../../shared/stage/types';

describe('resolveThresholds', () => {
  it('gives the defaults of docs/indicators.md, "Stage rule": two markets, 10% intensity, two years', () => {
    expect(resolveThresholds()).toEqual({ minMarkets: 2, minIntensity: 0.1, persistenceYears: 2 });
    expect(DEFAULT_THRESHOLDS).toEqual(resolveThresholds());
  });

  it('overrides only what the caller gives, keeping defaults for explicit undefineds', () => {
    const result = resolveThresholds({ minMarkets: 3, minIntensity: undefined });

    expect(result).toEqual({ minMarkets: 3, minIntensity: 0.1, persistenceYears: 2 });
  });

  it.each<[Partial<StageThresholds>, string]>([
    [{ minMarkets: 0 }, 'minMarkets must be a whole number of at least 1 (found 0)'],
    [{ persistenceYears: 1.5 }, 'persistenceYears must be a whole number of at least 1 (found 1.5)'],
    [{ minIntensity: -0.1 }, 'minIntensity must be a fraction of at least 0 (found -0.1)'],
    [{ minIntensity: Number.NaN }, 'minIntensity must be a fraction of at least 0 (found NaN)'],
  ])('rejects %p', (overrides, message) => {
    expect(() => resolveThresholds(overrides)).toThrow(message);
  });
});
