import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import * as z from 'zod';
import {
  ExportPointSchema,
  ExportsQuerySchema,
  FirmBatchRequestSchema,
  FirmBatchResponseSchema,
  FirmViewSchema,
} from '../../../shared/api/firms';
import { idParam, listOf } from '../../../shared/api/params';
import { getFirms } from '../../data/firms';
import type { Store } from '../../data/store';
import { HttpError } from '../../errors';
import { firmView } from '../../services/firm-view';
import { firmViewsJson } from '../../services/stored-views';
import type { AppDeps } from '../deps';
import type { AppEnv } from '../env';
import { requireRole } from '../middleware/auth';
import { BEARER, BODY_PROBLEMS, json, PROBLEMS, SIGNED_IN_PROBLEMS } from '../responses';

const FirmParams = z.strictObject({ id: idParam('firm id') });
const officer = { tags: ['firms'], security: BEARER, middleware: requireRole('officer') };

const firmRoute = createRoute({
  operationId: 'getFirm',
  ...officer,
  method: 'get',
  path: '/v1/firms/{id}',
  summary: 'A firm with its stage, reason and export measures for every year',
  request: { params: FirmParams },
  responses: { 200: json(FirmViewSchema, 'The firm'), ...SIGNED_IN_PROBLEMS, 404: PROBLEMS[404] },
});

const batchRoute = createRoute({
  operationId: 'getFirmsBatch',
  ...officer,
  method: 'post',
  path: '/v1/firms/batch',
  summary: 'Many firms at once (1 to 1,000 ids); `year` trims each firm to that year',
  request: { body: { required: true, content: { 'application/json': { schema: FirmBatchRequestSchema } } } },
  responses: {
    200: json(FirmBatchResponseSchema, 'Every id asked, null when unknown'),
    ...SIGNED_IN_PROBLEMS,
    ...BODY_PROBLEMS,
  },
});

const exportsRoute = createRoute({
  operationId: 'listFirmExports',
  ...officer,
  method: 'get',
  path: '/v1/firms/{id}/exports',
  summary: "A firm's export flows, by year and country",
  request: { params: FirmParams, query: ExportsQuerySchema },
  responses: {
    200: json(listOf(ExportPointSchema), 'The flows, by year then country'),
    ...SIGNED_IN_PROBLEMS,
    404: PROBLEMS[404],
  },
});

const notFound = (id: string) =>
  new HttpError(404, { code: 'ERR_NOT_FOUND', detail: `No firm with id ${id}` });

async function requireFirm(store: Store, id: string) {
  const firm = (await getFirms(store, [id])).get(id);
  if (!firm) throw notFound(id);
  return firm;
}

/** A JSON answer whose body is already serialised (stored firm views are spliced in, not re-encoded). */
const jsonText = (text: string) =>
  new Response(text, { status: 200, headers: { 'content-type': 'application/json' } });

/** Registers the firm routes. */
export function registerFirms(app: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  const { store } = deps;
  app.openapi(firmRoute, async (c) => {
    const { id } = c.req.valid('param');
    const view = (await firmViewsJson(store, [id])).get(id);
    if (view === undefined) throw notFound(id);
    return jsonText(view) as never;
  });

  app.openapi(batchRoute, async (c) => {
    const { ids, year } = c.req.valid('json');
    if (year !== undefined) {
      // One year only: computed from the aggregates, which is cheap for a single year.
      const firms = await getFirms(store, ids);
      const items: Record<string, z.infer<typeof FirmViewSchema> | null> = {};
      for (const id of ids) {
        const firm = firms.get(id);
        items[id] = firm ? firmView(firm, year) : null;
      }
      return c.json({ items }, 200);
    }
    const views = await firmViewsJson(store, ids);
    const members = [...new Set(ids)].map((id) => `${JSON.stringify(id)}:${views.get(id) ?? 'null'}`);
    return jsonText(`{"items":{${members.join(',')}}}`) as never;
  });

  app.openapi(exportsRoute, async (c) => {
    const firm = await requireFirm(store, c.req.valid('param').id);
    const { from = -Infinity, to = Infinity } = c.req.valid('query');
    if (from > to) {
      throw new HttpError(400, {
        code: 'ERR_VALIDATION',
        detail: `from (${from}) must not be after to (${to})`,
        errors: [{ field: 'query.from', message: `from (${from}) must not be after to (${to})` }],
      });
    }
    const items = firm.exports
      .filter((flow) => flow.year >= from && flow.year <= to)
      .sort((a, b) => a.year - b.year || a.country.localeCompare(b.country));
    return c.json({ items }, 200);
  });
}
