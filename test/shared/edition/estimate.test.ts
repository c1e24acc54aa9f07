import quantile from '@stdlib/stats-base-dists-t-quantile';
import fc from 'fast-check';
import { excludesZero, welchEstimate } from '../../../shared/edition';

describe('welchEstimate, worked by hand', () => {
  it('gives every field of the estimate', () => {
    // admitted [1, 3]: mean 2, s² = 2, v_A = 2/2 = 1; rejected [0, 0, 3]: mean 1, s² = (1 + 1 + 4)/2 = 3,
    // v_R = 3/3 = 1. se = sqrt(2); df = (1 + 1)² / (1²/1 + 1²/2) = 4 / 1.5 = 8/3.
    const result = welchEstimate([1, 3], [0, 0, 3]);

    const half = quantile(0.975, 8 / 3) * Math.SQRT2;
    expect(result.estimate).toBe(1);
    expect(result.se).toBeCloseTo(Math.SQRT2, 14);
    expect(result.df).toBeCloseTo(8 / 3, 14);
    expect(result.low).toBeCloseTo(1 - half, 12);
    expect(result.high).toBeCloseTo(1 + half, 12);
    // t(0.975, 8/3) = 3.41977: the interval is 1 ∓ 4.83631.
    expect(result.high).toBeCloseTo(1 + 3.4197697 * Math.SQRT2, 6);
    expect(result).toMatchObject({ nAdmitted: 2, nRejected: 3, reason: null });
  });

  it('takes the t quantile at a whole df like a table does (df = 1: 12.706)', () => {
    // admitted [0, 2]: s² = 2, v_A = 1; rejected [0, 0]: v_R = 0; df = 1² / (1²/1 + 0) = 1.
    const result = welchEstimate([0, 2], [0, 0]);

    expect(result).toEqual({
      estimate: 1,
      se: 1,
      low: expect.closeTo(1 - 12.706204736, 8),
      high: expect.closeTo(1 + 12.706204736, 8),
      df: 1,
      nAdmitted: 2,
      nRejected: 2,
      reason: null,
    });
  });

  it('gives low = high = estimate and df null when se is 0', () => {
    expect(welchEstimate([1, 1, 1], [0, 0])).toEqual({
      estimate: 1,
      se: 0,
      low: 1,
      high: 1,
      df: null,
      nAdmitted: 3,
      nRejected: 2,
      reason: null,
    });
  });

  it('is null with TOO_FEW_ADMITTED when fewer than 2 admitted firms', () => {
    expect(welchEstimate([1], [0, 1, 2])).toEqual({
      estimate: null,
      se: null,
      low: null,
      high: null,
      df: null,
      nAdmitted: 1,
      nRejected: 3,
      reason: 'TOO_FEW_ADMITTED',
    });
    // both groups too small: the admitted side is named.
    expect(welchEstimate([], [0]).reason).toBe('TOO_FEW_ADMITTED');
  });

  it('is null with TOO_FEW_REJECTED when fewer than 2 rejected firms', () => {
    expect(welchEstimate([0, 1], [5])).toEqual({
      estimate: null,
      se: null,
      low: null,
      high: null,
      df: null,
      nAdmitted: 2,
      nRejected: 1,
      reason: 'TOO_FEW_REJECTED',
    });
  });
});

describe('excludesZero', () => {
  it('is true only for a defined interval on one side of 0', () => {
    expect(excludesZero(welchEstimate([1, 1], [0, 0]))).toBe(true);
    expect(excludesZero(welchEstimate([-1, -1], [0, 0]))).toBe(true);
    expect(excludesZero(welchEstimate([0, 2], [0, 0]))).toBe(false);
    expect(excludesZero(welchEstimate([1], [0, 0]))).toBe(false);
  });
});

describe('welchEstimate properties', () => {
  const change = fc.integer({ min: -20, max: 20 });
  const group = fc.array(change, { minLength: 2, maxLength: 15 });

  it('flips the sign of estimate, low and high when the groups are swapped', () => {
    fc.assert(
      fc.property(group, group, (a, r) => {
        const forward = welchEstimate(a, r);
        const backward = welchEstimate(r, a);

        expect(backward.estimate).toBeCloseTo(-(forward.estimate ?? NaN), 9);
        expect(backward.low).toBeCloseTo(-(forward.high ?? NaN), 9);
        expect(backward.high).toBeCloseTo(-(forward.low ?? NaN), 9);
        expect(backward.se).toBe(forward.se);
      }),
    );
  });

  it('leaves the estimate unchanged when a constant is added to every firm’s change', () => {
    fc.assert(
      fc.property(group, group, change, (a, r, c) => {
        const shifted = welchEstimate(
          a.map((x) => x + c),
          r.map((x) => x + c),
        );

        expect(shifted.estimate).toBeCloseTo(welchEstimate(a, r).estimate ?? NaN, 9);
      }),
    );
  });

  it('has se >= 0 and an interval that contains the estimate', () => {
    fc.assert(
      fc.property(group, group, (a, r) => {
        const { estimate, se, low, high } = welchEstimate(a, r);

        expect(se).toBeGreaterThanOrEqual(0);
        expect(low).toBeLessThanOrEqual(estimate ?? NaN);
        expect(high).toBeGreaterThanOrEqual(estimate ?? NaN);
      }),
    );
  });
});
