/**
 * A time limit on one request, counted from when it is sent: an AbortSignal that aborts when the limit
 * passes or when the caller's own signal aborts, and a way to tell which happened.
 * @example
 * const limit = timeLimit(30_000, signal);
 * try { await fetch(url, { signal: limit.signal }); } finally { limit.clear(); }
 */
export function timeLimit(ms: number, callerSignal?: AbortSignal) {
  const controller = new AbortController();
  let expired = false;
  const timer = setTimeout(() => {
    expired = true;
    controller.abort();
  }, ms);
  const cancel = () => controller.abort();
  callerSignal?.addEventListener('abort', cancel);
  return {
    signal: controller.signal,
    /** True once the limit has passed (not when the caller cancelled). */
    expired: () => expired,
    clear: () => {
      clearTimeout(timer);
      callerSignal?.removeEventListener('abort', cancel);
    },
  };
}

/** The limit for the small calls made before signing in (`/auth-config.json`, a development token, health). */
export const SMALL_CALL_TIMEOUT_MS = 30_000;

/**
 * fetch with {@link SMALL_CALL_TIMEOUT_MS}: a service that accepts the connection and never answers
 * fails the call with "no answer within 30 s" instead of leaving it pending.
 */
export async function fetchWithin(
  fetchImpl: typeof fetch,
  url: URL,
  init: RequestInit = {},
  ms = SMALL_CALL_TIMEOUT_MS,
): Promise<{ response: Response; payload: unknown }> {
  const limit = timeLimit(ms);
  try {
    const response = await fetchImpl(url, { ...init, signal: limit.signal });
    return { response, payload: parseJsonText(await response.text()) };
  } catch (error) {
    if (limit.expired()) throw new Error(`no answer within ${Math.round(ms / 1000)} s`, { cause: error });
    throw error;
  } finally {
    limit.clear();
  }
}

/** A body's JSON, or undefined when it is empty or not JSON (its status then says what happened). */
export function parseJsonText(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
