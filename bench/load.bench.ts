/**
 * Load on the hot reads, measured side by side in one run: autocannon drives the built server over
 * HTTPS on loopback (10 connections, bounded in time and in count) for `POST /v1/firms/batch` (100 ids),
 * `GET /v1/editions/{id}/indicators` and `GET /v1/editions/{id}/budget`, and the same store reads made
 * straight from this process with the same concurrency are the baseline beside them.
 * Prints throughput and p50/p99 latency of both; any answer other than 200 fails the bench.
 * Run alone: `npx tsx bench/load.bench.ts` (after `npm run build`).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import { runWhenStarted, type BenchFigure } from './bench-kit';
import { getEdition } from '../functions/data/editions';
import { listBudget } from '../functions/data/budget';
import { getStoredViews } from '../functions/data/firms';
import { getDataVersion } from '../functions/data/imports';
import { editionResultKey } from '../functions/data/keys';
import { getStoredResult } from '../functions/data/results';
import type { Store } from '../functions/data/store';
import { withSampleServer } from './bench-server';
import { generateSampleData } from '../functions/sample';
import { ApiClient } from '../test/helpers/api-client';
import { ROOT } from '../test/helpers/local-server';

const CONNECTIONS = 10;
const SECONDS = 4;
/** A cap on requests per run, so that a very fast machine still ends promptly. */
const MAX_REQUESTS = 20_000;
const BATCH_IDS = 100;
const EDITION = '2008';

/** Throughput and latency of one side of a scenario. */
interface LoadFigures {
  requests: number;
  perSecond: number;
  p50: number;
  p99: number;
}

/** One hot read: the HTTP request, and the store reads the API makes to answer it. */
interface Scenario {
  name: string;
  method: 'GET' | 'POST';
  path: string;
  body?: string;
  storeReads: () => Promise<unknown>;
}

/** The requested percentile of some latencies, in milliseconds. */
function percentile(sorted: readonly number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? Number.NaN;
}

/** autocannon against the server; throws when any answer was not a 200. */
async function loadOverHttps(server: string, token: string, scenario: Scenario): Promise<LoadFigures> {
  const result = await autocannon({
    url: `${server}${scenario.path}`,
    method: scenario.method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    ...(scenario.body === undefined ? {} : { body: scenario.body }),
    connections: CONNECTIONS,
    duration: SECONDS,
    maxOverallRequests: MAX_REQUESTS,
    tlsOptions: { ca: readFileSync(path.join(ROOT, '.certs/ca.crt')) },
  });
  const failed = result.non2xx + result.errors + result.timeouts;
  if (failed > 0) throw new Error(`${scenario.name}: ${failed} of ${result.requests.total} requests failed`);
  return {
    requests: result.requests.total,
    perSecond: result.requests.total / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
  };
}

/** The same reads straight to the store: CONNECTIONS loops for the same time and count cap. */
async function loadOnStore(reads: () => Promise<unknown>): Promise<LoadFigures> {
  const latencies: number[] = [];
  const started = performance.now();
  const deadline = started + SECONDS * 1000;
  const loop = async () => {
    while (performance.now() < deadline && latencies.length < MAX_REQUESTS) {
      const start = performance.now();
      await reads();
      latencies.push(performance.now() - start);
    }
  };
  await Promise.all(Array.from({ length: CONNECTIONS }, loop));
  const seconds = (performance.now() - started) / 1000;
  const sorted = latencies.sort((a, b) => a - b);
  return {
    requests: sorted.length,
    perSecond: sorted.length / seconds,
    p50: percentile(sorted, 0.5),
    p99: percentile(sorted, 0.99),
  };
}

function scenarios(store: Store, firmIds: string[]): Scenario[] {
  return [
    {
      name: `POST /v1/firms/batch (${BATCH_IDS} ids)`,
      method: 'POST',
      path: '/v1/firms/batch',
      body: JSON.stringify({ ids: firmIds }),
      storeReads: () => getStoredViews(store, firmIds),
    },
    {
      name: `GET /v1/editions/${EDITION}/indicators`,
      method: 'GET',
      path: `/v1/editions/${EDITION}/indicators`,
      // What a read of a stored result costs the store: the data version, the result, the budget lines.
      storeReads: () =>
        Promise.all([
          getDataVersion(store),
          getStoredResult(store, editionResultKey(EDITION)),
          listBudget(store, EDITION),
        ]),
    },
    {
      name: `GET /v1/editions/${EDITION}/budget`,
      method: 'GET',
      path: `/v1/editions/${EDITION}/budget`,
      storeReads: async () => [await getEdition(store, EDITION), await listBudget(store, EDITION)],
    },
  ];
}

const round = (value: number) => (value >= 100 ? value.toFixed(0) : value.toFixed(1));

/** Runs the bench and returns its figures. */
export async function runLoadBench(log: (line: string) => void = console.log): Promise<BenchFigure[]> {
  const sample = generateSampleData();
  return withSampleServer('bench_load', sample, async (store, server) => {
    const token = await new ApiClient(server.url).token('officer');
    const firmIds = (sample.firms ?? []).slice(0, BATCH_IDS).map((firm) => firm.id);
    log(
      `load: ${CONNECTIONS} connections, ${SECONDS} s (at most ${MAX_REQUESTS} requests) a side, the built server over HTTPS on DynamoDB Local`,
    );
    const figures: BenchFigure[] = [];
    for (const scenario of scenarios(store, firmIds)) {
      // A short warm-up of both sides (JIT, connections, the store's caches), then the measured runs.
      await Promise.all(Array.from({ length: CONNECTIONS }, scenario.storeReads));
      const api = await loadOverHttps(server.url, token, scenario);
      const raw = await loadOnStore(scenario.storeReads);
      log(
        `  ${scenario.name}: API ${round(api.perSecond)} req/s, p50 ${api.p50} ms, p99 ${api.p99} ms (${api.requests} requests); ` +
          `store alone ${round(raw.perSecond)} reads/s, p50 ${round(raw.p50)} ms, p99 ${round(raw.p99)} ms`,
      );
      figures.push({
        figure: `load ${scenario.name}: API / store-alone throughput (API p50 ${api.p50} ms, p99 ${api.p99} ms)`,
        measured: `${(api.perSecond / raw.perSecond).toFixed(2)}x`,
        goal: '>= 0.5x',
      });
    }
    figures.push(await storedAgainstComputed(server.url, token, log));
    return figures;
  });
}

/**
 * The stored edition result against computing it on every read, side by side: the default read (K = 20,
 * stored after the first read) and `?local=5`, which the API computes on every read and never stores
 * (the same work the default read did before results were stored).
 */
async function storedAgainstComputed(
  server: string,
  token: string,
  log: (line: string) => void,
): Promise<BenchFigure> {
  const path = `/v1/editions/${EDITION}/indicators`;
  const stored = await loadOverHttps(server, token, {
    name: 'indicators, stored',
    method: 'GET',
    path,
    storeReads: async () => 0,
  });
  const computed = await loadOverHttps(server, token, {
    name: 'indicators, computed on read',
    method: 'GET',
    path: `${path}?local=5`,
    storeReads: async () => 0,
  });
  log(
    `  ${path}: stored ${round(stored.perSecond)} req/s (p50 ${stored.p50} ms); computed on every read (?local=5) ${round(computed.perSecond)} req/s (p50 ${computed.p50} ms)`,
  );
  return {
    figure: `load ${path}: stored result / computed on every read, throughput`,
    measured: `${(stored.perSecond / computed.perSecond).toFixed(1)}x`,
    goal: '>= 10x',
  };
}

runWhenStarted(import.meta.url, () => runLoadBench());
