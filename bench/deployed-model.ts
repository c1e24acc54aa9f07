/**
 * A model of the deployed service, for the benchmarks whose goals are about what an officer waits for
 * in Excel: an HTTPS proxy on loopback in front of the built server that makes every request pay what
 * the deployed API adds to it, and throttles as the production stage does.
 *
 * - Latency: every forwarded request waits {@link DEPLOYED_LATENCY_MS} (40 ms) before it reaches the
 *   server; a throttled one waits {@link THROTTLED_LATENCY_MS} (30 ms: no Lambda behind it) before its
 *   429. The 40 ms are an assumption built from these parts, each a rounded public figure, not a
 *   measurement of this deployment:
 *   - about 10 ms of API Gateway: AWS documents the `Latency` metric as the integration's latency plus
 *     "other API Gateway overhead", without a figure
 *     (https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-metrics.html); an operator's
 *     guide puts that overhead at "typically 10-30 milliseconds ... for REST APIs (somewhat less for
 *     HTTP APIs)" (https://www.smplogs.com/patterns/apigateway/high-latency); the service is an HTTP API;
 *   - about 10 ms of a warm Lambda invocation (hand-off to the function and back; no cold start): an
 *     assumption, consistent with the ~30 ms per AWS layer a developer measured from a browser
 *     (API Gateway ~150 ms, Lambda called directly ~60 ms round trip, database read included:
 *     https://forum.serverless.com/t/lambda-call-latency/3891);
 *   - about 20 ms of network round trip from an office in Lombardy to an AWS region in Europe, on a
 *     kept-alive TLS connection: an assumption.
 *   The published round trips above (60-150 ms) are higher than 40 ms: the model errs on the fast side,
 *   which makes the naive side of a comparison cheaper and its ratio smaller, never larger.
 * - Throttling: a token bucket at the production stage's rate and burst (infra/lib/config.ts,
 *   `ENVIRONMENTS.prod.throttle`), as API Gateway "throttles requests to your API using the token bucket
 *   algorithm, where a token counts for a request"; beyond it a request gets `429 Too Many Requests`
 *   (https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-throttling.html), here with
 *   the body `{"message":"Too Many Requests"}` and no `Retry-After`. Unlike AWS's best-effort throttle,
 *   this bucket is exact.
 * Not modelled: cold starts, Lambda's concurrency (the one local server answers every request), the
 * network's bandwidth and jitter.
 */
import { readFileSync } from 'node:fs';
import https from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { ENVIRONMENTS } from '../infra/lib/config';
import { ROOT } from '../test/helpers/local-server';

/** What API Gateway, a warm Lambda invocation and the network add to a request (see above). */
export const DEPLOYED_LATENCY_MS = 40;
/** What a throttled request waits for its 429: API Gateway and the network, no Lambda. */
export const THROTTLED_LATENCY_MS = 30;
/** The production stage's throttle: requests per second, and the bucket's size. */
export const PROD_THROTTLE = ENVIRONMENTS.prod.throttle;

/** API Gateway's throttle: a bucket of `burst` tokens refilled at `rate` a second, one token a request. */
export class TokenBucket {
  private tokens = 0;
  private last = 0;

  constructor(
    readonly rate: number,
    readonly burst: number,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.reset();
  }

  /** A full bucket, as after a quiet while. */
  reset(): void {
    this.tokens = this.burst;
    this.last = this.now();
  }

  /** Takes a token when there is one; false means 429. */
  take(): boolean {
    const now = this.now();
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) / 1000) * this.rate);
    this.last = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}

/** What the model counted since its last reset. */
export interface DeployedCounts {
  /** Requests received, throttled ones included. */
  requests: number;
  /** Requests answered 429 by the bucket. */
  throttled: number;
  /** Requests passed on to the server. */
  forwarded: number;
}

/** The model running in front of a server. */
export interface DeployedService {
  /** Where clients reach it (https://localhost:port, the server's certificate). */
  url: string;
  latencyMs: number;
  throttle: { rateLimit: number; burstLimit: number };
  /** Fills the bucket and zeroes the counts: call before each measured run. */
  reset: () => void;
  counts: () => DeployedCounts;
  close: () => Promise<void>;
}

/** Options of the model; the defaults are the figures above. */
export interface DeployedOptions {
  latencyMs?: number;
  throttledLatencyMs?: number;
  throttle?: { rateLimit: number; burstLimit: number };
}

/** Headers that belong to one connection and are not passed on by a proxy. */
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'upgrade', 'proxy-connection']);

const passOn = (headers: IncomingMessage['headers']) =>
  Object.fromEntries(Object.entries(headers).filter(([name]) => !HOP_BY_HOP.has(name.toLowerCase())));

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Starts the model on loopback in front of `upstreamUrl` (the built server, https://localhost:port). */
export async function startDeployedModel(
  upstreamUrl: string,
  options: DeployedOptions = {},
): Promise<DeployedService> {
  const upstream = new URL(upstreamUrl);
  if (upstream.hostname !== 'localhost' && upstream.hostname !== '127.0.0.1')
    throw new Error(`the deployed model only fronts a server on loopback, not ${upstream.hostname}`);
  const latencyMs = options.latencyMs ?? DEPLOYED_LATENCY_MS;
  const throttledLatencyMs = options.throttledLatencyMs ?? THROTTLED_LATENCY_MS;
  const throttle = options.throttle ?? PROD_THROTTLE;
  const bucket = new TokenBucket(throttle.rateLimit, throttle.burstLimit);
  const certs = path.join(ROOT, '.certs');
  const agent = new https.Agent({ keepAlive: true, ca: readFileSync(path.join(certs, 'ca.crt')) });
  const counts: DeployedCounts = { requests: 0, throttled: 0, forwarded: 0 };

  const forward = (request: IncomingMessage, response: ServerResponse, body: Buffer) => {
    counts.forwarded++;
    const out = https.request(
      {
        agent,
        hostname: upstream.hostname,
        port: upstream.port,
        method: request.method,
        path: request.url,
        headers: { ...passOn(request.headers), host: upstream.host, 'content-length': body.length },
      },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, passOn(answer.headers));
        answer.pipe(response);
      },
    );
    out.on('error', (error) => {
      if (!response.headersSent) response.writeHead(502, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ message: `Bad Gateway: ${error.message}` }));
    });
    out.end(body);
  };

  const server = https.createServer(
    {
      key: readFileSync(path.join(certs, 'localhost.key')),
      cert: readFileSync(path.join(certs, 'localhost.crt')),
    },
    (request, response) => {
      counts.requests++;
      // The throttle decides on arrival, before the request's body or any Lambda.
      const allowed = bucket.take();
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        if (!allowed) {
          counts.throttled++;
          void sleep(throttledLatencyMs).then(() => {
            response.writeHead(429, { 'content-type': 'application/json' });
            response.end(JSON.stringify({ message: 'Too Many Requests' }));
          });
          return;
        }
        void sleep(latencyMs).then(() => forward(request, response, Buffer.concat(chunks)));
      });
    },
  );
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, 'localhost', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `https://localhost:${port}`,
    latencyMs,
    throttle,
    reset: () => {
      bucket.reset();
      counts.requests = 0;
      counts.throttled = 0;
      counts.forwarded = 0;
    },
    counts: () => ({ ...counts }),
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      agent.destroy();
    },
  };
}

/** Runs `bench` with the model in front of `upstreamUrl`, closed after. */
export async function withDeployedModel<T>(
  upstreamUrl: string,
  bench: (service: DeployedService) => Promise<T>,
  options: DeployedOptions = {},
): Promise<T> {
  const service = await startDeployedModel(upstreamUrl, options);
  try {
    return await bench(service);
  } finally {
    await service.close();
  }
}

/** The model's parameters, for a bench's log. */
export const describeModel = (service: DeployedService) =>
  `deployed model: +${service.latencyMs} ms a request, throttle ${service.throttle.rateLimit} req/s, burst ${service.throttle.burstLimit} (prod stage)`;
