/**
 * Every error class of the backend (`functions/`), each with a stable `code`. The HTTP layer turns
 * them into problem documents; nothing else leaks out as a 500.
 */
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ProblemItem } from '../shared/api/problem';

/** Titles of the statuses the API answers with; the problem's `title` is the status's plain name. */
const TITLES: Partial<Record<number, string>> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  412: 'Precondition Failed',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  428: 'Precondition Required',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** What an {@link HttpError} carries besides its status. */
export interface HttpErrorOptions {
  /** Stable machine-readable code, e.g. `ERR_VALIDATION`; becomes the problem's `type`. */
  code: string;
  /** Sentence for the user saying what went wrong and what to do. */
  detail: string;
  /** Every problem found, for validation errors. */
  errors?: ProblemItem[];
  /** Extra members of the problem document (e.g. `current` on a 412). */
  extra?: Record<string, unknown>;
  /** Extra response headers (e.g. `WWW-Authenticate` on a 401). */
  headers?: Record<string, string>;
  cause?: unknown;
}

/**
 * An error the API answers with a problem document instead of a 500.
 * @example
 * throw new HttpError(404, { code: 'ERR_NOT_FOUND', detail: 'No firm with id F999' });
 */
export class HttpError extends Error {
  override readonly name = 'HttpError';

  constructor(
    readonly status: ContentfulStatusCode,
    readonly options: HttpErrorOptions,
  ) {
    super(options.detail, { cause: options.cause });
  }

  /** The problem document (RFC 9457) for this error. */
  toProblem(): Record<string, unknown> {
    const { code, detail, errors, extra } = this.options;
    return {
      type: `urn:spring:problem:${code}`,
      title: TITLES[this.status] ?? 'Error',
      status: this.status,
      detail,
      ...(errors ? { errors } : {}),
      ...extra,
    };
  }
}

/** A configuration value is present but unusable: the message says which, and what would be right. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  readonly code = 'ERR_CONFIG';
}

/** Java is missing: DynamoDB Local cannot run. */
export class JavaMissingError extends Error {
  override readonly name = 'JavaMissingError';
  readonly code = 'ERR_JAVA_MISSING';
}

/** A conditional write found another version than expected; carries the item as stored now. */
export class VersionConflictError<T = unknown> extends Error {
  override readonly name = 'VersionConflictError';
  readonly code = 'ERR_VERSION_CONFLICT';

  constructor(
    message: string,
    readonly current: T,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/** A page cursor that this server did not hand out for this listing (tampered, foreign or truncated). */
export class InvalidCursorError extends Error {
  override readonly name = 'InvalidCursorError';
  readonly code = 'ERR_INVALID_CURSOR';
}

/** The store kept refusing (throttling, dropped connections) after every retry: try again later. */
export class StoreUnavailableError extends Error {
  override readonly name = 'StoreUnavailableError';
  readonly code = 'ERR_STORE_UNAVAILABLE';
}
