/**
 * Batch reads, measured side by side in one run on DynamoDB Local:
 * - `POST /v1/firms/batch` with 1,000 ids vs 1,000 single `GET /v1/firms/{id}` (goal: batch >= 20x faster);
 * - the API's batch read vs the raw store's BatchGetItem for the same ids (goal: API <= 1.5x the store).
 * Run alone: `npx tsx bench/firms-batch.bench.ts`.
 */
import { pathToFileURL } from 'node:url';
import { BatchGetCommand } from '@aws-sdk/lib-dynamodb';
import { firmKey } from '../functions/data/keys';
import { mapLimit, chunk } from '../functions/data/retry';
import { openStore, type Store } from '../functions/data/store';
import { ensureTable } from '../functions/data/table';
import { runImport } from '../functions/import/run-import';
import { startDynamoDbLocal } from '../functions/local/dynamodb-local';
import { generateSampleData } from '../functions/sample';
import { ApiClient } from '../test/helpers/api-client';
import { startLocalServer, type LocalServerProcess } from '../test/helpers/local-server';

/** One figure of the bench: a ratio of two timings taken in this run. */
export interface BenchFigure {
  figure: string;
  measured: string;
  goal: string;
}

const IDS = 1000;
const ROUNDS = 7;

/** Median milliseconds of `rounds` runs of `fn` (after one warm-up). */
async function medianMs(fn: () => Promise<unknown>, rounds = ROUNDS): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}

/** Medians of two operations run in alternation, `rounds` times each (after one warm-up each). */
async function medianPair(
  a: () => Promise<unknown>,
  b: () => Promise<unknown>,
  rounds = ROUNDS,
): Promise<[number, number]> {
  await a();
  await b();
  const times: [number[], number[]] = [[], []];
  for (let i = 0; i < rounds; i++) {
    for (const [index, fn] of [a, b].entries()) {
      const start = performance.now();
      await fn();
      times[index as 0 | 1].push(performance.now() - start);
    }
  }
  const median = (values: number[]) =>
    values.sort((x, y) => x - y)[Math.floor(values.length / 2)] ?? Number.NaN;
  return [median(times[0]), median(times[1])];
}

/** The raw store read: BatchGetItem in chunks of 100, 4 at a time, nothing else. */
async function rawBatchGet(store: Store, ids: string[]): Promise<number> {
  let found = 0;
  await mapLimit(chunk(ids, 100), 4, async (part) => {
    let keys: Record<string, unknown>[] = part.map((id) => ({ ...firmKey(id) }));
    while (keys.length > 0) {
      const output = await store.doc.send(
        new BatchGetCommand({ RequestItems: { [store.table]: { Keys: keys } } }),
      );
      found += output.Responses?.[store.table]?.length ?? 0;
      keys = (output.UnprocessedKeys?.[store.table]?.Keys as Record<string, unknown>[] | undefined) ?? [];
    }
  });
  return found;
}

/** Runs the bench and returns its figures. */
export async function runFirmsBatchBench(log: (line: string) => void = console.log): Promise<BenchFigure[]> {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const dynamo = await startDynamoDbLocal(undefined);
  let server: LocalServerProcess | undefined;
  try {
    const store = openStore({ endpoint: dynamo.endpoint }, 'bench_firms');
    await ensureTable(store);
    const sample = generateSampleData({ scale: 2 });
    const imported = await runImport(store, sample, { dryRun: false, who: 'bench' });
    if (!imported.ok) throw new Error('the sample did not import');
    const ids = (sample.firms ?? []).slice(0, IDS).map((firm) => firm.id);
    // The built server (dist/local), as npm start runs it, on this bench's store.
    server = await startLocalServer({
      DYNAMODB_ENDPOINT: dynamo.endpoint,
      SPRING_TABLE: store.table,
      SPRING_SEED: 'false',
    });
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
    const [batch, raw] = await medianPair(readBatch, () => rawBatchGet(store, ids));
    const singles = await medianMs(readSingles, 3);
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
  } finally {
    await server?.stop();
    await dynamo.stop();
  }
}

const argv1 = process.argv[1];
if (argv1 !== undefined && import.meta.url === pathToFileURL(argv1).href) {
  runFirmsBatchBench().then(
    (figures) => console.table(figures),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
