/**
 * Batch reads, measured side by side in one run on DynamoDB Local:
 * - `POST /v1/firms/batch` with 1,000 ids vs 1,000 single `GET /v1/firms/{id}` (goal: batch >= 20x faster);
 * - the API's batch read vs the raw store's BatchGetItem for the same ids (goal: API <= 1.5x the store).
 * Run alone: `npx tsx bench/firms-batch.bench.ts`.
 */
import { elapsedMs, interleavedMedians, runWhenStarted, type BenchFigure } from './bench-kit';
import { rawBatchGet } from './raw-store';
import { withSampleServer } from './bench-server';
import { generateSampleData } from '../functions/sample';
import { ApiClient } from '../test/helpers/api-client';

const IDS = 1000;
const ROUNDS = 7;

/** Runs the bench and returns its figures. */
export async function runFirmsBatchBench(log: (line: string) => void = console.log): Promise<BenchFigure[]> {
  const sample = generateSampleData({ scale: 2 });
  return withSampleServer('bench_firms', sample, async (store, server) => {
    const ids = (sample.firms ?? []).slice(0, IDS).map((firm) => firm.id);
    const api = new ApiClient(server.url);
    const call = async (method: string, pathname: string, body?: unknown) => {
      const result = await api.call(method, pathname, {
        role: 'officer',
        ...(body === undefined ? {} : { body }),
      });
      if (result.status !== 200) throw new Error(`${pathname} answered ${result.status}`);
      return result.body;
    };
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
      `  POST /v1/firms/batch: ${batch.toFixed(0)} ms; 1,000 GET /v1/firms/{id} one by one: ${singles.toFixed(0)} ms; ` +
        `raw BatchGetItem: ${raw.toFixed(0)} ms`,
    );
    return [
      {
        figure: 'firms: 1,000 single GETs / one batch POST',
        measured: `${(singles / batch).toFixed(1)}x`,
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
