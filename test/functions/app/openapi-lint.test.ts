import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createApp } from '../../../functions/app/create-app';
import { verifyingAuthenticator } from '../../../functions/auth/authenticators';
import { openDevTokens } from '../../../functions/auth/dev-tokens';
import { openStore } from '../../../functions/data/store';
import { APP_VERSION } from '../../../functions/version';
import { dynamoEndpoint, uniqueTable } from '../../helpers/store';

const ROOT = path.resolve(__dirname, '../../..');
// @redocly/cli bundles its linter (there is no @redocly/openapi-core to import), so it runs as a child process.
const REDOCLY = path.join(ROOT, 'node_modules/@redocly/cli/bin/cli.js');

interface LintProblem {
  ruleId: string;
  severity: string;
  message: string;
  location: { pointer?: string }[];
}
interface LintReport {
  totals: { errors: number; warnings: number; ignored: number };
  problems: LintProblem[];
}

type Operation = { operationId?: string; security?: unknown[] };
type Document = { paths: Record<string, Record<string, Operation>> };

let work: string;
let document: Document;
let file: string;

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'openapi-lint-'));
  // The local server's app, so that the development sign-in is in the contract too; the store is never read.
  const devTokens = await openDevTokens(work);
  const app = createApp({
    version: APP_VERSION,
    store: openStore({ endpoint: dynamoEndpoint() }, uniqueTable('openapi_lint')),
    authenticate: verifyingAuthenticator(devTokens.verify),
    devTokens,
  });
  const response = await app.request('/v1/openapi.json');
  expect(response.status).toBe(200);
  document = (await response.json()) as Document;
  file = path.join(work, 'openapi.json');
  writeFileSync(file, JSON.stringify(document, null, 2));
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs `redocly lint` with the repository's redocly.yaml on the written document. */
function lint(): LintReport {
  const result = spawnSync(
    process.execPath,
    [REDOCLY, 'lint', file, '--config', path.join(ROOT, 'redocly.yaml'), '--format=json'],
    // redocly.yaml already turns telemetry off; the variables keep the run offline and quiet regardless.
    {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
    },
  );
  if (result.error) throw result.error;
  const start = result.stdout.indexOf('{');
  if (start < 0) throw new Error(`redocly lint printed no report (exit ${result.status}):\n${result.stderr}`);
  return JSON.parse(result.stdout.slice(start)) as LintReport;
}

describe('the OpenAPI contract', () => {
  it("passes Redocly's recommended lint rules with no error and no warning", () => {
    const report = lint();
    const problems = report.problems.map(
      (problem) =>
        `${problem.severity} ${problem.ruleId} at ${problem.location[0]?.pointer ?? '?'}: ${problem.message}`,
    );

    expect(problems).toEqual([]);
    expect(report.totals).toEqual({ errors: 0, warnings: 0, ignored: 0 });
  });

  it('keeps the operation ids that generated clients are built on', () => {
    const ids = Object.entries(document.paths).flatMap(([route, operations]) =>
      Object.entries(operations).map(
        ([method, operation]) => `${method.toUpperCase()} ${route} ${operation.operationId}`,
      ),
    );

    expect(ids.sort()).toEqual(
      [
        'GET /v1/health getHealth',
        'POST /v1/dev/token createDevToken',
        'GET /v1/editions listEditions',
        'GET /v1/editions/{id}/projects listEditionProjects',
        'GET /v1/editions/{id}/firms listEditionFirms',
        'GET /v1/editions/{id}/indicators getEditionIndicators',
        'GET /v1/editions/{id}/budget listBudgetLines',
        'PATCH /v1/editions/{id}/budget/{lineId} updateBudgetLine',
        'GET /v1/editions/{id}/budget/{lineId}/history listBudgetLineHistory',
        'GET /v1/firms/{id} getFirm',
        'POST /v1/firms/batch getFirmsBatch',
        'GET /v1/firms/{id}/exports listFirmExports',
        'POST /v1/import importDocument',
        'GET /v1/imports listImports',
        'GET /v1/effects getEffects',
      ].sort(),
    );
  });

  it('marks the public routes as needing no sign-in and every other one as needing a bearer token', () => {
    const security = Object.fromEntries(
      Object.entries(document.paths).flatMap(([route, operations]) =>
        Object.entries(operations).map(([method, operation]) => [
          `${method.toUpperCase()} ${route}`,
          operation.security,
        ]),
      ),
    );

    expect(security['GET /v1/health']).toEqual([]);
    expect(security['POST /v1/dev/token']).toEqual([]);
    const signedIn = Object.entries(security).filter(
      ([operation]) => operation !== 'GET /v1/health' && operation !== 'POST /v1/dev/token',
    );
    expect(signedIn).toHaveLength(13);
    for (const [, requirement] of signedIn) expect(requirement).toEqual([{ bearerAuth: [] }]);
  });
});
