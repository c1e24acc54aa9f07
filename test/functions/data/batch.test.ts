import { batchGet, batchWrite, foundKey } from '../../../functions/data/batch';
import type { ItemKey } from '../../../functions/data/keys';
import type { RetryPolicy } from '../../../functions/data/retry';
import type { Store } from '../../../functions/data/store';
import { StoreUnavailableError } from '../../../functions/errors';
import { FAULTS, faultyStore } from '../../helpers/faulty-store';
import { freshStore } from '../../helpers/store';

/** Retries quick enough for tests. */
const FAST: RetryPolicy = { attempts: 8, baseMs: 1, maxMs: 4 };

let store: Store;
beforeAll(async () => {
  store = await freshStore('batch');
});

const keyOf = (space: string, i: number): ItemKey => ({
  pk: `${space}#${String(i).padStart(4, '0')}`,
  sk: 'ITEM',
});
const itemOf = (space: string, i: number) => ({ ...keyOf(space, i), n: i, space });
const items = (space: string, count: number) => Array.from({ length: count }, (_, i) => itemOf(space, i));

describe('batchGet', () => {
  const SPACE = 'GET';
  // 200 stored items; asked for with 30 missing keys and 20 repeated ones: 250 keys, 230 distinct.
  const stored = items(SPACE, 200);
  const keys = [
    ...stored.map((_, i) => keyOf(SPACE, i)),
    ...Array.from({ length: 30 }, (_, i) => keyOf(SPACE, 1000 + i)),
    ...Array.from({ length: 20 }, (_, i) => keyOf(SPACE, i * 7)),
  ];
  beforeAll(async () => {
    await batchWrite(store, { puts: stored });
  });

  function expectEveryStoredItem(found: Map<string, Record<string, unknown>>) {
    expect(found.size).toBe(200);
    for (const [i, item] of stored.entries()) expect(found.get(foundKey(keyOf(SPACE, i)))).toEqual(item);
  }

  it('reads 250 keys with repeats and missing ones in 3 chunks, leaving the missing ones out', async () => {
    const { store: counted, stats } = faultyStore(store, () => undefined);

    const found = await batchGet(counted, keys, FAST);

    expect(keys).toHaveLength(250);
    expectEveryStoredItem(found);
    expect(found.has(foundKey(keyOf(SPACE, 1000)))).toBe(false);
    expect(stats().calls).toEqual({ BatchGet: 3 });
  });

  it('retries unprocessed keys until every item is read, one more call per partial answer', async () => {
    // The first two tries of each of the 3 chunks leave half their keys unprocessed.
    const { store: faulty, stats } = faultyStore(store, ({ command, nth }) =>
      command === 'BatchGet' && nth <= 6 ? FAULTS.unprocessed : undefined,
    );

    const found = await batchGet(faulty, keys, FAST);

    expectEveryStoredItem(found);
    expect(stats()).toEqual({ calls: { BatchGet: 9 }, faults: { BatchGet: 6 } });
  });

  it('gives up with StoreUnavailableError when keys stay unprocessed beyond the retry policy', async () => {
    const { store: faulty, stats } = faultyStore(store, () => FAULTS.unprocessed);
    const policy: RetryPolicy = { attempts: 3, baseMs: 1, maxMs: 2 };

    const read = batchGet(faulty, keys.slice(0, 100), policy);

    // 100 keys, halved by each of the 3 tries: 12 are left.
    await expect(read).rejects.toThrow(StoreUnavailableError);
    await expect(read).rejects.toThrow('The data store left 12 reads unprocessed; try again');
    expect(stats().calls).toEqual({ BatchGet: 3 });
  });

  it('turns a throttled batch the SDK gave up on into StoreUnavailableError', async () => {
    const { store: faulty } = faultyStore(store, () => FAULTS.throughputExceeded);

    const read = batchGet(faulty, keys.slice(0, 10), FAST);

    await expect(read).rejects.toMatchObject({
      name: 'StoreUnavailableError',
      cause: expect.objectContaining({ name: 'ProvisionedThroughputExceededException' }),
    });
  });

  it('answers an empty map for no keys without calling the store', async () => {
    const { store: counted, stats } = faultyStore(store, () => undefined);

    expect((await batchGet(counted, [], FAST)).size).toBe(0);
    expect(stats().calls).toEqual({});
  });
});

describe('batchWrite', () => {
  it('stops writing once it has failed', async () => {
    const { store: faulty, stats } = faultyStore(store, ({ nth }) =>
      nth === 1 ? FAULTS.throttled : undefined,
    );
    const items = Array.from({ length: 260 }, (_, i) => ({ pk: `STOP#${i}`, sk: 'X' }));

    await expect(batchWrite(faulty, { puts: items })).rejects.toThrow(StoreUnavailableError);
    await new Promise((resolve) => setTimeout(resolve, 300));

    // The four chunks already sent may finish; no fifth one starts.
    expect(stats().calls.BatchWrite).toBeLessThanOrEqual(4);
  });

  it('writes 260 items through unprocessed answers, reporting progress up to 260', async () => {
    const SPACE = 'WRITE';
    const { store: faulty, stats } = faultyStore(store, {
      rate: 0.5,
      seed: 7,
      faults: [FAULTS.unprocessed],
      commands: ['BatchWrite'],
    });
    const progress: number[] = [];

    await batchWrite(faulty, { puts: items(SPACE, 260) }, (written) => progress.push(written), FAST);

    const found = await batchGet(
      store,
      items(SPACE, 260).map((_, i) => keyOf(SPACE, i)),
    );
    expect(found.size).toBe(260);
    expect(found.get(foundKey(keyOf(SPACE, 259)))).toEqual(itemOf(SPACE, 259));
    // One report per chunk of 25, never going back, ending at the total.
    expect(progress).toHaveLength(11);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress.at(-1)).toBe(260);
    // Each partial answer costs exactly one more call.
    const { calls, faults } = stats();
    expect(faults.BatchWrite).toBeGreaterThan(0);
    expect(calls.BatchWrite).toBe(11 + (faults.BatchWrite ?? 0));
  });

  it('deletes items given as keys, alongside puts', async () => {
    const SPACE = 'DELETE';
    await batchWrite(store, { puts: items(SPACE, 30) });

    await batchWrite(store, {
      puts: [itemOf(SPACE, 30)],
      deletes: Array.from({ length: 10 }, (_, i) => keyOf(SPACE, i)),
    });

    const found = await batchGet(
      store,
      items(SPACE, 31).map((_, i) => keyOf(SPACE, i)),
    );
    expect([...found.values()].map((item) => item.n)).toEqual(expect.arrayContaining([10, 29, 30]));
    expect(found.size).toBe(21);
    expect(found.has(foundKey(keyOf(SPACE, 0)))).toBe(false);
  });

  it('gives up with StoreUnavailableError when items stay unprocessed beyond the retry policy', async () => {
    const { store: faulty } = faultyStore(store, () => FAULTS.unprocessed);
    const progress: number[] = [];

    const write = batchWrite(faulty, { puts: items('STUCK', 25) }, (written) => progress.push(written), {
      attempts: 2,
      baseMs: 1,
      maxMs: 2,
    });

    // 25 items: 13 written by the first try, 6 by the second, 6 left.
    await expect(write).rejects.toThrow('The data store left 6 writes unprocessed; try again');
    expect(progress).toEqual([]);
  });
});
