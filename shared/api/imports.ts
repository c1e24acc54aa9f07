import * as z from 'zod';

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
});

/** `POST /v1/import` answer when accepted. */
export const ImportReportSchema = z.object({
  importId: z.string().nullable().describe('The job id; null on a dry run'),
  dryRun: z.boolean(),
  counts: countsSchema,
  warnings: z.array(ImportProblemSchema),
});

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
