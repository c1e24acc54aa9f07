import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppDeps } from './deps';
import type { AppEnv } from './env';
import { handleError, handleNotFound } from './error-handler';
import { bodyGuard } from './middleware/body-guard';
import { registerBudget } from './routes/budget';
import { registerDevToken } from './routes/dev-token';
import { registerEditions } from './routes/editions';
import { registerEffects } from './routes/effects';
import { registerFirms } from './routes/firms';
import { registerHealth } from './routes/health';
import { registerImports } from './routes/imports';
import { rejectInvalid } from './validation';

/**
 * The license of the contract. Internal software with no published license text: SPDX's LicenseRef-
 * form names such a license (the SPDX list has none for it), and OpenAPI 3.1 asks for an `identifier`
 * or a `url` besides the name (a constant, because the library's 3.0-era type lacks `identifier`).
 */
const LICENSE = {
  name: 'Proprietary: Regione Lombardia, internal use',
  identifier: 'LicenseRef-RegioneLombardia-Proprietary',
};

/**
 * Builds the one HTTP app that runs unchanged on Lambda and in the local server.
 * @example
 * const app = createApp({ version, store, authenticate });
 * await app.request('/v1/health');
 */
export function createApp(deps: AppDeps): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: rejectInvalid });
  app.onError(handleError);
  app.notFound(handleNotFound);
  app.use('*', async (c, next) => {
    c.set('authenticate', deps.authenticate);
    await next();
  });
  app.use('*', bodyGuard());
  registerHealth(app, deps);
  if (deps.devTokens) registerDevToken(app, deps.devTokens);
  registerEditions(app, deps);
  registerEffects(app, deps);
  registerFirms(app, deps);
  registerBudget(app, deps);
  registerImports(app, deps);
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearerAuth', {
    type: 'http',
    scheme: 'bearer',
    bearerFormat: 'JWT',
    description: 'Microsoft Entra ID access token for the API (locally: POST /v1/dev/token)',
  });
  // Operation ids are part of the contract: clients generated from it name their methods after them.
  app.doc31('/v1/openapi.json', {
    openapi: '3.1.0',
    // Relative: the document is served by the API it describes, on AWS and locally alike.
    servers: [{ url: '/' }],
    info: {
      title: 'Spring Workbench API',
      version: deps.version,
      description:
        "Data and evaluation indicators of Regione Lombardia's Spring export programme. Errors are application/problem+json.",
      license: LICENSE,
    },
  });
  return app;
}
