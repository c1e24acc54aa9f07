import { backoffDelay, type RetryPolicy } from '../../shared/retry';
import { ApiError, NotSignedInError, ServiceUnreachableError } from '../errors';
import { createLimiter } from './limiter';
import type { Session } from './session';

/** Three tries in all for 429, 503 and network failures. */
export const CLIENT_RETRY: RetryPolicy = { attempts: 3, baseMs: 200, maxMs: 2_000 };
/** Requests in flight at once. */
export const MAX_IN_FLIGHT = 4;

/** Statuses worth another try: the service is busy, not wrong. */
const RETRYABLE = new Set([429, 502, 503, 504]);

/** How the add-in talks to the Spring API: fetch, retries, at most 4 requests in flight. */
export interface HttpClient {
  /** Sends a request and reads its JSON answer; `headers` adds e.g. `If-Match`. */
  json: <T>(method: string, path: string, body?: unknown, headers?: Record<string, string>) => Promise<T>;
}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * An HTTP client on the session's service and token. Retries 429/5xx-busy answers and network
 * failures with exponential backoff and jitter (3 tries), then fails with
 * {@link ServiceUnreachableError}; a 401 is {@link NotSignedInError}; other problems are {@link ApiError}.
 */
export function createHttpClient(
  session: Session,
  fetchImpl: typeof fetch = (...args) => fetch(...args),
  policy: RetryPolicy = CLIENT_RETRY,
): HttpClient {
  const limited = createLimiter(MAX_IN_FLIGHT);
  const once = async (
    method: string,
    path: string,
    body: unknown,
    headers: Record<string, string>,
  ): Promise<Response> => {
    const signedIn = session.signedIn;
    if (!signedIn) throw new NotSignedInError();
    return fetchImpl(new URL(path, session.serviceUrl), {
      method,
      headers: {
        ...headers,
        authorization: `Bearer ${signedIn.token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  };
  return {
    json: <T>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
      limited(async () => {
        let failure = '';
        for (let attempt = 0; attempt < policy.attempts; attempt++) {
          if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, backoffDelay(attempt, policy)));
          let response: Response;
          try {
            response = await once(method, path, body, headers);
          } catch (error) {
            if (error instanceof NotSignedInError) throw error;
            failure = describe(error);
            continue;
          }
          if (RETRYABLE.has(response.status)) {
            failure = `${session.serviceUrl} answered ${response.status} (busy)`;
            continue;
          }
          const payload = (await response.json().catch(() => ({}))) as Record<string, unknown>;
          if (response.status === 401)
            throw new NotSignedInError(
              `Sign in to Spring in the task pane (${String(payload.detail ?? 'signed out')})`,
            );
          if (!response.ok) throw new ApiError(response.status, payload);
          return payload as T;
        }
        throw new ServiceUnreachableError(failure);
      }),
  };
}
