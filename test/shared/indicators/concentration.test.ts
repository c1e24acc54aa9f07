import fc from 'fast-check';
import {
  concentrationRatio,
  effectiveMarkets,
  hhi,
  hhiNormalised,
} from '../../../shared/indicators/concentration';
import type { HhiScale } from '../../../shared/indicators/concentration';
import { close, expectClose, fixture, indicatorErrorOf } from './fixtures';
import { marketValues, permuted, scaled } from './generators';

const calls: Record<string, (args: unknown[]) => unknown> = {
  hhi: ([values, scale]) => hhi(values as number[], scale as HhiScale | undefined),
  hhiNormalised: ([values]) => hhiNormalised(values as number[]),
  concentrationRatio: ([values, k]) => concentrationRatio(values as number[], k as number),
  effectiveMarkets: ([values]) => effectiveMarkets(values as number[]),
};

describe('concentration on the fixture vectors', () => {
  describe.each(fixture.vectors)('$name', (vector) => {
    it('gives HHI on fractions and on the 10,000 scale', () => {
      expectClose(hhi(vector.values), vector.hhi);
      expectClose(hhi(vector.values, 'fraction'), vector.hhi);
      expectClose(hhi(vector.values, '10000'), vector.hhi10000);
    });

    it('gives normalised HHI, or says it is undefined', () => {
      const expected = vector.hhiNormalised;
      if (typeof expected === 'number') expectClose(hhiNormalised(vector.values), expected);
      else expect(indicatorErrorOf(() => hhiNormalised(vector.values)).kind).toBe(expected.error);
    });

    it('gives CR_k for each k listed', () => {
      for (const [k, expected] of Object.entries(vector.concentrationRatio)) {
        expectClose(concentrationRatio(vector.values, Number(k)), expected);
      }
    });

    it('gives the effective number of markets', () => {
      expectClose(effectiveMarkets(vector.values), vector.effectiveMarkets);
    });
  });
});

describe('concentration on the public vector', () => {
  it('gives HHI* exactly as (0.365 - 0.25) / 0.75', () => {
    const values = [50, 30, 15, 5];

    const result = hhiNormalised(values);

    expectClose(result, (0.365 - 0.25) / 0.75);
    expect(result).toBeCloseTo(0.153333, 6);
  });

  it('leaves the caller’s array untouched', () => {
    const values = [5, 50, 15, 30];

    concentrationRatio(values, 2);

    expect(values).toEqual([5, 50, 15, 30]);
  });
});

describe('concentration errors', () => {
  it.each(fixture.errors.concentration)('$call fails as $kind: $message', ({ call, args, kind, message }) => {
    const act = calls[call];
    if (!act) throw new Error(`no call named ${call}`);

    const error = indicatorErrorOf(() => act(args));

    expect(error.kind).toBe(kind);
    expect(error.message).toBe(message);
  });
});

describe('concentration properties', () => {
  it('keeps HHI between 1/N and 1', () => {
    fc.assert(
      fc.property(marketValues, (values) => {
        const n = values.filter((x) => x > 0).length;
        const result = hhi(values);
        return result >= 1 / n - 1e-12 && result <= 1 + 1e-12;
      }),
    );
  });

  it('leaves HHI unchanged when the markets are reordered', () => {
    fc.assert(fc.property(permuted, ([values, reordered]) => close(hhi(reordered), hhi(values))));
  });

  it('leaves HHI unchanged when every value is scaled by the same positive factor', () => {
    fc.assert(
      fc.property(scaled, ([values, factor]) => close(hhi(values.map((x) => x * factor)), hhi(values))),
    );
  });

  it('never lowers CR_k as k grows, and gives CR_N = 1', () => {
    fc.assert(
      fc.property(marketValues, (values) => {
        const n = values.filter((x) => x > 0).length;
        let previous = 0;
        for (let k = 1; k <= values.length + 1; k++) {
          const ratio = concentrationRatio(values, k);
          if (ratio < previous) return false;
          previous = ratio;
        }
        return concentrationRatio(values, n) === 1;
      }),
    );
  });

  it('counts N equal markets as N effective markets', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 200 }),
        fc.double({ min: 1e-3, max: 1e9, noNaN: true }),
        (n, value) => close(effectiveMarkets(Array.from({ length: n }, () => value)), n),
      ),
    );
  });

  it('keeps HHI* between 0 and 1', () => {
    fc.assert(
      fc.property(marketValues, (values) => {
        fc.pre(values.filter((x) => x > 0).length >= 2);
        const result = hhiNormalised(values);
        return result >= 0 && result <= 1 + 1e-12;
      }),
    );
  });
});
