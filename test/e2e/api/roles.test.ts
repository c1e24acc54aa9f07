import type { Role } from '../../../shared/schemas';
import { problemOf, type CallOptions } from '../../helpers/api-client';
import { useApiServer } from '../../helpers/api-server';
import { hostileTokens } from '../../helpers/tokens';

const served = useApiServer();
let attacks: Record<string, string>;
beforeAll(async () => {
  attacks = await hostileTokens(served.server.dataDir);
});

/** Each endpoint with the least role it needs and a request it would accept. */
interface Endpoint {
  name: string;
  role: Role;
  request: () => Promise<[string, string, CallOptions]>;
}

const budgetVersion = async () => {
  const { body } = await served.api.get('/v1/editions/2008/budget', { role: 'officer' });
  return (body as { items: { lineId: string; version: number; paid: number }[] }).items[0] as {
    lineId: string;
    version: number;
    paid: number;
  };
};

const ENDPOINTS: Endpoint[] = [
  { name: 'GET /v1/editions', role: 'officer', request: async () => ['GET', '/v1/editions', {}] },
  {
    name: 'GET projects',
    role: 'officer',
    request: async () => ['GET', '/v1/editions/2008/projects?limit=1', {}],
  },
  {
    name: 'GET edition firms',
    role: 'officer',
    request: async () => ['GET', '/v1/editions/2008/firms?limit=1', {}],
  },
  {
    name: 'GET indicators',
    role: 'officer',
    request: async () => ['GET', '/v1/editions/2008/indicators', {}],
  },
  { name: 'GET firm', role: 'officer', request: async () => ['GET', '/v1/firms/F0001', {}] },
  {
    name: 'POST firms batch',
    role: 'officer',
    request: async () => ['POST', '/v1/firms/batch', { body: { ids: ['F0001'] } }],
  },
  { name: 'GET firm exports', role: 'officer', request: async () => ['GET', '/v1/firms/F0001/exports', {}] },
  { name: 'GET budget', role: 'officer', request: async () => ['GET', '/v1/editions/2008/budget', {}] },
  {
    name: 'GET budget history',
    role: 'officer',
    request: async () => ['GET', `/v1/editions/2008/budget/${(await budgetVersion()).lineId}/history`, {}],
  },
  {
    name: 'PATCH budget line',
    role: 'finance',
    request: async () => {
      const line = await budgetVersion();
      return [
        'PATCH',
        `/v1/editions/2008/budget/${line.lineId}`,
        { body: { paid: line.paid }, headers: { 'if-match': `"${line.version}"` } },
      ];
    },
  },
  {
    name: 'POST import',
    role: 'admin',
    request: async () => ['POST', '/v1/import?dryRun=true', { body: {} }],
  },
  { name: 'GET imports', role: 'admin', request: async () => ['GET', '/v1/imports', {}] },
];

const ROLES: Role[] = ['officer', 'finance', 'admin'];
const RANK: Record<Role, number> = { officer: 0, finance: 1, admin: 2 };

describe.each(ENDPOINTS)('$name', ({ role: needed, request }) => {
  it('answers 401 without a token, with WWW-Authenticate', async () => {
    const [method, path, options] = await request();

    const result = await served.api.call(method, path, options);

    expect(result.status).toBe(401);
    expect(problemOf(result).detail).toBe('Sign in first: this request needs an Authorization: Bearer token');
    expect(result.headers.get('www-authenticate')).toBe('Bearer error="invalid_token"');
  });

  it.each(ROLES)('as %s: allowed only from its role up', async (role) => {
    const [method, path, options] = await request();

    const result = await served.api.call(method, path, { ...options, role });

    if (RANK[role] >= RANK[needed]) {
      expect(result.status).toBe(200);
    } else {
      expect(result.status).toBe(403);
      expect(problemOf(result).detail).toBe(`This needs the ${needed} role; you have ${role}`);
    }
  });

  it('refuses every forged, expired or misdirected token with 401', async () => {
    const [method, path, options] = await request();
    for (const [attack, token] of Object.entries(attacks)) {
      const result = await served.api.call(method, path, { ...options, token });
      expect([attack, result.status]).toEqual([attack, 401]);
      expect(problemOf(result).type).toBe('urn:spring:problem:ERR_UNAUTHORIZED');
    }
  });
});

describe('tokens', () => {
  it('refuses a token in the query string, even a valid one', async () => {
    const token = await served.api.token('admin');

    const result = await served.api.get(`/v1/editions?access_token=${token}`, {});

    expect(result.status).toBe(401);
    expect(problemOf(result).detail).toBe(
      'Tokens in the URL are refused: send it in the Authorization header',
    );
  });

  it('says so when the token has expired', async () => {
    const result = await served.api.get('/v1/editions', { token: attacks.expired });

    expect(problemOf(result).detail).toBe('The sign-in token has expired: sign in again');
  });

  it('grants nothing for role names it does not know', async () => {
    const { signWithServerKey, goodClaims } = await import('../../helpers/tokens');
    const token = await signWithServerKey(served.server.dataDir, goodClaims(['superuser', 'root']));

    const result = await served.api.get('/v1/editions', { token });

    expect(result.status).toBe(403);
    expect(problemOf(result).detail).toBe('This needs the officer role; you have no Spring role');
  });

  it('refuses a header that is not "Bearer <token>"', async () => {
    const result = await served.api.get('/v1/editions', {
      headers: { authorization: 'Basic YWRtaW46YWRtaW4=' },
    });

    expect(result.status).toBe(401);
    expect(problemOf(result).detail).toBe('The Authorization header must be "Bearer <token>"');
  });
});

describe('open routes', () => {
  it.each(['/v1/health', '/v1/openapi.json'])('%s needs no token', async (path) => {
    expect((await served.api.get(path)).status).toBe(200);
  });

  it('POST /v1/dev/token refuses an unknown role', async () => {
    const result = await served.api.post('/v1/dev/token', { role: 'root' });

    expect(result.status).toBe(400);
    expect(problemOf(result).errors).toEqual([
      { field: 'body.role', message: 'role must be one of officer, finance, admin' },
    ]);
  });
});
