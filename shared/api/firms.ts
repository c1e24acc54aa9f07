import * as z from 'zod';
import {
  AGREEMENT_KINDS,
  ApplicationSchema,
  EditionIdSchema,
  ExportFlowSchema,
  FirmSchema,
  PROJECT_STATUSES,
} from '../schemas';
import { year } from '../schemas/fields';
import { OUTCOMES, STAGE_FLAGS, STAGE_REASONS } from '../stage/constants';
import { queryInteger } from './params';

/** Most ids one batch read takes. */
export const FIRM_BATCH_MAX = 1000;

/** A firm's stage and export measures in one year. */
export const FirmYearSchema = z.object({
  stage: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]),
  reason: z.enum(STAGE_REASONS),
  flags: z.array(z.enum(STAGE_FLAGS)),
  exports: z.number().describe('Total exports (EUR)'),
  markets: z.number().int().describe('Markets with exports above 0'),
  hhi: z.number().nullable().describe('HHI of exports across markets (fraction); null without exports'),
  intensity: z.number().nullable().describe('Exports / turnover; null without turnover'),
  byCountry: z.record(z.string(), z.number()).describe('Exports (EUR) by country, markets above 0 only'),
});

/** One of the firm's projects, with its outcome (every project has one). */
export const FirmProjectSchema = z.object({
  id: z.string(),
  edition: EditionIdSchema,
  start: z.string().describe('ISO date'),
  end: z.string().describe('ISO date'),
  status: z.enum(PROJECT_STATUSES),
  outcome: z
    .enum(OUTCOMES)
    .describe('Outcome (docs/indicators.md, "Outcome"); not-observed when a year it compares has no data'),
});

/** A firm as the API serves it: its record, agreements, projects and every year's stage and measures. */
export const FirmViewSchema = FirmSchema.extend({
  agreements: z.array(
    z.object({
      year: z.number().int(),
      endYear: z.number().int().optional(),
      country: z.string(),
      kind: z.enum(AGREEMENT_KINDS),
    }),
  ),
  projects: z.array(FirmProjectSchema),
  latestYear: z.number().int().nullable().describe('Latest year the firm is observed in'),
  years: z
    .record(z.string(), FirmYearSchema)
    .describe('By year, every year the firm is observed in (an unobserved year has no stage)'),
});
export type FirmView = z.infer<typeof FirmViewSchema>;

/** A firm of an edition's listing: the firm with its application to that edition. */
export const EditionFirmSchema = FirmViewSchema.extend({ application: ApplicationSchema });
export type EditionFirm = z.infer<typeof EditionFirmSchema>;

/** `POST /v1/firms/batch` body. */
export const FirmBatchRequestSchema = z.strictObject({
  ids: z
    .array(z.string({ error: 'each id must be text' }), { error: 'ids must be a list of firm ids' })
    .min(1, { error: 'ids must list at least one firm id' })
    .max(FIRM_BATCH_MAX, { error: `ids may list at most ${FIRM_BATCH_MAX} firm ids a request` }),
  year: year('year').optional(),
});
export type FirmBatchRequest = z.infer<typeof FirmBatchRequestSchema>;

/** `POST /v1/firms/batch` answer: every id asked, with its firm or null when unknown. */
export const FirmBatchResponseSchema = z.object({ items: z.record(z.string(), FirmViewSchema.nullable()) });

/** `GET /v1/firms/{id}/exports?from&to` query. */
export const ExportsQuerySchema = z.strictObject({
  from: queryInteger('from', 1990, 2100).optional(),
  to: queryInteger('to', 1990, 2100).optional(),
});

/** One export flow of a firm. */
export const ExportPointSchema = ExportFlowSchema.omit({ firmId: true });
