import fc from 'fast-check';
import { gini, lorenz, theil } from '../../../shared/indicators/inequality';
import { close, expectClose, fixture, indicatorErrorOf } from './fixtures';
import { marketValues, permuted, scaled } from './generators';

const calls: Record<string, (args: unknown[]) => unknown> = {
  gini: ([values, standardised]) => gini(values as number[], standardised as boolean | undefined),
  theil: ([values]) => theil(values as number[]),
  lorenz: ([values]) => lorenz(values as number[]),
};

describe('inequality on the fixture vectors', () => {
  describe.each(fixture.vectors)('$name', (vector) => {
    it('gives the population Gini', () => {
      expectClose(gini(vector.values), vector.gini);
      expectClose(gini(vector.values, false), vector.gini);
    });

    it('gives the standardised Gini, or says it is undefined', () => {
      const expected = vector.giniStandardised;
      if (typeof expected === 'number') expectClose(gini(vector.values, true), expected);
      else expect(indicatorErrorOf(() => gini(vector.values, true)).kind).toBe(expected.error);
    });

    it('gives Theil', () => {
      expectClose(theil(vector.values), vector.theil);
    });

    it('gives the Lorenz points from [0, 0] to [1, 1]', () => {
      const points = lorenz(vector.values);

      expect(points).toHaveLength(vector.lorenz.length);
      points.forEach(([x, y], i) => {
        const [ex, ey] = vector.lorenz[i] ?? [Number.NaN, Number.NaN];
        expectClose(x, ex);
        expectClose(y, ey);
      });
      expect(points.at(-1)).toEqual([1, 1]);
    });
  });
});

describe('inequality on the public vector', () => {
  it('gives Theil as the formula does, ≈ 0.244174', () => {
    const values = [50, 30, 15, 5];
    const mean = 25;
    const expected = values.reduce((sum, x) => sum + (x / mean) * Math.log(x / mean), 0) / values.length;

    const result = theil(values);

    expectClose(result, expected);
    expect(result).toBeCloseTo(0.244174, 6);
  });

  it('sorts a copy, leaving the caller’s array in its order', () => {
    const values = [50, 5, 30, 15];

    gini(values);

    expect(values).toEqual([50, 5, 30, 15]);
  });
});

describe('inequality errors', () => {
  it.each(fixture.errors.inequality)('$call fails as $kind: $message', ({ call, args, kind, message }) => {
    const act = calls[call];
    if (!act) throw new Error(`no call named ${call}`);

    const error = indicatorErrorOf(() => act(args));

    expect(error.kind).toBe(kind);
    expect(error.message).toBe(message);
  });
});

describe('inequality properties', () => {
  it('keeps Gini between 0 and 1 - 1/n', () => {
    fc.assert(
      fc.property(marketValues, (values) => {
        const result = gini(values);
        return result >= 0 && result <= 1 - 1 / values.length + 1e-12;
      }),
    );
  });

  it('keeps Theil between 0 and ln n', () => {
    fc.assert(
      fc.property(marketValues, (values) => {
        const result = theil(values);
        return result >= 0 && result <= Math.log(values.length) + 1e-12;
      }),
    );
  });

  it('leaves Gini and Theil unchanged when the values are reordered', () => {
    fc.assert(
      fc.property(
        permuted,
        ([values, reordered]) =>
          close(gini(reordered), gini(values)) && close(theil(reordered), theil(values)),
      ),
    );
  });

  it('leaves Gini and Theil unchanged when every value is scaled by the same positive factor', () => {
    fc.assert(
      fc.property(scaled, ([values, factor]) => {
        const times = values.map((x) => x * factor);
        return close(gini(times), gini(values)) && close(theil(times), theil(values));
      }),
    );
  });

  it('draws a Lorenz curve that rises, stays under the diagonal and ends at [1, 1]', () => {
    fc.assert(
      fc.property(marketValues, (values) => {
        const points = lorenz(values);
        const rises = points.every(
          ([x, y], i) => i === 0 || (x > (points[i - 1]?.[0] ?? 1) && y >= (points[i - 1]?.[1] ?? 1)),
        );
        const underDiagonal = points.every(([x, y]) => y <= x + 1e-12);
        return points.length === values.length + 1 && rises && underDiagonal;
      }),
    );
  });
});
