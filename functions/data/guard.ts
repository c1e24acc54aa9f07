import { StoreUnavailableError } from '../errors';

/** Error names DynamoDB (and the SDK) use when it is overloaded or the connection failed. */
const UNAVAILABLE = new Set([
  'ProvisionedThroughputExceededException',
  'ThrottlingException',
  'RequestLimitExceeded',
  'ServiceUnavailable',
  'InternalServerError',
  'TimeoutError',
  'ECONNRESET',
  'ECONNREFUSED',
  'EPIPE',
  'ETIMEDOUT',
]);

/** Why DynamoDB cancels a transaction when it is overloaded or another transaction got there first. */
const TRANSIENT_CANCELLATIONS = new Set([
  'ThrottlingError',
  'ProvisionedThroughputExceeded',
  'TransactionConflict',
]);

/** A transaction cancelled for load or a concurrent transaction (the SDK does not retry those), not a failed condition. */
function isTransientCancellation(error: Error): boolean {
  if (error.name !== 'TransactionCanceledException') return false;
  const codes = (
    (error as Error & { CancellationReasons?: { Code?: string }[] }).CancellationReasons ?? []
  ).map((reason) => reason.Code ?? '');
  return !codes.includes('ConditionalCheckFailed') && codes.some((code) => TRANSIENT_CANCELLATIONS.has(code));
}

/** Whether an error from the store means "try again later" rather than a bug or a refused request. */
export function isUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as Error & { code?: string }).code;
  return (
    UNAVAILABLE.has(error.name) ||
    (code !== undefined && UNAVAILABLE.has(code)) ||
    isTransientCancellation(error)
  );
}

/**
 * Awaits one store call; the SDK has already retried throttling, so what still fails for that reason
 * becomes a {@link StoreUnavailableError} (the API answers 503) instead of an unknown error.
 * @example const { Item } = await guard(store.doc.send(new GetCommand({ TableName, Key })));
 */
export async function guard<T>(call: Promise<T>): Promise<T> {
  try {
    return await call;
  } catch (error) {
    if (isUnavailable(error)) {
      throw new StoreUnavailableError(
        `The data store is busy or unreachable (${(error as Error).name}); try again`,
        {
          cause: error,
        },
      );
    }
    throw error;
  }
}
