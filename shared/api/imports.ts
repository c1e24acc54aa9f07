import * as z from 'zod';
import { BudgetLineInputSchema, BudgetLineSchema, IMPORT_PROBLEM_CODES } from '../schemas';

const countsSchema = z.record(
  z.string(),
  z.object({ created: z.number().int(), updated: z.number().int(), unchanged: z.number().int() }),
);

/** A problem with one import row (or the document, with `entity` ""). */
export const ImportProblemSchema = z.object({
  entity: z.string(),
  row: z.number().int().nullable(),
  field: z.string(),
  message: z.string(),
  sheet: z
    .string()
    .optional()
    .describe('The workbook sheet of the row, added by the client that converted it'),
  sheetRow: z.number().int().optional().describe("The row's number in its sheet (header = 1)"),
  code: z
    .enum(IMPORT_PROBLEM_CODES)
    .optional()
    .describe(
      'duplicate: a record given twice; unknown_reference: an id neither in the document nor in the store; unknown_column (warning): a column the section does not have; exports_above_turnover (warning). Absent: a value that fails its own check',
    ),
});
export type ImportProblemItem = z.infer<typeof ImportProblemSchema>;

/** A stored budget line an import changes: its values now, and the document's that would replace them. */
export const BudgetOverwriteSchema = z.object({
  entity: z.literal('budget'),
  row: z.number().int().describe("The line's row in the document's budget section (0-based)"),
  edition: z.string(),
  lineId: z.string(),
  current: BudgetLineSchema.describe(
    'The line as stored now: its values, version, who changed it last and when',
  ),
  document: BudgetLineInputSchema.describe("The document's values, which the import writes"),
});
export type BudgetOverwrite = z.infer<typeof BudgetOverwriteSchema>;

/** `POST /v1/import` answer when accepted. */
export const ImportReportSchema = z.object({
  importId: z.string().nullable().describe('The job id; null on a dry run'),
  dryRun: z.boolean(),
  counts: countsSchema,
  warnings: z
    .array(ImportProblemSchema)
    .describe(
      "Legal but suspicious data: unknown columns ignored; a firm's exports in a year above that year's turnover",
    ),
  overwrites: z
    .array(BudgetOverwriteSchema)
    .optional()
    .describe(
      "Dry runs only: each stored budget line the import would change, with its current values and the document's",
    ),
});
export type ImportReportResponse = z.infer<typeof ImportReportSchema>;

/** `?dryRun=true` validates and counts without writing. */
export const ImportQuerySchema = z.strictObject({
  dryRun: z.enum(['true', 'false'], { error: 'dryRun must be true or false' }).optional(),
});

/** One import job (`GET /v1/imports`). */
export const ImportJobSchema = z.object({
  id: z.string(),
  label: z.string().optional(),
  status: z
    .enum(['completed', 'incomplete'])
    .describe('incomplete: interrupted (or still running); run the same document again to finish it'),
  startedAt: z.string(),
  updatedAt: z.string(),
  completedAt: z.string().optional(),
  startedBy: z.string(),
  total: z.number().int(),
  written: z.number().int(),
  counts: countsSchema,
});
