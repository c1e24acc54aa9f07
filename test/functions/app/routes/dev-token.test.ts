import type { Role } from '../../../../shared/schemas';
import { problemOf, routeApp, validationProblem, type RouteApp } from '../../../helpers/route-app';

let routes: RouteApp;
let withoutDevTokens: RouteApp;
beforeAll(async () => {
  [routes, withoutDevTokens] = await Promise.all([
    routeApp('routes_dev_token', { devTokens: true }),
    routeApp('routes_no_dev_token'),
  ]);
});

// Spelled out rather than imported: shared/schemas loaded before @hono/zod-openapi leaves its schemas without .openapi().
const ROLES: Role[] = ['officer', 'finance', 'admin'];

const ask = (body: unknown) => routes.call('POST', '/v1/dev/token', { body });

describe('POST /v1/dev/token', () => {
  it.each(ROLES)('signs a token for %s that the app then accepts as that role', async (role) => {
    const answer = await ask({ role });

    expect(answer.status).toBe(200);
    const { token } = answer.body as { token: string };
    expect(Object.keys(answer.body as object)).toEqual(['token']);
    expect(await routes.tokens.verify(token)).toEqual({ subject: `local-${role}`, roles: [role] });
  });

  it('hands out a token that opens the routes of its role and no higher', async () => {
    const { token } = (await ask({ role: 'officer' })).body as { token: string };

    const officerRoute = await routes.call('GET', '/v1/editions', { token });
    const adminRoute = await routes.call('GET', '/v1/imports', { token });

    expect(officerRoute.status).toBe(200);
    expect(adminRoute.status).toBe(403);
    expect(problemOf(adminRoute).detail).toBe('This needs the admin role; you have officer');
  });

  it.each([
    [
      'an unknown role',
      { role: 'root' },
      [{ field: 'body.role', message: 'role must be one of officer, finance, admin' }],
    ],
    ['no role', {}, [{ field: 'body.role', message: 'role must be one of officer, finance, admin' }]],
    [
      'a role that is not text',
      { role: 1 },
      [{ field: 'body.role', message: 'role must be one of officer, finance, admin' }],
    ],
    [
      'an unknown field',
      { role: 'admin', roles: ['admin'] },
      [{ field: 'body.roles', message: "unknown field 'roles'" }],
    ],
  ])('refuses %s with 400 naming the problem', async (_name, body, errors) => {
    const answer = await ask(body);

    expect(answer.status).toBe(400);
    expect(problemOf(answer)).toEqual(validationProblem(errors));
  });

  it('refuses malformed JSON with 400 ERR_MALFORMED_JSON', async () => {
    const answer = await routes.call('POST', '/v1/dev/token', { rawBody: '{"role":' });

    expect(answer.status).toBe(400);
    expect(problemOf(answer)).toEqual({
      type: 'urn:spring:problem:ERR_MALFORMED_JSON',
      title: 'Bad Request',
      status: 400,
      detail: expect.stringMatching(/^The request body is not valid JSON: /),
    });
  });

  it('does not exist where the app has no development sign-in (on AWS)', async () => {
    const answer = await withoutDevTokens.call('POST', '/v1/dev/token', { body: { role: 'admin' } });

    expect(answer.status).toBe(404);
    expect(problemOf(answer)).toEqual({
      type: 'urn:spring:problem:ERR_NOT_FOUND',
      title: 'Not Found',
      status: 404,
      detail: 'No such resource: POST /v1/dev/token',
    });
  });
});
