import { editionIndicators, netCost, nullEstimate } from '../../../shared/edition';
import type { Estimate } from '../../../shared/edition';
import { firm } from '../stage/builders';
import { EDITION, application, project } from './fixtures';

const movedUp = (estimate: number, low: number, high: number): Estimate => ({
  estimate,
  se: 0.1,
  low,
  high,
  df: 12,
  nAdmitted: 8,
  nRejected: 9,
  reason: null,
});

describe('netCost', () => {
  it('divides the grants by the admitted applicants times the effect and its interval ends', () => {
    // G = 100,000; N_A = 10: 100,000 / (10 × 0.2) = 50,000; high 0.4 -> 25,000; low 0.1 -> 100,000.
    const result = netCost([{ grant: 60_000 }, { grant: 40_000 }], 10, movedUp(0.2, 0.1, 0.4));

    expect(result).toEqual({
      costPerAdditionalFirmMovingUp: 50_000,
      costPerAdditionalFirmMovingUpLow: 25_000,
      costPerAdditionalFirmMovingUpHigh: 100_000,
    });
  });

  it('is null where the denominator is not above 0', () => {
    expect(netCost([{ grant: 1 }], 10, movedUp(0.1, -0.05, 0.25))).toEqual({
      costPerAdditionalFirmMovingUp: 1,
      costPerAdditionalFirmMovingUpLow: 0.4,
      costPerAdditionalFirmMovingUpHigh: null,
    });
    expect(netCost([{ grant: 1 }], 0, movedUp(0.1, 0.05, 0.25)).costPerAdditionalFirmMovingUp).toBeNull();
    expect(netCost([{ grant: 1 }], 10, nullEstimate(1, 1, 'TOO_FEW_ADMITTED'))).toEqual({
      costPerAdditionalFirmMovingUp: null,
      costPerAdditionalFirmMovingUpLow: null,
      costPerAdditionalFirmMovingUpHigh: null,
    });
  });
});

describe('net cost in the edition indicators', () => {
  it('uses every project’s grant and every admitted applicant, the panel only for the effect', () => {
    // Admitted A, B move 0 -> I; C stays at 0; D has no history (N_A = 4 all the same).
    // Rejected R1, R2 stay at 0. movedUp: 2/3 - 0 = 2/3. G = 40,000: 40,000 / (4 × 2/3) = 15,000.
    const exporter = firm({ exports: [[2010, 'DE', 10_000]], turnover: { 2007: 100, 2010: 100 } });
    const still = firm({ turnover: { 2007: 100, 2010: 100 } });
    const result = editionIndicators({
      edition: EDITION,
      projects: [project('A', 'completed', 30_000), project('D', 'withdrawn', 10_000)],
      applications: [
        ...['A', 'B', 'C', 'D'].map((id) => application(id, 'admitted')),
        ...['R1', 'R2'].map((id) => application(id, 'rejected')),
      ],
      firms: { A: exporter, B: exporter, C: still, R1: still, R2: still },
      budget: [],
    });

    expect(result.movedUp).toMatchObject({ estimate: expect.closeTo(2 / 3, 12), nAdmitted: 3, nRejected: 2 });
    expect(result.costPerAdditionalFirmMovingUp).toBeCloseTo(15_000, 6);
    // movedUp has se > 0 (admitted 1, 1, 0): its interval gives the other two, the low end past 0 -> null.
    expect(result.movedUp.low).toBeLessThan(0);
    expect(result.costPerAdditionalFirmMovingUpHigh).toBeNull();
    expect(result.costPerAdditionalFirmMovingUpLow).toBeCloseTo(
      40_000 / (4 * (result.movedUp.high ?? NaN)),
      6,
    );
  });
});
