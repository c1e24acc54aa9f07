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
import { goodClaims, signWithServerKey } from './tokens';

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
  options: {
    seed?: ImportDocument;
    devTokens?: boolean;
    now?: () => Date;
    /** Wraps the store the app uses (e.g. to inject a fault or a race); `store` stays the real one. */
    wrapStore?: (store: Store) => Store;
  } = {},
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
    store: options.wrapStore ? options.wrapStore(store) : store,
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

/**
 * The app of one test file, built before its tests by `beforeAll` (see {@link routeApp}); its members
 * may be read only inside tests and hooks.
 * @example const routes = useRouteApp('routes_budget', { seed: smallSample() });
 */
export function useRouteApp(prefix: string, options: Parameters<typeof routeApp>[1] = {}): RouteApp {
  let built: RouteApp | undefined;
  beforeAll(async () => {
    built = await routeApp(prefix, options);
  });
  const ready = (): RouteApp => {
    if (!built) throw new Error(`the ${prefix} app is read before beforeAll built it`);
    return built;
  };
  return {
    get app() {
      return ready().app;
    },
    get store() {
      return ready().store;
    },
    get tokens() {
      return ready().tokens;
    },
    get dataDir() {
      return ready().dataDir;
    },
    call: (method, url, sent) => ready().call(method, url, sent),
  };
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

/**
 * The app of one test file seeded with {@link smallSample} (see {@link useRouteApp}), and a GET of it as
 * an officer.
 * @example const { sample, routes, get } = useSampleRouteApp('routes_firms');
 */
export function useSampleRouteApp(prefix: string, options: { now?: () => Date } = {}) {
  const sample = smallSample();
  const routes = useRouteApp(prefix, { ...options, seed: sample });
  const get = (url: string) => routes.call('GET', url, { role: 'officer' });
  return { sample, routes, get };
}

/** Checks that `answer` is the problem `expected`, its status first (for a readable failure). */
export function expectProblem(
  answer: RouteAnswer,
  expected: Record<string, unknown> & { status: number },
): void {
  expect(answer.status).toBe(expected.status);
  expect(problemOf(answer)).toEqual(expected);
}

/** The title of each status the API answers with a problem. */
const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  412: 'Precondition Failed',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  428: 'Precondition Required',
};

/**
 * The problem document of code `ERR_<code>` with its status's title.
 * @example problem('NOT_FOUND', 404, 'No firm with id F9999')
 */
export function problem<Extra extends Record<string, unknown>>(
  code: string,
  status: number,
  detail: unknown,
  extra?: Extra,
) {
  const title = TITLES[status];
  if (!title) throw new Error(`no title known for status ${status}`);
  return { type: `urn:spring:problem:ERR_${code}`, title, status, detail, ...extra };
}

/** The 404 problem with `detail`. */
export const notFoundProblem = (detail: string) => problem('NOT_FOUND', 404, detail);

/** The 404 problem of an edition id the sample does not have. */
export const unknownEditionProblem = (id: string) =>
  notFoundProblem(`No edition ${id}: the editions are 2006, 2007, 2008 and 2009-2010`);

/** The 400 problem of a body that is not JSON. */
export const malformedJsonProblem = problem(
  'MALFORMED_JSON',
  400,
  expect.stringMatching(/^The request body is not valid JSON: /),
);

/** A 400 problem of code `ERR_<code>` about one field, whose detail is the message about that field. */
export const fieldProblem = (code: string, field: string, message: string) =>
  problem(code, 400, message, { errors: [{ field, message }] });

/** The test that `method url` refuses `rawBody`, which is not JSON, with 400 ERR_MALFORMED_JSON. */
export function itRefusesMalformedJson(
  routes: RouteApp,
  [method, url]: readonly [method: string, url: string],
  sent: { rawBody: string; role?: Role },
): void {
  it('refuses malformed JSON with 400 ERR_MALFORMED_JSON', async () => {
    const answer = await routes.call(method, url, sent);

    expectProblem(answer, malformedJsonProblem);
  });
}

/** The 400 problem of a cursor this service did not hand out for this listing. */
export const invalidCursorProblem = (message: string) =>
  fieldProblem('INVALID_CURSOR', 'query.cursor', message);

/** The detail of the 401 a request without a token gets. */
export const SIGN_IN_FIRST = 'Sign in first: this request needs an Authorization: Bearer token';

/** The problem a request without a token gets. */
export const unauthorizedProblem = problem('UNAUTHORIZED', 401, SIGN_IN_FIRST);

/** The problem a caller with too low a role gets. */
export const forbiddenProblem = (needed: Role, held: string) =>
  problem('FORBIDDEN', 403, `This needs the ${needed} role; you have ${held}`);

/** The 400 problem of a request failing its schema, built as rejectInvalid builds it. */
export function validationProblem(errors: { field: string; message: string }[]) {
  return problem(
    'VALIDATION',
    400,
    `The request has ${errors.length === 1 ? 'a problem' : `${errors.length} problems`}: ${errors.map((e) => `${e.field}: ${e.message}`).join('; ')}`,
    { errors },
  );
}

/**
 * The 400 problem of an id in the path that cannot be one; `got` is the id as the message quotes it.
 * @example badIdProblem('path.id', 'edition', "'2008?'")
 */
export const badIdProblem = (field: string, name: string, got: string) =>
  validationProblem([
    { field, message: `${name} must be 1 to 64 characters: letters, digits, '.', '_' or '-' (got ${got})` },
  ]);

/** The roles, lowest first (spelled out: shared/schemas loaded before @hono/zod-openapi leaves its schemas without .openapi()). */
export const ROLES: readonly Role[] = ['officer', 'finance', 'admin'];

/** A route behind sign-in: its method, a URL of it, the lowest role it lets in, and a body to send it. */
export type GuardedRoute = readonly [method: string, url: string, lowest: Role, body?: unknown];

/**
 * The sign-in checks of a module's routes: each answers 401 without a token, and 403 to a token with no
 * Spring role and to every role below its lowest.
 * @example describeSignIn('the budget routes', routes, [['GET', '/v1/editions/2008/budget', 'officer']]);
 */
export function describeSignIn(what: string, routes: RouteApp, guarded: readonly GuardedRoute[]): void {
  const rows = guarded.map(([method, url, lowest, body]): [string, string, Role, unknown] => [
    method,
    url,
    lowest,
    body,
  ]);
  const below = rows.flatMap(([method, url, lowest, body]) =>
    ROLES.slice(0, ROLES.indexOf(lowest)).map((held): [string, string, Role, Role, unknown] => [
      method,
      url,
      held,
      lowest,
      body,
    ]),
  );
  describe(`signing in to ${what}`, () => {
    it.each(rows)('%s %s answers 401 without a token', async (method, url, _lowest, body) => {
      const answer = await routes.call(method, url, { body });

      expectProblem(answer, unauthorizedProblem);
      expect(answer.headers.get('www-authenticate')).toBe('Bearer error="invalid_token"');
    });

    it.each(rows)(
      '%s %s answers 403 to a token with no role or only roles foreign to Spring',
      async (method, url, lowest, body) => {
        for (const roles of [[], ['superuser']] as string[][]) {
          const token = await signWithServerKey(routes.dataDir, goodClaims(roles));

          const answer = await routes.call(method, url, { token, body });

          expectProblem(answer, forbiddenProblem(lowest, 'no Spring role'));
        }
      },
    );

    if (below.length > 0)
      it.each(below)('%s %s answers 403 to %s', async (method, url, held, lowest, body) => {
        const answer = await routes.call(method, url, { role: held, body });

        expectProblem(answer, forbiddenProblem(lowest, held));
      });
  });
}
