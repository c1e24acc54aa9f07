import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { createApp } from '../../../functions/app/create-app';
import { verifyingAuthenticator } from '../../../functions/auth/authenticators';
import { openDevTokens } from '../../../functions/auth/dev-tokens';
import { listImportJobs } from '../../../functions/data/imports';
import type { Store } from '../../../functions/data/store';
import { runImport } from '../../../functions/import/run-import';
import { generateSampleData } from '../../../functions/sample';
import { freshStore } from '../../helpers/store';

// Every endpoint gets 1,000 generated requests through app.request on the real store.
jest.setTimeout(600_000);
const RUNS = 1000;

let store: Store;
let app: ReturnType<typeof createApp>;
let token: string;
beforeAll(async () => {
  store = await freshStore('fuzz');
  const imported = await runImport(store, generateSampleData(), { dryRun: false, who: 'test' });
  if (!imported.ok) throw new Error('the sample did not import');
  const tokens = await openDevTokens(mkdtempSync(path.join(tmpdir(), 'spring-fuzz-')));
  app = createApp({
    version: 'test',
    store,
    authenticate: verifyingAuthenticator(tokens.verify),
    devTokens: tokens,
  });
  token = await tokens.sign('admin');
});

/** Path segments: real ids, near misses and anything at all. */
const segment = fc.oneof(
  fc.constantFrom('2006', '2008', '2009-2010', 'F0001', 'F9999', 'region-tem', '', '..', '%00', '__proto__'),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
);
const query = fc.dictionary(
  fc.oneof(
    fc.constantFrom('limit', 'cursor', 'from', 'to', 'dryRun', 'access_token'),
    fc.string({ maxLength: 10 }),
  ),
  fc.string({ maxLength: 30 }),
  { maxKeys: 4 },
);
const body = fc.oneof(
  fc.json({ maxDepth: 4 }),
  fc.string({ maxLength: 200 }),
  fc.constant('{"__proto__": {"admin": true}}'),
  fc
    .record(
      {
        ids: fc.array(fc.oneof(fc.string({ maxLength: 12 }), fc.integer()), { maxLength: 30 }),
        year: fc.oneof(fc.integer(), fc.string()),
      },
      { requiredKeys: [] },
    )
    .map((value) => JSON.stringify(value)),
  fc
    .record(
      { allocated: fc.double(), committed: fc.double(), paid: fc.oneof(fc.double(), fc.string()) },
      { requiredKeys: [] },
    )
    .map((value) => JSON.stringify(value)),
);
const contentType = fc.constantFrom(
  'application/json',
  'application/json; charset=utf-8',
  'text/plain',
  'application/x-www-form-urlencoded',
  undefined,
);
const ifMatch = fc.oneof(
  fc.constant(undefined),
  fc.constantFrom('"1"', '"2"', 'W/"1"', '*', ''),
  fc.string({ maxLength: 12 }),
);

const encode = (value: string) => encodeURIComponent(value);
const search = (params: Record<string, string>) => {
  const text = new URLSearchParams(params).toString();
  return text ? `?${text}` : '';
};

/** Writes that were accepted (2xx), so that the store's state can be checked against them. */
const accepted = { patches: 0, imports: 0 };

/** Sends one generated request and checks what every answer must be: never a 500; errors are problem documents. */
async function probe(
  method: string,
  url: string,
  payload?: string,
  type?: string,
  match?: string,
): Promise<number> {
  const headers: Record<string, string> = { authorization: `Bearer ${token}` };
  if (type) headers['content-type'] = type;
  if (match !== undefined) headers['if-match'] = match;
  const response = await app.request(url, {
    method,
    headers,
    ...(payload === undefined ? {} : { body: payload }),
  });
  const text = await response.text();
  expect([url, response.status < 500 || response.status === 503]).toEqual([url, true]);
  if (response.status === 200 && method === 'PATCH') accepted.patches++;
  if (response.status === 200 && url.startsWith('/v1/import') && JSON.parse(text).dryRun === false)
    accepted.imports++;
  if (response.status >= 400) {
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(JSON.parse(text)).toMatchObject({
      status: response.status,
      title: expect.any(String),
      detail: expect.any(String),
    });
  }
  return response.status;
}

const ENDPOINTS: [string, fc.Arbitrary<() => Promise<number>>][] = [
  ['GET /v1/editions', query.map((q) => () => probe('GET', `/v1/editions${search(q)}`))],
  [
    'GET /v1/editions/{id}/projects',
    fc.tuple(segment, query).map(
      ([id, q]) =>
        () =>
          probe('GET', `/v1/editions/${encode(id)}/projects${search(q)}`),
    ),
  ],
  [
    'GET /v1/editions/{id}/firms',
    fc.tuple(segment, query).map(
      ([id, q]) =>
        () =>
          probe('GET', `/v1/editions/${encode(id)}/firms${search(q)}`),
    ),
  ],
  [
    'GET /v1/editions/{id}/indicators',
    fc.tuple(segment, query).map(
      ([id, q]) =>
        () =>
          probe('GET', `/v1/editions/${encode(id)}/indicators${search(q)}`),
    ),
  ],
  [
    'GET /v1/firms/{id}',
    fc.tuple(segment, query).map(
      ([id, q]) =>
        () =>
          probe('GET', `/v1/firms/${encode(id)}${search(q)}`),
    ),
  ],
  [
    'GET /v1/firms/{id}/exports',
    fc.tuple(segment, query).map(
      ([id, q]) =>
        () =>
          probe('GET', `/v1/firms/${encode(id)}/exports${search(q)}`),
    ),
  ],
  [
    'POST /v1/firms/batch',
    fc.tuple(body, contentType).map(
      ([b, t]) =>
        () =>
          probe('POST', '/v1/firms/batch', b, t),
    ),
  ],
  [
    'GET /v1/editions/{id}/budget',
    fc.tuple(segment, query).map(
      ([id, q]) =>
        () =>
          probe('GET', `/v1/editions/${encode(id)}/budget${search(q)}`),
    ),
  ],
  [
    'GET /v1/editions/{id}/budget/{lineId}/history',
    fc.tuple(segment, segment).map(
      ([id, line]) =>
        () =>
          probe('GET', `/v1/editions/${encode(id)}/budget/${encode(line)}/history`),
    ),
  ],
  [
    'PATCH /v1/editions/{id}/budget/{lineId}',
    fc.tuple(segment, segment, body, contentType, ifMatch).map(
      ([id, line, b, t, m]) =>
        () =>
          probe('PATCH', `/v1/editions/${encode(id)}/budget/${encode(line)}`, b, t, m),
    ),
  ],
  [
    'POST /v1/import',
    fc.tuple(body, contentType, fc.constantFrom('', '?dryRun=true', '?dryRun=false', '?dryRun=1')).map(
      ([b, t, q]) =>
        () =>
          probe('POST', `/v1/import${q}`, b, t),
    ),
  ],
  ['GET /v1/imports', query.map((q) => () => probe('GET', `/v1/imports${search(q)}`))],
  [
    'POST /v1/dev/token',
    fc.tuple(body, contentType).map(
      ([b, t]) =>
        () =>
          probe('POST', '/v1/dev/token', b, t),
    ),
  ],
  ['GET /v1/health', query.map((q) => () => probe('GET', `/v1/health${search(q)}`))],
];

describe('fuzzing every endpoint (fast-check, 1,000 requests each, on the real store)', () => {
  it.each(ENDPOINTS)(
    '%s never answers 500, and answers every error as problem+json',
    async (_name, requests) => {
      await fc.assert(
        fc.asyncProperty(requests, async (send) => {
          await send();
        }),
        { numRuns: RUNS, seed: 2006 },
      );
    },
  );

  it('wrote nothing on rejection: import jobs and budget versions account only for accepted writes', async () => {
    const jobs = await listImportJobs(store);
    let versionsGained = 0;
    for (const edition of ['2006', '2007', '2008', '2009-2010']) {
      const response = await app.request(`/v1/editions/${edition}/budget`, {
        headers: { authorization: `Bearer ${token}` },
      });
      for (const line of ((await response.json()) as { items: { version: number }[] }).items)
        versionsGained += line.version - 1;
    }

    expect(jobs.length).toBeLessThanOrEqual(1 + accepted.imports);
    expect(versionsGained).toBe(accepted.patches);
  });
});
