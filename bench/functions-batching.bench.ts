/**
 * A 5,000-cell recalculation of `=SPRING.STAGE(id, year)` over 2,500 distinct firms, measured side by
 * side in one run against the built server on DynamoDB Local:
 * - batched (the built functions.js and its client) vs naive (one request per cell, 6 at a time as a
 *   browser allows per host): request counts and time ratio (goal >= 50x);
 * - batched vs one hand-made bulk request per 1,000 ids for the same firms (goal: within 1.2x).
 * Run alone: `npx tsx bench/functions-batching.bench.ts` (after `npm run build`).
 */
import { elapsedMs, median, runWhenStarted, type BenchFigure } from './bench-kit';
import { createLimiter } from '../addin/api/limiter';
import { withSampleServer } from './bench-server';
import { generateSampleData } from '../functions/sample';
import { ApiClient } from '../test/helpers/api-client';
import { loadFunctions } from '../test/helpers/functions-runtime';

const CELLS = 5000;
const DISTINCT = 2500;
const ROUNDS = 9;

/** Runs the bench and returns its figures. */
export async function runFunctionsBatchingBench(
  log: (line: string) => void = console.log,
): Promise<BenchFigure[]> {
  const sample = generateSampleData({ scale: 4 });
  return withSampleServer('bench_functions', sample, async (_store, server) => {
    const api = new ApiClient(server.url);
    const token = await api.token('officer');
    const ids = (sample.firms ?? []).slice(0, DISTINCT).map((firm) => firm.id);
    const cells = Array.from({ length: CELLS }, (_, i) => ({
      id: ids[i % DISTINCT] as string,
      year: 2005 + (i % 6),
    }));
    const requests = () =>
      server
        .output()
        .split('\n')
        .filter((line) => line.startsWith('POST /v1/') || line.startsWith('GET /v1/firms/')).length;

    const excel = loadFunctions(server.url);
    excel.runtime.session.signIn({ token, name: 'bench', roles: ['officer'] });
    const byThousand = Array.from({ length: Math.ceil(DISTINCT / 1000) }, (_, i) =>
      ids.slice(i * 1000, (i + 1) * 1000),
    );
    // A recalculation after Refresh: the client's cache is empty, as when the task pane refreshes.
    const recalculate = () => {
      excel.runtime.client.refresh();
      return Promise.all(cells.map((cell) => excel.call('STAGE', cell.id, cell.year)));
    };
    const bulk = () =>
      Promise.all(byThousand.map((part) => api.post('/v1/firms/batch', { ids: part }, { token })));
    await recalculate();
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

    log(`functions-batching: ${CELLS} STAGE cells over ${DISTINCT} firms on the built server`);
    log(
      `  batched: ${batchedRequests} requests, ${batchedMs.toFixed(0)} ms; naive: ${naiveRequests} requests, ${naiveMs.toFixed(0)} ms; hand-made bulk: ${byThousand.length} requests, ${bulkMs.toFixed(0)} ms`,
    );
    return [
      {
        figure: `STAGE x${CELLS}: naive / batched time (${naiveRequests} vs ${batchedRequests} requests)`,
        measured: `${(naiveMs / batchedMs).toFixed(1)}x`,
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
