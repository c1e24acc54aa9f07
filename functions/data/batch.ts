import { BatchGetCommand, BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import { StoreUnavailableError } from '../errors';
import { guard } from './guard';
import type { ItemKey } from './keys';
import { backoffDelay, chunk, DEFAULT_RETRY, mapLimit, sleep, type RetryPolicy } from './retry';
import type { Store } from './store';

/** DynamoDB's limits: 100 keys a BatchGetItem, 25 items a BatchWriteItem. */
const GET_CHUNK = 100;
const WRITE_CHUNK = 25;
/** Chunks sent at once. */
const PARALLEL = 4;

type Item = Record<string, unknown>;
const keyString = (key: { pk: unknown; sk: unknown }) => `${String(key.pk)}\u0000${String(key.sk)}`;

/**
 * Reads many items by key: chunks of 100, sent 4 at a time, `UnprocessedKeys` retried with
 * exponential backoff and jitter. Returns the items found, keyed by `pk\0sk` (missing keys are absent).
 * `attributes` reads only those attributes (and the keys) of each item; `consistent` reads strongly.
 */
export async function batchGet(
  store: Store,
  keys: readonly ItemKey[],
  policy: RetryPolicy = DEFAULT_RETRY,
  attributes?: readonly string[],
  consistent = false,
): Promise<Map<string, Item>> {
  const projection = attributes && {
    ProjectionExpression: ['pk', 'sk', ...attributes].map((_, i) => `#a${i}`).join(', '),
    ExpressionAttributeNames: Object.fromEntries(
      ['pk', 'sk', ...attributes].map((name, i) => [`#a${i}`, name]),
    ),
  };
  const unique = [...new Map(keys.map((key) => [keyString(key), key])).values()];
  const found = new Map<string, Item>();
  await mapLimit(chunk(unique, GET_CHUNK), PARALLEL, async (keysOfChunk) => {
    let pending: Item[] = keysOfChunk.map((key) => ({ pk: key.pk, sk: key.sk }));
    for (let attempt = 0; pending.length > 0; attempt++) {
      if (attempt >= policy.attempts) {
        throw new StoreUnavailableError(`The data store left ${pending.length} reads unprocessed; try again`);
      }
      if (attempt > 0) await sleep(backoffDelay(attempt, policy));
      const output = await guard(
        store.doc.send(
          new BatchGetCommand({
            RequestItems: {
              [store.table]: {
                Keys: pending,
                ...projection,
                ...(consistent ? { ConsistentRead: true } : {}),
              },
            },
          }),
        ),
      );
      for (const item of output.Responses?.[store.table] ?? []) found.set(keyString(item as ItemKey), item);
      pending = (output.UnprocessedKeys?.[store.table]?.Keys as Item[] | undefined) ?? [];
    }
  });
  return found;
}

/** The lookup key {@link batchGet} files an item under. */
export const foundKey = (key: ItemKey) => keyString(key);

/**
 * Writes many items (puts, and deletes given as keys): chunks of 25, 4 at a time, `UnprocessedItems`
 * retried with backoff. Calls `onProgress` with the number written so far after each chunk.
 */
export async function batchWrite(
  store: Store,
  writes: { puts?: readonly Item[]; deletes?: readonly ItemKey[] },
  onProgress: (written: number) => void = () => {},
  policy: RetryPolicy = DEFAULT_RETRY,
): Promise<void> {
  const requests: Item[] = [
    ...(writes.puts ?? []).map((item) => ({ PutRequest: { Item: item } })),
    ...(writes.deletes ?? []).map((key) => ({ DeleteRequest: { Key: { pk: key.pk, sk: key.sk } } })),
  ];
  let written = 0;
  await mapLimit(chunk(requests, WRITE_CHUNK), PARALLEL, async (requestsOfChunk) => {
    let pending = requestsOfChunk;
    for (let attempt = 0; pending.length > 0; attempt++) {
      if (attempt >= policy.attempts) {
        throw new StoreUnavailableError(
          `The data store left ${pending.length} writes unprocessed; try again`,
        );
      }
      if (attempt > 0) await sleep(backoffDelay(attempt, policy));
      const output = await guard(
        store.doc.send(new BatchWriteCommand({ RequestItems: { [store.table]: pending as never } })),
      );
      const unprocessed = (output.UnprocessedItems?.[store.table] as Item[] | undefined) ?? [];
      written += pending.length - unprocessed.length;
      pending = unprocessed;
    }
    onProgress(written);
  });
}
