import { EffectsSchema } from '../../../../shared/api/effects';
import { EditionIndicatorsSchema } from '../../../../shared/api/edition-indicators';
import { editionIndicators, programmeEffects } from '../../../../shared/edition';
import type { EditionIndicators } from '../../../../shared/edition';
import { historiesOf } from '../../../helpers/import-documents';
import { conformanceChecker } from '../../../helpers/openapi-conformance';
import {
  describeSignIn,
  expectProblem,
  useSampleRouteApp,
  validationProblem,
} from '../../../helpers/route-app';
import { goodClaims, signWithServerKey } from '../../../helpers/tokens';

const { sample, routes, get } = useSampleRouteApp('routes_effects');
const EDITION_IDS = (sample.editions ?? []).map((e) => e.id).sort();

/** The indicators of an edition computed in process from the sample document, as the route should. */
function expectedIndicators(id: string, localK?: number): EditionIndicators {
  const editions = sample.editions ?? [];
  const edition = editions.find((e) => e.id === id);
  if (!edition) throw new Error(`no edition ${id}`);
  const callYear = new Map(editions.map((e) => [e.id, e.callYear]));
  // in the store's order (firm id, project id), so that sums add up in the same order.
  const applications = [...(sample.applications ?? [])].sort((a, b) => a.firmId.localeCompare(b.firmId));
  return editionIndicators({
    edition,
    projects: (sample.projects ?? [])
      .filter((p) => p.edition === id)
      .sort((a, b) => a.id.localeCompare(b.id)),
    applications: applications.filter((a) => a.edition === id),
    otherApplications: applications
      .filter((a) => a.edition !== id)
      .map((a) => ({ firmId: a.firmId, status: a.status, callYear: callYear.get(a.edition) ?? 0 })),
    firms: historiesOf(sample),
    budget: (sample.budget ?? []).filter((line) => line.edition === id),
    ...(localK === undefined ? {} : { localK }),
  });
}

describe('GET /v1/effects', () => {
  it('answers every edition’s main effect, as the indicators route has it, and their pooled average', async () => {
    const answer = await get('/v1/effects');

    expect(answer.status).toBe(200);
    const body = EffectsSchema.parse(answer.body);
    expect(body.editions.map((e) => e.edition)).toEqual(EDITION_IDS);
    for (const { edition, exporting, markets, intensity } of body.editions) {
      const indicators = EditionIndicatorsSchema.parse(
        (await get(`/v1/editions/${edition}/indicators`)).body,
      );
      expect({ exporting, markets, intensity }).toEqual(indicators.effect);
    }
    expect(body.pooled).toEqual(programmeEffects(body.editions).pooled);
  });

  it('gives the effects computed in process from the sample, contamination across editions included', async () => {
    const body = EffectsSchema.parse((await get('/v1/effects')).body);

    for (const { edition, exporting } of body.editions)
      expect(exporting).toEqual(expectedIndicators(edition).effect.exporting);
  });
});

describeSignIn('the effect routes', routes, [['GET', '/v1/effects', 'officer']]);

describe('GET /v1/editions/{id}/indicators with the programme effect', () => {
  it('computes every key as editionIndicators does on the sample, with every edition’s applications', async () => {
    for (const id of EDITION_IDS) {
      const answer = await get(`/v1/editions/${id}/indicators`);

      expect(answer.status).toBe(200);
      expect(answer.body).toEqual(JSON.parse(JSON.stringify(expectedIndicators(id))));
    }
  });

  it.each([2, 7, 200])('takes ?local=%s as K of the local effect', async (k) => {
    const answer = await get(`/v1/editions/2008/indicators?local=${k}`);

    expect(answer.status).toBe(200);
    const body = EditionIndicatorsSchema.parse(answer.body);
    expect(body.local).toEqual(JSON.parse(JSON.stringify(expectedIndicators('2008', k).local)));
    expect(body.local.k).toBe(k);
  });

  it.each([
    ['1', 'local must be a whole number from 2 to 200'],
    ['201', 'local must be a whole number from 2 to 200'],
    ['0', 'local must be a whole number from 2 to 200'],
    ['ten', 'local must be a whole number from 2 to 200 (got "ten")'],
    ['2.5', 'local must be a whole number from 2 to 200 (got "2.5")'],
    ['', 'local must be a whole number from 2 to 200 (got "")'],
  ])('refuses local=%s with 400 naming query.local and the bounds', async (local, message) => {
    const answer = await get(`/v1/editions/2008/indicators?local=${local}`);

    expectProblem(answer, validationProblem([{ field: 'query.local', message }]));
  });
});

describe('the OpenAPI contract of the effect routes', () => {
  it('declares every answer the routes give, bodies included', async () => {
    const check = await conformanceChecker((await routes.call('GET', '/v1/openapi.json')).body);
    const token = await signWithServerKey(routes.dataDir, goodClaims(['superuser']));
    const calls = [
      () => get('/v1/effects'),
      () => get('/v1/editions/2008/indicators'),
      () => get('/v1/editions/2006/indicators?local=3'),
      () => get('/v1/editions/2008/indicators?local=1'),
      () => routes.call('GET', '/v1/effects'),
      () => routes.call('GET', '/v1/effects', { token }),
    ];
    const urls = [
      '/v1/effects',
      '/v1/editions/2008/indicators',
      '/v1/editions/2006/indicators',
      '/v1/editions/2008/indicators',
      '/v1/effects',
      '/v1/effects',
    ];

    const problems = [];
    for (const [i, call] of calls.entries()) {
      const answer = await call();
      problems.push(
        check({
          method: 'GET',
          url: urls[i] ?? '',
          status: answer.status,
          contentType: answer.contentType,
          body: answer.body,
        }),
      );
    }

    expect(problems).toEqual(calls.map(() => undefined));
  });
});
