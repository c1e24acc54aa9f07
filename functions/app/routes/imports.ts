import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import * as z from 'zod';
import { ImportJobSchema, ImportQuerySchema, ImportReportSchema } from '../../../shared/api/imports';
import { listOf } from '../../../shared/api/params';
import { ImportDocumentSchema } from '../../../shared/schemas';
import { listImportJobs } from '../../data/imports';
import { HttpError } from '../../errors';
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
    'Validation and reference checks complete before anything is written: one bad row rejects the whole document (422, every bad row listed). Re-importing the same document changes nothing. An interrupted import shows as incomplete in GET /v1/imports; running it again finishes it.',
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
