import { IndicatorError } from '../../../shared/errors';
import { STAGE_OF_REASON, STAGE_REASONS } from '../../../shared/stage/constants';
import type { StageReason } from '../../../shared/stage/constants';
import { stageIn, stageOf } from '../../../shared/stage/stage';
import type { FirmHistory } from '../../../shared/stage/types';
import { agreement, firm } from './builders';

/** 40k to one market out of 800k turnover in 2008: a plain exporter. */
const smallExporter = firm({ exports: [[2008, 'DE', 40_000]], turnover: { 2008: 800_000 } });

/** 30k over three markets at 3% of turnover, exporting for the first time in 2008. */
const firstYearSpread = firm({
  exports: [
    [2008, 'DE', 10_000],
    [2008, 'FR', 10_000],
    [2008, 'US', 10_000],
  ],
  turnover: { 2008: 1_000_000 },
});

/** 150k over four markets out of 1M in 2008, after exporting in 2007 too. */
const secondYearSpread = firm({
  exports: [
    [2007, 'DE', 60_000],
    [2008, 'DE', 60_000],
    [2008, 'FR', 40_000],
    [2008, 'RU', 30_000],
    [2008, 'CN', 20_000],
  ],
  turnover: { 2007: 900_000, 2008: 1_000_000 },
});

describe('stageOf, the cases docs/indicators.md names ("Stage rule")', () => {
  it('puts 40k exports on 800k turnover to one market, with no agreement, in stage I', () => {
    const result = stageOf(smallExporter, 2008);

    expect(result).toEqual({ stage: 1, reason: 'EXPORTER', flags: [] });
  });

  it('puts 30k to three markets at 3% intensity in a first exporting year in stage I', () => {
    const result = stageOf(firstYearSpread, 2008);

    expect(result).toEqual({ stage: 1, reason: 'EXPORTER', flags: [] });
  });

  it('puts 150k of 1M to four markets in a second exporting year in stage II', () => {
    const result = stageOf(secondYearSpread, 2008);

    expect(result).toEqual({ stage: 2, reason: 'DIVERSIFIED_PERSISTENT', flags: [] });
  });

  it('puts a one-market exporter with a co-design agreement in stage III', () => {
    const history = { ...smallExporter, agreements: [agreement('co-design', 2008)] };

    const result = stageOf(history, 2008);

    expect(result).toEqual({ stage: 3, reason: 'PARTNERSHIP', flags: [] });
  });

  it('puts a firm with a co-production agreement and no exports in stage III', () => {
    const history = firm({ agreements: [agreement('co-production', 2007, 2009, 'CN')] });

    const result = stageOf(history, 2008);

    expect(result).toEqual({ stage: 3, reason: 'PARTNERSHIP', flags: [] });
  });

  it('flags a firm at II that stops exporting the next year as de-internationalised', () => {
    const before = stageOf(secondYearSpread, 2008);

    const after = stageOf(secondYearSpread, 2009);

    expect(before.stage).toBe(2);
    expect(after).toEqual({ stage: 0, reason: 'NO_EXPORTS', flags: ['DEINTERNATIONALISED'] });
  });

  it('flags the partner lost too when an agreement ended the year before', () => {
    const history = { ...secondYearSpread, agreements: [agreement('distributor', 2006, 2008)] };

    const result = stageOf(history, 2009);

    expect(result).toEqual({
      stage: 0,
      reason: 'NO_EXPORTS',
      flags: ['DEINTERNATIONALISED', 'PARTNER_LOST'],
    });
  });

  it('does not flag the partner lost while an agreement ending in the year itself is still active', () => {
    const history = { ...secondYearSpread, agreements: [agreement('agent', 2006, 2009)] };

    const result = stageOf(history, 2009);

    expect(result.flags).toEqual(['DEINTERNATIONALISED']);
  });

  it('does not meet the intensity clause when the turnover is missing', () => {
    const withoutTurnover = { ...firstYearSpread, turnover: {} };
    const withTurnover = { ...firstYearSpread, turnover: { 2008: 100_000 } };

    const missing = stageOf(withoutTurnover, 2008);
    const present = stageOf(withTurnover, 2008);

    expect(missing).toEqual({ stage: 1, reason: 'EXPORTER', flags: [] });
    expect(present).toEqual({ stage: 2, reason: 'DIVERSIFIED_INTENSIVE', flags: [] });
  });

  it('lets the caller’s thresholds change the answer', () => {
    const moreMarkets = stageOf(secondYearSpread, 2008, { minMarkets: 5 });
    const longerPersistence = stageOf(secondYearSpread, 2008, { persistenceYears: 3 });
    const lowerIntensity = stageOf(firstYearSpread, 2008, { minIntensity: 0.03 });

    expect(moreMarkets).toEqual({ stage: 1, reason: 'EXPORTER', flags: [] });
    expect(longerPersistence).toEqual({ stage: 2, reason: 'DIVERSIFIED_INTENSIVE', flags: [] });
    expect(lowerIntensity).toEqual({ stage: 2, reason: 'DIVERSIFIED_INTENSIVE', flags: [] });
  });
});

describe('stageOf, one scenario per reason code', () => {
  const scenarios: { reason: StageReason; history: FirmHistory; year: number }[] = [
    { reason: 'PARTNERSHIP', history: firm({ agreements: [agreement('licensing', 2008)] }), year: 2008 },
    { reason: 'NO_EXPORTS', history: firm({ turnover: { 2008: 500_000 } }), year: 2008 },
    {
      reason: 'AGENT_OR_DISTRIBUTOR',
      history: firm({
        exports: [[2008, 'RU', 5_000]],
        agreements: [agreement('agent', 2008, undefined, 'RU')],
      }),
      year: 2008,
    },
    { reason: 'DIVERSIFIED_PERSISTENT', history: secondYearSpread, year: 2008 },
    {
      reason: 'DIVERSIFIED_INTENSIVE',
      history: firm({
        exports: [
          [2008, 'DE', 30_000],
          [2008, 'CH', 20_000],
        ],
        turnover: { 2008: 400_000 },
      }),
      year: 2008,
    },
    { reason: 'EXPORTER', history: smallExporter, year: 2008 },
  ];

  it('covers every reason code', () => {
    expect(scenarios.map((s) => s.reason)).toEqual([...STAGE_REASONS]);
  });

  it.each(scenarios)('gives $reason with its stage', ({ reason, history, year }) => {
    const result = stageOf(history, year);

    expect(result.reason).toBe(reason);
    expect(result.stage).toBe(STAGE_OF_REASON[reason]);
  });
});

describe('stageOf, clause order', () => {
  it('puts no exports before an active agent', () => {
    const history = firm({ agreements: [agreement('agent', 2007)] });

    expect(stageOf(history, 2008).reason).toBe('NO_EXPORTS');
  });

  it('puts an agent or distributor before diversification', () => {
    const history = { ...secondYearSpread, agreements: [agreement('distributor', 2008)] };

    expect(stageOf(history, 2008).reason).toBe('AGENT_OR_DISTRIBUTOR');
  });

  it('puts persistence before intensity when both hold', () => {
    // 150k of 1M is 15%, above the 10% threshold, yet persistence is the clause that decides.
    expect(stageOf(secondYearSpread, 2008).reason).toBe('DIVERSIFIED_PERSISTENT');
  });

  it('needs the minimum markets for persistence, however long the firm has exported', () => {
    const history = firm({
      exports: [
        [2006, 'DE', 90_000],
        [2007, 'DE', 90_000],
        [2008, 'DE', 90_000],
      ],
      turnover: { 2008: 100_000 },
    });

    expect(stageOf(history, 2008).reason).toBe('EXPORTER');
  });
});

describe('stageOf, reading the history', () => {
  it('treats an agreement as active from its first year through its end year only', () => {
    const history = firm({
      exports: [[2008, 'DE', 1_000]],
      agreements: [agreement('co-design', 2008, 2009)],
    });

    const stages = [2007, 2008, 2009, 2010].map((year) => stageOf(history, year).reason);

    expect(stages).toEqual(['NO_EXPORTS', 'PARTNERSHIP', 'PARTNERSHIP', 'NO_EXPORTS']);
  });

  it('gives no flags to a firm that has never exported nor had a partner', () => {
    expect(stageOf(firm(), 2008).flags).toEqual([]);
  });

  it('flags a lost partner at III even without exports before, since that too is a retreat', () => {
    const history = firm({ agreements: [agreement('joint-venture', 2006, 2008)] });

    const result = stageOf(history, 2009);

    expect(result).toEqual({ stage: 0, reason: 'NO_EXPORTS', flags: ['PARTNER_LOST'] });
  });

  it('flags the partner lost when an agreement ended two years before, and not three', () => {
    const history = firm({ turnover: { 2010: 1, 2011: 1 }, agreements: [agreement('agent', 2006, 2008)] });

    expect(stageOf(history, 2010).flags).toEqual(['PARTNER_LOST']);
    expect(stageOf(history, 2011).flags).toEqual([]);
  });

  it('does not flag the partner lost while another agreement of any kind is active', () => {
    const history = firm({
      turnover: { 2009: 1 },
      agreements: [agreement('distributor', 2006, 2008), agreement('agent', 2009, undefined, 'FR')],
    });

    expect(stageOf(history, 2009)).toEqual({ stage: 0, reason: 'NO_EXPORTS', flags: [] });
  });

  it('flags a firm at III on a partnership alone that falls to 0 as de-internationalised', () => {
    const history = firm({
      turnover: { 2008: 500_000, 2009: 500_000 },
      agreements: [agreement('joint-venture', 2006, 2008)],
    });

    expect(stageOf(history, 2008).stage).toBe(3);
    expect(stageOf(history, 2009)).toEqual({
      stage: 0,
      reason: 'NO_EXPORTS',
      flags: ['DEINTERNATIONALISED', 'PARTNER_LOST'],
    });
  });

  it('does not flag a retreat from a year without data, even with a partnership then', () => {
    const history = firm({ turnover: { 2009: 500_000 }, agreements: [agreement('branch', 2007, 2008)] });

    expect(stageOf(history, 2009).flags).toEqual(['PARTNER_LOST']);
  });

  it('does not flag a retreat after a year at stage 0', () => {
    const history = firm({ turnover: { 2008: 500_000, 2009: 500_000 }, exports: [[2008, 'DE', 0]] });

    expect(stageOf(history, 2009).flags).toEqual([]);
  });

  it('does not count an unobserved year before as exporting for persistence', () => {
    const history = firm({
      exports: [
        [2008, 'DE', 10_000],
        [2008, 'FR', 10_000],
      ],
      turnover: { 2008: 1_000_000 },
    });

    expect(stageOf(history, 2008)).toEqual({ stage: 1, reason: 'EXPORTER', flags: [] });
  });

  it('does not count zero-valued flows as exports or markets', () => {
    const history = firm({
      exports: [
        [2007, 'DE', 0],
        [2008, 'DE', 20_000],
        [2008, 'FR', 0],
      ],
      turnover: { 2008: 100_000 },
    });

    expect(stageOf(history, 2008).reason).toBe('EXPORTER');
    expect(stageOf(history, 2007).flags).toEqual([]);
  });

  it('counts several flows to one country as one market', () => {
    const history = firm({
      exports: [
        [2008, 'DE', 20_000],
        [2008, 'DE', 20_000],
      ],
      turnover: { 2008: 100_000 },
    });

    expect(stageOf(history, 2008).reason).toBe('EXPORTER');
  });

  it('rejects a year that is not a whole number', () => {
    const act = (): unknown => stageOf(smallExporter, 2008.5);

    expect(act).toThrow(IndicatorError);
    expect(act).toThrow('year must be a whole number (found 2008.5)');
  });
});

describe('stageIn, a year without data', () => {
  const history = firm({ exports: [[2010, 'DE', 0]], turnover: { 2008: 500_000 } });

  it('gives no stage to a year the firm is not observed in', () => {
    expect(stageIn(history, 2009)).toBeNull();
    expect(stageIn(history, 2011)).toBeNull();
  });

  it('gives the stage of a year observed by a turnover entry or by an export row of value 0', () => {
    expect(stageIn(history, 2008)).toEqual({ stage: 0, reason: 'NO_EXPORTS', flags: [] });
    expect(stageIn(history, 2010)).toEqual({ stage: 0, reason: 'NO_EXPORTS', flags: [] });
  });

  it('counts a turnover entry of 0 as data', () => {
    expect(stageIn(firm({ turnover: { 2009: 0 } }), 2009)).toEqual({
      stage: 0,
      reason: 'NO_EXPORTS',
      flags: [],
    });
  });

  it('rejects a year that is not a whole number', () => {
    expect(() => stageIn(history, 2008.5)).toThrow('year must be a whole number (found 2008.5)');
  });
});
