import { applicantGroups, eventStudy } from '../../../shared/edition';
import type { FirmSnapshot } from '../../../shared/edition';
import { markets, tableYears } from './builders';

/** A firm's markets from 2005 to 2012, one snapshot per year (call year 2008). */
const row = (byYear: number[]): Record<number, FirmSnapshot> =>
  Object.fromEntries(byYear.map((n, i) => [2005 + i, markets(n)]));

const apply = (firmId: string, status: 'admitted' | 'rejected') => ({ firmId, status, score: 50 });

/**
 * Two admitted firms that grew their markets before the call (a pre-trend), two rejected that did not.
 * Years:       2005 2006 2007 2008 2009 2010 2011 2012
 */
const TABLE = {
  A1: row([1, 1, 12, 12, 13, 14, 14, 14]),
  A2: row([1, 2, 13, 13, 13, 15, 15, 15]),
  R1: row([3, 3, 3, 3, 3, 3, 3, 3]),
  R2: row([2, 2, 2, 2, 2, 2, 2]), // not observed in 2012
};
const GROUPS = applicantGroups([
  apply('A1', 'admitted'),
  apply('A2', 'admitted'),
  apply('R1', 'rejected'),
  apply('R2', 'rejected'),
]);

describe('eventStudy', () => {
  it('lists k = -3, -2, 0, 1, 2, 3, 4 against the reference year call year - 1', () => {
    const study = eventStudy(GROUPS, new Map(), tableYears(TABLE), 2008);

    expect(study.reference).toBe(-1);
    expect(study.points.map((p) => [p.k, p.year])).toEqual([
      [-3, 2005],
      [-2, 2006],
      [0, 2008],
      [1, 2009],
      [2, 2010],
      [3, 2011],
      [4, 2012],
    ]);
  });

  it('estimates each point on the pair (2007, call year + k)', () => {
    const study = eventStudy(GROUPS, new Map(), tableYears(TABLE), 2008);
    const point = (k: number) => study.points.find((p) => p.k === k);

    // k = -2: markets Δ = y(2006) - y(2007): admitted -11, -11 (se 0 there), rejected 0, 0.
    expect(point(-2)?.markets).toEqual({
      estimate: -11,
      se: 0,
      low: -11,
      high: -11,
      df: null,
      nAdmitted: 2,
      nRejected: 2,
      reason: null,
    });
    // k = 2: admitted +2, +2; rejected 0, 0.
    expect(point(2)?.markets.estimate).toBe(2);
    // k = 4: R2 is not observed in 2012: attrition, and too few rejected.
    expect(point(4)?.attrition).toEqual({ admitted: 0, rejected: 1 });
    expect(point(4)?.markets.reason).toBe('TOO_FEW_REJECTED');
    expect(point(0)?.contaminated).toBe(0);
  });

  it('warns of common trends for a measure whose placebo interval excludes 0, not for the others', () => {
    const study = eventStudy(GROUPS, new Map(), tableYears(TABLE), 2008);

    // markets: k = -2 is -11 with se 0; exporting never changes (every firm exports every year).
    expect(study.commonTrendsWarning).toEqual({ exporting: false, markets: true, intensity: false });
  });

  it('does not warn when both placebo intervals contain 0', () => {
    // k = -3 and -2: admitted Δ 0 and -12 (mean -6, s² 72, v_A = 36), rejected 0, 0: se 6, df 1,
    // interval -6 ∓ 12.706 × 6 contains 0.
    const table = {
      ...TABLE,
      A1: row([12, 12, 12, 12, 13, 14, 14, 14]),
      A2: row([1, 1, 13, 13, 13, 15, 15, 15]),
    };

    const study = eventStudy(GROUPS, new Map(), tableYears(table), 2008);

    expect(study.points[0]?.markets).toMatchObject({ estimate: -6, se: 6, df: 1 });
    expect(study.commonTrendsWarning.markets).toBe(false);
  });

  it('leaves out a rejected firm admitted elsewhere only for the pairs reaching that call year', () => {
    const study = eventStudy(GROUPS, new Map([['R1', 2010]]), tableYears(TABLE), 2008);

    expect(study.points.map((p) => p.contaminated)).toEqual([0, 0, 0, 0, 1, 1, 1]);
  });
});
