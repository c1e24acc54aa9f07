import { IndicatorError } from '../../../shared/errors';
import { OUTCOME_EXPORTS_CHANGE, OUTCOME_MARKETS_GAINED, OUTCOMES } from '../../../shared/stage/constants';
import { outcomeOf, outcomeWindow } from '../../../shared/stage/outcome';
import { agreement, firm, type FirmSpec } from './builders';

/** A completed project run in 2008, so the outcome compares 2007 with 2009. */
const project = { start: '2008-03-01', end: '2008-07-15', status: 'completed' } as const;

describe('outcomeWindow', () => {
  it('compares the year before the start year with the year after the end year', () => {
    expect(outcomeWindow({ start: '2009-11-02', end: '2010-03-31' })).toEqual({ before: 2008, after: 2011 });
  });

  it.each([
    [
      { start: '1 March 2008', end: '2008-07-15' },
      'project start must be a date as YYYY-MM-DD (found "1 March 2008")',
    ],
    [{ start: '2008-03-01', end: '' }, 'project end must be a date as YYYY-MM-DD (found "")'],
    [
      { start: '2009-03-01', end: '2008-07-15' },
      'project end (2008-07-15) must not be before its start (2009-03-01)',
    ],
  ])('rejects %p', (window, message) => {
    expect(() => outcomeWindow(window)).toThrow(IndicatorError);
    expect(() => outcomeWindow(window)).toThrow(message);
  });
});

describe('outcomeOf, one case per outcome', () => {
  it('is withdrawn for a withdrawn project, whatever the data', () => {
    const history = firm({ exports: [[2009, 'DE', 50_000]], turnover: { 2007: 1 } });

    expect(outcomeOf(history, { ...project, status: 'withdrawn' })).toBe('withdrawn');
    expect(outcomeOf(firm(), { ...project, status: 'withdrawn' })).toBe('withdrawn');
  });

  it('is ongoing for a project that has not ended, whatever the data', () => {
    const history = firm({ exports: [[2009, 'DE', 50_000]], turnover: { 2007: 1 } });

    expect(outcomeOf(history, { ...project, status: 'ongoing' })).toBe('ongoing');
    expect(outcomeOf(firm(), { ...project, status: 'ongoing' })).toBe('ongoing');
  });

  it('is not-observed when the firm has no data for the year after the project', () => {
    const history = firm({ exports: [[2007, 'DE', 50_000]], turnover: { 2007: 500_000, 2010: 500_000 } });

    expect(outcomeOf(history, project)).toBe('not-observed');
  });

  it('is not-observed when the firm has no data for the year before the project', () => {
    const history = firm({ exports: [[2009, 'DE', 50_000]], turnover: { 2006: 500_000 } });

    expect(outcomeOf(history, project)).toBe('not-observed');
  });

  it('is collaboration when the firm reaches III after the project from below III', () => {
    const history = firm({
      exports: [
        [2007, 'RU', 20_000],
        [2009, 'RU', 20_000],
      ],
      agreements: [agreement('co-design', 2009, undefined, 'RU')],
    });

    expect(outcomeOf(history, project)).toBe('collaboration');
  });

  it('is started-exporting when the firm went from no exports (observed) to exporting', () => {
    const history = firm({ exports: [[2009, 'CN', 30_000]], turnover: { 2007: 400_000 } });

    expect(outcomeOf(history, project)).toBe('started-exporting');
  });

  it('is retreated when the firm stopped exporting', () => {
    const history = firm({ exports: [[2007, 'DE', 50_000]], turnover: { 2007: 500_000, 2009: 500_000 } });

    expect(outcomeOf(history, project)).toBe('retreated');
  });

  it('is retreated when a firm at III on a partnership alone falls to 0', () => {
    const history = firm({
      turnover: { 2007: 500_000, 2009: 500_000 },
      agreements: [agreement('co-production', 2005, 2007, 'CN')],
    });

    expect(outcomeOf(history, project)).toBe('retreated');
  });

  /** The firm's exports by market in 2007, the year before the project, and in 2009, the year after. */
  type Markets = Record<string, number>;
  const before2007after2009 = (before: Markets, after: Markets) =>
    firm({
      exports: [
        ...Object.entries(before).map(([country, value]): [number, string, number] => [2007, country, value]),
        ...Object.entries(after).map(([country, value]): [number, string, number] => [2009, country, value]),
      ],
    });

  it.each<[string, Markets, Markets, string]>([
    // X 100,000 -> 60,000 (-40%), M 1 -> 2: the market gained decides first.
    [
      'is expanded when the firm serves one more market, even with lower exports',
      { DE: 100_000 },
      { DE: 50_000, US: 10_000 },
      'expanded',
    ],
    // X 100,000 -> 110,000: X(a) - X(b) = 10,000 = 0.10 X(b).
    [
      'is expanded when exports rise by exactly 10% on the same markets',
      { DE: 100_000 },
      { DE: 110_000 },
      'expanded',
    ],
    // X 100,000 -> 90,000: X(b) - X(a) = 10,000 = 0.10 X(b).
    [
      'is declined when exports fall by exactly 10% on the same markets',
      { DE: 100_000 },
      { DE: 90_000 },
      'declined',
    ],
    // X 100,000 -> 150,000 (+50%) but M 2 -> 1: no market gained and M(a) < M(b).
    [
      'is declined when the firm serves fewer markets, even with higher exports',
      { DE: 50_000, FR: 50_000 },
      { DE: 150_000 },
      'declined',
    ],
    [
      'is organisational, not expanded, for a rise of 1 EUR',
      { DE: 100_000 },
      { DE: 100_001 },
      'organisational',
    ],
    [
      'is organisational for a rise under 10% on the same markets',
      { DE: 100_000 },
      { DE: 109_999 },
      'organisational',
    ],
    [
      'is organisational for a fall under 10% on the same markets',
      { DE: 100_000 },
      { DE: 90_001 },
      'organisational',
    ],
    [
      'is organisational, not expanded, for a more even spread over the same markets',
      { DE: 90_000, FR: 10_000 },
      { DE: 50_000, FR: 50_000 },
      'organisational',
    ],
  ])('%s', (_name, before, after, outcome) => {
    expect(outcomeOf(before2007after2009(before, after), project)).toBe(outcome);
  });

  it('is organisational when the firm exported neither before nor after', () => {
    expect(outcomeOf(firm({ turnover: { 2007: 1, 2009: 1 } }), project)).toBe('organisational');
  });

  it('is organisational, not collaboration, for a firm already at III before', () => {
    const history = firm({
      turnover: { 2007: 500_000, 2009: 500_000 },
      agreements: [agreement('licensing', 2006)],
    });

    expect(outcomeOf(history, project)).toBe('organisational');
  });
});

describe('outcomeOf, precedence', () => {
  it('lists the outcomes in the order they are tried', () => {
    expect(OUTCOMES).toEqual([
      'withdrawn',
      'ongoing',
      'not-observed',
      'collaboration',
      'started-exporting',
      'retreated',
      'expanded',
      'declined',
      'organisational',
    ]);
  });

  it('names its thresholds: one market, 10% of the exports before', () => {
    expect(OUTCOME_MARKETS_GAINED).toBe(1);
    expect(OUTCOME_EXPORTS_CHANGE).toBe(0.1);
  });

  it('treats a project without a status as completed', () => {
    const history = firm({ exports: [[2009, 'CN', 30_000]], turnover: { 2007: 400_000 } });

    expect(outcomeOf(history, { ...project, status: 'completed' })).toBe('started-exporting');
    expect(outcomeOf(history, { start: project.start, end: project.end })).toBe('started-exporting');
  });

  it.each<[string, FirmSpec, string]>([
    [
      'prefers not-observed to collaboration',
      { exports: [[2009, 'CN', 30_000]], agreements: [agreement('joint-venture', 2009)] },
      'not-observed',
    ],
    [
      'prefers collaboration to started-exporting',
      {
        exports: [[2009, 'CN', 30_000]],
        turnover: { 2007: 400_000 },
        agreements: [agreement('joint-venture', 2009)],
      },
      'collaboration',
    ],
    [
      "gives a firm already at III before its exports' outcome, not collaboration",
      {
        exports: [
          [2007, 'DE', 30_000],
          [2009, 'DE', 30_000],
          [2009, 'US', 30_000],
        ],
        agreements: [agreement('licensing', 2006)],
      },
      'expanded',
    ],
    [
      'prefers started-exporting to expanded',
      {
        exports: [
          [2009, 'CN', 30_000],
          [2009, 'US', 30_000],
        ],
        turnover: { 2007: 400_000 },
      },
      'started-exporting',
    ],
    [
      'prefers collaboration to retreated when a partnership replaces the exports',
      {
        exports: [[2007, 'DE', 30_000]],
        turnover: { 2009: 400_000 },
        agreements: [agreement('subsidiary', 2009)],
      },
      'collaboration',
    ],
  ])('%s', (_name, spec, outcome) => {
    expect(outcomeOf(firm(spec), project)).toBe(outcome);
  });

  it('measures outside the project years: exports during the project do not count', () => {
    const history = firm({ exports: [[2008, 'DE', 80_000]], turnover: { 2007: 1, 2009: 1 } });

    expect(outcomeOf(history, project)).toBe('organisational');
  });

  it('counts an export row of 0 as data: the year is observed, without exports', () => {
    const history = firm({
      exports: [
        [2007, 'DE', 0],
        [2009, 'DE', 20_000],
      ],
    });

    expect(outcomeOf(history, project)).toBe('started-exporting');
  });
});
