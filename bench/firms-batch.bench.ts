/**
 * Batch reads, measured side by side in one run on DynamoDB Local:
 * - through the deployed model (deployed-model.ts: +40 ms a request, the production stage's throttle),
 *   `POST /v1/firms/batch` with 1,000 ids vs 1,000 single `GET /v1/firms/{id}` one after another
 *   (goal: batch >= 20x faster); the same on loopback, the floor it replaces, for the log;
 * - the API's batch read vs the raw store's BatchGetItem for the same ids (goal: API <= 1.5x the store).
 * Run alone: `npx tsx bench/firms-batch.bench.ts`.
 */
import { elapsedMs, interleavedMedians, median, runWhenStarted, type BenchFigure } from './bench-kit';
import { rawBatchGet } from './raw-store';
import { withSampleServer } from './bench-server';
import { describeModel, withDeployedModel } from './deployed-model';
import { generateSampleData } from '../functions/sample';
import { ApiClient } from '../test/helpers/api-client';

const IDS = 1000;
const ROUNDS = 7;
/** Batch reads through the deployed model (after one warm-up); the 1,000 singles run once (~45 s). */
const DEPLOYED_ROUNDS = 5;

/** Runs the bench and returns its figures. */
export async function runFirmsBatchBench(log: (line: string) => void = console.log): Promise<BenchFigure[]> {
  const sample = generateSampleData({ scale: 2 });
  return withSampleServer('bench_firms', sample, async (store, server) => {
    const ids = (sample.firms ?? []).slice(0, IDS).map((firm) => firm.id);
    const api = new ApiClient(server.url);
    const token = await api.token('officer');
    const callOn = (client: ApiClient) => async (method: string, pathname: string, body?: unknown) => {
      const result = await client.call(method, pathname, {
        token,
        ...(body === undefined ? {} : { body }),
      });
      if (result.status !== 200) throw new Error(`${pathname} answered ${result.status}`);
      return result.body;
    };
    const call = callOn(api);
    log(
      `firms-batch: ${ids.length} firms on DynamoDB Local, the built server over HTTPS, median of ${ROUNDS} rounds`,
    );
    const readBatch = () => call('POST', '/v1/firms/batch', { ids });
    const readSingles = async () => {
      // The naive client: one request per firm, one after another.
      for (const id of ids) await call('GET', `/v1/firms/${id}`);
    };
    // Interleaved rounds, so that both sides see the same machine and the same store.
    const [batch = NaN, raw = NaN] = await interleavedMedians(
      [() => elapsedMs(readBatch), () => elapsedMs(() => rawBatchGet(store, ids))],
      ROUNDS,
    );
    const [singles = NaN] = await interleavedMedians([() => elapsedMs(readSingles)], 3);
    log(
      `  loopback: POST /v1/firms/batch: ${batch.toFixed(0)} ms; 1,000 GET /v1/firms/{id} one by one: ${singles.toFixed(0)} ms ` +
        `(${(singles / batch).toFixed(1)}x, the floor); raw BatchGetItem: ${raw.toFixed(0)} ms`,
    );
    const deployed = await withDeployedModel(server.url, async (service) => {
      log(`  ${describeModel(service)}`);
      const deployedCall = callOn(new ApiClient(service.url));
      const timed = async (read: () => Promise<unknown>) => {
        service.reset();
        const ms = await elapsedMs(read);
        return { ms, ...service.counts() };
      };
      await timed(() => deployedCall('POST', '/v1/firms/batch', { ids }));
      const batchMs: number[] = [];
      for (let round = 0; round < DEPLOYED_ROUNDS; round++)
        batchMs.push((await timed(() => deployedCall('POST', '/v1/firms/batch', { ids }))).ms);
      const deployedBatch = median(batchMs);
      // The naive client as above: each GET waits for the one before; a 429 would fail the bench.
      const deployedSingles = await timed(async () => {
        for (const id of ids) await deployedCall('GET', `/v1/firms/${id}`);
      });
      log(
        `  deployed: POST /v1/firms/batch: median of ${DEPLOYED_ROUNDS} ${deployedBatch.toFixed(0)} ms; ` +
          `1,000 GET /v1/firms/{id} one by one: ${(deployedSingles.ms / 1000).toFixed(1)} s, ${deployedSingles.requests} requests, ${deployedSingles.throttled} 429s`,
      );
      return { batch: deployedBatch, singles: deployedSingles };
    });
    return [
      {
        figure: `firms deployed model: 1,000 single GETs / one batch POST (${(deployed.singles.ms / 1000).toFixed(1)} s vs ${deployed.batch.toFixed(0)} ms, ${deployed.singles.throttled} 429s)`,
        measured: `${(deployed.singles.ms / deployed.batch).toFixed(1)}x`,
        goal: '>= 20x',
      },
      {
        figure: 'firms: API batch / raw store BatchGetItem',
        measured: `${(batch / raw).toFixed(2)}x`,
        goal: '<= 1.5x',
      },
    ];
  });
}

runWhenStarted(import.meta.url, () => runFirmsBatchBench());
