import * as z from 'zod';
import { EditionSchema } from '../schemas';

/** Sums of an edition's budget lines. */
export const BudgetTotalsSchema = z.object({
  allocated: z.number(),
  committed: z.number(),
  paid: z.number(),
  lines: z.number().int(),
});

/** An edition with its budget totals (`GET /v1/editions`). */
export const EditionSummarySchema = EditionSchema.extend({ budget: BudgetTotalsSchema });
export type EditionSummary = z.infer<typeof EditionSummarySchema>;
