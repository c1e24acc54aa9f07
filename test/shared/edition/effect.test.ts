import { applicantGroups, programmeEffect } from '../../../shared/edition';
import { observation, snapshot } from './builders';

describe('programmeEffect', () => {
  it('takes the admitted change minus the rejected change, worked by hand', () => {
    // Admitted (4): exporting 2/4 -> 2/4 (change 0); markets (0+2+1+0)/4 = 0.75 -> (1+3+0+0)/4 = 1
    // (+0.25); intensity over firms with turnover (0, 0.15, 0.1, 0)/4 = 0.0625 -> (0.05, 0.2, 0)/3 =
    // 0.08333 (+1/48).
    const admitted = [
      observation(snapshot({}, { intensity: 0 }), snapshot({ DE: 40 }, { intensity: 0.05 })),
      observation(
        snapshot({ DE: 100, FR: 50 }, { intensity: 0.15 }),
        snapshot({ DE: 120, FR: 60, US: 20 }, { intensity: 0.2 }),
      ),
      observation(snapshot({ CN: 30 }, { intensity: 0.1 }), snapshot({}, { intensity: null })),
      observation(snapshot({}, { intensity: 0 }), snapshot({}, { intensity: 0 })),
    ];
    // Rejected (3): exporting 2/3 -> 1/3 (-1/3); markets (1+0+1)/3 -> (2+0+0)/3 (0);
    // intensity (0.1, 0)/2 = 0.05 -> (0.15, 0)/2 = 0.075 (+1/40).
    const rejected = [
      observation(
        snapshot({ DE: 50 }, { intensity: 0.1 }),
        snapshot({ DE: 50, FR: 25 }, { intensity: 0.15 }),
      ),
      observation(snapshot({}, { intensity: 0 }), snapshot({}, { intensity: null })),
      observation(snapshot({ AT: 10 }, { intensity: null }), snapshot({}, { intensity: 0 })),
    ];

    const effect = programmeEffect(admitted, rejected);

    expect(effect.didExporting).toBeCloseTo(0 - -1 / 3, 12);
    expect(effect.didMarkets).toBeCloseTo(0.25 - 0, 12);
    expect(effect.didIntensity).toBeCloseTo(1 / 48 - 1 / 40, 12);
    expect(effect.nAdmitted).toBe(4);
    expect(effect.nRejected).toBe(3);
  });

  it('is null for every estimate when the control group is empty', () => {
    const admitted = [observation(snapshot(), snapshot({ DE: 1 }))];

    const effect = programmeEffect(admitted, []);

    expect(effect).toEqual({
      didExporting: null,
      didMarkets: null,
      didIntensity: null,
      nAdmitted: 1,
      nRejected: 0,
    });
  });

  it('gives a null intensity effect when a group has no turnover in one year, the others still', () => {
    const admitted = [observation(snapshot({}, { intensity: 0 }), snapshot({ DE: 1 }, { intensity: 0.1 }))];
    const rejected = [observation(snapshot({}, { intensity: null }), snapshot({}, { intensity: 0 }))];

    const effect = programmeEffect(admitted, rejected);

    expect(effect.didIntensity).toBeNull();
    expect(effect.didExporting).toBe(1);
    expect(effect.didMarkets).toBe(1);
  });
});

describe('applicantGroups', () => {
  it('splits applicants by status, each firm once', () => {
    const applications = [
      { firmId: 'A', status: 'admitted' as const },
      { firmId: 'B', status: 'rejected' as const },
      { firmId: 'B', status: 'rejected' as const },
    ];

    expect(applicantGroups(applications)).toEqual({ admitted: ['A'], rejected: ['B'] });
  });

  it('puts a firm listed both ways in the admitted group only', () => {
    const applications = [
      { firmId: 'A', status: 'rejected' as const },
      { firmId: 'A', status: 'admitted' as const },
    ];

    expect(applicantGroups(applications)).toEqual({ admitted: ['A'], rejected: [] });
  });
});
