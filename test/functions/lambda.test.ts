import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Store } from '../../functions/data/store';
import { runImport } from '../../functions/import/run-import';
import { generateSampleData } from '../../functions/sample';
import { ROOT } from '../helpers/local-server';
import { freshStore } from '../helpers/store';

const run = promisify(execFile);
const BUNDLE = path.join(ROOT, 'dist/functions/index.mjs');

/** An API Gateway HTTP API (payload 2.0) event, as the JWT authorizer hands it to the Lambda. */
function httpApiEvent(
  method: string,
  pathAndQuery: string,
  options: { claims?: Record<string, unknown>; body?: unknown; headers?: Record<string, string> } = {},
) {
  const [rawPath = '', rawQueryString = ''] = pathAndQuery.split('?');
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath,
    rawQueryString,
    headers: {
      host: 'abc123.execute-api.eu-south-1.amazonaws.com',
      ...(options.claims ? { authorization: 'Bearer header.payload.signature' } : {}),
      ...(options.body === undefined ? {} : { 'content-type': 'application/json' }),
      ...options.headers,
    },
    requestContext: {
      accountId: '123456789012',
      apiId: 'abc123',
      domainName: 'abc123.execute-api.eu-south-1.amazonaws.com',
      domainPrefix: 'abc123',
      http: { method, path: rawPath, protocol: 'HTTP/1.1', sourceIp: '192.0.2.1', userAgent: 'jest' },
      requestId: 'req-1',
      routeKey: '$default',
      stage: '$default',
      time: '25/Nov/2026:10:00:00 +0000',
      timeEpoch: 1_795_600_000_000,
      ...(options.claims
        ? { authorizer: { jwt: { claims: options.claims, scopes: ['access_as_user'] } } }
        : {}),
    },
    ...(options.body === undefined ? {} : { body: JSON.stringify(options.body), isBase64Encoded: false }),
  };
}

type LambdaResult = { statusCode: number; headers: Record<string, string>; body: string };

/** Invokes the built Lambda bundle in a fresh Node process (real ESM, as on Lambda) with each event. */
async function invoke(table: string, events: unknown[]): Promise<LambdaResult[]> {
  const script = `
    const { handler } = await import(${JSON.stringify(BUNDLE)});
    const events = JSON.parse(process.env.EVENTS);
    const results = [];
    for (const event of events) results.push(await handler(event, {}));
    process.stdout.write(JSON.stringify(results));`;
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], {
    env: { ...process.env, SPRING_TABLE: table, EVENTS: JSON.stringify(events), AWS_REGION: 'eu-south-1' },
    maxBuffer: 32 * 1024 * 1024,
  });
  return JSON.parse(stdout) as LambdaResult[];
}

const officerClaims = {
  sub: 'u-1',
  oid: 'oid-officer',
  roles: '[officer]',
  aud: 'api://spring',
  iss: 'https://login.microsoftonline.com/t/v2.0',
};

let store: Store;
beforeAll(async () => {
  store = await freshStore('lambda');
  const result = await runImport(store, generateSampleData(), { dryRun: false, who: 'test' });
  if (!result.ok) throw new Error('the sample did not import');
});

describe('the Lambda handler (dist/functions/index.mjs) with API Gateway HTTP API v2 events', () => {
  it('answers health, reads with verified claims, and refuses what it should', async () => {
    const results = await invoke(store.table, [
      httpApiEvent('GET', '/v1/health'),
      httpApiEvent('GET', '/v1/editions', { claims: officerClaims }),
      httpApiEvent('POST', '/v1/firms/batch', { claims: officerClaims, body: { ids: ['F0001', 'NOPE'] } }),
      httpApiEvent('GET', '/v1/editions/2008/projects?limit=2', { claims: officerClaims }),
      httpApiEvent('GET', '/v1/editions'),
      httpApiEvent('GET', '/v1/imports', { claims: officerClaims }),
      httpApiEvent('POST', '/v1/dev/token', { body: { role: 'admin' } }),
      httpApiEvent('GET', '/v1/editions', { claims: { ...officerClaims, roles: ['admin'] } }),
    ]);

    const [health, editions, batch, projects, noClaims, notAdmin, devToken, arrayRoles] = results;
    expect(health?.statusCode).toBe(200);
    expect(JSON.parse(health?.body ?? '')).toMatchObject({ status: 'ok', dataset: 'synthetic sample' });
    expect(editions?.statusCode).toBe(200);
    expect(JSON.parse(editions?.body ?? '').items).toHaveLength(4);
    expect(batch?.statusCode).toBe(200);
    expect(JSON.parse(batch?.body ?? '').items.NOPE).toBeNull();
    expect(JSON.parse(projects?.body ?? '').items).toHaveLength(2);
    expect(noClaims?.statusCode).toBe(401);
    expect(noClaims?.headers['content-type']).toBe('application/problem+json');
    expect(notAdmin?.statusCode).toBe(403);
    expect(JSON.parse(notAdmin?.body ?? '').detail).toBe('This needs the admin role; you have officer');
    expect(devToken?.statusCode).toBe(404);
    expect(arrayRoles?.statusCode).toBe(200);
  });

  it('records the verified subject (oid), or the display name when the token has one, as the author of a budget change', async () => {
    const [list] = await invoke(store.table, [
      httpApiEvent('GET', '/v1/editions/2007/budget', { claims: officerClaims }),
    ]);
    const line = JSON.parse(list?.body ?? '').items[0] as { lineId: string; version: number; paid: number };
    const financeClaims = { ...officerClaims, oid: 'oid-finance', roles: '[finance]' };

    const [patched] = await invoke(store.table, [
      httpApiEvent('PATCH', `/v1/editions/2007/budget/${line.lineId}`, {
        claims: financeClaims,
        body: { paid: line.paid },
        headers: { 'if-match': `"${line.version}"` },
      }),
    ]);

    expect(patched?.statusCode).toBe(200);
    expect(patched?.headers.etag).toBe(`"${line.version + 1}"`);
    expect(JSON.parse(patched?.body ?? '')).toMatchObject({
      updatedBy: 'oid-finance',
      version: line.version + 1,
    });

    // With the token's display name, colleagues read who it was; the name wins over the opaque oid.
    const [named] = await invoke(store.table, [
      httpApiEvent('PATCH', `/v1/editions/2007/budget/${line.lineId}`, {
        claims: { ...financeClaims, name: 'Carla Rossi' },
        body: { paid: line.paid },
        headers: { 'if-match': `"${line.version + 1}"` },
      }),
    ]);
    expect(JSON.parse(named?.body ?? '')).toMatchObject({
      updatedBy: 'Carla Rossi',
      version: line.version + 2,
    });
  });
});
