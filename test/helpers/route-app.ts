import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createApp } from '../../functions/app/create-app';
import { verifyingAuthenticator } from '../../functions/auth/authenticators';
import { openDevTokens, type DevTokens } from '../../functions/auth/dev-tokens';
import type { Store } from '../../functions/data/store';
import { runImport } from '../../functions/import/run-import';
import { generateSampleData } from '../../functions/sample';
import type { ImportDocument, Role } from '../../shared/schemas';
import { freshStore } from './store';

/** What an in-process route test sends. `role` signs the request in with a development token of that role. */
export interface RouteCall {
  role?: Role;
  token?: string;
  body?: unknown;
  /** Sent as is, instead of JSON of `body`. */
  rawBody?: string;
  headers?: Record<string, string>;
}

/** What an in-process route test reads back. */
export interface RouteAnswer {
  status: number;
  headers: Headers;
  contentType: string | null;
  body: unknown;
}

/** A problem document (RFC 9457) as the API answers it. */
export type Problem = {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors?: unknown[];
} & Record<string, unknown>;

/** The app of one test file, on a table of its own, with development tokens for every role. */
export interface RouteApp {
  app: ReturnType<typeof createApp>;
  store: Store;
  tokens: DevTokens;
  /** Where the development signing key is (for tokens forged with it, see test/helpers/tokens.ts). */
  dataDir: string;
  call: (method: string, url: string, options?: RouteCall) => Promise<RouteAnswer>;
}

/**
 * The sample data at a small scale (5 projects an edition, about 30 firms): small enough to import in
 * about a second, with every section filled.
 */
export const smallSample = (): ImportDocument => generateSampleData({ scale: 0.05 });

/**
 * Builds the real app in process on a fresh DynamoDB Local table, imported from `seed` when given.
 * @example const routes = await routeApp('budget', { seed: smallSample() });
 */
export async function routeApp(
  prefix: string,
  options: { seed?: ImportDocument; devTokens?: boolean; now?: () => Date } = {},
): Promise<RouteApp> {
  const store = await freshStore(prefix);
  if (options.seed) {
    const imported = await runImport(store, options.seed, { dryRun: false, who: 'seed' });
    if (!imported.ok) throw new Error(`the seed did not import: ${JSON.stringify(imported.rejection)}`);
  }
  const dataDir = mkdtempSync(path.join(tmpdir(), `spring-${prefix}-`));
  const tokens = await openDevTokens(dataDir);
  const app = createApp({
    version: 'test',
    store,
    authenticate: verifyingAuthenticator(tokens.verify),
    ...(options.devTokens ? { devTokens: tokens } : {}),
    ...(options.now ? { now: options.now } : {}),
  });
  const signed = new Map<Role, string>();
  const tokenFor = async (role: Role) => {
    const token = signed.get(role) ?? (await tokens.sign(role));
    signed.set(role, token);
    return token;
  };
  const call = async (method: string, url: string, sent: RouteCall = {}): Promise<RouteAnswer> => {
    const headers: Record<string, string> = { ...sent.headers };
    const token = sent.token ?? (sent.role ? await tokenFor(sent.role) : undefined);
    if (token) headers.authorization = `Bearer ${token}`;
    const body = sent.rawBody ?? (sent.body === undefined ? undefined : JSON.stringify(sent.body));
    if (body !== undefined) headers['content-type'] ??= 'application/json';
    const response = await app.request(url, { method, headers, ...(body === undefined ? {} : { body }) });
    const text = await response.text();
    const contentType = response.headers.get('content-type');
    return {
      status: response.status,
      headers: response.headers,
      contentType,
      body: contentType?.includes('json') && text !== '' ? JSON.parse(text) : text,
    };
  };
  return { app, store, tokens, dataDir, call };
}

/** The problem document of an error answer, after checking its media type and status agree. */
export function problemOf(answer: RouteAnswer): Problem {
  if (answer.contentType !== 'application/problem+json') {
    throw new Error(
      `expected application/problem+json, got ${answer.contentType} (${answer.status}): ${JSON.stringify(answer.body)}`,
    );
  }
  const problem = answer.body as Problem;
  if (problem.status !== answer.status)
    throw new Error(`problem status ${problem.status} differs from ${answer.status}`);
  return problem;
}

/** The detail of the 401 a request without a token gets. */
export const SIGN_IN_FIRST = 'Sign in first: this request needs an Authorization: Bearer token';

/** The problem a request without a token gets. */
export const unauthorizedProblem = {
  type: 'urn:spring:problem:ERR_UNAUTHORIZED',
  title: 'Unauthorized',
  status: 401,
  detail: SIGN_IN_FIRST,
};

/** The problem a caller with too low a role gets. */
export const forbiddenProblem = (needed: Role, held: string) => ({
  type: 'urn:spring:problem:ERR_FORBIDDEN',
  title: 'Forbidden',
  status: 403,
  detail: `This needs the ${needed} role; you have ${held}`,
});

/** The 400 problem of a request failing its schema, built as rejectInvalid builds it. */
export function validationProblem(errors: { field: string; message: string }[]) {
  return {
    type: 'urn:spring:problem:ERR_VALIDATION',
    title: 'Bad Request',
    status: 400,
    detail: `The request has ${errors.length === 1 ? 'a problem' : `${errors.length} problems`}: ${errors.map((e) => `${e.field}: ${e.message}`).join('; ')}`,
    errors,
  };
}
