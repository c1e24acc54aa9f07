/**
 * Stored results (docs/architecture.md, "The data model" and "Decisions"): what is computed from the
 * firm data, which change only on import, is computed on the first read after a change and stored with
 * the data version and the app version it was computed at. A read serves it only when both still match;
 * otherwise it is computed again, once per process however many readers wait for it, and stored.
 */
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { guard } from './guard';
import { getDataVersion } from './imports';
import type { ItemKey } from './keys';
import type { Store } from './store';

/** A result as stored: its JSON and the versions it was computed at. */
export interface StoredResult {
  json: string;
  /** The data version (completed imports that changed the data) it was computed at. */
  dataVersion: number;
  /** The app version that computed it. */
  appVersion: string;
  computedAt: string;
}

/**
 * The largest JSON stored, in bytes: DynamoDB's item limit is 400 KB, keys and the other attributes
 * included. A larger result (none is expected: an edition's indicators are a few KB whatever the number
 * of firms) is served without being stored.
 */
export const MAX_RESULT_BYTES = 380_000;

/** The stored result under `key`, or undefined. */
export async function getStoredResult(store: Store, key: ItemKey): Promise<StoredResult | undefined> {
  const { Item } = await guard(store.doc.send(new GetCommand({ TableName: store.table, Key: key })));
  if (
    typeof Item?.json !== 'string' ||
    typeof Item.dataVersion !== 'number' ||
    typeof Item.appVersion !== 'string'
  )
    return undefined;
  return {
    json: Item.json,
    dataVersion: Item.dataVersion,
    appVersion: Item.appVersion,
    computedAt: String(Item.computedAt),
  };
}

/**
 * Stores a result unless one computed at a later data version is there already (a slow computation
 * never replaces a newer one). Returns whether it was stored.
 */
export async function putStoredResult(store: Store, key: ItemKey, result: StoredResult): Promise<boolean> {
  if (Buffer.byteLength(result.json) > MAX_RESULT_BYTES) return false;
  try {
    await guard(
      store.doc.send(
        new PutCommand({
          TableName: store.table,
          Item: { ...key, ...result },
          ConditionExpression: 'attribute_not_exists(pk) OR dataVersion <= :dataVersion',
          ExpressionAttributeValues: { ':dataVersion': result.dataVersion },
        }),
      ),
    );
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false;
    throw error;
  }
}

/** Computations under way, per store, by key and versions: concurrent readers wait for the same one. */
const inFlight = new WeakMap<Store, Map<string, Promise<unknown>>>();

/** Runs `compute` unless the same `flight` is under way, whose outcome is then shared. */
function singleFlight<T>(store: Store, flight: string, compute: () => Promise<T>): Promise<T> {
  let flights = inFlight.get(store);
  if (!flights) inFlight.set(store, (flights = new Map()));
  const running = flights.get(flight) as Promise<T> | undefined;
  if (running) return running;
  const started = compute().finally(() => flights.delete(flight));
  flights.set(flight, started);
  return started;
}

/** How {@link currentResult} finds and makes a result. */
export interface ResultRequest<T> {
  key: ItemKey;
  /** Version of the app (and of the rules) computing it; a result of another is not served. */
  appVersion: string;
  /**
   * Computes the result at data version `dataVersion`, reading strongly consistent (what it reads is then
   * the data of that version or later).
   */
  compute: (dataVersion: number) => Promise<T>;
  /** The data version, when the caller has read it already. */
  dataVersion?: number;
  /** The clock (tests fix it). */
  now?: () => Date;
}

/**
 * The result under `key`: the stored one when computed at the current data version by this app version;
 * otherwise computed (once in this process for all who ask meanwhile at the same versions) and stored.
 * The data version is read strongly consistent first, so a result computed before the last completed
 * import is never served, nor is a computation started before it joined.
 * @example
 * await currentResult(store, { key: editionResultKey('2008'), appVersion, compute: () => compute('2008') });
 */
export async function currentResult<T>(store: Store, request: ResultRequest<T>): Promise<T> {
  const { key, appVersion, compute } = request;
  const [dataVersion, stored] = await Promise.all([
    request.dataVersion ?? getDataVersion(store),
    getStoredResult(store, key),
  ]);
  if (stored?.dataVersion === dataVersion && stored.appVersion === appVersion)
    return JSON.parse(stored.json) as T;
  const flight = `${key.pk}\u0000${key.sk}\u0000${dataVersion}\u0000${appVersion}`;
  return singleFlight(store, flight, async () => {
    // A reader that read "nothing stored" just before another's computation finished and stored its
    // result arrives after that flight: it finds the result instead of computing it again.
    const fresh = await getStoredResult(store, key);
    if (fresh?.dataVersion === dataVersion && fresh.appVersion === appVersion)
      return JSON.parse(fresh.json) as T;
    const value = await compute(dataVersion);
    const computedAt = (request.now ?? (() => new Date()))().toISOString();
    await putStoredResult(store, key, { json: JSON.stringify(value), dataVersion, appVersion, computedAt });
    return value;
  });
}
