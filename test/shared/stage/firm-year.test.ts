import { firmYear, latestYear } from '../../../shared/stage/firm-year';
import { observedYears } from '../../../shared/stage/observed';
import { agreement, firm, overflowing2008 } from './builders';

describe('firmYear', () => {
  it('summarises an exporting year with its stage and export measures', () => {
    const history = firm({
      exports: [
        [2008, 'DE', 60_000],
        [2008, 'FR', 40_000],
      ],
      turnover: { 2008: 500_000 },
    });

    const result = firmYear(history, 2008);

    expect(result).toEqual({
      stage: 2,
      reason: 'DIVERSIFIED_INTENSIVE',
      flags: [],
      exports: 100_000,
      markets: 2,
      hhi: expect.closeTo(0.52, 12),
      intensity: 0.2,
    });
  });

  it('gives null HHI without exports and null intensity without turnover', () => {
    const history = firm({ agreements: [agreement('subsidiary', 2008, undefined, 'US')] });

    const result = firmYear(history, 2008);

    expect(result).toEqual({
      stage: 3,
      reason: 'PARTNERSHIP',
      flags: [],
      exports: 0,
      markets: 0,
      hhi: null,
      intensity: null,
    });
  });

  it('gives zero intensity when the firm has turnover but no exports', () => {
    const result = firmYear(firm({ turnover: { 2008: 1_000 } }), 2008);

    expect(result.intensity).toBe(0);
  });

  it('passes the caller’s thresholds to the stage rule', () => {
    const history = firm({ exports: [[2008, 'DE', 50_000]], turnover: { 2008: 100_000 } });

    expect(firmYear(history, 2008, { minMarkets: 1 }).reason).toBe('DIVERSIFIED_INTENSIVE');
  });
});

describe('latestYear', () => {
  it('takes the latest year among export flows and turnover figures', () => {
    const history = firm({ exports: [[2008, 'DE', 1]], turnover: { 2007: 10, 2009: 20 } });

    expect(latestYear(history)).toBe(2009);
  });

  it('counts a year whose only export flow is zero, since it is data', () => {
    expect(latestYear(firm({ exports: [[2010, 'DE', 0]], turnover: { 2009: 20 } }))).toBe(2010);
  });

  it('ignores agreements, which are not yearly data', () => {
    expect(latestYear(firm({ agreements: [agreement('agent', 2012)] }))).toBeNull();
  });

  it('gives null for an empty history', () => {
    expect(latestYear(firm())).toBeNull();
  });
});

describe('latestYear and observedYears, on observed years only', () => {
  it('counts a turnover entry of 0 as data', () => {
    expect(latestYear(firm({ exports: [[2008, 'DE', 1]], turnover: { 2011: 0 } }))).toBe(2011);
  });

  it('lists the observed years in order, once each, leaving out the years between', () => {
    const history = firm({
      exports: [
        [2010, 'DE', 0],
        [2007, 'DE', 5],
        [2007, 'FR', 5],
      ],
      turnover: { 2012: 1, 2007: 2 },
      agreements: [agreement('branch', 2005)],
    });

    expect(observedYears(history)).toEqual([2007, 2010, 2012]);
  });
});

describe('firmYear totals', () => {
  it('adds markets exactly, whatever their magnitudes', () => {
    const history = firm({
      exports: [
        [2008, 'DE', 1e300],
        [2008, 'FR', 1e-300],
        [2008, 'US', 1],
      ],
    });

    const result = firmYear(history, 2008);

    expect(result.exports).toBe(1e300);
    expect(result.markets).toBe(3);
    expect(result.hhi).toBe(1);
  });

  it('rejects a total beyond the largest double as invalid', () => {
    expect(() => firmYear(overflowing2008(), 2008)).toThrow(
      'the total exceeds the largest representable number',
    );
  });
});
