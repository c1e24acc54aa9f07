/** The budget invariant `0 <= paid <= committed <= allocated`, shared by the schema and the API's PATCH. */

/** The three amounts of a budget line. */
export type BudgetAmounts = { allocated: number; committed: number; paid: number };

/** A broken part of the invariant, on the field that breaks it. */
export type BudgetProblem = { field: keyof BudgetAmounts; message: string };

const FIELDS = ['allocated', 'committed', 'paid'] as const;

/**
 * Lists what breaks `0 <= paid <= committed <= allocated`; empty when the amounts are consistent.
 * Each problem sits on the lower field of the broken pair (paid above committed is on `paid`).
 * @example
 * checkBudgetInvariant({ allocated: 100, committed: 100, paid: 120 })
 * // [{ field: 'paid', message: 'paid (120) cannot exceed committed (100)' }]
 */
export function checkBudgetInvariant(amounts: BudgetAmounts): BudgetProblem[] {
  const problems: BudgetProblem[] = [];
  for (const field of FIELDS) {
    const value = amounts[field];
    if (!Number.isFinite(value) || value < 0) {
      problems.push({ field, message: `${field} (${value}) must be an amount in EUR of 0 or more` });
    }
  }
  if (problems.length > 0) return problems;
  const { allocated, committed, paid } = amounts;
  if (committed > allocated) {
    problems.push({
      field: 'committed',
      message: `committed (${committed}) cannot exceed allocated (${allocated})`,
    });
  }
  if (paid > committed) {
    problems.push({ field: 'paid', message: `paid (${paid}) cannot exceed committed (${committed})` });
  }
  return problems;
}
