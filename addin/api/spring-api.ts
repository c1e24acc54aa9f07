import * as z from 'zod';
import { BudgetPatchSchema, etagOf } from '../../shared/api/budget';
import { EditionIndicatorsSchema } from '../../shared/api/edition-indicators';
import { EditionSummarySchema, type EditionSummary } from '../../shared/api/editions';
import { EffectsSchema, type EffectsResponse } from '../../shared/api/effects';
import {
  EditionFirmSchema,
  FirmBatchResponseSchema,
  type EditionFirm,
  type FirmView,
} from '../../shared/api/firms';
import { ImportProblemSchema, ImportReportSchema, type ImportReportResponse } from '../../shared/api/imports';
import { listOf, pageOf } from '../../shared/api/params';
import {
  AuditEntrySchema,
  BudgetLineSchema,
  ProjectSchema,
  type AuditEntry,
  type BudgetLine,
  type Project,
} from '../../shared/schemas';
import type { EditionIndicators } from '../../shared/edition';
import { isApiError } from '../errors';
import type { HttpClient } from './http';
import { PATHS } from './paths';

/** One page of a listing. */
export interface Page<T> {
  items: T[];
  nextCursor?: string | undefined;
}

/** The amounts a finance user publishes for a budget line. */
export type BudgetAmounts = z.infer<typeof BudgetPatchSchema>;

const ProjectPageSchema = pageOf(ProjectSchema);
const EditionFirmPageSchema = pageOf(EditionFirmSchema);
const EditionListSchema = listOf(EditionSummarySchema);
const BudgetListSchema = listOf(BudgetLineSchema);
const HistorySchema = listOf(AuditEntrySchema);
/** The `errors` and `warnings` of a 422 `ERR_IMPORT_REJECTED`. */
const ImportRejectionSchema = z.object({
  errors: z.array(ImportProblemSchema),
  warnings: z.array(ImportProblemSchema).default([]),
});

/**
 * How long one import request may take: a part is under 5.5 MB, and the deployed API stops at 30 s
 * (a stopped import finishes when sent again, which the client's retry of a 504 does).
 */
export const IMPORT_TIMEOUT_MS = 120_000;

/** What the service says of an import document: its report, or every problem (nothing written). */
export type ImportAnswer =
  | { ok: true; report: ImportReportResponse }
  | { ok: false; rejection: z.infer<typeof ImportRejectionSchema> };

/**
 * The Spring API as the add-in uses it: one typed method per call the pane and the custom functions
 * make, every answer parsed with the schema the server declares (shared/api), so a malformed answer is
 * an error with a message, never a cast. No caching here: see {@link SpringClient}.
 */
export class SpringApi {
  constructor(readonly http: HttpClient) {}

  /** Every edition with its budget totals. */
  async editions(signal?: AbortSignal): Promise<EditionSummary[]> {
    return (await this.http.request('GET', PATHS.editions(), { schema: EditionListSchema, ...opt(signal) }))
      .items;
  }

  /** One page of an edition's projects. */
  projects(edition: string, limit: number, cursor?: string, signal?: AbortSignal): Promise<Page<Project>> {
    return this.http.request('GET', PATHS.projects(edition, limit, cursor), {
      schema: ProjectPageSchema,
      ...opt(signal),
    });
  }

  /** One page of an edition's firms (admitted and rejected), each with its application. */
  editionFirms(
    edition: string,
    limit: number,
    cursor?: string,
    signal?: AbortSignal,
  ): Promise<Page<EditionFirm>> {
    return this.http.request('GET', PATHS.editionFirms(edition, limit, cursor), {
      schema: EditionFirmPageSchema,
      ...opt(signal),
    });
  }

  /** The edition indicators. */
  indicators(edition: string, signal?: AbortSignal): Promise<EditionIndicators> {
    return this.http.request('GET', PATHS.indicators(edition), {
      schema: EditionIndicatorsSchema as unknown as z.ZodType<EditionIndicators>,
      ...opt(signal),
    });
  }

  /** Every edition's programme effect on the main pair, and their pooled average per measure. */
  effects(signal?: AbortSignal): Promise<EffectsResponse> {
    return this.http.request('GET', PATHS.effects(), { schema: EffectsSchema, ...opt(signal) });
  }

  /** The edition's budget lines. */
  async budget(edition: string, signal?: AbortSignal): Promise<BudgetLine[]> {
    return (
      await this.http.request('GET', PATHS.budget(edition), { schema: BudgetListSchema, ...opt(signal) })
    ).items;
  }

  /** A budget line's audit entries, newest first. */
  async budgetHistory(edition: string, lineId: string): Promise<AuditEntry[]> {
    return (await this.http.request('GET', PATHS.budgetHistory(edition, lineId), { schema: HistorySchema }))
      .items;
  }

  /** Changes a budget line's amounts, on condition that it is still at `version` (412 otherwise). */
  patchBudgetLine(
    edition: string,
    lineId: string,
    version: number,
    amounts: BudgetAmounts,
  ): Promise<BudgetLine> {
    return this.http.request('PATCH', PATHS.budgetLine(edition, lineId), {
      schema: BudgetLineSchema,
      body: amounts,
      headers: { 'if-match': etagOf(version) },
    });
  }

  /**
   * Sends an import document (a dry run when `dryRun`): the report, or, when the document has problems
   * (422), every problem; other refusals are thrown as the client's errors.
   */
  async importDocument(document: unknown, dryRun: boolean, signal?: AbortSignal): Promise<ImportAnswer> {
    try {
      const report = await this.http.request('POST', PATHS.importDocument(dryRun), {
        schema: ImportReportSchema,
        body: document,
        timeoutMs: IMPORT_TIMEOUT_MS,
        ...opt(signal),
      });
      return { ok: true, report };
    } catch (error) {
      if (isApiError(error) && error.status === 422) {
        const rejection = ImportRejectionSchema.safeParse(error.problem);
        if (rejection.success) return { ok: false, rejection: rejection.data };
      }
      throw error;
    }
  }

  /** Firms by id (at most 1,000): each id asked, with its firm or null when unknown. */
  async firms(ids: string[], signal?: AbortSignal): Promise<Record<string, FirmView | null>> {
    return (
      await this.http.request('POST', PATHS.firmsBatch(), {
        schema: FirmBatchResponseSchema,
        body: { ids },
        ...opt(signal),
      })
    ).items;
  }
}

const opt = (signal: AbortSignal | undefined) => (signal ? { signal } : {});
