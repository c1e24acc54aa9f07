import {
  admittedElsewhere,
  applicantGroups,
  createFirmYears,
  editionIndicators,
  mainEffect,
  pairSample,
} from '../../../shared/edition';
import type { EditionInput } from '../../../shared/edition';
import { firm } from '../stage/builders';
import { EDITION, application } from './fixtures';

/** Observed in the years given (a turnover entry each), with `exports` DE in the last of them. */
const seen = (years: number[], exports = 0) =>
  firm({
    turnover: Object.fromEntries(years.map((year) => [year, 100])),
    exports: exports > 0 ? [[years[years.length - 1] ?? 0, 'DE', exports]] : [],
  });

/**
 * The 2008 edition (pair 2007 -> 2010 by default):
 * - admitted A1, A2 observed 2006, 2007 and 2010 (A1 also admitted to the 2009 edition: stays);
 *   A3 observed in 2007 only, A4 without history: attrition 2;
 * - rejected R1, R2 observed; R3 observed but admitted to the 2009 edition, R7 admitted to it and
 *   without history: contaminated 2; R4 admitted to a 2011 edition: stays; R5 rejected elsewhere too:
 *   stays; R6 without history: attrition 1.
 */
function contaminatedEdition(): EditionInput {
  const both = [2006, 2007, 2010];
  return {
    edition: EDITION,
    projects: [],
    applications: [
      ...['A1', 'A2', 'A3', 'A4'].map((id) => application(id, 'admitted')),
      ...['R1', 'R2', 'R3', 'R4', 'R5', 'R6', 'R7'].map((id) => application(id, 'rejected')),
    ],
    otherApplications: [
      { firmId: 'A1', status: 'admitted', callYear: 2009 },
      { firmId: 'R3', status: 'admitted', callYear: 2009 },
      { firmId: 'R7', status: 'admitted', callYear: 2009 },
      { firmId: 'R4', status: 'admitted', callYear: 2011 },
      { firmId: 'R5', status: 'rejected', callYear: 2007 },
    ],
    firms: {
      A1: seen(both, 10),
      A2: seen(both),
      A3: seen([2007]),
      R1: seen(both),
      R2: seen(both),
      R3: seen(both),
      R4: seen(both),
      R5: seen(both, 5),
    },
    budget: [],
  };
}

describe('pairSample on a hand-made edition', () => {
  const input = contaminatedEdition();
  const groups = applicantGroups(input.applications);
  const elsewhere = admittedElsewhere(input.otherApplications ?? []);

  it('leaves out the rejected admitted elsewhere by the later year and counts attrition after that', () => {
    const years = createFirmYears(input.firms, {});

    const sample = pairSample(groups, elsewhere, years, { before: 2007, after: 2010 });

    expect(sample.admitted.map((f) => f.firmId)).toEqual(['A1', 'A2']);
    expect(sample.rejected.map((f) => f.firmId)).toEqual(['R1', 'R2', 'R4', 'R5']);
    expect(sample.attrition).toEqual({ admitted: 2, rejected: 1 });
    expect(sample.contaminated).toBe(2);
  });

  it('keeps a rejected applicant whose other admission came after both years of the pair', () => {
    const years = createFirmYears(input.firms, {});

    // pair (2007, 2006): max 2007 < 2009, so R3 and R7 stay; R7 has no history (attrition).
    const sample = pairSample(groups, elsewhere, years, { before: 2007, after: 2006 });

    expect(sample.contaminated).toBe(0);
    expect(sample.rejected.map((f) => f.firmId)).toEqual(['R1', 'R2', 'R3', 'R4', 'R5']);
    expect(sample.attrition).toEqual({ admitted: 2, rejected: 2 });
  });

  it('gives the same main effect alone (what /v1/effects pools) as in the edition indicators', () => {
    expect(mainEffect(input)).toEqual(editionIndicators(input).effect);
  });

  it('reports the main pair’s attrition and contamination in the edition indicators', () => {
    const result = editionIndicators(input);

    expect(result.attrition).toEqual({ admitted: 2, rejected: 1 });
    expect(result.contaminated).toBe(2);
    // exporting Δ: admitted A1 +1, A2 0; rejected R1, R2, R4 0, R5 +1.
    expect(result.effect.exporting).toMatchObject({ nAdmitted: 2, nRejected: 4 });
    expect(result.effect.exporting.estimate).toBeCloseTo(0.5 - 0.25, 12);
    expect(result.didExporting).toBe(result.effect.exporting.estimate);
    // with a history: A1, A2, A3 admitted; R1 to R5 rejected (contaminated ones included).
    expect(result.nAdmitted).toBe(3);
    expect(result.nRejected).toBe(5);
    expect(result.missingFirms).toBe(3);
  });
});

describe('applicantGroups', () => {
  it.each([
    [
      'splits applicants by status, each firm once with its score',
      [
        { firmId: 'A', status: 'admitted' as const, score: 70 },
        { firmId: 'B', status: 'rejected' as const, score: 40 },
        { firmId: 'B', status: 'rejected' as const, score: 41 },
      ],
      { admitted: [{ firmId: 'A', score: 70 }], rejected: [{ firmId: 'B', score: 40 }] },
    ],
    [
      'puts a firm listed both ways in the admitted group only',
      [
        { firmId: 'A', status: 'rejected' as const, score: 50 },
        { firmId: 'A', status: 'admitted' as const, score: 60 },
      ],
      { admitted: [{ firmId: 'A', score: 60 }], rejected: [] },
    ],
  ])('%s', (_name, applications, expected) => {
    expect(applicantGroups(applications)).toEqual(expected);
  });
});

describe('admittedElsewhere', () => {
  it('keeps the earliest call year of an admitted application, ignoring rejected ones', () => {
    const others = [
      { firmId: 'R', status: 'admitted' as const, callYear: 2009 },
      { firmId: 'R', status: 'admitted' as const, callYear: 2007 },
      { firmId: 'S', status: 'rejected' as const, callYear: 2006 },
    ];

    expect(admittedElsewhere(others)).toEqual(new Map([['R', 2007]]));
  });
});
