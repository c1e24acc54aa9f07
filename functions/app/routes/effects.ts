import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { EffectsSchema } from '../../../shared/api/effects';
import { mainEffect, programmeEffects } from '../../../shared/edition';
import { getEditionsApplications } from '../../data/editions';
import { getFirms } from '../../data/firms';
import type { AppDeps } from '../deps';
import type { AppEnv } from '../env';
import { requireRole } from '../middleware/auth';
import { BEARER, json, SIGNED_IN_PROBLEMS } from '../responses';
import { otherApplications } from './editions';

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

/** Registers `GET /v1/effects` (officer): the main effect of every edition, and pooled. */
export function registerEffects(app: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  const { store } = deps;
  app.openapi(effectsRoute, async (c) => {
    const all = await getEditionsApplications(store);
    const firmIds = [...new Set(all.flatMap(({ applications }) => applications.map((a) => a.firmId)))];
    const firms = await getFirms(store, firmIds);
    const editions = all.map(({ edition, applications }) => ({
      edition: edition.id,
      ...mainEffect({
        edition,
        applications,
        otherApplications: otherApplications(all, edition.id),
        firms,
      }),
    }));
    return c.json(programmeEffects(editions), 200);
  });
}
