import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import * as z from 'zod';
import { EditionIndicatorsSchema } from '../../../shared/api/edition-indicators';
import { EditionSummarySchema } from '../../../shared/api/editions';
import { EditionFirmSchema } from '../../../shared/api/firms';
import {
  idParam,
  listOf,
  PAGE_LIMIT_DEFAULT,
  PageQuerySchema,
  pageOf,
  queryInteger,
} from '../../../shared/api/params';
import { EDITION_IDS, ProjectSchema } from '../../../shared/schemas';
import {
  budgetRates,
  editionIndicators,
  LOCAL_K_DEFAULT,
  type EditionIndicators,
  type OtherApplication,
} from '../../../shared/edition';
import { listBudget } from '../../data/budget';
import {
  getEdition,
  getEditionContents,
  getEditions,
  getEditionsApplications,
  listApplications,
  type EditionApplications,
  listProjects,
} from '../../data/editions';
import { getFirms } from '../../data/firms';
import { editionResultKey } from '../../data/keys';
import { currentResult } from '../../data/results';
import type { Store } from '../../data/store';
import { HttpError } from '../../errors';
import { firmView } from '../../services/firm-view';
import type { AppDeps } from '../deps';
import type { AppEnv } from '../env';
import { requireRole } from '../middleware/auth';
import { BEARER, json, PROBLEMS, SIGNED_IN_PROBLEMS } from '../responses';

const EditionParams = z.strictObject({ id: idParam('edition') });
const officer = { tags: ['editions'], security: BEARER, middleware: requireRole('officer') };

const editionsRoute = createRoute({
  operationId: 'listEditions',
  ...officer,
  method: 'get',
  path: '/v1/editions',
  summary: 'The editions, with their budget totals',
  responses: { 200: json(listOf(EditionSummarySchema), 'Every edition in the store'), ...SIGNED_IN_PROBLEMS },
});

const projectsRoute = createRoute({
  operationId: 'listEditionProjects',
  ...officer,
  method: 'get',
  path: '/v1/editions/{id}/projects',
  summary: "A page of an edition's projects",
  request: { params: EditionParams, query: PageQuerySchema },
  responses: { 200: json(pageOf(ProjectSchema), 'One page'), ...SIGNED_IN_PROBLEMS, 404: PROBLEMS[404] },
});

const firmsRoute = createRoute({
  operationId: 'listEditionFirms',
  ...officer,
  method: 'get',
  path: '/v1/editions/{id}/firms',
  summary: "A page of an edition's firms, admitted and rejected, each with its application",
  request: { params: EditionParams, query: PageQuerySchema },
  responses: { 200: json(pageOf(EditionFirmSchema), 'One page'), ...SIGNED_IN_PROBLEMS, 404: PROBLEMS[404] },
});

/** Bounds of `?local=K`, the firms taken on each side of the cutoff by the local effect. */
export const LOCAL_K_MIN = 2;
export const LOCAL_K_MAX = 200;

const IndicatorsQuerySchema = z.strictObject({
  local: queryInteger('local', LOCAL_K_MIN, LOCAL_K_MAX)
    .optional()
    .describe(
      `K of the local effect: the K admitted with the lowest scores and the K rejected with the highest ` +
        `(${LOCAL_K_MIN} to ${LOCAL_K_MAX}, ${LOCAL_K_DEFAULT} when left out).`,
    ),
});

const indicatorsRoute = createRoute({
  operationId: 'getEditionIndicators',
  ...officer,
  method: 'get',
  path: '/v1/editions/{id}/indicators',
  summary: 'The edition indicators, the programme effect with its uncertainty among them',
  request: { params: EditionParams, query: IndicatorsQuerySchema },
  responses: {
    200: json(EditionIndicatorsSchema, 'The indicators'),
    ...SIGNED_IN_PROBLEMS,
    404: PROBLEMS[404],
  },
});

/** The edition, or a 404 naming the editions there are. */
export async function requireEdition(store: Store, id: string) {
  const edition = await getEdition(store, id);
  if (!edition)
    throw new HttpError(404, {
      code: 'ERR_NOT_FOUND',
      detail: `No edition ${id}: the editions are 2006, 2007, 2008 and 2009-2010`,
    });
  return edition;
}

/**
 * The applications to every edition but `editionId`, each with its edition's call year (the programme
 * effect's contamination check).
 */
export function otherApplications(
  all: readonly EditionApplications[],
  editionId: string,
): OtherApplication[] {
  return all.flatMap(({ edition, applications }) =>
    edition.id === editionId
      ? []
      : applications.map(({ firmId, status }) => ({ firmId, status, callYear: edition.callYear })),
  );
}

/**
 * Revision of the rules the stored results follow: changing how an indicator is computed without a new
 * app version still makes every stored result stale.
 */
const RESULT_RULES = 1;

/** The version a stored result is computed under: the app's, and the rules'. */
export const resultVersion = (deps: Pick<AppDeps, 'version'>) => `${deps.version}+rules.${RESULT_RULES}`;

/** How {@link computeIndicators} reads. */
interface IndicatorsReading {
  /** K of the local effect. */
  localK: number;
  /** Strongly consistent reads (for a result to be stored). */
  consistent?: boolean;
  /** Every edition's applications, when the caller shares one read of them between editions. */
  applications?: () => Promise<EditionApplications[]>;
}

/**
 * The indicators of edition `id` computed from its raw items: its partition, every edition's
 * applications and its firms. A 404 when there is no such edition.
 */
async function computeIndicators(
  store: Store,
  id: string,
  { localK, consistent = false, applications }: IndicatorsReading,
): Promise<EditionIndicators> {
  const [contents, all] = await Promise.all([
    getEditionContents(store, id, { consistent }),
    applications ? applications() : getEditionsApplications(store, { consistent }),
  ]);
  const edition = contents.edition ?? (await requireEdition(store, id));
  const firmIds = [...new Set([...contents.projects, ...contents.applications].map((entry) => entry.firmId))];
  const firms = await getFirms(store, firmIds, { consistent });
  return editionIndicators({
    edition,
    projects: contents.projects,
    applications: contents.applications,
    otherApplications: otherApplications(all, id),
    firms,
    budget: contents.budget,
    localK,
  });
}

/**
 * The firm-based indicators of edition `id` at the default K (its budget rates left for the caller to
 * add, see {@link withBudgetRates}): stored, or computed once per data version and app version and stored
 * (docs/architecture.md, "Decisions"). A 404 when there is no such edition.
 */
export async function storedIndicators(
  deps: Pick<AppDeps, 'store' | 'version' | 'now'>,
  id: string,
  shared: { dataVersion?: number; applications?: () => Promise<EditionApplications[]> } = {},
): Promise<EditionIndicators> {
  const { store } = deps;
  return currentResult(store, {
    key: editionResultKey(id),
    appVersion: resultVersion(deps),
    ...(shared.dataVersion === undefined ? {} : { dataVersion: shared.dataVersion }),
    ...(deps.now ? { now: deps.now } : {}),
    compute: async () => {
      const indicators = await computeIndicators(store, id, {
        localK: LOCAL_K_DEFAULT,
        consistent: true,
        ...(shared.applications ? { applications: shared.applications } : {}),
      });
      // Budget lines change without an import: their rates are never stored.
      return { ...indicators, ...budgetRates([]) };
    },
  });
}

/** The indicators with the budget rates of the edition's lines as they are now. */
export const withBudgetRates = (
  indicators: EditionIndicators,
  lines: Parameters<typeof budgetRates>[0],
): EditionIndicators => ({ ...indicators, ...budgetRates(lines) });

/** Registers the edition routes. */
export function registerEditions(app: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  const { store } = deps;
  app.openapi(editionsRoute, async (c) => {
    const editions = await getEditions(store);
    const items = await Promise.all(
      editions.map(async (edition) => {
        const lines = await listBudget(store, edition.id);
        const sum = (field: 'allocated' | 'committed' | 'paid') =>
          lines.reduce((total, line) => total + line[field], 0);
        return {
          ...edition,
          budget: {
            allocated: sum('allocated'),
            committed: sum('committed'),
            paid: sum('paid'),
            lines: lines.length,
          },
        };
      }),
    );
    return c.json({ items }, 200);
  });

  app.openapi(projectsRoute, async (c) => {
    const { id } = c.req.valid('param');
    const { limit = PAGE_LIMIT_DEFAULT, cursor } = c.req.valid('query');
    await requireEdition(store, id);
    return c.json(await listProjects(store, id, limit, cursor), 200);
  });

  app.openapi(firmsRoute, async (c) => {
    const { id } = c.req.valid('param');
    const { limit = PAGE_LIMIT_DEFAULT, cursor } = c.req.valid('query');
    await requireEdition(store, id);
    const page = await listApplications(store, id, limit, cursor);
    const firms = await getFirms(
      store,
      page.items.map((application) => application.firmId),
    );
    const items = page.items.flatMap((application) => {
      const firm = firms.get(application.firmId);
      return firm ? [{ ...firmView(firm), application }] : [];
    });
    return c.json({ items, ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}) }, 200);
  });

  app.openapi(indicatorsRoute, async (c) => {
    const { id } = c.req.valid('param');
    const { local = LOCAL_K_DEFAULT } = c.req.valid('query');
    // Another K is computed on read, not stored.
    if (local !== LOCAL_K_DEFAULT) return c.json(await computeIndicators(store, id, { localK: local }), 200);
    // An id no edition can have is refused before any read.
    if (!(EDITION_IDS as readonly string[]).includes(id)) await requireEdition(store, id);
    const [indicators, lines] = await Promise.all([storedIndicators(deps, id), listBudget(store, id)]);
    return c.json(withBudgetRates(indicators, lines), 200);
  });
}
