/**
 * What the store-backed benchmarks set up: their own DynamoDB Local, a table loaded with sample data,
 * and the built server (dist/local, as `npm start` runs it) on that table; each torn down after.
 */
import type { ImportDocument } from '../shared/schemas';
import { openStore, type Store } from '../functions/data/store';
import { ensureTable } from '../functions/data/table';
import { runImport, type ImportOptions } from '../functions/import/run-import';
import { startDynamoDbLocal } from '../functions/local/dynamodb-local';
import { startLocalServer, type LocalServerProcess } from '../test/helpers/local-server';

/** Runs `bench` with a DynamoDB Local of its own, stopped after. */
export async function withDynamoDbLocal<T>(bench: (endpoint: string) => Promise<T>): Promise<T> {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const dynamo = await startDynamoDbLocal(undefined);
  try {
    return await bench(dynamo.endpoint);
  } finally {
    await dynamo.stop();
  }
}

/** A new table loaded with `sample` through the import; throws when the import refuses it. */
export async function loadSample(
  endpoint: string,
  table: string,
  sample: ImportDocument,
  onProgress?: ImportOptions['onProgress'],
): Promise<Store> {
  const store = openStore({ endpoint }, table);
  await ensureTable(store);
  const imported = await runImport(store, sample, {
    dryRun: false,
    who: 'bench',
    ...(onProgress ? { onProgress } : {}),
  });
  if (!imported.ok)
    throw new Error(`the sample did not import: ${JSON.stringify(imported.rejection.errors[0])}`);
  return store;
}

/** Runs `bench` with the built server serving `store`'s table, stopped after. */
export async function withServer<T>(
  endpoint: string,
  store: Store,
  bench: (server: LocalServerProcess) => Promise<T>,
): Promise<T> {
  const server = await startLocalServer({
    DYNAMODB_ENDPOINT: endpoint,
    SPRING_TABLE: store.table,
    SPRING_SEED: 'false',
  });
  try {
    return await bench(server);
  } finally {
    await server.stop();
  }
}

/** Runs `bench` with its own DynamoDB Local, `sample` loaded into `table`, and the built server on it. */
export function withSampleServer<T>(
  table: string,
  sample: ImportDocument,
  bench: (store: Store, server: LocalServerProcess) => Promise<T>,
): Promise<T> {
  return withDynamoDbLocal(async (endpoint) => {
    const store = await loadSample(endpoint, table, sample);
    return withServer(endpoint, store, (server) => bench(store, server));
  });
}
