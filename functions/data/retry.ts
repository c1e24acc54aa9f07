/** Exponential backoff with full jitter, for the store's unprocessed items and throttling. */

/** How hard to retry. */
export interface RetryPolicy {
  /** Tries in all, the first included. */
  attempts: number;
  baseMs: number;
  maxMs: number;
}

/** Default: 8 tries over at most ~5 s in all. */
export const DEFAULT_RETRY: RetryPolicy = { attempts: 8, baseMs: 25, maxMs: 1_000 };

/**
 * Delay before retry number `attempt` (1 for the first retry): a random time up to base·2^attempt,
 * capped; full jitter keeps many clients from retrying in step.
 */
export function backoffDelay(
  attempt: number,
  policy: RetryPolicy = DEFAULT_RETRY,
  random = Math.random,
): number {
  return Math.floor(random() * Math.min(policy.maxMs, policy.baseMs * 2 ** attempt));
}

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
