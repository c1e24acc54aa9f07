import { randomUUID } from 'node:crypto';
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import * as z from 'zod';
import { BudgetPatchSchema, etagOf, versionFromIfMatch } from '../../../shared/api/budget';
import { idParam, listOf } from '../../../shared/api/params';
import {
  AuditEntrySchema,
  BudgetLineSchema,
  checkBudgetInvariant,
  type BudgetLine,
} from '../../../shared/schemas';
import { budgetHistory, budgetUpdate, getBudgetLine, listBudget, writeBudgetUpdate } from '../../data/budget';
import type { Store } from '../../data/store';
import { HttpError, VersionConflictError } from '../../errors';
import type { AppDeps } from '../deps';
import type { AppEnv } from '../env';
import { requireRole } from '../middleware/auth';
import { displayedAs } from '../../auth/principal';
import { BEARER, BODY_PROBLEMS, json, PROBLEMS, SIGNED_IN_PROBLEMS } from '../responses';
import { requireEdition } from './editions';

const EditionParams = z.strictObject({ id: idParam('edition') });
const LineParams = z.strictObject({ id: idParam('edition'), lineId: idParam('lineId') });

const listRoute = createRoute({
  operationId: 'listBudgetLines',
  tags: ['budget'],
  security: BEARER,
  middleware: requireRole('officer'),
  method: 'get',
  path: '/v1/editions/{id}/budget',
  summary: "An edition's budget lines, each with its version for If-Match",
  request: { params: EditionParams },
  responses: { 200: json(listOf(BudgetLineSchema), 'The lines'), ...SIGNED_IN_PROBLEMS, 404: PROBLEMS[404] },
});

/** Reads `If-Match` before the body is looked at: missing -> 428, not a version -> 400. */
const ifMatchVersion: MiddlewareHandler<AppEnv> = async (c, next) => {
  const header = c.req.header('if-match');
  if (header === undefined) {
    throw new HttpError(428, {
      code: 'ERR_IF_MATCH_REQUIRED',
      detail:
        'Send If-Match with the version you edited (the line\'s ETag, e.g. "3"), so that no one\'s change is overwritten',
    });
  }
  const version = versionFromIfMatch(header);
  if (version === undefined) {
    const message = `If-Match must be the line's ETag, a quoted version such as "3" (got ${header})`;
    throw new HttpError(400, {
      code: 'ERR_VALIDATION',
      detail: message,
      errors: [{ field: 'header.if-match', message }],
    });
  }
  c.set('expectedVersion', version);
  await next();
};

const patchRoute = createRoute({
  operationId: 'updateBudgetLine',
  tags: ['budget'],
  security: BEARER,
  middleware: [requireRole('finance'), ifMatchVersion],
  method: 'patch',
  path: '/v1/editions/{id}/budget/{lineId}',
  summary: 'Change a budget line, on condition that it is still at the If-Match version',
  request: {
    params: LineParams,
    headers: z.object({ 'if-match': z.string().describe('The ETag of the version edited, e.g. "3"') }),
    body: { required: true, content: { 'application/json': { schema: BudgetPatchSchema } } },
  },
  responses: {
    200: {
      ...json(BudgetLineSchema, 'The line as now stored'),
      headers: { ETag: { schema: { type: 'string' }, description: 'The new version' } },
    },
    ...SIGNED_IN_PROBLEMS,
    404: PROBLEMS[404],
    412: PROBLEMS[412],
    422: PROBLEMS[422],
    ...BODY_PROBLEMS,
    428: PROBLEMS[428],
  },
});

const historyRoute = createRoute({
  operationId: 'listBudgetLineHistory',
  tags: ['budget'],
  security: BEARER,
  middleware: requireRole('officer'),
  method: 'get',
  path: '/v1/editions/{id}/budget/{lineId}/history',
  summary: "A budget line's audit entries, newest first",
  request: { params: LineParams },
  responses: {
    200: json(listOf(AuditEntrySchema), 'The entries'),
    ...SIGNED_IN_PROBLEMS,
    404: PROBLEMS[404],
  },
});

async function requireLine(store: Store, edition: string, lineId: string): Promise<BudgetLine> {
  await requireEdition(store, edition);
  const line = await getBudgetLine(store, edition, lineId);
  if (!line)
    throw new HttpError(404, {
      code: 'ERR_NOT_FOUND',
      detail: `Edition ${edition} has no budget line ${lineId}`,
    });
  return line;
}

const stale = (current: BudgetLine | undefined, expected: number) =>
  new HttpError(412, {
    code: 'ERR_STALE_VERSION',
    detail: `Someone changed this line since you read it: it is at version ${current?.version ?? '?'}, you edited version ${expected}. Compare with current and send your change again with If-Match: "${current?.version ?? ''}"`,
    extra: { current },
  });

/** Registers the budget routes. */
export function registerBudget(app: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  const { store } = deps;
  const now = deps.now ?? (() => new Date());

  app.openapi(listRoute, async (c) => {
    const { id } = c.req.valid('param');
    await requireEdition(store, id);
    return c.json({ items: await listBudget(store, id) }, 200);
  });

  app.openapi(patchRoute, async (c) => {
    const { id, lineId } = c.req.valid('param');
    const expected = c.var.expectedVersion;
    const current = await requireLine(store, id, lineId);
    if (current.version !== expected) throw stale(current, expected);
    const patch = c.req.valid('json');
    const amounts = {
      allocated: current.allocated,
      committed: current.committed,
      paid: current.paid,
      ...patch,
    };
    const problems = checkBudgetInvariant(amounts);
    if (problems.length > 0) {
      throw new HttpError(422, {
        code: 'ERR_BUDGET_INVARIANT',
        detail: `The line would break 0 <= paid <= committed <= allocated: ${problems.map((p) => p.message).join('; ')}`,
        errors: problems.map((p) => ({ field: `body.${p.field}`, message: p.message })),
      });
    }
    const { version: _version, updatedAt: _at, updatedBy: _by, ...fields } = current;
    const update = budgetUpdate(
      current,
      { ...fields, ...amounts },
      {
        who: c.var.principal.subject,
        updatedBy: displayedAs(c.var.principal),
        at: now().toISOString(),
        auditId: randomUUID(),
      },
    );
    const { line } = update;
    try {
      await writeBudgetUpdate(store, update);
    } catch (error) {
      if (error instanceof VersionConflictError)
        throw stale(error.current as BudgetLine | undefined, expected);
      throw error;
    }
    c.header('ETag', etagOf(line.version));
    return c.json(line, 200);
  });

  app.openapi(historyRoute, async (c) => {
    const { id, lineId } = c.req.valid('param');
    await requireLine(store, id, lineId);
    return c.json({ items: await budgetHistory(store, id, lineId) }, 200);
  });
}
