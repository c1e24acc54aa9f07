/**
 * The errors of talking to the Spring service (addin/api), each with a stable `code`. Custom functions
 * turn them into Excel errors (functions/excel-errors.ts); the task pane shows them with what to do
 * next. The add-in's other errors live beside the code that raises them: `PullCancelledError`
 * (workbook/pull.ts), `MissingColumnError` (workbook/refresh-plan.ts), and the indicator maths'
 * `IndicatorError` (shared/errors.ts).
 */

/** No sign-in yet (or it expired): the task pane must sign in first. */
export class NotSignedInError extends Error {
  override readonly name = 'NotSignedInError';
  readonly code = 'ERR_NOT_SIGNED_IN';

  constructor(message = 'Sign in to Spring in the task pane') {
    super(message);
  }
}

/** The service did not answer, or kept answering "busy", after every retry. */
export class ServiceUnreachableError extends Error {
  override readonly name = 'ServiceUnreachableError';
  readonly code = 'ERR_SERVICE_UNREACHABLE';

  constructor(reason: string, options?: ErrorOptions) {
    super(`Spring service unreachable: ${reason}`, options);
  }
}

/** The service answered with a problem document (4xx other than 401, or a 5xx it did not retry). */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly code = 'ERR_API';

  constructor(
    readonly status: number,
    readonly problem: { title?: string; detail?: string; errors?: unknown[]; current?: unknown } & Record<
      string,
      unknown
    >,
  ) {
    super(problem.detail ?? problem.title ?? `The service answered ${status}`);
  }
}

/** The service answered 2xx with a body that does not match the API's schema: never used as if it did. */
export class MalformedAnswerError extends Error {
  override readonly name = 'MalformedAnswerError';
  readonly code = 'ERR_MALFORMED_ANSWER';

  constructor(what: string, problem: string) {
    super(`The Spring service sent an answer the add-in cannot read (${what}: ${problem})`);
  }
}

/** Everyone waiting on a request went away (Excel cancelled the cells, the user pressed Cancel). */
export class RequestCancelledError extends Error {
  override readonly name = 'RequestCancelledError';
  readonly code = 'ERR_REQUEST_CANCELLED';

  constructor() {
    super('Cancelled');
  }
}

/*
 * functions.js and taskpane.js are two bundles sharing one runtime: an error made by one is not an
 * instance of the other's class. These guards go by the stable `code` instead of `instanceof`.
 */
const hasCode = (error: unknown, code: string) =>
  typeof error === 'object' && error !== null && (error as { code?: unknown }).code === code;

/** Whether `error` is an {@link ApiError}, whichever bundle made it. */
export const isApiError = (error: unknown): error is ApiError => hasCode(error, 'ERR_API');
/** Whether `error` is a {@link NotSignedInError}, whichever bundle made it. */
export const isNotSignedIn = (error: unknown): error is NotSignedInError =>
  hasCode(error, 'ERR_NOT_SIGNED_IN');
/** Whether `error` is a {@link ServiceUnreachableError}, whichever bundle made it. */
export const isServiceUnreachable = (error: unknown): error is ServiceUnreachableError =>
  hasCode(error, 'ERR_SERVICE_UNREACHABLE');
/** Whether `error` is a {@link RequestCancelledError}, whichever bundle made it. */
export const isRequestCancelled = (error: unknown): error is RequestCancelledError =>
  hasCode(error, 'ERR_REQUEST_CANCELLED');
