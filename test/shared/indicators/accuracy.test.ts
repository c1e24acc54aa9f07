/**
 * The accuracy rule (docs/indicators.md, "Accuracy"): within 1e-9 relative or 1e-12 absolute of the
 * exact value, checked on adversarial inputs whose exact results have closed forms.
 */
import { IndicatorError } from '../../../shared/errors';
import {
  concentrationRatio,
  effectiveMarkets,
  hhi,
  hhiNormalised,
} from '../../../shared/indicators/concentration';
import { exportIntensity } from '../../../shared/indicators/exports';
import { gini, lorenz, theil } from '../../../shared/indicators/inequality';
import { growthMargins } from '../../../shared/indicators/margins';
import { OVERFLOW_MESSAGE, checkedSum, exactSum } from '../../../shared/indicators/sum';
import { expectClose } from './fixtures';

/** Whether a result meets the rule: 1e-9 relative or 1e-12 absolute, whichever is looser. */
function expectAccurate(actual: number, exact: number): void {
  const tolerance = Math.max(1e-9 * Math.abs(exact), 1e-12);
  if (!(Math.abs(actual - exact) <= tolerance)) throw new Error(`expected ${exact}, got ${actual}`);
}

describe('values from 1e-300 to 1e300 in one list', () => {
  it('gives theil([1e300, 1e-300]) = ln 2 and HHI* = 1', () => {
    expectAccurate(theil([1e300, 1e-300]), Math.LN2);
    expectAccurate(hhiNormalised([1e300, 1e-300]), 1);
  });

  it('gives theil([2, 5e-324]) = ln 2: a value that underflows when scaled adds 0 ln 0 = 0', () => {
    expectAccurate(theil([2, 5e-324]), Math.LN2);
  });

  it('counts a market whose share underflows as a market', () => {
    expect(concentrationRatio([1e300, 1e-300], 2)).toBe(1);
    expectAccurate(concentrationRatio([1e300, 1e-300, 1e300], 1), 0.5);
    // Three markets, one negligible: HHI = 1/2, HHI* = (1/2 - 1/3) / (2/3) = 1/4.
    expectAccurate(hhi([1e300, 1e-300, 1e300]), 0.5);
    expectAccurate(hhiNormalised([1e300, 1e-300, 1e300]), 0.25);
    expectAccurate(effectiveMarkets([1e300, 1e-300, 1e300]), 2);
  });

  it('gives Gini and the Lorenz curve of [1e-300, 1e300]: 1/2 and [[0, 0], [0.5, 0], [1, 1]]', () => {
    expectAccurate(gini([1e-300, 1e300]), 0.5);
    expect(lorenz([1e300, 1e-300])).toEqual([
      [0, 0],
      [0.5, 0],
      [1, 1],
    ]);
  });
});

describe('10^6 values', () => {
  const n = 1_000_000;
  const onesAndTwo = Array.from({ length: n }, (_, i) => (i === n - 1 ? 2 : 1));

  it('gives Gini (n-1)/(n(n+1)) for 999,999 ones and a 2', () => {
    expectAccurate(gini(onesAndTwo), (n - 1) / (n * (n + 1)));
    expectAccurate(gini(onesAndTwo, true), 1 / (n + 1));
  });

  it('gives HHI, HHI* and Theil of 999,999 ones and a 2 by their closed forms', () => {
    // Total n + 1; HHI = (n - 1 + 4) / (n + 1)^2; HHI* = n/(n-1) (HHI - 1/n).
    const exactHhi = (n + 3) / (n + 1) ** 2;
    expectAccurate(hhi(onesAndTwo), exactHhi);
    expectAccurate(hhiNormalised(onesAndTwo), (n / (n - 1)) * (exactHhi - 1 / n));
    // mu = (n+1)/n: T = (1/n) [(n-1) r1 ln r1 + r2 ln r2], r1 = n/(n+1), r2 = 2n/(n+1).
    const r1 = n / (n + 1);
    const r2 = (2 * n) / (n + 1);
    expectAccurate(theil(onesAndTwo), ((n - 1) * r1 * Math.log(r1) + r2 * Math.log(r2)) / n);
  });

  it('gives 0 for a million equal values that are not exact in binary', () => {
    const equal = new Array<number>(n).fill(0.1);

    expectAccurate(gini(equal), 0);
    expectAccurate(theil(equal), 0);
    expectAccurate(hhiNormalised(equal), 0);
    expectAccurate(hhi(equal), 1 / n);
  });

  it('keeps the Lorenz curve of a million values on its points', () => {
    const points = lorenz(onesAndTwo);

    expect(points).toHaveLength(n + 1);
    expectAccurate(points[n / 2]?.[1] ?? Number.NaN, n / 2 / (n + 1));
    expectAccurate(points[n - 1]?.[1] ?? Number.NaN, (n - 1) / (n + 1));
  });
});

describe('the public vector still holds', () => {
  it('gives HHI 0.365, HHI* 0.153333, CR2 0.8, Gini 0.375 (0.5 standardised), Theil 0.244174', () => {
    const values = [50, 30, 15, 5];

    expectClose(hhi(values), 0.365);
    expectClose(hhiNormalised(values), 0.46 / 3);
    expectClose(concentrationRatio(values, 2), 0.8);
    expectClose(gini(values), 0.375);
    expectClose(gini(values, true), 0.5);
    expect(theil(values)).toBeCloseTo(0.244174, 6);
  });

  it('gives HHI 1 for a single market, and no HHI*', () => {
    expect(hhi([100])).toBe(1);
    expect(() => hhiNormalised([100])).toThrow('HHI* needs at least two markets with exports');
  });
});

describe('growth margins at the edge of the doubles', () => {
  it('gives a total of 0 when two markets of 1e308 stay the same', () => {
    const before = { DE: 1e308, FR: 1e308 };

    expect(growthMargins(before, { DE: 1e308, FR: 1e308 })).toEqual({
      total: 0,
      intensive: 0,
      extensive: 0,
      markets: 0,
    });
  });

  it('sums the per-market differences exactly', () => {
    const result = growthMargins({ DE: 1e300, FR: 1 }, { DE: 1e300, FR: 2, US: 1e-300 });

    expect(result).toEqual({ total: 1, intensive: 1, extensive: 1e-300, markets: 1 });
  });

  it('gives a finite total when only the sums of each year would overflow', () => {
    const result = growthMargins({ DE: 1.5e308, FR: 1.5e308 }, { DE: 1.6e308, FR: 1.5e308 });

    expectAccurate(result.total, 0.1e308);
    expectAccurate(result.intensive, 0.1e308);
  });

  it('rejects a change beyond the largest double as invalid', () => {
    const act = (): unknown => growthMargins({}, { DE: 1e308, FR: 1e308 });

    expect(act).toThrow(IndicatorError);
    expect(act).toThrow(OVERFLOW_MESSAGE);
    expect(OVERFLOW_MESSAGE).toBe('the total exceeds the largest representable number');
  });
});

describe('exactSum', () => {
  it.each([
    [[0.1, 0.2, 0.3], 0.6],
    [[1e300, 1, -1e300], 1],
    [[1e308, 1e308, -1e308], 1e308],
    [[1, 1e-16, 1e-16], 1.0000000000000002],
    [[], 0],
  ])('sums %p to %p, correctly rounded', (terms, expected) => {
    expect(exactSum(terms)).toBe(expected);
  });

  it('gives +0, not -0, for cancelling terms', () => {
    expect(Object.is(exactSum([-1, 1]), 0)).toBe(true);
  });

  it('gives Infinity when the exact sum overflows, which checkedSum rejects', () => {
    expect(exactSum([1e308, 1e308])).toBe(Infinity);
    expect(() => checkedSum([1e308, 1e308])).toThrow(OVERFLOW_MESSAGE);
  });
});

describe('export intensity at the edge of the doubles', () => {
  it('divides tiny and huge amounts exactly', () => {
    expect(exportIntensity(1e-300, 1e-300)).toBe(1);
  });

  it('rejects a ratio beyond the largest double as invalid', () => {
    expect(() => exportIntensity(1e300, 1e-300)).toThrow(
      'export intensity exceeds the largest representable number',
    );
  });
});
