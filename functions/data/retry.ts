/** Retrying and pacing the store's calls: backoff policy, waits, bounded concurrency, chunks. */

import type { RetryPolicy } from '../../shared/retry';

export { backoffDelay, type RetryPolicy } from '../../shared/retry';

/** Default for store calls: 8 tries over at most ~5 s in all. */
export const DEFAULT_RETRY: RetryPolicy = { attempts: 8, baseMs: 25, maxMs: 1_000 };

/** Waits `ms` milliseconds. */
export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Runs `fn` on `jobs` with at most `limit` running at once, keeping the results in order.
 * @example await mapLimit(chunks, 4, (chunk) => readChunk(chunk));
 */
export async function mapLimit<T, R>(
  jobs: readonly T[],
  limit: number,
  fn: (job: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array<R>(jobs.length);
  let next = 0;
  // Once a job fails the whole call has failed: start no more (a failed batch write must stop writing).
  let failed = false;
  const worker = async () => {
    while (!failed && next < jobs.length) {
      const index = next++;
      try {
        results[index] = await fn(jobs[index] as T);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, jobs.length) }, worker));
  return results;
}

/** Splits a list into chunks of at most `size`. */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}
