import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createApp } from '../../../functions/app/create-app';
import { verifyingAuthenticator } from '../../../functions/auth/authenticators';
import { openDevTokens, type DevTokens } from '../../../functions/auth/dev-tokens';
import type { Store } from '../../../functions/data/store';
import { runImport } from '../../../functions/import/run-import';
import { generateSampleData } from '../../../functions/sample';
import type { BudgetLine } from '../../../shared/schemas';
import { faultyStore } from '../../helpers/faulty-store';
import { freshStore } from '../../helpers/store';

jest.setTimeout(120_000);

let store: Store;
let tokens: DevTokens;
beforeAll(async () => {
  store = await freshStore('faults');
  const imported = await runImport(store, generateSampleData(), { dryRun: false, who: 'test' });
  if (!imported.ok) throw new Error('the sample did not import');
  tokens = await openDevTokens(mkdtempSync(path.join(tmpdir(), 'spring-faults-')));
});

const appOn = (on: Store) =>
  createApp({ version: 'test', store: on, authenticate: verifyingAuthenticator(tokens.verify) });

async function call(
  app: ReturnType<typeof appOn>,
  method: string,
  url: string,
  body?: unknown,
  headers: Record<string, string> = {},
) {
  const response = await app.request(url, {
    method,
    headers: {
      authorization: `Bearer ${await tokens.sign('admin')}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...headers,
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    retryAfter: response.headers.get('retry-after'),
    body: (await response.json()) as Record<string, unknown>,
  };
}

const READS = [
  '/v1/health',
  '/v1/editions',
  '/v1/editions/2008/projects?limit=40',
  '/v1/editions/2006/firms?limit=30',
  '/v1/editions/2008/indicators',
  '/v1/firms/F0001',
  '/v1/firms/F0002/exports',
  '/v1/editions/2007/budget',
  '/v1/imports',
];

describe('the API on a store failing 20% of its calls (throttling, dropped connections, unprocessed batch items)', () => {
  it('answers every read either right (as without faults) or with a clear 503, never a 500', async () => {
    const clean = appOn(store);
    const faulty = faultyStore(store, { rate: 0.2, seed: 7 });
    const shaky = appOn(faulty.store);
    const outcomes = new Map<number, number>();

    for (let round = 0; round < 12; round++) {
      for (const url of [...READS, 'POST /v1/firms/batch']) {
        const [method, path] = url.startsWith('POST ') ? ['POST', url.slice(5)] : ['GET', url];
        const body = method === 'POST' ? { ids: ['F0001', 'F0002', 'F0003', 'NOPE'] } : undefined;
        const [expected, actual] = [
          await call(clean, method, path, body),
          await call(shaky, method, path, body),
        ];
        outcomes.set(actual.status, (outcomes.get(actual.status) ?? 0) + 1);
        if (actual.status === 200) {
          // The import list moves with time only through writes, of which there are none here.
          expect([url, actual.body]).toEqual([url, expected.body]);
        } else {
          expect([url, actual.status, actual.type, actual.body.type, actual.retryAfter]).toEqual([
            url,
            503,
            'application/problem+json',
            'urn:spring:problem:ERR_STORE_UNAVAILABLE',
            '1',
          ]);
        }
      }
    }

    expect(faulty.stats().faults).not.toEqual({});
    expect([...outcomes.keys()].sort()).toEqual([200, 503]);
    expect(outcomes.get(200)).toBeGreaterThan(outcomes.get(503) ?? 0);
  });

  it('loses no budget update: a write answered 503 either did not happen or is found at the next read', async () => {
    const faulty = faultyStore(store, { rate: 0.2, seed: 11 });
    const shaky = appOn(faulty.store);
    const clean = appOn(store);
    const read = async () =>
      ((await call(clean, 'GET', '/v1/editions/2006/budget')).body.items as BudgetLine[])[0] as BudgetLine;
    let landed = 0;

    for (let n = 0; n < 40; n++) {
      const line = await read();
      const result = await call(
        shaky,
        'PATCH',
        `/v1/editions/2006/budget/${line.lineId}`,
        { allocated: line.allocated + 1 },
        { 'if-match': `"${line.version}"` },
      );
      const after = await read();
      expect([200, 503]).toContain(result.status);
      if (result.status === 200)
        expect(after).toMatchObject({ allocated: line.allocated + 1, version: line.version + 1 });
      // A 503 leaves the line as it was, or (a connection dropped after the write) written exactly once.
      else expect([line.version, line.version + 1]).toContain(after.version);
      if (after.version === line.version + 1) {
        expect(after.allocated).toBe(line.allocated + 1);
        landed++;
      }
    }

    const history = (await call(clean, 'GET', `/v1/editions/2006/budget/${(await read()).lineId}/history`))
      .body.items as unknown[];
    expect(landed).toBeGreaterThan(0);
    expect(history.length).toBeGreaterThanOrEqual(landed);
  });
});
