import { nullEstimate, pooledEstimate, programmeEffects, welchEstimate } from '../../../shared/edition';
import type { Estimate } from '../../../shared/edition';

/** An estimate with the given value and se (the other fields as a real one would have them). */
const est = (estimate: number, se: number, nAdmitted = 10, nRejected = 20): Estimate => ({
  estimate,
  se,
  low: estimate - se,
  high: estimate + se,
  df: 10,
  nAdmitted,
  nRejected,
  reason: null,
});

describe('pooledEstimate', () => {
  it('takes the inverse-variance average, worked by hand', () => {
    // w = 1/0.1² = 100 and 1/0.2² = 25: (100 × 0.3 + 25 × 0.8) / 125 = 0.4; se = 1/sqrt(125).
    const result = pooledEstimate([
      { edition: '2006', estimate: est(0.3, 0.1, 10, 20) },
      { edition: '2007', estimate: est(0.8, 0.2, 5, 7) },
      { edition: '2008', estimate: nullEstimate(1, 9, 'TOO_FEW_ADMITTED') },
      { edition: '2009-2010', estimate: welchEstimate([1, 1], [0, 0]) },
    ]);

    const se = 1 / Math.sqrt(125);
    expect(result).toEqual({
      estimate: expect.closeTo(0.4, 12),
      se: expect.closeTo(se, 12),
      low: expect.closeTo(0.4 - 1.959964 * se, 12),
      high: expect.closeTo(0.4 + 1.959964 * se, 12),
      df: null,
      nAdmitted: 15,
      nRejected: 27,
      reason: null,
      editions: ['2006', '2007'],
      excluded: [
        { edition: '2008', reason: 'TOO_FEW_ADMITTED' },
        { edition: '2009-2010', reason: 'ZERO_SE' },
      ],
    });
  });

  it('is null with reason NO_EDITION when no edition can be used', () => {
    expect(pooledEstimate([{ edition: '2006', estimate: nullEstimate(3, 1, 'TOO_FEW_REJECTED') }])).toEqual({
      estimate: null,
      se: null,
      low: null,
      high: null,
      df: null,
      nAdmitted: 0,
      nRejected: 0,
      reason: 'NO_EDITION',
      editions: [],
      excluded: [{ edition: '2006', reason: 'TOO_FEW_REJECTED' }],
    });
    expect(pooledEstimate([]).reason).toBe('NO_EDITION');
  });
});

describe('programmeEffects', () => {
  it('lists the editions’ estimates and pools each measure on its own', () => {
    const edition = {
      edition: '2006',
      exporting: est(0.1, 0.05),
      markets: nullEstimate(1, 5, 'TOO_FEW_ADMITTED'),
      intensity: est(0.02, 0.01),
    };

    const result = programmeEffects([edition]);

    expect(result.editions).toEqual([edition]);
    expect(result.pooled.exporting).toMatchObject({
      estimate: expect.closeTo(0.1, 12),
      se: 0.05,
      editions: ['2006'],
    });
    expect(result.pooled.markets).toMatchObject({ reason: 'NO_EDITION', editions: [] });
    expect(result.pooled.intensity.estimate).toBeCloseTo(0.02, 12);
  });
});
