/**
 * The store with nothing of ours in the way: the baselines the benchmarks hold the API and the import
 * against. Plain SDK calls in DynamoDB's chunk sizes, 4 at a time, unprocessed keys and items sent again.
 */
import { BatchGetCommand, BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import { firmKey } from '../functions/data/keys';
import { chunk, mapLimit } from '../functions/data/retry';
import type { Store } from '../functions/data/store';

type Item = Record<string, unknown>;
const PARALLEL = 4;

/** BatchGetItem of the firms' items in chunks of 100; returns how many were found. */
export async function rawBatchGet(store: Store, ids: readonly string[]): Promise<number> {
  let found = 0;
  await mapLimit(chunk(ids, 100), PARALLEL, async (part) => {
    let keys: Item[] = part.map((id) => ({ ...firmKey(id) }));
    while (keys.length > 0) {
      const output = await store.doc.send(
        new BatchGetCommand({ RequestItems: { [store.table]: { Keys: keys } } }),
      );
      found += output.Responses?.[store.table]?.length ?? 0;
      keys = (output.UnprocessedKeys?.[store.table]?.Keys as Item[] | undefined) ?? [];
    }
  });
  return found;
}

/** BatchWriteItem of the items in chunks of 25. */
export async function rawBatchWrite(store: Store, items: readonly Item[]): Promise<void> {
  await mapLimit(chunk(items, 25), PARALLEL, async (part) => {
    let requests: Item[] = part.map((item) => ({ PutRequest: { Item: item } }));
    while (requests.length > 0) {
      const output = await store.doc.send(
        new BatchWriteCommand({ RequestItems: { [store.table]: requests as never } }),
      );
      requests = (output.UnprocessedItems?.[store.table] as Item[] | undefined) ?? [];
    }
  });
}
