import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { DevTokenRequestSchema, DevTokenSchema } from '../../../shared/api/auth';
import type { DevTokens } from '../../auth/dev-tokens';
import type { AppEnv } from '../env';
import { BODY_PROBLEMS, json, PROBLEMS } from '../responses';

const devTokenRoute = createRoute({
  operationId: 'createDevToken',
  security: [],
  method: 'post',
  path: '/v1/dev/token',
  tags: ['service'],
  summary: 'Development sign-in of the local server (absent on AWS)',
  request: { body: { required: true, content: { 'application/json': { schema: DevTokenRequestSchema } } } },
  responses: { 200: json(DevTokenSchema, 'A token for the role'), 400: PROBLEMS[400], ...BODY_PROBLEMS },
});

/** Registers `POST /v1/dev/token`: only the local server has it. */
export function registerDevToken(app: OpenAPIHono<AppEnv>, devTokens: DevTokens): void {
  app.openapi(devTokenRoute, async (c) => {
    const { role, name } = c.req.valid('json');
    return c.json({ token: await devTokens.sign(role, name) }, 200);
  });
}
