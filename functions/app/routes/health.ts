import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { EMPTY_DATASET, HealthSchema } from '../../../shared/api/health';
import { getDatasetLabel } from '../../data/imports';
import type { AppDeps } from '../deps';
import type { AppEnv } from '../env';
import { json, PROBLEMS, THROTTLED } from '../responses';

const healthRoute = createRoute({
  operationId: 'getHealth',
  security: [],
  method: 'get',
  path: '/v1/health',
  tags: ['service'],
  summary: 'Service status, version and the dataset it serves',
  responses: { 200: json(HealthSchema, 'The service is up'), 429: THROTTLED, 503: PROBLEMS[503] },
});

/** Registers `GET /v1/health` (no sign-in needed). */
export function registerHealth(app: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  app.openapi(healthRoute, async (c) => {
    const dataset = (await getDatasetLabel(deps.store)) ?? EMPTY_DATASET;
    return c.json({ status: 'ok' as const, version: deps.version, dataset }, 200);
  });
}
