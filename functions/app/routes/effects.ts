import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { EffectsSchema } from '../../../shared/api/effects';
import { programmeEffects, type ProgrammeEffects } from '../../../shared/edition';
import { getEditions, getEditionsApplications, type EditionApplications } from '../../data/editions';
import { POOLED_RESULT_KEY } from '../../data/keys';
import { currentResult } from '../../data/results';
import type { AppDeps } from '../deps';
import type { AppEnv } from '../env';
import { requireRole } from '../middleware/auth';
import { BEARER, json, SIGNED_IN_PROBLEMS } from '../responses';
import { resultVersion, storedIndicators } from './editions';

const effectsRoute = createRoute({
  operationId: 'getEffects',
  tags: ['editions'],
  security: BEARER,
  middleware: requireRole('officer'),
  method: 'get',
  path: '/v1/effects',
  summary: "Every edition's programme effect and their pooled average",
  responses: {
    200: json(EffectsSchema, 'The effects, by edition and pooled'),
    ...SIGNED_IN_PROBLEMS,
  },
});

/**
 * Registers `GET /v1/effects` (officer): the main effect of every edition, and pooled. The answer is
 * stored like each edition's indicators, and made from them (docs/architecture.md, "Decisions").
 */
export function registerEffects(app: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  const { store } = deps;
  app.openapi(effectsRoute, async (c) => {
    const effects = await currentResult<ProgrammeEffects>(store, {
      key: POOLED_RESULT_KEY,
      appVersion: resultVersion(deps),
      ...(deps.now ? { now: deps.now } : {}),
      compute: async (dataVersion) => {
        const editions = await getEditions(store, { consistent: true });
        // One read of every edition's applications for the editions computed here.
        let all: Promise<EditionApplications[]> | undefined;
        const applications = () => (all ??= getEditionsApplications(store, { consistent: true }));
        const effectsByEdition = await Promise.all(
          editions.map(async (edition) => ({
            edition: edition.id,
            ...(await storedIndicators(deps, edition.id, { dataVersion, applications })).effect,
          })),
        );
        return programmeEffects(effectsByEdition);
      },
    });
    return c.json(effects, 200);
  });
}
