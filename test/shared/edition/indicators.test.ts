import { IndicatorError } from '../../../shared/errors';
import { editionIndicators } from '../../../shared/edition';
import { firm } from '../stage/builders';
import { EDITION, FIRMS, application, emptyEdition, handMadeEdition, project } from './fixtures';

describe('editionIndicators on the hand-made edition (fixtures.ts has the table)', () => {
  it('computes every key as worked out by hand', () => {
    const input = handMadeEdition();

    const result = editionIndicators(input);

    expect(result).toEqual({
      window: { before: 2007, after: 2010 },
      // 5 projects: 3 completed (A, B, M), 1 withdrawn (C), 1 ongoing (D).
      projects: 5,
      completionRate: 0.6,
      withdrawalRate: 0.2,
      // A 0->I, B II->III, C I->0, D 0->0; M has no history.
      transitions: [
        [1, 1, 0, 0],
        [1, 0, 0, 0],
        [0, 0, 0, 1],
        [0, 0, 0, 0],
      ],
      // at 0 before: A, D; A exports after -> 1/2.
      startedExportingShare: 0.5,
      // below III before: all four; B reached III -> 1/4.
      reachedPartnershipShare: 0.25,
      // past 0 before: B, C; C fell back to 0 -> 1/2.
      deinternationalisedRate: 0.5,
      // exporters 2007: B 150k, C 30k (micro) -> 1/2; 2010: A 40k (micro), B 200k -> 1/2.
      microShareBefore: 0.5,
      microShareAfter: 0.5,
      nationalMicroShare: 0.61,
      // markets 2007: 0, 2, 1, 0 -> median of 0,0,1,2 = 0.5; 2010: 1, 3, 0, 0 -> 0,0,1,3 = 0.5.
      medianMarketsBefore: 0.5,
      medianMarketsAfter: 0.5,
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
      // 2007 together: DE 100k, FR 50k, CN 30k (180k) -> 2010 240k: +60k
      // = intensive (DE +60k, FR +10k) 70k + extensive (US +20k, CN -30k) -10k.
      growthTotal: 60_000,
      growthIntensive: 70_000,
      growthExtensive: -10_000,
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
      // worked in effect.test.ts: admitted exporting 2/4 -> 2/4 (0), rejected 2/3 -> 1/3 (-1/3).
      didExporting: expect.closeTo(1 / 3, 12),
      // admitted markets 3/4 -> 4/4 (+1/4), rejected 2/3 -> 2/3 (0).
      didMarkets: expect.closeTo(0.25, 12),
      // admitted intensity 0.25/4 -> 0.25/3 (+1/48), rejected 0.1/2 -> 0.15/2 (+1/40): 1/48 - 1/40.
      didIntensity: expect.closeTo(-1 / 240, 12),
      nAdmitted: 4,
      nRejected: 3,
      // M (named twice: project and application) and R4.
      missingFirms: 2,
    });
  });

  it('reads the firms from a plain record as from a Map', () => {
    const input = { ...handMadeEdition(), firms: FIRMS };

    const result = editionIndicators(input);

    expect(result).toEqual(editionIndicators(handMadeEdition()));
  });

  it('keeps a withdrawn project’s firm in the transitions and the effect', () => {
    const input = handMadeEdition();

    const result = editionIndicators(input);

    // C's project was withdrawn; its I -> 0 retreat is still counted.
    expect(result.transitions[1]?.[0]).toBe(1);
    expect(result.nAdmitted).toBe(4);
  });
});

describe('editionIndicators on edge cases', () => {
  it('gives zero counts and null measures for an empty edition', () => {
    const input = emptyEdition();

    const result = editionIndicators(input);

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
      singleMarketShare: null,
      nationalSingleMarketShare: 0.436,
      fiveMarketsShare: null,
      nationalFiveMarketsShare: 0.75,
      commitmentRate: null,
      paymentRate: null,
      absorption: null,
      costPerStageGained: null,
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
      firms: { X: firm({ exports: [[2010, 'DE', Infinity]] }) },
    };

    expect(() => editionIndicators(input)).toThrow('must be finite');
  });
});
