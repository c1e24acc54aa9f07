import { IndicatorError } from '../../../shared/errors';
import { editionIndicators, nullEstimate, welchEstimate } from '../../../shared/edition';
import { OUTCOMES } from '../../../shared/stage';
import { firm } from '../stage/builders';
import { EDITION, FIRMS, application, emptyEdition, handMadeEdition, project } from './fixtures';

/** C of the hand-made edition, observed in 2010 too (a turnover, no exports). */
const C_WITH_2010 = {
  exports: [[2007, 'CN', 30_000]] as [number, string, number][],
  turnover: { 2007: 300_000, 2010: 250_000 },
};

describe('editionIndicators on the hand-made edition (fixtures.ts has the table)', () => {
  it('computes every key as worked out by hand', () => {
    const input = handMadeEdition();

    const result = editionIndicators(input);

    // Main pair 2007 -> 2010. Project firms observed in both years: A, B, D (C has no data for 2010:
    // not observed; M has no history). Panel: admitted A, B, D; rejected R1, R3 (R2 has no data for
    // 2010, R4 no history).
    const exporting = welchEstimate([1, 0, 0], [0, -1]);
    const markets = welchEstimate([1, 1, 0], [1, -1]);
    // intensity: A 0 -> 0.05, B 0.15 -> 0.2, D 0 -> 0; R1 0.1 -> 0.15 (R3 has no 2007 turnover).
    const intensity = welchEstimate([0.05, 0.05, 0], [0.05]);
    // moved up: A 0 -> I, B II -> III, D 0 -> 0; R1 I -> II (two markets, 15%), R3 I -> 0.
    const movedUp = welchEstimate([1, 1, 0], [1, 0]);
    expect(result).toEqual({
      window: { before: 2007, after: 2010 },
      // 5 projects: 3 completed (A, B, M), 1 withdrawn (C), 1 ongoing (D).
      projects: 5,
      completionRate: 0.6,
      withdrawalRate: 0.2,
      // A 0->I, B II->III, D 0->0.
      transitions: [
        [1, 1, 0, 0],
        [0, 0, 0, 0],
        [0, 0, 0, 1],
        [0, 0, 0, 0],
      ],
      // at 0 before: A, D; A exports after -> 1/2.
      startedExportingShare: 0.5,
      // below III before: all three; B reached III -> 1/3.
      reachedPartnershipShare: expect.closeTo(1 / 3, 12),
      // past 0 before: B only, still abroad -> 0.
      deinternationalisedRate: 0,
      // exporters 2007: B 150k (not micro) -> 0; 2010: A 40k (micro), B 200k -> 1/2.
      microShareBefore: 0,
      microShareAfter: 0.5,
      nationalMicroShare: 0.61,
      // markets 2007: 0, 2, 0 -> median 0; 2010: 1, 3, 0 -> 1.
      medianMarketsBefore: 0,
      medianMarketsAfter: 1,
      // 2010 together: DE 160k, FR 60k, US 20k of 240k -> shares 2/3, 1/4, 1/12;
      // HHI = 64/144 + 9/144 + 1/144 = 74/144; three markets, so CR4 = 1;
      // Gini of [20, 60, 160] = 2*(20 + 120 + 480)/(3*240) - 4/3 = 7/18.
      hhi: expect.closeTo(74 / 144, 12),
      cr4: 1,
      gini: expect.closeTo(7 / 18, 12),
      // Lorenz of [20, 60, 160] / 240: 1/12, then 80/240 = 1/3, then 1.
      lorenz: [
        [0, 0],
        [1 / 3, 1 / 12],
        [2 / 3, 1 / 3],
        [1, 1],
      ],
      // firm by firm: A {} -> {DE 40k}: extensive 40k; B {DE 100k, FR 50k} -> {DE 120k, FR 60k, US 20k}:
      // intensive 30k, extensive 20k; D nothing.
      growthTotal: 90_000,
      growthIntensive: 30_000,
      growthExtensive: 60_000,
      projectFirmsNotObserved: 1,
      // outcome years 2007 -> 2009: C withdrawn, D ongoing; A and B have no 2009 data, M no history.
      outcomes: {
        withdrawn: 1,
        ongoing: 1,
        'not-observed': 3,
        collaboration: 0,
        'started-exporting': 0,
        retreated: 0,
        expanded: 0,
        declined: 0,
        organisational: 0,
      },
      // exporters 2010: A (1 market), B (3 markets).
      singleMarketShare: 0.5,
      nationalSingleMarketShare: 0.436,
      fiveMarketsShare: 1,
      nationalFiveMarketsShare: 0.75,
      // lines sum to 150k allocated, 120k committed, 60k paid.
      commitmentRate: 0.8,
      paymentRate: 0.5,
      absorption: 0.4,
      // grants 30k + 40k + 10k + 20k + 20k = 120k over the two firms that moved up (A, B).
      costPerStageGained: 60_000,
      effect: { exporting, markets, intensity },
      attrition: { admitted: 2, rejected: 2 },
      contaminated: 0,
      eventStudy: expect.objectContaining({ reference: -1 }),
      // scores: admitted 80, rejected 40; K = 20 takes both panels whole.
      local: { k: 20, cutoff: 80, exporting, markets, intensity },
      movedUp,
      // G = 120k, N_A = 5 (A, B, C, D, M): 120k / (5 × 1/6) = 144k; movedUp.low < 0: no high cost.
      costPerAdditionalFirmMovingUp: expect.closeTo(144_000, 6),
      costPerAdditionalFirmMovingUpLow: expect.closeTo(120_000 / (5 * (movedUp.high ?? NaN)), 6),
      costPerAdditionalFirmMovingUpHigh: null,
      didExporting: exporting.estimate,
      didMarkets: markets.estimate,
      didIntensity: null,
      // with a history: A, B, C, D admitted; R1, R2, R3 rejected.
      nAdmitted: 4,
      nRejected: 3,
      // M (named twice: project and application) and R4.
      missingFirms: 2,
    });
    // worked by hand: exporting 1/3 - (-1/2) = 5/6, se² = 1/9 + 1/4; markets 2/3 - 0; moved up 2/3 - 1/2.
    expect(exporting.estimate).toBeCloseTo(5 / 6, 12);
    expect(exporting.se).toBeCloseTo(Math.sqrt(1 / 9 + 1 / 4), 12);
    expect(exporting.df).toBeCloseTo((1 / 9 + 1 / 4) ** 2 / ((1 / 9) ** 2 / 2 + (1 / 4) ** 2 / 1), 12);
    expect(markets.estimate).toBeCloseTo(2 / 3, 12);
    expect(intensity.reason).toBe('TOO_FEW_REJECTED');
    expect(movedUp.estimate).toBeCloseTo(1 / 6, 12);
    // k = 2 is the main pair.
    expect(result.eventStudy.points.find((p) => p.k === 2)).toMatchObject({ exporting, markets, intensity });
  });

  it('reads the firms from a plain record as from a Map', () => {
    const input = { ...handMadeEdition(), firms: FIRMS };

    const result = editionIndicators(input);

    expect(result).toEqual(editionIndicators(handMadeEdition()));
  });

  it('keeps a withdrawn project’s firm in the transitions and the effect when observed', () => {
    const input = handMadeEdition();
    input.firms = new Map(Object.entries({ ...FIRMS, C: firm({ ...C_WITH_2010 }) }));

    const result = editionIndicators(input);

    // C's project was withdrawn; with a 2010 turnover, its I -> 0 retreat is counted.
    expect(result.transitions[1]?.[0]).toBe(1);
    expect(result.projectFirmsNotObserved).toBe(0);
    expect(result.effect.exporting.nAdmitted).toBe(4);
  });
});

describe('editionIndicators on edge cases', () => {
  it('gives zero counts and null measures for an empty edition', () => {
    const input = emptyEdition();

    const result = editionIndicators(input);

    const none = nullEstimate(0, 0, 'TOO_FEW_ADMITTED');
    expect(result).toEqual({
      window: { before: 2007, after: 2010 },
      projects: 0,
      completionRate: null,
      withdrawalRate: null,
      transitions: [
        [0, 0, 0, 0],
        [0, 0, 0, 0],
        [0, 0, 0, 0],
        [0, 0, 0, 0],
      ],
      startedExportingShare: null,
      reachedPartnershipShare: null,
      deinternationalisedRate: null,
      microShareBefore: null,
      microShareAfter: null,
      nationalMicroShare: 0.61,
      medianMarketsBefore: null,
      medianMarketsAfter: null,
      hhi: null,
      cr4: null,
      gini: null,
      lorenz: [],
      growthTotal: null,
      growthIntensive: null,
      growthExtensive: null,
      projectFirmsNotObserved: 0,
      outcomes: Object.fromEntries(OUTCOMES.map((outcome) => [outcome, 0])),
      singleMarketShare: null,
      nationalSingleMarketShare: 0.436,
      fiveMarketsShare: null,
      nationalFiveMarketsShare: 0.75,
      commitmentRate: null,
      paymentRate: null,
      absorption: null,
      costPerStageGained: null,
      effect: { exporting: none, markets: none, intensity: none },
      attrition: { admitted: 0, rejected: 0 },
      contaminated: 0,
      eventStudy: {
        reference: -1,
        points: [-3, -2, 0, 1, 2, 3, 4].map((k) => ({
          k,
          year: 2008 + k,
          exporting: none,
          markets: none,
          intensity: none,
          attrition: { admitted: 0, rejected: 0 },
          contaminated: 0,
        })),
        commonTrendsWarning: { exporting: false, markets: false, intensity: false },
      },
      local: { k: 20, cutoff: null, exporting: none, markets: none, intensity: none },
      movedUp: none,
      costPerAdditionalFirmMovingUp: null,
      costPerAdditionalFirmMovingUpLow: null,
      costPerAdditionalFirmMovingUpHigh: null,
      didExporting: null,
      didMarkets: null,
      didIntensity: null,
      nAdmitted: 0,
      nRejected: 0,
      missingFirms: 0,
    });
  });

  it('gives null effects and nRejected 0 when no applicant was rejected', () => {
    const input = {
      ...handMadeEdition(),
      applications: ['A', 'B'].map((id) => application(id, 'admitted')),
    };

    const result = editionIndicators(input);

    expect(result).toMatchObject({
      didExporting: null,
      didMarkets: null,
      didIntensity: null,
      nAdmitted: 2,
      nRejected: 0,
    });
  });

  it('gives null concentration and reach when no project firm exports after, but zero growth', () => {
    const input = {
      ...emptyEdition(),
      projects: [project('D', 'completed', 5_000)],
      firms: { D: FIRMS.D! },
    };

    const result = editionIndicators(input);

    expect(result).toMatchObject({
      hhi: null,
      cr4: null,
      gini: null,
      microShareAfter: null,
      singleMarketShare: null,
      fiveMarketsShare: null,
      medianMarketsAfter: 0,
      growthTotal: 0,
      growthIntensive: 0,
      growthExtensive: 0,
      costPerStageGained: null,
    });
  });

  it('counts each missing firm once and skips it, even for ids that name Object.prototype members', () => {
    const input = {
      ...emptyEdition(),
      projects: [project('constructor', 'completed', 1_000), project('A', 'completed', 1_000)],
      applications: [application('constructor', 'admitted'), application('toString', 'rejected')],
      firms: FIRMS,
    };

    const result = editionIndicators(input);

    expect(result.missingFirms).toBe(2);
    expect(result.transitions.flat().reduce((sum, n) => sum + n, 0)).toBe(1);
  });

  it('counts a firm with two projects once in the transitions but adds both grants', () => {
    const input = {
      ...emptyEdition(),
      projects: [project('A', 'completed', 30_000, 'P1'), project('A', 'completed', 10_000, 'P2')],
      firms: FIRMS,
    };

    const result = editionIndicators(input);

    expect(result.projects).toBe(2);
    expect(result.transitions[0]?.[1]).toBe(1);
    expect(result.costPerStageGained).toBe(40_000);
  });

  it('applies the caller’s stage thresholds', () => {
    // One market, intensity 40k/800k = 5%: stage I by default, II with minMarkets 1 and minIntensity 5%.
    const input = {
      ...emptyEdition(),
      projects: [project('A', 'completed', 1_000)],
      firms: FIRMS,
      thresholds: { minMarkets: 1, minIntensity: 0.05 },
    };

    const result = editionIndicators(input);

    expect(result.transitions[0]).toEqual([0, 0, 1, 0]);
  });

  it('puts the window at the year before the call and two years after it', () => {
    const input = { ...emptyEdition(), edition: { ...EDITION, callYear: 2009 } };

    expect(editionIndicators(input).window).toEqual({ before: 2008, after: 2011 });
  });

  it('rejects thresholds out of range as invalid input', () => {
    const input = { ...emptyEdition(), thresholds: { minMarkets: 0 } };

    expect(() => editionIndicators(input)).toThrow(IndicatorError);
  });

  it('lets corrupt export data through as an error rather than a null', () => {
    const input = {
      ...emptyEdition(),
      projects: [project('X', 'completed', 1_000)],
      firms: { X: firm({ exports: [[2010, 'DE', Infinity]], turnover: { 2007: 100 } }) },
    };

    expect(() => editionIndicators(input)).toThrow('must be finite');
  });
});
