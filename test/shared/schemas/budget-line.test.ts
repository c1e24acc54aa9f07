import { BudgetLineInputSchema, BudgetLineSchema, checkBudgetInvariant } from '../../../shared/schemas';
import { budgetLine, budgetLineInput, problemsOf } from './fixtures';

describe('checkBudgetInvariant', () => {
  it('finds nothing wrong with 0 <= paid <= committed <= allocated, equalities included', () => {
    expect(checkBudgetInvariant({ allocated: 100, committed: 80, paid: 50 })).toEqual([]);
    expect(checkBudgetInvariant({ allocated: 100, committed: 100, paid: 100 })).toEqual([]);
    expect(checkBudgetInvariant({ allocated: 0, committed: 0, paid: 0 })).toEqual([]);
  });

  it('puts paid above committed on paid', () => {
    // prepare / act
    const problems = checkBudgetInvariant({ allocated: 200, committed: 100, paid: 120 });
    // assess
    expect(problems).toEqual([{ field: 'paid', message: 'paid (120) cannot exceed committed (100)' }]);
  });

  it('puts committed above allocated on committed', () => {
    expect(checkBudgetInvariant({ allocated: 100, committed: 150, paid: 10 })).toEqual([
      { field: 'committed', message: 'committed (150) cannot exceed allocated (100)' },
    ]);
  });

  it('reports both pairs when both are broken', () => {
    expect(checkBudgetInvariant({ allocated: 100, committed: 150, paid: 200 })).toEqual([
      { field: 'committed', message: 'committed (150) cannot exceed allocated (100)' },
      { field: 'paid', message: 'paid (200) cannot exceed committed (150)' },
    ]);
  });

  it('refuses negative and non-finite amounts before comparing them', () => {
    expect(checkBudgetInvariant({ allocated: NaN, committed: 0, paid: -1 })).toEqual([
      { field: 'allocated', message: 'allocated (NaN) must be an amount in EUR of 0 or more' },
      { field: 'paid', message: 'paid (-1) must be an amount in EUR of 0 or more' },
    ]);
  });
});

describe('BudgetLineSchema', () => {
  it('accepts a stored line', () => {
    expect(problemsOf(BudgetLineSchema, budgetLine())).toEqual([]);
  });

  it('refuses paid above committed, on paid', () => {
    // prepare / act
    const problems = problemsOf(BudgetLineSchema, { ...budgetLine(), committed: 100, paid: 120 });
    // assess
    expect(problems).toEqual([{ path: 'paid', message: 'paid (120) cannot exceed committed (100)' }]);
  });

  it('refuses committed above allocated, on committed', () => {
    expect(
      problemsOf(BudgetLineSchema, { ...budgetLine(), allocated: 1000, committed: 2000, paid: 0 }),
    ).toEqual([{ path: 'committed', message: 'committed (2000) cannot exceed allocated (1000)' }]);
  });

  it('refuses version 0', () => {
    expect(problemsOf(BudgetLineSchema, { ...budgetLine(), version: 0 })).toEqual([
      { path: 'version', message: 'version must be a whole number of 1 or more (got 0)' },
    ]);
  });

  it('refuses an updatedAt that is not an ISO date-time', () => {
    expect(problemsOf(BudgetLineSchema, { ...budgetLine(), updatedAt: '31/05/2024' })).toEqual([
      {
        path: 'updatedAt',
        message: "updatedAt must be a date and time such as 2024-05-31T14:30:00Z (got '31/05/2024')",
      },
    ]);
  });

  it('refuses an unknown funding source', () => {
    expect(problemsOf(BudgetLineSchema, { ...budgetLine(), source: 'bank' })).toEqual([
      { path: 'source', message: "source must be one of region, chamber, mise, eu (got 'bank')" },
    ]);
  });

  it('refuses a line id with unsafe characters', () => {
    expect(problemsOf(BudgetLineSchema, { ...budgetLine(), lineId: 'tem/service' })).toEqual([
      {
        path: 'lineId',
        message: "lineId must be 1 to 64 characters: letters, digits, '.', '_' or '-' (got 'tem/service')",
      },
    ]);
  });

  it('refuses a line id longer than 64 characters', () => {
    const long = 'a'.repeat(65);
    expect(problemsOf(BudgetLineSchema, { ...budgetLine(), lineId: long })[0]?.path).toBe('lineId');
  });
});

describe('BudgetLineInputSchema', () => {
  it('accepts an imported line without version, updatedAt or updatedBy', () => {
    expect(problemsOf(BudgetLineInputSchema, budgetLineInput())).toEqual([]);
  });

  it('refuses server-set fields in an imported line', () => {
    expect(problemsOf(BudgetLineInputSchema, { ...budgetLineInput(), version: 1 })).toEqual([
      { path: 'version', message: "unknown field 'version'" },
    ]);
  });

  it('checks the invariant too', () => {
    expect(problemsOf(BudgetLineInputSchema, { ...budgetLineInput(), paid: 1300000 })).toEqual([
      { path: 'paid', message: 'paid (1300000) cannot exceed committed (1200000)' },
    ]);
  });
});
