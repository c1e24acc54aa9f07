import * as z from 'zod';

/**
 * One problem found in a request: where (`field`, dotted; `entity` and `row` for import rows, with
 * `sheet` and `sheetRow` when a client converted a workbook) and what.
 */
export const ProblemItemSchema = z.object({
  entity: z.string().optional(),
  row: z.number().int().nullable().optional(),
  field: z.string(),
  message: z.string(),
  sheet: z.string().optional(),
  sheetRow: z.number().int().optional(),
});
export type ProblemItem = z.infer<typeof ProblemItemSchema>;

/** The RFC 9457 problem document every API error is answered with (`application/problem+json`). */
export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    errors: z.array(ProblemItemSchema).optional(),
    current: z.unknown().optional(),
  })
  .passthrough();
export type Problem = z.infer<typeof ProblemSchema>;

/** Media type of problem documents. */
export const PROBLEM_MEDIA_TYPE = 'application/problem+json';
