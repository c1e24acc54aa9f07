/**
 * A 5,000-cell recalculation of `=SPRING.STAGE(id, year)` over 2,500 distinct firms, measured side by
 * side in one run against the built server on DynamoDB Local:
 * - through the deployed model (deployed-model.ts: +40 ms a request, the production stage's throttle),
 *   batched (the built functions.js, its client and retry policy, as Excel runs it) end to end
 *   (goal: under 1 s, no cell in error) and naive (the same functions.js with batching off: one
 *   request per cell through the add-in's own HTTP client, retry policy and 4 requests in flight), and
 *   their time ratio (goal >= 50x);
 * - on loopback, batched vs one hand-made bulk request per 1,000 ids for the same firms (goal: within
 *   1.2x), and for the log the loopback naive/batched ratio (one request per cell, 6 at a time), the
 *   floor the deployed figure replaces.
 * Run alone: `npx tsx bench/functions-batching.bench.ts` (after `npm run build`).
 */
import { elapsedMs, median, runWhenStarted, type BenchFigure } from './bench-kit';
import { createLimiter } from '../addin/api/limiter';
import { withSampleServer } from './bench-server';
import {
  describeModel,
  withDeployedModel,
  type DeployedCounts,
  type DeployedService,
} from './deployed-model';
import { FirmViewSchema, type FirmView } from '../shared/api/firms';
import { generateSampleData } from '../functions/sample';
import { ApiClient } from '../test/helpers/api-client';
import { loadFunctions, type LoadedFunctions } from '../test/helpers/functions-runtime';

const CELLS = 5000;
const DISTINCT = 2500;
const ROUNDS = 9;
/** Batched recalculations through the deployed model (after one warm-up); the naive one runs once. */
const DEPLOYED_ROUNDS = 5;

/** One cell: a firm and a year. */
interface Cell {
  id: string;
  year: number;
}

/** What one recalculation through the deployed model met. */
interface DeployedRun extends DeployedCounts {
  ms: number;
  /** Cells whose answer differs from the loopback recalculation's (an error where a value was due). */
  inError: number;
}

/** The built functions.js on `serviceUrl`, signed in. */
function signedInFunctions(serviceUrl: string, token: string): LoadedFunctions {
  const excel = loadFunctions(serviceUrl);
  excel.runtime.session.signIn({ token, name: 'bench', roles: ['officer'] });
  return excel;
}

/**
 * The same functions.js with batching off: each cell's firm read is its own `GET /v1/firms/{id}` sent
 * by the add-in's HTTP client (its retry policy on 429, its requests in flight), instead of going
 * through the client's batching loader. Only the client's `firm` is replaced; STAGE's own code runs.
 */
function withoutBatching(excel: LoadedFunctions): LoadedFunctions {
  const http = excel.runtime.client.api.http;
  excel.runtime.client.firm = (id: string, signal?: AbortSignal): Promise<FirmView | null> =>
    http.request('GET', `/v1/firms/${encodeURIComponent(id)}`, {
      schema: FirmViewSchema,
      ...(signal ? { signal } : {}),
    });
  return excel;
}

/** Recalculates every cell as after the pane's Refresh (the client's cache empty); the cells' answers. */
function recalculateAll(excel: LoadedFunctions, cells: readonly Cell[]): Promise<unknown[]> {
  excel.runtime.client.refresh();
  return Promise.all(cells.map((cell) => excel.call('STAGE', cell.id, cell.year)));
}

/** One recalculation through the model, its bucket full and its counts zeroed first. */
async function deployedRun(
  service: DeployedService,
  excel: LoadedFunctions,
  cells: readonly Cell[],
  expected: readonly string[],
): Promise<DeployedRun> {
  service.reset();
  const start = performance.now();
  const answers = await recalculateAll(excel, cells);
  const ms = performance.now() - start;
  const inError = answers.filter((answer, i) => JSON.stringify(answer) !== expected[i]).length;
  return { ms, ...service.counts(), inError };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** Runs the bench and returns its figures. */
export async function runFunctionsBatchingBench(
  log: (line: string) => void = console.log,
): Promise<BenchFigure[]> {
  // Scale 5 (3,027 firms): scale 4 has 2,421, fewer than the 2,500 distinct firms the cells ask.
  const sample = generateSampleData({ scale: 5 });
  return withSampleServer('bench_functions', sample, async (_store, server) => {
    const api = new ApiClient(server.url);
    const token = await api.token('officer');
    const ids = (sample.firms ?? []).slice(0, DISTINCT).map((firm) => firm.id);
    if (ids.length < DISTINCT) throw new Error(`the sample has ${ids.length} firms, not ${DISTINCT}`);
    const cells: Cell[] = Array.from({ length: CELLS }, (_, i) => ({
      id: ids[i % DISTINCT] as string,
      year: 2005 + (i % 6),
    }));
    const requests = () =>
      server
        .output()
        .split('\n')
        .filter((line) => line.startsWith('POST /v1/') || line.startsWith('GET /v1/firms/')).length;

    const excel = signedInFunctions(server.url, token);
    const byThousand = Array.from({ length: Math.ceil(DISTINCT / 1000) }, (_, i) =>
      ids.slice(i * 1000, (i + 1) * 1000),
    );
    // A recalculation after Refresh: the client's cache is empty, as when the task pane refreshes.
    const recalculate = () => recalculateAll(excel, cells);
    const bulk = () =>
      Promise.all(byThousand.map((part) => api.post('/v1/firms/batch', { ids: part }, { token })));
    // The loopback answers are the reference every deployed run is checked against.
    const expected = (await recalculate()).map((answer) => JSON.stringify(answer));
    await bulk();
    // Rounds in alternation, medians kept: both sides see the same machine and the same store.
    const batchedRounds: number[] = [];
    const bulkRounds: number[] = [];
    let batchedRequests = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const before = requests();
      batchedRounds.push(await elapsedMs(recalculate));
      batchedRequests = requests() - before;
      bulkRounds.push(await elapsedMs(bulk));
    }
    const batchedMs = median(batchedRounds);
    const bulkMs = median(bulkRounds);

    const browser = createLimiter(6);
    const before = requests();
    const naiveMs = await elapsedMs(() =>
      Promise.all(cells.map((cell) => browser(() => api.get(`/v1/firms/${cell.id}`, { token })))),
    );
    const naiveRequests = requests() - before;

    const deployed = await withDeployedModel(server.url, async (service) => {
      log(`  ${describeModel(service)}`);
      const batchedExcel = signedInFunctions(service.url, token);
      await deployedRun(service, batchedExcel, cells, expected);
      const runs: DeployedRun[] = [];
      for (let round = 0; round < DEPLOYED_ROUNDS; round++)
        runs.push(await deployedRun(service, batchedExcel, cells, expected));
      const batched = [...runs].sort((a, b) => a.ms - b.ms)[Math.floor(runs.length / 2)] as DeployedRun;
      const worstInError = Math.max(...runs.map((run) => run.inError));
      const slowest = Math.max(...runs.map((run) => run.ms));
      log(
        `  deployed batched: median of ${DEPLOYED_ROUNDS} ${batched.ms.toFixed(0)} ms (slowest ${slowest.toFixed(0)} ms), ` +
          `${batched.requests} requests, ${batched.throttled} 429s, at most ${worstInError} cells in error`,
      );
      const naive = await deployedRun(
        service,
        withoutBatching(signedInFunctions(service.url, token)),
        cells,
        expected,
      );
      log(
        `  deployed naive: ${seconds(naive.ms)}, ${naive.requests} requests (${naive.forwarded} passed on to the server, ${naive.throttled} 429s met), ${naive.inError} cells in error`,
      );
      return { batched, worstInError, naive };
    });
    const { batched, worstInError, naive } = deployed;

    log(`functions-batching: ${CELLS} STAGE cells over ${DISTINCT} firms on the built server`);
    log(
      `  loopback: batched: ${batchedRequests} requests, ${batchedMs.toFixed(0)} ms; naive: ${naiveRequests} requests, ${naiveMs.toFixed(0)} ms ` +
        `(naive / batched ${(naiveMs / batchedMs).toFixed(1)}x, the floor); hand-made bulk: ${byThousand.length} requests, ${bulkMs.toFixed(0)} ms`,
    );
    return [
      {
        figure: `STAGE x${CELLS} deployed model: batched recalculation, end to end (${batched.requests} requests, ${batched.throttled} 429s, ${worstInError} cells in error)`,
        measured: `${batched.ms.toFixed(0)} ms`,
        goal: '< 1 s, no cell in error',
      },
      {
        figure: `STAGE x${CELLS} deployed model: naive / batched time (naive ${seconds(naive.ms)}: ${naive.requests} requests, ${naive.throttled} 429s met, ${naive.inError} cells in error)`,
        measured: `${(naive.ms / batched.ms).toFixed(1)}x`,
        goal: '>= 50x',
      },
      {
        figure: `STAGE x${CELLS}: batched / hand-made bulk time`,
        measured: `${(batchedMs / bulkMs).toFixed(2)}x`,
        goal: '<= 1.2x',
      },
    ];
  });
}

runWhenStarted(import.meta.url, () => runFunctionsBatchingBench());
