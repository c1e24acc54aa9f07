import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { Hono } from 'hono';
import { problemResponse } from '../app/error-handler';
import { HttpError } from '../errors';
import type { TlsFiles } from './certificates';
import { withHeaders } from './security-headers';

/** A running local server. */
export interface RunningServer {
  url: string;
  server: ServerType;
  close: () => Promise<void>;
}

/** What the local server puts on one origin: the API under `/v1`, the add-in's files elsewhere. */
export interface LocalSite {
  api: FetchHandler;
  site: FetchHandler;
  /** Headers set on every answer, pages and API alike (CloudFront's response-headers policy on AWS). */
  headers?: Record<string, string>;
}

/** Anything that answers a request, such as a Hono app. */
export interface FetchHandler {
  fetch: (request: Request) => Response | Promise<Response>;
}

/** Serves the API and the add-in on one HTTPS origin, as CloudFront does on AWS. */
export function startHttpsServer(site: LocalSite, tls: TlsFiles, port: number): Promise<RunningServer> {
  const fetch = async (request: Request): Promise<Response> => {
    const { pathname } = new URL(request.url);
    if (pathname === '/v1' || pathname.startsWith('/v1/')) {
      const started = performance.now();
      const response = await site.api.fetch(request);
      // An access log line per API call: what a developer watches, and what tests count requests by.
      console.log(
        `${request.method} ${pathname} ${response.status} ${Math.round(performance.now() - started)} ms`,
      );
      return response;
    }
    const response = await site.site.fetch(request);
    if (response.status !== 404) return response;
    return problemResponse(
      new HttpError(404, { code: 'ERR_NOT_FOUND', detail: `No such file: ${pathname}` }),
    );
  };
  const root = new Hono();
  if (site.headers) root.use(withHeaders(site.headers));
  root.all('*', (c) => fetch(c.req.raw));
  return new Promise((resolve, reject) => {
    const server = serve(
      {
        fetch: root.fetch,
        port,
        hostname: 'localhost',
        createServer,
        serverOptions: { key: tls.key, cert: tls.cert },
      },
      (info: AddressInfo) => {
        resolve({
          url: `https://localhost:${info.port}`,
          server,
          close: () => new Promise<void>((done) => server.close(() => done())),
        });
      },
    );
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(`Port ${port} is already in use: stop the other server or set PORT to another port`)
          : error,
      );
    });
  });
}
