import { bumpDataVersion, getDataVersion } from '../../../functions/data/imports';
import { editionResultKey, POOLED_RESULT_KEY } from '../../../functions/data/keys';
import {
  currentResult,
  getStoredResult,
  MAX_RESULT_BYTES,
  putStoredResult,
} from '../../../functions/data/results';
import type { Store } from '../../../functions/data/store';
import { StoreUnavailableError } from '../../../functions/errors';
import { generateSampleData } from '../../../functions/sample';
import { editionIndicators, programmeEffects } from '../../../shared/edition';
import { FAULTS, faultyStore } from '../../helpers/faulty-store';
import { historiesOf } from '../../helpers/import-documents';
import { freshStore } from '../../helpers/store';

let store: Store;
beforeEach(async () => {
  store = await freshStore('results');
});

/** A computation counting its calls, answering `value` (or what `answer` gives). */
function counted<T>(answer: () => T | Promise<T>) {
  let calls = 0;
  return {
    compute: async () => {
      calls++;
      return answer();
    },
    calls: () => calls,
  };
}

/** A promise and the function that settles it. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((settle) => (resolve = settle));
  return { promise, resolve };
}

describe('the data version', () => {
  it('is 0 before any import and counts one more on each bump', async () => {
    expect(await getDataVersion(store)).toBe(0);

    expect(await bumpDataVersion(store, '2026-11-30T00:00:00.000Z')).toBe(1);
    expect(await bumpDataVersion(store, '2026-11-30T00:00:01.000Z')).toBe(2);
    expect(await getDataVersion(store)).toBe(2);
  });

  it('turns a throttled read into StoreUnavailableError', async () => {
    const { store: faulty } = faultyStore(store, () => FAULTS.throttled);

    await expect(getDataVersion(faulty)).rejects.toBeInstanceOf(StoreUnavailableError);
  });
});

describe('currentResult', () => {
  const key = editionResultKey('2008');

  it('computes on the first read, stores the result with both versions, and serves it after', async () => {
    const { compute, calls } = counted(() => ({ n: 1 }));

    const first = await currentResult(store, { key, appVersion: 'a', compute });
    const second = await currentResult(store, { key, appVersion: 'a', compute });

    expect(first).toEqual({ n: 1 });
    expect(second).toEqual({ n: 1 });
    expect(calls()).toBe(1);
    expect(await getStoredResult(store, key)).toMatchObject({
      json: '{"n":1}',
      dataVersion: 0,
      appVersion: 'a',
    });
  });

  it('computes again after a bump of the data version, and for another app version', async () => {
    let n = 0;
    const { compute, calls } = counted(() => ({ n: ++n }));
    await currentResult(store, { key, appVersion: 'a', compute });

    await bumpDataVersion(store, 'now');
    expect(await currentResult(store, { key, appVersion: 'a', compute })).toEqual({ n: 2 });
    expect(await currentResult(store, { key, appVersion: 'b', compute })).toEqual({ n: 3 });
    expect(await currentResult(store, { key, appVersion: 'b', compute })).toEqual({ n: 3 });

    expect(calls()).toBe(3);
    expect(await getStoredResult(store, key)).toMatchObject({ dataVersion: 1, appVersion: 'b' });
  });

  it('makes concurrent readers at the same versions wait for one computation', async () => {
    const gate = deferred<void>();
    const { compute, calls } = counted(async () => {
      await gate.promise;
      return { n: 1 };
    });

    const reads = Array.from({ length: 10 }, () => currentResult(store, { key, appVersion: 'a', compute }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    gate.resolve();

    expect(await Promise.all(reads)).toEqual(Array.from({ length: 10 }, () => ({ n: 1 })));
    expect(calls()).toBe(1);
  });

  it('never joins a computation started before the last bump, and keeps the newer result stored', async () => {
    const older = deferred<{ from: string }>();
    const first = currentResult(store, { key, appVersion: 'a', compute: () => older.promise });
    await new Promise((resolve) => setTimeout(resolve, 50));
    await bumpDataVersion(store, 'now');
    const { compute, calls } = counted(() => ({ from: 'after' }));

    const second = await currentResult(store, { key, appVersion: 'a', compute });
    older.resolve({ from: 'before' });

    expect(second).toEqual({ from: 'after' });
    expect(calls()).toBe(1);
    expect(await first).toEqual({ from: 'before' });
    // The slower, older computation does not replace the newer result.
    expect(await getStoredResult(store, key)).toMatchObject({ json: '{"from":"after"}', dataVersion: 1 });
  });

  it('passes a failed computation to every waiting reader, and computes again on the next read', async () => {
    let fail = true;
    const gate = deferred<void>();
    const { compute, calls } = counted(async () => {
      if (!fail) return { n: 1 };
      await gate.promise;
      throw new Error('broken');
    });

    const reads = Array.from({ length: 3 }, () => currentResult(store, { key, appVersion: 'a', compute }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    gate.resolve();
    for (const read of reads) await expect(read).rejects.toThrow('broken');
    fail = false;

    expect(await currentResult(store, { key, appVersion: 'a', compute })).toEqual({ n: 1 });
    expect(calls()).toBe(2);
  });

  it('serves a result too large for an item without storing it', async () => {
    const big = { text: 'x'.repeat(MAX_RESULT_BYTES) };

    expect(await currentResult(store, { key, appVersion: 'a', compute: async () => big })).toEqual(big);
    expect(await getStoredResult(store, key)).toBeUndefined();
  });
});

describe('putStoredResult', () => {
  it('refuses to replace a result of a later data version', async () => {
    const result = (dataVersion: number) => ({
      json: `${dataVersion}`,
      dataVersion,
      appVersion: 'a',
      computedAt: 'now',
    });

    expect(await putStoredResult(store, POOLED_RESULT_KEY, result(2))).toBe(true);
    expect(await putStoredResult(store, POOLED_RESULT_KEY, result(1))).toBe(false);
    expect(await putStoredResult(store, POOLED_RESULT_KEY, result(3))).toBe(true);

    expect((await getStoredResult(store, POOLED_RESULT_KEY))?.dataVersion).toBe(3);
  });
});

describe('the size of the stored results', () => {
  /** The JSON sizes of every edition's indicators and of the pooled effects of the sample at `scale`. */
  function sizes(scale: number) {
    const sample = generateSampleData({ scale });
    const firms = historiesOf(sample);
    const editions = sample.editions ?? [];
    const callYear = new Map(editions.map((e) => [e.id, e.callYear]));
    const applications = sample.applications ?? [];
    const results = editions.map((edition) => ({
      edition: edition.id,
      indicators: editionIndicators({
        edition,
        projects: (sample.projects ?? []).filter((p) => p.edition === edition.id),
        applications: applications.filter((a) => a.edition === edition.id),
        otherApplications: applications
          .filter((a) => a.edition !== edition.id)
          .map((a) => ({ firmId: a.firmId, status: a.status, callYear: callYear.get(a.edition) ?? 0 })),
        firms,
        budget: [],
      }),
    }));
    const pooled = programmeEffects(
      results.map(({ edition, indicators }) => ({ edition, ...indicators.effect })),
    );
    return {
      editions: results.map(({ indicators }) => Buffer.byteLength(JSON.stringify(indicators))),
      pooled: Buffer.byteLength(JSON.stringify(pooled)),
    };
  }

  // Measured: about 8.5 KB an edition and 3.1 KB pooled at scale 1, 9.2 KB and 3.2 KB at scale 100
  // (60,000 firms): the indicators are aggregates, the longest list the Lorenz curve (one point a market).
  it.each([1, 10])('stays far below the item limit at scale %d', (scale) => {
    const measured = sizes(scale);

    for (const bytes of measured.editions) expect(bytes).toBeLessThan(20_000);
    expect(measured.pooled).toBeLessThan(10_000);
    expect(20_000).toBeLessThan(MAX_RESULT_BYTES);
  });
});
