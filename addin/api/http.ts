import type * as z from 'zod';
import { backoffDelay, type RetryPolicy } from '../../shared/retry';
import {
  ApiError,
  MalformedAnswerError,
  NotSignedInError,
  RequestCancelledError,
  ServiceUnreachableError,
} from '../errors';
import { createLimiter } from './limiter';
import { parseJsonText, timeLimit } from './time-limit';
import type { Session } from './session';

/** Three tries in all for busy answers (429, 502, 503, 504) and network failures. */
export const CLIENT_RETRY: RetryPolicy = { attempts: 3, baseMs: 200, maxMs: 2_000 };
/** Requests in flight at once. */
export const MAX_IN_FLIGHT = 4;
/** How long a request may take, from when it is sent to the end of its answer. */
export const REQUEST_TIMEOUT_MS = 30_000;

/** Statuses worth another try: the service is busy, not wrong. */
const RETRYABLE = new Set([429, 502, 503, 504]);

/** One request: the schema its answer must match, and what it sends. */
export interface RequestOptions<T> {
  /** The answer's schema (shared with the server): a body that does not match is a {@link MalformedAnswerError}. */
  schema: z.ZodType<T>;
  body?: unknown;
  /** Extra headers, e.g. `If-Match`. */
  headers?: Record<string, string>;
  /** Aborts the request (every cell waiting on it was cancelled, or the user pressed Cancel). */
  signal?: AbortSignal;
  /** Overrides {@link REQUEST_TIMEOUT_MS}. */
  timeoutMs?: number;
}

/** How the add-in talks to the Spring API. */
export interface HttpClient {
  /** Sends a signed-in request and returns its answer, parsed with `options.schema`. */
  request: <T>(method: string, path: string, options: RequestOptions<T>) => Promise<T>;
}

/** How the client keeps its sign-in: waits for one being restored, renews an expired one. */
export interface SignInHooks {
  /** Resolves once a sign-in being restored (the runtime's start) has succeeded or failed. */
  settled: () => Promise<void>;
  /** Gets a fresh token for the signed-in user; false when that needs the user (then signed out). */
  renew: () => Promise<boolean>;
}

/** What the client is built on; the defaults are the browser's. */
export interface HttpDeps {
  fetchImpl?: typeof fetch;
  policy?: RetryPolicy;
  signIn?: SignInHooks;
}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Why one try ended without an answer worth reading. */
type Failure = { retry: boolean; error: Error };

/**
 * An HTTP client on the session's service and token, at most {@link MAX_IN_FLIGHT} requests at once.
 * Every request settles: each try has a time limit counted from when it is sent (a try that times out
 * is not repeated: the service is stalled, and the cells have waited long enough); 429/5xx-busy answers
 * and network failures are retried with backoff and jitter (3 tries), then fail with
 * {@link ServiceUnreachableError}; a 401 renews the sign-in once and tries again, then is
 * {@link NotSignedInError}; other problems are {@link ApiError}; a 2xx answer that does not match its
 * schema is {@link MalformedAnswerError}.
 */
export function createHttpClient(session: Session, deps: HttpDeps = {}): HttpClient {
  const fetchImpl = deps.fetchImpl ?? ((...args: Parameters<typeof fetch>) => fetch(...args));
  const policy = deps.policy ?? CLIENT_RETRY;
  const limited = createLimiter(MAX_IN_FLIGHT);

  /** One try: the answer's JSON and status, or why there is none. */
  const send = async <T>(
    method: string,
    path: string,
    options: RequestOptions<T>,
  ): Promise<{ status: number; payload: Record<string, unknown> } | Failure> => {
    const signedIn = session.signedIn;
    if (!signedIn) throw new NotSignedInError();
    const limitMs = options.timeoutMs ?? REQUEST_TIMEOUT_MS;
    const limit = timeLimit(limitMs, options.signal);
    try {
      const response = await fetchImpl(new URL(path, session.serviceUrl), {
        method,
        signal: limit.signal,
        headers: {
          ...options.headers,
          authorization: `Bearer ${signedIn.token}`,
          ...(options.body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
      });
      if (RETRYABLE.has(response.status)) {
        await response.body?.cancel().catch(() => undefined);
        return {
          retry: true,
          error: new ServiceUnreachableError(`${session.serviceUrl} answered ${response.status} (busy)`),
        };
      }
      const text = await response.text();
      return { status: response.status, payload: parseJson(text) };
    } catch (error) {
      if (options.signal?.aborted) throw new RequestCancelledError();
      if (limit.expired()) {
        const seconds = Math.round(limitMs / 1000);
        return {
          retry: false,
          error: new ServiceUnreachableError(`no answer within ${seconds} s (${method} ${path})`),
        };
      }
      return { retry: true, error: new ServiceUnreachableError(describe(error), { cause: error }) };
    } finally {
      limit.clear();
    }
  };

  const attempt = async <T>(method: string, path: string, options: RequestOptions<T>): Promise<T> => {
    // A sign-in being restored (the runtime's start) is waited for; one already made is not.
    if (!session.signedIn) await deps.signIn?.settled();
    let renewed = false;
    let failure: Error = new ServiceUnreachableError('no try was made');
    for (let tries = 0; tries < policy.attempts;) {
      if (options.signal?.aborted) throw new RequestCancelledError();
      const answer = await send(method, path, options);
      if ('error' in answer) {
        failure = answer.error;
        if (!answer.retry) break;
        tries++;
        if (tries < policy.attempts) await wait(backoffDelay(tries, policy));
        continue;
      }
      const { status, payload } = answer;
      if (status === 401) {
        // An expired token: renew once (not counted as a try), then ask again.
        if (!renewed && (await deps.signIn?.renew())) {
          renewed = true;
          continue;
        }
        throw new NotSignedInError(
          `Sign in to Spring in the task pane (${String(payload.detail ?? 'signed out')})`,
        );
      }
      if (status < 200 || status >= 300) throw new ApiError(status, payload);
      const parsed = options.schema.safeParse(payload);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
        throw new MalformedAnswerError(
          `${method} ${path.split('?')[0]}`,
          `${where}${issue?.message ?? 'invalid'}`,
        );
      }
      return parsed.data;
    }
    throw failure;
  };

  return {
    request: (method, path, options) => limited(() => attempt(method, path, options)),
  };
}

/** A body as a JSON object; anything else reads as `{}` (the status still decides). */
function parseJson(text: string): Record<string, unknown> {
  const value = parseJsonText(text);
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}
