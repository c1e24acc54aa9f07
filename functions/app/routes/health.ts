import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { HealthSchema } from '../../../shared/api/health';
import type { AppDeps } from '../deps';

const healthRoute = createRoute({
  method: 'get',
  path: '/v1/health',
  tags: ['service'],
  summary: 'Service status, version and the dataset it serves',
  responses: {
    200: { description: 'The service is up', content: { 'application/json': { schema: HealthSchema } } },
  },
});

/** Registers `GET /v1/health` (no sign-in needed). */
export function registerHealth(app: OpenAPIHono, deps: AppDeps): void {
  app.openapi(healthRoute, async (c) =>
    c.json({ status: 'ok' as const, version: deps.version, dataset: await deps.datasetLabel() }, 200),
  );
}
