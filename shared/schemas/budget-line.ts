/** BudgetLine: one line of an edition's budget, with optimistic-locking metadata. */
import * as z from 'zod';
import { checkBudgetInvariant, type BudgetAmounts } from './budget-invariant';
import { BUDGET_SOURCES } from './constants';
import { whenValid } from './cross-field';
import { EditionIdSchema } from './edition';
import { enumError, fieldError, id, isoDateTime, money, objectError, text } from './fields';

const inputShape = {
  edition: EditionIdSchema,
  lineId: id('lineId'),
  source: z.enum(BUDGET_SOURCES, { error: enumError('source', BUDGET_SOURCES) }),
  action: text('action'),
  allocated: money('allocated'),
  committed: money('committed'),
  paid: money('paid'),
};

const versionError = fieldError('version', 'a whole number of 1 or more');

/** Adds the budget invariant's problems to a parse, each on the field that breaks it. */
function refineInvariant(amounts: BudgetAmounts, ctx: z.RefinementCtx<BudgetAmounts>): void {
  for (const problem of checkBudgetInvariant(amounts)) {
    ctx.addIssue({
      code: 'custom',
      path: [problem.field],
      input: amounts[problem.field],
      message: problem.message,
    });
  }
}

const invariantWhen = { when: whenValid('allocated', 'committed', 'paid') };

/** A budget line as imported: the server sets version, updatedAt and updatedBy (natural key: edition, lineId). */
export const BudgetLineInputSchema = z
  .strictObject(inputShape, { error: objectError('a budget line') })
  .superRefine(refineInvariant, invariantWhen);

/** A budget line as stored and served, with its version for `If-Match`. */
export const BudgetLineSchema = z
  .strictObject(
    {
      ...inputShape,
      version: z.number({ error: versionError }).int({ error: versionError }).min(1, { error: versionError }),
      updatedAt: isoDateTime('updatedAt'),
      updatedBy: text('updatedBy'),
    },
    { error: objectError('a budget line') },
  )
  .superRefine(refineInvariant, invariantWhen);

/** A budget line as imported. */
export type BudgetLineInput = z.infer<typeof BudgetLineInputSchema>;
/** A budget line as stored. */
export type BudgetLine = z.infer<typeof BudgetLineSchema>;
