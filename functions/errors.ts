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

/** A budget line an import read at one version and found at another when it wrote. */
export interface RacedLine {
  edition: string;
  lineId: string;
  /** The line's row in the document's budget section. */
  row: number;
  /** The version the import read (0: absent). */
  expectedVersion: number;
  /** The line as stored now (absent: deleted). */
  current?: unknown;
}

/**
 * The store changed under a running import: budget lines edited since the import read them. Every
 * other write is done; the job stays `incomplete` and a dry run shows what a re-run overwrites.
 */
export class ImportRaceError extends Error {
  override readonly name = 'ImportRaceError';
  readonly code = 'ERR_IMPORT_RACE';

  constructor(readonly lines: readonly RacedLine[]) {
    super(
      `${lines.length} budget ${lines.length === 1 ? 'line was' : 'lines were'} changed while the import ran: ${lines.map((line) => `${line.edition}/${line.lineId}`).join(', ')}`,
    );
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

/**
 * A generator option is out of range. `option` names it, `code` is stable for callers.
 * @example new SampleOptionsError('scale', 'scale must be a number above 0 and at most 200 (got -1)')
 */
export class SampleOptionsError extends Error {
  override readonly name = 'SampleOptionsError';
  readonly code = 'ERR_SAMPLE_OPTIONS';

  constructor(
    readonly option: 'seed' | 'scale',
    message: string,
  ) {
    super(message);
  }
}

/**
 * The command line is wrong; the message says what to change.
 * @example new SampleUsageError("unknown option '--scael'; the options are --scale, --seed, --out, --help")
 */
export class SampleUsageError extends Error {
  override readonly name = 'SampleUsageError';
  readonly code = 'ERR_SAMPLE_USAGE';
}

/** Codes of {@link ImportCliError}, one per kind of failure the CLI reports. */
export const IMPORT_CLI_ERRORS = {
  /** The command line is wrong (exit code 2). */
  usage: 'ERR_IMPORT_USAGE',
  /** The file cannot be read or parsed. */
  file: 'ERR_IMPORT_FILE',
  /** No answer from the server. */
  unreachable: 'ERR_IMPORT_UNREACHABLE',
  /** The server or the store refused the request for another reason than the document's rows. */
  refused: 'ERR_IMPORT_REFUSED',
} as const;

/** One of {@link IMPORT_CLI_ERRORS}. */
export type ImportCliErrorCode = (typeof IMPORT_CLI_ERRORS)[keyof typeof IMPORT_CLI_ERRORS];

/**
 * A failure of the import CLI, with a message saying what to do next.
 * @example throw new ImportCliError(IMPORT_CLI_ERRORS.file, 'data.json does not exist');
 */
export class ImportCliError extends Error {
  override readonly name = 'ImportCliError';

  constructor(
    readonly code: ImportCliErrorCode,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }

  /** The process's exit code: 2 for a wrong command line, 1 for anything else. */
  get exitCode(): 1 | 2 {
    return this.code === IMPORT_CLI_ERRORS.usage ? 2 : 1;
  }
}
