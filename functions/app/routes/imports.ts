import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import * as z from 'zod';
import { ImportJobSchema, ImportQuerySchema, ImportReportSchema } from '../../../shared/api/imports';
import { listOf } from '../../../shared/api/params';
import { PROBLEM_MEDIA_TYPE, ProblemSchema } from '../../../shared/api/problem';
import { ImportDocumentSchema } from '../../../shared/schemas';
import { listImportJobs } from '../../data/imports';
import { HttpError, ImportRaceError } from '../../errors';
import { runImport } from '../../import/run-import';
import type { AppDeps } from '../deps';
import type { AppEnv } from '../env';
import { requireRole } from '../middleware/auth';
import { BEARER, BODY_PROBLEMS, json, PROBLEMS, SIGNED_IN_PROBLEMS } from '../responses';

// The rows are validated one by one by the import itself (a 422 naming every bad row), so the
// route takes any JSON object; the contract still describes the body as an ImportDocument, so that
// generated clients get its type.
const ImportBodySchema = z
  .record(z.string(), z.unknown(), {
    error: 'the import document must be a JSON object with sections such as firms',
  })
  .describe(
    'An import document: {label?, editions?, tems?, firms?, applications?, agreements?, exports?, projects?, budget?}',
  )
  .openapi({ allOf: [{ $ref: '#/components/schemas/ImportDocument' }] });

/** The 409 of an import raced by another change (docs/architecture.md, "Import"). */
const RACE_PROBLEM = {
  description:
    "A budget line was changed by someone else while the import ran (ERR_IMPORT_RACE): every other row is written, the job stays incomplete, and `errors` lists the lines; a dry run shows their current values and the document's",
  content: { [PROBLEM_MEDIA_TYPE]: { schema: ProblemSchema } },
};

/** The problem of an import raced by another change: one entry per budget line, with what is stored now. */
function raceProblem(error: ImportRaceError): HttpError {
  const { lines } = error;
  return new HttpError(409, {
    code: 'ERR_IMPORT_RACE',
    detail: `The import is incomplete: ${lines.length} budget ${lines.length === 1 ? 'line was' : 'lines were'} changed by someone else while it ran and ${lines.length === 1 ? 'was' : 'were'} not written; everything else was. Run a dry run to compare their current values with the document's, then import again to finish`,
    errors: lines.map((line) => {
      const current = line.current as
        { version?: number; updatedBy?: string; updatedAt?: string } | undefined;
      const now = current
        ? `it is at version ${current.version} (${current.updatedBy}, ${current.updatedAt})`
        : 'it was deleted';
      const read = line.expectedVersion === 0 ? 'absent' : `at version ${line.expectedVersion}`;
      return {
        entity: 'budget',
        row: line.row,
        field: 'version',
        message: `budget line ${line.edition}/${line.lineId} changed while the import ran: it was ${read} when read, ${now}`,
      };
    }),
    extra: { lines: lines.map(({ edition, lineId, current }) => ({ edition, lineId, current })) },
    cause: error,
  });
}

const importRoute = createRoute({
  operationId: 'importDocument',
  tags: ['import'],
  security: BEARER,
  middleware: requireRole('admin'),
  method: 'post',
  path: '/v1/import',
  summary:
    'Import a document of editions, TEMs, firms, applications, agreements, exports, projects and budget lines',
  description:
    "Row checks, duplicates and references are checked in one pass before anything is written: one bad row rejects the whole document (422, every problem listed, one per row and field). Re-importing the same document changes nothing. An interrupted import shows as incomplete in GET /v1/imports; running it again finishes it. A budget line changed by someone else while the import runs is a 409 (the job stays incomplete); a dry run lists each stored budget line it would change, with its current values and the document's.",
  request: {
    query: ImportQuerySchema,
    body: { required: true, content: { 'application/json': { schema: ImportBodySchema } } },
  },
  responses: {
    200: json(
      ImportReportSchema,
      'Accepted: what was (or, on a dry run, would be) created, updated and left unchanged',
    ),
    ...SIGNED_IN_PROBLEMS,
    ...BODY_PROBLEMS,
    409: RACE_PROBLEM,
    422: PROBLEMS[422],
  },
});

const importsRoute = createRoute({
  operationId: 'listImports',
  tags: ['import'],
  security: BEARER,
  middleware: requireRole('admin'),
  method: 'get',
  path: '/v1/imports',
  summary: 'Recent imports, newest first, with their status',
  responses: { 200: json(listOf(ImportJobSchema), 'The jobs'), ...SIGNED_IN_PROBLEMS },
});

/** Registers the import routes. */
export function registerImports(app: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  const { store } = deps;
  app.openAPIRegistry.register('ImportDocument', ImportDocumentSchema);

  app.openapi(importRoute, async (c) => {
    const dryRun = c.req.valid('query').dryRun === 'true';
    const result = await runImport(store, c.req.valid('json'), {
      dryRun,
      who: c.var.principal.subject,
      ...(deps.now ? { now: deps.now } : {}),
    }).catch((error: unknown) => {
      throw error instanceof ImportRaceError ? raceProblem(error) : error;
    });
    if (!result.ok) {
      const { errors } = result.rejection;
      throw new HttpError(422, {
        code: 'ERR_IMPORT_REJECTED',
        detail: `The document was not imported: ${errors.length} ${errors.length === 1 ? 'problem' : 'problems'}, listed in errors; nothing was written`,
        errors,
        extra: { warnings: result.rejection.warnings },
      });
    }
    return c.json(result.report, 200);
  });

  app.openapi(importsRoute, async (c) => {
    const jobs = await listImportJobs(store);
    return c.json({ items: jobs.map(({ documentHash: _hash, ...job }) => job) }, 200);
  });
}
