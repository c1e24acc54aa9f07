import { readFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout } from 'node:timers/promises';
import { fetchLocal, ROOT, startLocalServer, type LocalServerProcess } from '../helpers/local-server';
import { APP_VERSION } from '../../functions/version';

describe('the local server (npm start)', () => {
  let server: LocalServerProcess;
  beforeAll(async () => {
    server = await startLocalServer();
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('answers /v1/health over HTTPS with a certificate valid for localhost', async () => {
    const response = await fetchLocal(`${server.url}/v1/health`);

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      status: 'ok',
      version: APP_VERSION,
      dataset: expect.any(String),
    });
  });

  it('serves the task pane, its bundle and the local office.js on the same origin', async () => {
    const page = await fetchLocal(`${server.url}/taskpane.html`);
    const bundle = await fetchLocal(`${server.url}/taskpane.js`);
    const officeJs = await fetchLocal(`${server.url}/office-js/office.js`);

    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(await page.text()).toContain('/office-js/office.js');
    expect(bundle.status).toBe(200);
    expect(officeJs.status).toBe(200);
    expect(await officeJs.text()).toContain('Office');
  });

  it('writes and names a manifest for its own port, since manifest.xml points at 3000', async () => {
    const port = new URL(server.url).port;
    const expected = path.join(ROOT, 'dist', `manifest.localhost-${port}.xml`);
    // The line comes right after "is serving": wait for it (bounded).
    for (let i = 0; i < 50 && !server.output().includes(expected); i++) await setTimeout(100);

    expect(server.output()).toContain(
      `manifest.xml points at port 3000: sideload ${expected} for this port instead.`,
    );
    const xml = readFileSync(expected, 'utf8');
    expect(xml).toContain(`<SourceLocation DefaultValue="https://localhost:${port}/taskpane.html"/>`);
    expect(xml).not.toContain('localhost:3000');
  });

  it('answers a missing file with a 404 problem document', async () => {
    const response = await fetchLocal(`${server.url}/no-such-file.js`);

    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ status: 404, detail: 'No such file: /no-such-file.js' });
  });
});

describe('stopping the local server', () => {
  it('exits with code 0 on SIGTERM', async () => {
    const server = await startLocalServer();

    const code = await server.stop();

    expect(code).toBe(0);
    expect(server.output()).toContain('SIGTERM: stopping');
  });

  it('refuses a bad PORT with a message and a non-zero exit', async () => {
    await expect(startLocalServer({ PORT: 'http' })).rejects.toThrow(
      /exited with 1 before serving:[\s\S]*PORT must be a whole number from 0 to 65535, not "http"/,
    );
  });
});
