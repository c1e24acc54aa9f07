import fc from 'fast-check';
import {
  backoffDelay,
  chunk,
  DEFAULT_RETRY,
  mapLimit,
  sleep,
  type RetryPolicy,
} from '../../../functions/data/retry';

const POLICY: RetryPolicy = { attempts: 10, baseMs: 25, maxMs: 1_000 };
/** The largest value Math.random can return. */
const ALMOST_ONE = 1 - 2 ** -53;

describe('backoffDelay', () => {
  it('is 0 when the random draw is 0, for every attempt', () => {
    for (let attempt = 1; attempt <= 12; attempt++) expect(backoffDelay(attempt, POLICY, () => 0)).toBe(0);
  });

  it('stays just under base * 2^attempt, capped at maxMs, when the draw is almost 1', () => {
    const delays = Array.from({ length: 10 }, (_, i) => backoffDelay(i + 1, POLICY, () => ALMOST_ONE));

    expect(delays).toEqual([49, 99, 199, 399, 799, 999, 999, 999, 999, 999]);
  });

  it('is a whole number in [0, min(maxMs, base * 2^attempt)) for any draw', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2_000 }),
        fc.double({ min: 0, max: ALMOST_ONE, noNaN: true }),
        fc.integer({ min: 1, max: 100 }),
        fc.integer({ min: 1, max: 10_000 }),
        (attempt, draw, baseMs, maxMs) => {
          const delay = backoffDelay(attempt, { attempts: 3, baseMs, maxMs }, () => draw);

          expect(Number.isInteger(delay)).toBe(true);
          expect(delay).toBeGreaterThanOrEqual(0);
          expect(delay).toBeLessThan(Math.min(maxMs, baseMs * 2 ** attempt));
        },
      ),
    );
  });

  it('uses Math.random when given no random source', () => {
    const delay = backoffDelay(1, DEFAULT_RETRY);

    expect(delay).toBeGreaterThanOrEqual(0);
    expect(delay).toBeLessThan(DEFAULT_RETRY.baseMs * 2);
  });
});

describe('mapLimit', () => {
  it('never runs more than `limit` jobs at once, uses all of them, and keeps the order', async () => {
    let running = 0;
    let most = 0;
    // Later jobs finish first, so the results come back out of order.
    const jobs = Array.from({ length: 12 }, (_, i) => i);

    const results = await mapLimit(jobs, 3, async (job) => {
      running++;
      most = Math.max(most, running);
      await sleep(12 - job);
      running--;
      return job * 10;
    });

    expect(most).toBe(3);
    expect(results).toEqual(jobs.map((job) => job * 10));
  });

  it('keeps the limit and the order for any jobs and limit', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 20 }),
        fc.integer({ min: 1, max: 6 }),
        async (waits, limit) => {
          let running = 0;
          let most = 0;

          const results = await mapLimit(waits, limit, async (wait) => {
            running++;
            most = Math.max(most, running);
            await sleep(wait);
            running--;
            return wait;
          });

          expect(most).toBeLessThanOrEqual(limit);
          expect(results).toEqual(waits);
        },
      ),
      { numRuns: 30 },
    );
  });

  it('answers [] for no jobs', async () => {
    expect(await mapLimit([], 4, async () => 1)).toEqual([]);
  });

  it('rejects with the first failure', async () => {
    const run = mapLimit([1, 2, 3], 2, async (job) => {
      if (job === 2) throw new Error('job 2 failed');
      return job;
    });

    await expect(run).rejects.toThrow('job 2 failed');
  });
});

describe('chunk', () => {
  it('splits 250 items into chunks of 100, 100 and 50', () => {
    const items = Array.from({ length: 250 }, (_, i) => i);

    const chunks = chunk(items, 100);

    expect(chunks.map((part) => part.length)).toEqual([100, 100, 50]);
    expect(chunks.flat()).toEqual(items);
  });

  it('makes no empty chunk for an exact multiple, and none at all for no items', () => {
    expect(chunk([1, 2, 3, 4], 2)).toEqual([
      [1, 2],
      [3, 4],
    ]);
    expect(chunk([], 25)).toEqual([]);
  });

  it('keeps every item in order in chunks of at most `size`', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.integer({ min: 1, max: 30 }), (items, size) => {
        const chunks = chunk(items, size);

        expect(chunks.flat()).toEqual(items);
        expect(chunks.every((part) => part.length >= 1 && part.length <= size)).toBe(true);
        expect(chunks.slice(0, -1).every((part) => part.length === size)).toBe(true);
      }),
    );
  });
});

describe('mapLimit after a failure', () => {
  it('starts no new job once one has failed', async () => {
    const started: number[] = [];

    const run = mapLimit(
      Array.from({ length: 10 }, (_, i) => i),
      2,
      async (job) => {
        started.push(job);
        await sleep(5);
        if (job === 0) throw new Error('job 0 failed');
        return job;
      },
    );

    await expect(run).rejects.toThrow('job 0 failed');
    await sleep(100);
    expect(started).toEqual([0, 1]);
  });
});
