/** Exponential backoff with full jitter: one policy for the server's store calls and the add-in's requests. */

/** How hard to retry. */
export interface RetryPolicy {
  /** Tries in all, the first included. */
  attempts: number;
  baseMs: number;
  maxMs: number;
}

/**
 * Delay before retry number `attempt` (1 for the first retry): a random time up to base·2^attempt,
 * capped; full jitter keeps many clients from retrying in step.
 */
export function backoffDelay(attempt: number, policy: RetryPolicy, random = Math.random): number {
  return Math.floor(random() * Math.min(policy.maxMs, policy.baseMs * 2 ** attempt));
}
