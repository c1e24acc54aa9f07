import { setDatasetLabel } from '../../../../functions/data/imports';
import { expectProblem, notFoundProblem, useRouteApp } from '../../../helpers/route-app';

const routes = useRouteApp('routes_health');

describe('GET /v1/health', () => {
  it('answers ok, the version and "empty" before any import, without a token', async () => {
    const answer = await routes.call('GET', '/v1/health');

    expect(answer.status).toBe(200);
    expect(answer.contentType).toBe('application/json');
    expect(answer.body).toEqual({ status: 'ok', version: 'test', dataset: 'empty' });
  });

  it('does not look at the token: a broken one gets the same answer', async () => {
    const answer = await routes.call('GET', '/v1/health', { token: 'not-a-jwt' });

    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ status: 'ok', version: 'test', dataset: 'empty' });
  });

  it("names the dataset of the store's last import", async () => {
    await setDatasetLabel(routes.store, 'synthetic sample', '2026-11-25T00:00:00.000Z');

    const answer = await routes.call('GET', '/v1/health', { role: 'officer' });

    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ status: 'ok', version: 'test', dataset: 'synthetic sample' });
  });

  it('answers 404 as a problem to a method it does not serve', async () => {
    const answer = await routes.call('POST', '/v1/health', { body: {} });

    expectProblem(answer, notFoundProblem('No such resource: POST /v1/health'));
  });
});
