import quantile from '@stdlib/stats-base-dists-t-quantile';
import { measureEffects, movedUpEffect } from '../../../shared/edition';
import { moved, observation, snapshot } from './builders';

describe('measureEffects', () => {
  it('compares the firms’ changes of each measure, worked by hand', () => {
    // Admitted: exporting Δ 1, 0, -1 (mean 0, s² 1); markets Δ +1, +1, -1 (mean 1/3, s² 4/3);
    // intensity only for the two with a turnover both years: +0.05, +0.05.
    const admitted = [
      observation(snapshot({}, { intensity: 0 }), snapshot({ DE: 40 }, { intensity: 0.05 })),
      observation(
        snapshot({ DE: 100, FR: 50 }, { intensity: 0.15 }),
        snapshot({ DE: 120, FR: 60, US: 20 }, { intensity: 0.2 }),
      ),
      observation(snapshot({ CN: 30 }, { intensity: 0.1 }), snapshot({}, { intensity: null })),
    ];
    // Rejected: exporting Δ 0, 0 (mean 0, s² 0); markets Δ +1, 0 (mean 1/2, s² 1/2);
    // intensity +0.05 and, turnover 0 the first year, left out: fewer than 2.
    const rejected = [
      observation(
        snapshot({ DE: 50 }, { intensity: 0.1 }),
        snapshot({ DE: 50, FR: 25 }, { intensity: 0.15 }),
      ),
      observation(
        snapshot({ AT: 10 }, { intensity: null, turnover: 0 }),
        snapshot({ AT: 10 }, { intensity: 0.1 }),
      ),
    ];

    const effect = measureEffects({ admitted, rejected });

    // exporting: 0 - 0; v_A = 1/3, v_R = 0, se = sqrt(1/3), df = (1/3)² / ((1/3)²/2) = 2.
    expect(effect.exporting).toEqual({
      estimate: 0,
      se: expect.closeTo(Math.sqrt(1 / 3), 12),
      low: expect.closeTo(-quantile(0.975, 2) * Math.sqrt(1 / 3), 12),
      high: expect.closeTo(quantile(0.975, 2) * Math.sqrt(1 / 3), 12),
      df: expect.closeTo(2, 12),
      nAdmitted: 3,
      nRejected: 2,
      reason: null,
    });
    // markets: 1/3 - 1/2 = -1/6; v_A = 4/9, v_R = 1/4; df = (25/36)² / ((4/9)²/2 + (1/4)²/1).
    const vA = 4 / 9;
    const vR = 1 / 4;
    expect(effect.markets.estimate).toBeCloseTo(-1 / 6, 12);
    expect(effect.markets.se).toBeCloseTo(Math.sqrt(vA + vR), 12);
    expect(effect.markets.df).toBeCloseTo((vA + vR) ** 2 / (vA ** 2 / 2 + vR ** 2 / 1), 12);
    expect(effect.intensity).toMatchObject({ nAdmitted: 2, nRejected: 1, reason: 'TOO_FEW_REJECTED' });
  });
});

describe('movedUpEffect', () => {
  it('compares the shares moving up a stage', () => {
    // admitted 0->1, 2->3, 1->1, 3->3: d = 1, 1, 0, 0; rejected 0->0, 1->0, 0->2: d = 0, 0, 1.
    const admitted = [moved(0, 1), moved(2, 3), moved(1, 1), moved(3, 3)];
    const rejected = [moved(0, 0), moved(1, 0), moved(0, 2)];

    const result = movedUpEffect({ admitted, rejected });

    // 1/2 - 1/3; v_A = (1/3)/4 = 1/12, v_R = (1/3)/3 = 1/9.
    expect(result.estimate).toBeCloseTo(1 / 6, 12);
    expect(result.se).toBeCloseTo(Math.sqrt(1 / 12 + 1 / 9), 12);
    expect(result).toMatchObject({ nAdmitted: 4, nRejected: 3, reason: null });
  });
});
