import {
  expectProblem,
  itRefusesMalformedJson,
  notFoundProblem,
  problemOf,
  ROLES,
  useRouteApp,
  validationProblem,
} from '../../../helpers/route-app';

const routes = useRouteApp('routes_dev_token', { devTokens: true });
const withoutDevTokens = useRouteApp('routes_no_dev_token');

const ask = (body: unknown) => routes.call('POST', '/v1/dev/token', { body });

describe('POST /v1/dev/token', () => {
  it.each(ROLES)('signs a token for %s that the app then accepts as that role', async (role) => {
    const answer = await ask({ role });

    expect(answer.status).toBe(200);
    const { token } = answer.body as { token: string };
    expect(Object.keys(answer.body as object)).toEqual(['token']);
    expect(await routes.tokens.verify(token)).toEqual({ subject: `local-${role}`, roles: [role] });
  });

  it('puts the display name the user gave in the token, trimmed, and records changes under it', async () => {
    const { token } = (await ask({ role: 'finance', name: '  Carla Rossi ' })).body as { token: string };

    expect(await routes.tokens.verify(token)).toEqual({
      subject: 'local-finance',
      roles: ['finance'],
      name: 'Carla Rossi',
    });
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
      'a blank name',
      { role: 'finance', name: '  ' },
      [{ field: 'body.name', message: 'name must not be blank' }],
    ],
    [
      'a name that is not text',
      { role: 'finance', name: 7 },
      [{ field: 'body.name', message: 'name must be text' }],
    ],
    [
      'a name too long',
      { role: 'finance', name: 'x'.repeat(61) },
      [{ field: 'body.name', message: 'name must be at most 60 characters' }],
    ],
    [
      'an unknown field',
      { role: 'admin', roles: ['admin'] },
      [{ field: 'body.roles', message: "unknown field 'roles'" }],
    ],
  ])('refuses %s with 400 naming the problem', async (_name, body, errors) => {
    const answer = await ask(body);

    expectProblem(answer, validationProblem(errors));
  });

  itRefusesMalformedJson(routes, ['POST', '/v1/dev/token'], { rawBody: '{"role":' });

  it('does not exist where the app has no development sign-in (on AWS)', async () => {
    const answer = await withoutDevTokens.call('POST', '/v1/dev/token', { body: { role: 'admin' } });

    expectProblem(answer, notFoundProblem('No such resource: POST /v1/dev/token'));
  });
});
