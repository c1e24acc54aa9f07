import { IndicatorError } from '../../../shared/errors';
import { admissionCutoff, editionIndicators, localEffect, localSelection } from '../../../shared/edition';
import type { PanelFirm } from '../../../shared/edition';
import { snapshot } from './builders';
import { handMadeEdition } from './fixtures';

/** A panel firm with a score; `exports` after (0 before), turnover both years unless told. */
const firm = (firmId: string, score: number, exports = 0, turnover = true): PanelFirm => ({
  firmId,
  score,
  before: snapshot({}, { intensity: turnover ? 0 : null }),
  after: snapshot(exports > 0 ? { DE: exports } : {}, { intensity: turnover ? exports / 100 : null }),
});

const ids = (firms: readonly PanelFirm[]) => firms.map((f) => f.firmId);

describe('localSelection', () => {
  it('takes the K lowest admitted and the K highest rejected, ties at the K-th score by firm id', () => {
    const admitted = [firm('A5', 70), firm('A3', 62), firm('A1', 62), firm('A2', 62), firm('A4', 90)];
    const rejected = [firm('R1', 40), firm('R4', 58), firm('R2', 58), firm('R3', 30)];

    const chosen = localSelection({ admitted, rejected }, 2);

    // admitted: 62 (A1, A2, A3 tie) -> A1, A2; rejected: 58 (R2, R4).
    expect(ids(chosen.admitted)).toEqual(['A1', 'A2']);
    expect(ids(chosen.rejected)).toEqual(['R2', 'R4']);
  });

  it('breaks a tie straddling the K-th place by firm id', () => {
    const admitted = [firm('A9', 60), firm('B2', 61), firm('B1', 61)];

    expect(ids(localSelection({ admitted, rejected: [] }, 2).admitted)).toEqual(['A9', 'B1']);
  });

  it('takes a group smaller than K whole', () => {
    const rejected = [firm('R1', 10), firm('R2', 20)];

    expect(ids(localSelection({ admitted: [], rejected }, 20).rejected)).toEqual(['R2', 'R1']);
  });
});

describe('admissionCutoff', () => {
  it('is the lowest admitted score, null without admitted applicants', () => {
    expect(
      admissionCutoff([
        { firmId: 'A', score: 71 },
        { firmId: 'B', score: 64 },
      ]),
    ).toBe(64);
    expect(admissionCutoff([])).toBeNull();
  });
});

describe('localEffect', () => {
  it('estimates on the selection, intensity on those of it with a turnover both years', () => {
    // K = 2: admitted A1 (60, exports), A2 (61, exports, no turnover); A3 (95) left out.
    // rejected R1 (59), R2 (58, exports); R3 (10) left out.
    const admitted = [firm('A1', 60, 50), firm('A2', 61, 10, false), firm('A3', 95)];
    const rejected = [firm('R1', 59), firm('R2', 58, 20), firm('R3', 10, 30)];

    const result = localEffect({ admitted, rejected }, [{ firmId: 'A0', score: 55 }], 2);

    expect(result.k).toBe(2);
    // the cutoff comes from every admitted applicant given, observed or not.
    expect(result.cutoff).toBe(55);
    // exporting Δ: admitted 1, 1; rejected 0, 1: estimate 1/2.
    expect(result.exporting).toMatchObject({ estimate: 0.5, nAdmitted: 2, nRejected: 2 });
    // intensity: A2 has no turnover: one admitted firm left.
    expect(result.intensity).toMatchObject({ nAdmitted: 1, nRejected: 2, reason: 'TOO_FEW_ADMITTED' });
  });
});

describe('the local effect in the edition indicators', () => {
  it('takes K from the input and refuses a K that is not a whole number of at least 1', () => {
    const input = handMadeEdition();

    expect(editionIndicators({ ...input, localK: 1 }).local).toMatchObject({ k: 1, cutoff: 80 });
    expect(() => editionIndicators({ ...input, localK: 0 })).toThrow(
      'localK must be a whole number of at least 1',
    );
    expect(() => editionIndicators({ ...input, localK: 2.5 })).toThrow(IndicatorError);
  });
});
