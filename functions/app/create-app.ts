import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppDeps } from './deps';
import { handleError, handleNotFound } from './error-handler';
import { registerHealth } from './routes/health';

/**
 * Builds the one HTTP app that runs unchanged on Lambda and in the local server.
 * @example
 * const app = createApp({ version: '1.0.0', datasetLabel: async () => 'empty' });
 * await app.request('/v1/health');
 */
export function createApp(deps: AppDeps): OpenAPIHono {
  const app = new OpenAPIHono();
  app.onError(handleError);
  app.notFound(handleNotFound);
  registerHealth(app, deps);
  app.doc31('/v1/openapi.json', {
    openapi: '3.1.0',
    info: { title: 'Spring Workbench API', version: deps.version },
  });
  return app;
}
