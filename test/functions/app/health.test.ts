import { createApp } from '../../../functions/app/create-app';
import { APP_VERSION } from '../../../functions/version';

const app = createApp({ version: APP_VERSION, datasetLabel: async () => 'synthetic sample' });

describe('GET /v1/health', () => {
  it('answers ok with the package version and the dataset label', async () => {
    const response = await app.request('/v1/health');

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      status: 'ok',
      version: APP_VERSION,
      dataset: 'synthetic sample',
    });
    expect(APP_VERSION).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe('GET /v1/openapi.json', () => {
  it('describes the health route', async () => {
    const response = await app.request('/v1/openapi.json');
    const document = (await response.json()) as { openapi: string; paths: Record<string, unknown> };

    expect(response.status).toBe(200);
    expect(document.openapi).toBe('3.1.0');
    expect(Object.keys(document.paths)).toContain('/v1/health');
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
