import { IndicatorError } from '../../../shared/errors';
import { OUTCOME_EXPORTS_CHANGE, OUTCOME_MARKETS_GAINED, OUTCOMES } from '../../../shared/stage/constants';
import { outcomeOf, outcomeWindow } from '../../../shared/stage/outcome';
import { agreement, firm } from './builders';

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

  it('is expanded when the firm serves one more market, even with lower exports', () => {
    // X 100,000 -> 60,000 (-40%), M 1 -> 2: the market gained decides first.
    const history = firm({
      exports: [
        [2007, 'DE', 100_000],
        [2009, 'DE', 50_000],
        [2009, 'US', 10_000],
      ],
    });

    expect(outcomeOf(history, project)).toBe('expanded');
  });

  it('is expanded when exports rise by exactly 10% on the same markets', () => {
    // X 100,000 -> 110,000: X(a) - X(b) = 10,000 = 0.10 X(b).
    const history = firm({
      exports: [
        [2007, 'DE', 100_000],
        [2009, 'DE', 110_000],
      ],
    });

    expect(outcomeOf(history, project)).toBe('expanded');
  });

  it('is declined when exports fall by exactly 10% on the same markets', () => {
    // X 100,000 -> 90,000: X(b) - X(a) = 10,000 = 0.10 X(b).
    const history = firm({
      exports: [
        [2007, 'DE', 100_000],
        [2009, 'DE', 90_000],
      ],
    });

    expect(outcomeOf(history, project)).toBe('declined');
  });

  it('is declined when the firm serves fewer markets, even with higher exports', () => {
    // X 100,000 -> 150,000 (+50%) but M 2 -> 1: no market gained and M(a) < M(b).
    const history = firm({
      exports: [
        [2007, 'DE', 50_000],
        [2007, 'FR', 50_000],
        [2009, 'DE', 150_000],
      ],
    });

    expect(outcomeOf(history, project)).toBe('declined');
  });

  it('is organisational, not expanded, for a rise of 1 EUR', () => {
    const history = firm({
      exports: [
        [2007, 'DE', 100_000],
        [2009, 'DE', 100_001],
      ],
    });

    expect(outcomeOf(history, project)).toBe('organisational');
  });

  it('is organisational for changes under 10% either way on the same markets', () => {
    const rise = firm({
      exports: [
        [2007, 'DE', 100_000],
        [2009, 'DE', 109_999],
      ],
    });
    const fall = firm({
      exports: [
        [2007, 'DE', 100_000],
        [2009, 'DE', 90_001],
      ],
    });

    expect(outcomeOf(rise, project)).toBe('organisational');
    expect(outcomeOf(fall, project)).toBe('organisational');
  });

  it('is organisational, not expanded, for a more even spread over the same markets', () => {
    const history = firm({
      exports: [
        [2007, 'DE', 90_000],
        [2007, 'FR', 10_000],
        [2009, 'DE', 50_000],
        [2009, 'FR', 50_000],
      ],
    });

    expect(outcomeOf(history, project)).toBe('organisational');
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

  it('prefers not-observed to collaboration', () => {
    const history = firm({ exports: [[2009, 'CN', 30_000]], agreements: [agreement('joint-venture', 2009)] });

    expect(outcomeOf(history, project)).toBe('not-observed');
  });

  it('prefers collaboration to started-exporting', () => {
    const history = firm({
      exports: [[2009, 'CN', 30_000]],
      turnover: { 2007: 400_000 },
      agreements: [agreement('joint-venture', 2009)],
    });

    expect(outcomeOf(history, project)).toBe('collaboration');
  });

  it("gives a firm already at III before its exports' outcome, not collaboration", () => {
    const history = firm({
      exports: [
        [2007, 'DE', 30_000],
        [2009, 'DE', 30_000],
        [2009, 'US', 30_000],
      ],
      agreements: [agreement('licensing', 2006)],
    });

    expect(outcomeOf(history, project)).toBe('expanded');
  });

  it('prefers started-exporting to expanded', () => {
    const history = firm({
      exports: [
        [2009, 'CN', 30_000],
        [2009, 'US', 30_000],
      ],
      turnover: { 2007: 400_000 },
    });

    expect(outcomeOf(history, project)).toBe('started-exporting');
  });

  it('prefers collaboration to retreated when a partnership replaces the exports', () => {
    const history = firm({
      exports: [[2007, 'DE', 30_000]],
      turnover: { 2009: 400_000 },
      agreements: [agreement('subsidiary', 2009)],
    });

    expect(outcomeOf(history, project)).toBe('collaboration');
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
