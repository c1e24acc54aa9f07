import { AuditEntrySchema } from '../../../shared/schemas';
import { budgetAuditEntry, problemsOf } from './fixtures';

describe('AuditEntrySchema', () => {
  it('accepts a budget change with its before and after', () => {
    expect(problemsOf(AuditEntrySchema, budgetAuditEntry())).toEqual([]);
  });

  it('accepts an import, whose target is the import job', () => {
    // prepare
    const entry = {
      id: 'a2',
      at: '2024-06-01T09:00:00Z',
      who: 'admin',
      action: 'import',
      target: { importId: 'imp-1' },
    };
    // act
    const problems = problemsOf(AuditEntrySchema, entry);
    // assess
    expect(problems).toEqual([]);
  });

  it('refuses an unknown action', () => {
    expect(problemsOf(AuditEntrySchema, { ...budgetAuditEntry(), action: 'budget.delete' })).toEqual([
      { path: 'action', message: "action must be one of budget.update, import (got 'budget.delete')" },
    ]);
  });

  it('refuses a missing action', () => {
    const { action: _, ...entry } = budgetAuditEntry();
    expect(problemsOf(AuditEntrySchema, entry)).toEqual([{ path: 'action', message: 'action is required' }]);
  });

  it('refuses a budget change whose target is not a budget line', () => {
    // prepare / act
    const problems = problemsOf(AuditEntrySchema, { ...budgetAuditEntry(), target: { edition: '2008' } });
    // assess
    expect(problems).toEqual([{ path: 'target.lineId', message: 'lineId is required' }]);
  });

  it('refuses a time that is not an ISO date-time', () => {
    expect(problemsOf(AuditEntrySchema, { ...budgetAuditEntry(), at: 1717165800000 })).toEqual([
      { path: 'at', message: 'at must be a date and time such as 2024-05-31T14:30:00Z (got 1717165800000)' },
    ]);
  });

  it('refuses a before snapshot that is not an object', () => {
    expect(problemsOf(AuditEntrySchema, { ...budgetAuditEntry(), before: 'n/a' })).toEqual([
      { path: 'before', message: "before must be an object (got 'n/a')" },
    ]);
  });
});
