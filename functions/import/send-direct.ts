/**
 * The import CLI's in-process transport: runs the same import code as the API (`runImport`) against
 * the store itself, when asked with `--direct` (any size: no HTTP body limit applies).
 */
import os from 'node:os';
import { readTable } from '../config';
import { openStore } from '../data/store';
import { ensureTable } from '../data/table';
import type { StoreLocation } from '../data/client';
import { ImportRaceError, StoreUnavailableError } from '../errors';
import type { Progress } from './print-report';
import { runImport } from './run-import';
import { ImportCliError, IMPORT_CLI_ERRORS } from '../errors';

/** What an import answered: the report, or every problem that kept it from writing. */
export type ImportOutcome = Awaited<ReturnType<typeof runImport>>;

/** The store an in-process import writes to, and how to name it to the user. */
export interface DirectTarget {
  location: StoreLocation;
  table: string;
  /** e.g. `DynamoDB at http://127.0.0.1:8000, table spring`. */
  description: string;
}

/**
 * The store named by the environment: `DYNAMODB_ENDPOINT` (e.g. a DynamoDB Local), else AWS with the
 * credentials and region of the environment; the table from `--table`, else `SPRING_TABLE`, else `spring`.
 */
export function directTargetFromEnv(env: NodeJS.ProcessEnv, table: string | null): DirectTarget {
  const name = table ?? readTable(env.SPRING_TABLE);
  const endpoint = env.DYNAMODB_ENDPOINT;
  if (endpoint) {
    return { location: { endpoint }, table: name, description: `DynamoDB at ${endpoint}, table ${name}` };
  }
  const region = env.AWS_REGION ?? env.AWS_DEFAULT_REGION;
  return {
    location: region ? { region } : {},
    table: name,
    description: `AWS DynamoDB (region ${region ?? 'eu-south-1, the default'}), table ${name}`,
  };
}

/** How an in-process import runs. */
export interface DirectOptions {
  dryRun: boolean;
  /** Shown while writing; absent for small documents. */
  progress?: Progress;
  /** Who imports, for the job and the audit trail; defaults to `cli:<user name>`. */
  who?: string;
}

/**
 * Imports `document` in process. The table is created first only for an explicit endpoint (a local
 * store); on AWS the CDK app owns it. Store failures become {@link ImportCliError}s saying what to do.
 * @example
 * const outcome = await sendDirect(document, directTargetFromEnv(process.env, null), { dryRun: true });
 */
export async function sendDirect(
  document: unknown,
  target: DirectTarget,
  options: DirectOptions,
): Promise<ImportOutcome> {
  const store = openStore(target.location, target.table);
  try {
    if (target.location.endpoint) await ensureTable(store);
    return await runImport(store, document, {
      dryRun: options.dryRun,
      who: options.who ?? `cli:${userName()}`,
      ...(options.progress ? { onProgress: options.progress.update } : {}),
    });
  } catch (error) {
    throw explain(error, target);
  } finally {
    options.progress?.end();
  }
}

function userName(): string {
  try {
    return os.userInfo().username;
  } catch {
    // No passwd entry (some containers): the audit still says the CLI did it.
    return 'unknown';
  }
}

/** A store failure as a message with the next step; anything unexpected is passed on unchanged. */
function explain(error: unknown, target: DirectTarget): unknown {
  if (!(error instanceof Error)) return error;
  if (error instanceof ImportRaceError) {
    return new ImportCliError(
      IMPORT_CLI_ERRORS.refused,
      `the import is incomplete: ${error.message}; ${error.lines.length === 1 ? 'it was' : 'they were'} not written (everything else was); run it with --dry-run to compare their current values with the file's, then again to finish`,
      { cause: error },
    );
  }
  // The store's own wording hides the cause (e.g. "connect ECONNREFUSED"), which says more here.
  const reason =
    error instanceof StoreUnavailableError && error.cause instanceof Error && error.cause.message
      ? error.cause.message
      : error.message;
  if (error instanceof StoreUnavailableError || isConnectionError(error)) {
    const next = target.location.endpoint
      ? 'check that it is running, or set DYNAMODB_ENDPOINT to the one that is'
      : 'check the network and AWS_REGION';
    return new ImportCliError(
      IMPORT_CLI_ERRORS.unreachable,
      `cannot reach ${target.description} (${reason}); ${next}`,
      { cause: error },
    );
  }
  if (error.name === 'CredentialsProviderError') {
    return new ImportCliError(
      IMPORT_CLI_ERRORS.refused,
      `no AWS credentials for ${target.description} (${reason}); set AWS_PROFILE or AWS credentials, or DYNAMODB_ENDPOINT for a local store`,
      { cause: error },
    );
  }
  if (error.name === 'ResourceNotFoundException') {
    return new ImportCliError(
      IMPORT_CLI_ERRORS.refused,
      `the table does not exist: ${target.description} (${reason}); name the right one with --table or SPRING_TABLE`,
      { cause: error },
    );
  }
  if (['AccessDeniedException', 'UnrecognizedClientException'].includes(error.name)) {
    return new ImportCliError(
      IMPORT_CLI_ERRORS.refused,
      `${target.description} refused the credentials (${reason}); use credentials allowed to write the table`,
      { cause: error },
    );
  }
  return error;
}

function isConnectionError(error: Error): boolean {
  const code = (error as Error & { code?: unknown }).code;
  return typeof code === 'string' && ['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT'].includes(code);
}
