import { ProjectSchema } from '../../../shared/schemas';
import { problemsOf, project } from './fixtures';

describe('ProjectSchema', () => {
  it('accepts a valid project, and a one-day project', () => {
    expect(problemsOf(ProjectSchema, project())).toEqual([]);
    expect(problemsOf(ProjectSchema, { ...project(), start: '2008-03-01', end: '2008-03-01' })).toEqual([]);
  });

  it('accepts a withdrawn project that says why', () => {
    // prepare
    const withdrawn = { ...project(), status: 'withdrawn', withdrawalReason: 'partner chosen badly' };
    // act
    const problems = problemsOf(ProjectSchema, withdrawn);
    // assess
    expect(problems).toEqual([]);
  });

  it('refuses a withdrawn project without a reason', () => {
    expect(problemsOf(ProjectSchema, { ...project(), status: 'withdrawn' })).toEqual([
      { path: 'withdrawalReason', message: 'a withdrawn project needs a withdrawalReason' },
    ]);
  });

  it('refuses a blank withdrawal reason', () => {
    expect(problemsOf(ProjectSchema, { ...project(), status: 'withdrawn', withdrawalReason: ' ' })).toEqual([
      { path: 'withdrawalReason', message: 'withdrawalReason must not be empty' },
    ]);
  });

  it('refuses an end before the start, on end', () => {
    // prepare / act
    const problems = problemsOf(ProjectSchema, { ...project(), start: '2008-06-30', end: '2008-03-01' });
    // assess
    expect(problems).toEqual([
      { path: 'end', message: 'end (2008-03-01) cannot be before start (2008-06-30)' },
    ]);
  });

  it('refuses a date that is not on the calendar', () => {
    expect(problemsOf(ProjectSchema, { ...project(), end: '2008-06-31' })).toEqual([
      { path: 'end', message: "end must be a real date written YYYY-MM-DD (got '2008-06-31')" },
    ]);
  });

  it('refuses a project with no target market', () => {
    expect(problemsOf(ProjectSchema, { ...project(), targetMarkets: [] })).toEqual([
      { path: 'targetMarkets', message: 'targetMarkets must list at least one country' },
    ]);
  });

  it('refuses Italy as a target market, at its index', () => {
    expect(problemsOf(ProjectSchema, { ...project(), targetMarkets: ['RU', 'IT'] })).toEqual([
      { path: 'targetMarkets.1', message: 'IT is the home market, not a foreign market' },
    ]);
  });

  it('refuses a public share given as a percentage', () => {
    expect(problemsOf(ProjectSchema, { ...project(), publicShare: 50 })).toEqual([
      {
        path: 'publicShare',
        message: 'publicShare must be a fraction from 0 to 1, e.g. 0.5 for 50% (got 50)',
      },
    ]);
  });

  it('refuses a grant above the eligible cost, on grant', () => {
    expect(problemsOf(ProjectSchema, { ...project(), eligibleCost: 10000, grant: 15000 })).toEqual([
      { path: 'grant', message: 'grant (15000) cannot exceed eligibleCost (10000)' },
    ]);
  });

  it('refuses a fractional number of TEM days', () => {
    expect(problemsOf(ProjectSchema, { ...project(), temDays: 15.5 })).toEqual([
      { path: 'temDays', message: 'temDays must be a whole number of 0 or more (got 15.5)' },
    ]);
  });

  it('refuses an unknown status', () => {
    expect(problemsOf(ProjectSchema, { ...project(), status: 'done' })).toEqual([
      { path: 'status', message: "status must be one of completed, withdrawn, ongoing (got 'done')" },
    ]);
  });

  it('reports every broken rule of one project at once', () => {
    // prepare
    const bad = { ...project(), end: '2008-01-01', grant: 40000, status: 'withdrawn', temDays: -1, extra: 1 };
    // act
    const problems = problemsOf(ProjectSchema, bad);
    // assess
    expect(problems).toEqual([
      { path: 'temDays', message: 'temDays must be a whole number of 0 or more (got -1)' },
      { path: 'extra', message: "unknown field 'extra'" },
      { path: 'end', message: 'end (2008-01-01) cannot be before start (2008-03-01)' },
      { path: 'grant', message: 'grant (40000) cannot exceed eligibleCost (30000)' },
      { path: 'withdrawalReason', message: 'a withdrawn project needs a withdrawalReason' },
    ]);
  });

  it('skips a cross-field rule whose own fields are wrong, rather than comparing bad values', () => {
    // prepare / act
    const problems = problemsOf(ProjectSchema, { ...project(), start: 'soon', end: '2008-01-01' });
    // assess
    expect(problems).toEqual([
      { path: 'start', message: "start must be a real date written YYYY-MM-DD (got 'soon')" },
    ]);
  });
});
