import { problemOf } from '../../helpers/api-client';
import { useApiServer } from '../../helpers/api-server';

const served = useApiServer();

const nested = (depth: number): unknown => (depth === 0 ? 1 : { a: nested(depth - 1) });

describe('hostile bodies', () => {
  it.each([
    ['POST /v1/firms/batch', '/v1/firms/batch', 'officer'],
    ['POST /v1/import', '/v1/import?dryRun=true', 'admin'],
  ] as const)('%s: malformed JSON is a 400 problem', async (_name, path, role) => {
    const result = await served.api.call('POST', path, { role, rawBody: '{"ids": ["F0001",' });

    expect(result.status).toBe(400);
    expect(problemOf(result)).toMatchObject({
      type: 'urn:spring:problem:ERR_MALFORMED_JSON',
      detail: expect.stringMatching(/^The request body is not valid JSON: /),
    });
  });

  it.each([
    ['at the top', '{"ids":["F0001"],"__proto__":{"admin":true}}', 'body.__proto__'],
    ['nested', '{"ids":["F0001"],"x":{"constructor":{"prototype":1}}}', 'body.x.constructor'],
  ])('a __proto__ / constructor key %s is a 400 listing where', async (_name, rawBody, field) => {
    const result = await served.api.call('POST', '/v1/firms/batch', { role: 'officer', rawBody });

    expect(result.status).toBe(400);
    const problem = problemOf(result);
    expect(problem.type).toBe('urn:spring:problem:ERR_FORBIDDEN_KEY');
    expect(problem.errors).toContainEqual({ field, message: expect.stringContaining('is a reserved name') });
  });

  it('a body nested 40 levels deep is a 400, and the server keeps answering', async () => {
    const result = await served.api.post(
      '/v1/firms/batch',
      { ids: ['F0001'], deep: nested(40) },
      { role: 'officer' },
    );
    const after = await served.api.get('/v1/health');

    expect(result.status).toBe(400);
    expect(problemOf(result).detail).toBe('The request body nests deeper than 32 levels');
    expect(after.status).toBe(200);
  });

  it('a body over 1 MB is a 413', async () => {
    const ids = Array.from({ length: 1000 }, (_, i) => `F${String(i).padStart(4, '0')}${'x'.repeat(1100)}`);

    const result = await served.api.post('/v1/firms/batch', { ids }, { role: 'officer' });

    expect(result.status).toBe(413);
    expect(problemOf(result).detail).toBe('The request body is over 1 MB; send less at once');
  });

  it('an import over 5.5 MB is a 413 pointing at sending it in parts', async () => {
    const rawBody = JSON.stringify({ label: 'x'.repeat(5.5 * 1024 * 1024 + 10) });

    const result = await served.api.call('POST', '/v1/import', { role: 'admin', rawBody });

    expect(result.status).toBe(413);
    expect(problemOf(result).detail).toBe(
      'The request body is over 5.5 MB; send a larger document in parts by section (npm run import does so)',
    );
  });

  it('a body that is not JSON is a 415 problem', async () => {
    const result = await served.api.call('POST', '/v1/firms/batch', {
      role: 'officer',
      rawBody: 'ids=F0001',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });

    expect(result.status).toBe(415);
    expect(problemOf(result).title).toBe('Unsupported Media Type');
  });

  it.each([
    ['POST', '/v1/firms/batch', 'officer'],
    ['PATCH', '/v1/editions/2008/budget/region-tem', 'finance'],
    ['POST', '/v1/import', 'admin'],
  ] as const)('%s %s with no body at all is a 400 problem, not a 500', async (method, path, role) => {
    const result = await served.api.call(method, path, {
      role,
      rawBody: '',
      headers: { 'content-type': 'application/json', 'if-match': '"1"' },
    });

    expect(result.status).toBe(400);
    problemOf(result);
  });

  it('a JSON array where an object is expected is a 400', async () => {
    const result = await served.api.call('POST', '/v1/firms/batch', {
      role: 'officer',
      rawBody: '["F0001"]',
    });

    expect(result.status).toBe(400);
    problemOf(result);
  });
});

describe('the server', () => {
  it('logged no unexpected error (no 500) through all of the above', () => {
    expect(served.server.output()).not.toContain('"level":"error"');
  });
});
