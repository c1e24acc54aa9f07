/**
 * The import CLI's HTTPS transport: `POST /v1/import` to a running server with an admin token, and,
 * while it runs, the job's progress from `GET /v1/imports`.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { rootCertificates } from 'node:tls';
import { Agent, fetch, type Response } from 'undici';
import * as z from 'zod';
import { ImportJobSchema, ImportProblemSchema, ImportReportSchema } from '../../shared/api/imports';
import { openDevTokens } from '../auth/dev-tokens';
import { readLocalConfig } from '../config';
import type { Progress } from './print-report';
import type { ImportOutcome } from './send-direct';
import { ImportCliError, IMPORT_CLI_ERRORS } from '../errors';

/** The server used when neither `--url` nor `SPRING_URL` names one. */
export const DEFAULT_URL = 'https://localhost:3000';
/** How often the job's progress is asked for while the import runs. */
export const POLL_MS = 500;
/** How long an import may run before the CLI gives up waiting for the answer. */
const ANSWER_TIMEOUT_MS = 30 * 60 * 1000;

/** A server to send to, with what it takes to talk to it. */
export interface HttpTarget {
  /** Base address without a trailing slash, e.g. `https://localhost:3000`. */
  url: string;
  /** An admin token. */
  token: string;
  /** The local server's certificate authority, trusted besides the usual ones. */
  ca?: Buffer;
}

/**
 * The server from `--url`, else `SPRING_URL`, else {@link DEFAULT_URL}; the token from `SPRING_TOKEN`,
 * else one signed with the local development key (the data folder of `SPRING_DATA_DIR`, default
 * `.data/`); the local certificate authority (`.certs/ca.crt`) when it exists.
 * @param root - the project folder, against which the local folders are resolved
 */
export async function httpTargetFromEnv(
  url: string | null,
  env: NodeJS.ProcessEnv,
  root: string,
): Promise<HttpTarget> {
  const config = readLocalConfig(env, root);
  const base = url ?? envUrl(env.SPRING_URL) ?? DEFAULT_URL;
  const token = env.SPRING_TOKEN || (await (await openDevTokens(config.dataDir)).sign('admin'));
  const caPath = path.join(config.certDir, 'ca.crt');
  return { url: base, token, ...(existsSync(caPath) ? { ca: readFileSync(caPath) } : {}) };
}

function envUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  if (!/^https?:\/\/[^\s/]+/.test(value)) {
    throw new ImportCliError(
      IMPORT_CLI_ERRORS.usage,
      `SPRING_URL must be an address such as https://localhost:3000 (got '${value}')`,
    );
  }
  return value.replace(/\/+$/, '');
}

/** How a document is sent. */
export interface HttpOptions {
  dryRun: boolean;
  /** Shown while the server writes; absent for small documents and dry runs. */
  progress?: Progress;
}

const RejectionSchema = z.object({
  errors: z.array(ImportProblemSchema),
  warnings: z.array(ImportProblemSchema).default([]),
});
const ProblemSchema = z.object({
  detail: z.string().optional(),
  errors: z.array(z.object({ field: z.string().optional(), message: z.string() })).optional(),
});
const JobsSchema = z.object({ items: z.array(ImportJobSchema) });
type Job = z.infer<typeof ImportJobSchema>;

/**
 * Sends the document's JSON to `POST /v1/import` and reads the answer: a report (200) or every bad row
 * (422). Anything else — no answer, a refused token, a body too large — is an {@link ImportCliError}
 * saying what to do next.
 * @example
 * const outcome = await sendHttp(text, await httpTargetFromEnv(null, process.env, root), { dryRun: false });
 */
export async function sendHttp(
  body: string,
  target: HttpTarget,
  options: HttpOptions,
): Promise<ImportOutcome> {
  const agent = new Agent({
    // Node's `ca` replaces the usual authorities: keep them, for servers with a public certificate.
    ...(target.ca ? { connect: { ca: [...rootCertificates, target.ca.toString()] } } : {}),
    headersTimeout: ANSWER_TIMEOUT_MS,
    bodyTimeout: ANSWER_TIMEOUT_MS,
  });
  const call = (route: string, init: { method: string; body?: string }) =>
    fetch(`${target.url}${route}`, {
      ...init,
      headers: { authorization: `Bearer ${target.token}`, 'content-type': 'application/json' },
      dispatcher: agent,
    }).catch((error: unknown) => {
      throw unreachable(target.url, error);
    });
  const watch = options.progress && watchProgress(call, options.progress);
  try {
    await watch?.ready;
    const response = await call(`/v1/import${options.dryRun ? '?dryRun=true' : ''}`, {
      method: 'POST',
      body,
    });
    return await readAnswer(response);
  } finally {
    await watch?.stop();
    await agent.close();
  }
}

type Call = (route: string, init: { method: string }) => Promise<Response>;

/**
 * Polls `GET /v1/imports` for the job this import runs. The jobs seen before the import are noted
 * first: a job that then appears, or moves, is ours (a resumed job keeps its id, so "new" is not enough).
 */
function watchProgress(call: Call, progress: Progress): { ready: Promise<void>; stop: () => Promise<void> } {
  let stopped = false;
  let wake = () => {};
  let ours: string | undefined;
  const before = new Map<string, string>();
  const jobs = async (): Promise<Job[]> => {
    const response = await call('/v1/imports', { method: 'GET' });
    if (!response.ok) throw await refused(response);
    return JobsSchema.parse(await response.json()).items;
  };
  const show = (job: Job | undefined) => {
    if (job) progress.update(job.written, job.total);
  };
  // The first listing also checks the server and the token before the document is sent.
  const ready = jobs().then((items) => {
    for (const job of items) before.set(job.id, job.updatedAt);
  });
  const loop = ready
    .then(async () => {
      while (!stopped) {
        await new Promise<void>((resolve) => {
          wake = resolve;
          // Unreferenced: a last pending tick must not keep the CLI alive after the answer.
          setTimeout(resolve, POLL_MS).unref();
        });
        if (stopped) break;
        const job = (await jobs()).find(
          (item) => item.status === 'incomplete' && before.get(item.id) !== item.updatedAt,
        );
        ours ??= job?.id;
        show(job);
      }
    })
    // Progress is only a courtesy: a failed poll must not fail an import that the POST reports on.
    .catch(() => undefined);
  return {
    ready,
    stop: async () => {
      stopped = true;
      wake();
      await loop;
      // The job is completed by now: one last look shows where it ended.
      if (ours) show((await jobs().catch(() => [])).find((job) => job.id === ours));
      progress.end();
    },
  };
}

async function readAnswer(response: Response): Promise<ImportOutcome> {
  if (response.status === 200) return { ok: true, report: ImportReportSchema.parse(await response.json()) };
  if (response.status === 422) {
    const rejection = RejectionSchema.safeParse(
      await response
        .clone()
        .json()
        .catch(() => null),
    );
    if (rejection.success) return { ok: false, rejection: rejection.data };
  }
  throw await refused(response);
}

/** An answer other than a report or a rejection, as an error saying what to do next. */
async function refused(response: Response): Promise<ImportCliError> {
  const text = await response.text();
  const problem = problemOf(text);
  const said = `${response.status}${problem.detail ? `: ${problem.detail}` : ''}`;
  const listed = (problem.errors ?? []).map(
    (item) => `\n  ${item.field ? `${item.field}: ` : ''}${item.message}`,
  );
  const next: Partial<Record<number, string>> = {
    401: 'set SPRING_TOKEN to an admin token of this server, or SPRING_DATA_DIR to its data folder (where its development key is)',
    403: 'an import needs the admin role: set SPRING_TOKEN to an admin token',
    404: 'check --url: it should be the address of a Spring Workbench server',
    413: 'send it in parts with --parts (or a smaller --part-mb), or import it in process with --direct',
  };
  const advice = next[response.status] ?? 'check the document and the server, then try again';
  return new ImportCliError(
    IMPORT_CLI_ERRORS.refused,
    `the server refused the import (${said})${listed.join('')}\n${advice}`,
  );
}

function problemOf(text: string): z.infer<typeof ProblemSchema> {
  try {
    return ProblemSchema.parse(JSON.parse(text));
  } catch {
    // Not a problem document (a proxy's page, say): its text is the detail.
    return { detail: text.slice(0, 200) };
  }
}

function unreachable(url: string, error: unknown): ImportCliError {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  const reason = cause instanceof Error ? cause.message : String(cause);
  const code = (cause as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && /CERT|SELF_SIGNED|UNABLE_TO_VERIFY/.test(code)) {
    return new ImportCliError(
      IMPORT_CLI_ERRORS.unreachable,
      `cannot trust the certificate of ${url} (${reason}); the CLI trusts the local server's .certs/ca.crt (SPRING_CERT_DIR) and the usual authorities`,
      { cause: error },
    );
  }
  return new ImportCliError(
    IMPORT_CLI_ERRORS.unreachable,
    `cannot reach the Spring server at ${url} (${reason}); start it with npm start, or import in process with --direct`,
    { cause: error },
  );
}
