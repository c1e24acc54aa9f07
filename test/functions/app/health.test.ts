import { createApp } from '../../../functions/app/create-app';
import { verifyingAuthenticator } from '../../../functions/auth/authenticators';
import { setDatasetLabel } from '../../../functions/data/imports';
import type { Store } from '../../../functions/data/store';
import { APP_VERSION } from '../../../functions/version';
import { freshStore } from '../../helpers/store';

let store: Store;
let app: ReturnType<typeof createApp>;
beforeAll(async () => {
  store = await freshStore('health');
  app = createApp({
    version: APP_VERSION,
    store,
    authenticate: verifyingAuthenticator(async () => {
      throw new Error('no tokens here');
    }),
  });
});

describe('GET /v1/health', () => {
  it('says the store is empty before any import', async () => {
    const response = await app.request('/v1/health');

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', version: APP_VERSION, dataset: 'empty' });
  });

  it("names the last import's dataset", async () => {
    await setDatasetLabel(store, 'synthetic sample', '2026-11-25T00:00:00.000Z');

    const response = await app.request('/v1/health');

    expect(await response.json()).toEqual({
      status: 'ok',
      version: APP_VERSION,
      dataset: 'synthetic sample',
    });
    expect(APP_VERSION).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe('GET /v1/openapi.json', () => {
  it('describes every route', async () => {
    const response = await app.request('/v1/openapi.json');
    const document = (await response.json()) as { openapi: string; paths: Record<string, unknown> };

    expect(response.status).toBe(200);
    expect(document.openapi).toBe('3.1.0');
    expect(Object.keys(document.paths).sort()).toEqual([
      '/v1/editions',
      '/v1/editions/{id}/budget',
      '/v1/editions/{id}/budget/{lineId}',
      '/v1/editions/{id}/budget/{lineId}/history',
      '/v1/editions/{id}/firms',
      '/v1/editions/{id}/indicators',
      '/v1/editions/{id}/projects',
      '/v1/effects',
      '/v1/firms/batch',
      '/v1/firms/{id}',
      '/v1/firms/{id}/exports',
      '/v1/health',
      '/v1/import',
      '/v1/imports',
    ]);
  });
});

describe('unknown paths', () => {
  it('answers 404 as problem+json', async () => {
    const response = await app.request('/v1/no-such-thing', { method: 'POST' });

    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(await response.json()).toEqual({
      type: 'urn:spring:problem:ERR_NOT_FOUND',
      title: 'Not Found',
      status: 404,
      detail: 'No such resource: POST /v1/no-such-thing',
    });
  });
});
