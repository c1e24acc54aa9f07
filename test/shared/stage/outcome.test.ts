import { IndicatorError } from '../../../shared/errors';
import { OUTCOMES } from '../../../shared/stage/constants';
import { outcomeOf, outcomeWindow } from '../../../shared/stage/outcome';
import { agreement, firm } from './builders';

/** A project run in 2008, so the outcome compares 2007 with 2009. */
const project = { start: '2008-03-01', end: '2008-07-15' };

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
  it('is collaboration when the firm is at III after the project', () => {
    const history = firm({
      exports: [
        [2007, 'RU', 20_000],
        [2009, 'RU', 20_000],
      ],
      agreements: [agreement('co-design', 2009, undefined, 'RU')],
    });

    expect(outcomeOf(history, project)).toBe('collaboration');
  });

  it('is started-exporting when the firm went from no exports to exporting', () => {
    const history = firm({ exports: [[2009, 'CN', 30_000]] });

    expect(outcomeOf(history, project)).toBe('started-exporting');
  });

  it('is expanded when the firm serves more markets', () => {
    const history = firm({
      exports: [
        [2007, 'DE', 50_000],
        [2009, 'DE', 40_000],
        [2009, 'US', 5_000],
      ],
    });

    expect(outcomeOf(history, project)).toBe('expanded');
  });

  it('is expanded when the firm exports a larger part of its turnover', () => {
    const history = firm({
      exports: [
        [2007, 'DE', 50_000],
        [2009, 'DE', 80_000],
      ],
      turnover: { 2007: 1_000_000, 2009: 1_000_000 },
    });

    expect(outcomeOf(history, project)).toBe('expanded');
  });

  it('is expanded when the same markets take a more even share (lower HHI)', () => {
    const history = firm({
      exports: [
        [2007, 'DE', 90_000],
        [2007, 'FR', 10_000],
        [2009, 'DE', 50_000],
        [2009, 'FR', 50_000],
      ],
    });

    expect(outcomeOf(history, project)).toBe('expanded');
  });

  it('is organisational when no export measure improved', () => {
    const history = firm({
      exports: [
        [2007, 'DE', 50_000],
        [2009, 'DE', 40_000],
      ],
      turnover: { 2007: 500_000, 2009: 500_000 },
    });

    expect(outcomeOf(history, project)).toBe('organisational');
  });

  it('is organisational when the firm exported neither before nor after', () => {
    expect(outcomeOf(firm({ turnover: { 2007: 1, 2009: 1 } }), project)).toBe('organisational');
  });

  it('compares intensity only when both years have turnover', () => {
    const history = firm({
      exports: [
        [2007, 'DE', 50_000],
        [2009, 'DE', 50_000],
      ],
      turnover: { 2009: 100_000 },
    });

    expect(outcomeOf(history, project)).toBe('organisational');
  });
});

describe('outcomeOf, precedence', () => {
  it('lists the outcomes in the order they are tried', () => {
    expect(OUTCOMES).toEqual(['collaboration', 'started-exporting', 'expanded', 'organisational']);
  });

  it('prefers collaboration to started-exporting', () => {
    const history = firm({ exports: [[2009, 'CN', 30_000]], agreements: [agreement('joint-venture', 2009)] });

    expect(outcomeOf(history, project)).toBe('collaboration');
  });

  it('prefers started-exporting to expanded', () => {
    const history = firm({
      exports: [
        [2009, 'CN', 30_000],
        [2009, 'US', 30_000],
      ],
    });

    expect(outcomeOf(history, project)).toBe('started-exporting');
  });

  it('prefers collaboration to expanded', () => {
    const history = firm({
      exports: [
        [2007, 'DE', 30_000],
        [2009, 'DE', 30_000],
        [2009, 'US', 30_000],
      ],
      agreements: [agreement('licensing', 2008)],
    });

    expect(outcomeOf(history, project)).toBe('collaboration');
  });

  it('measures outside the project years: exports during the project do not count', () => {
    const history = firm({ exports: [[2008, 'DE', 80_000]] });

    expect(outcomeOf(history, project)).toBe('organisational');
  });
});
