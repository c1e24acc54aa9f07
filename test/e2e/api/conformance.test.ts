import { conformanceChecker } from '../../helpers/openapi-conformance';
import { useApiServer } from '../../helpers/api-server';

const served = useApiServer({ SPRING_SEED: 'false' });

describe('the conformance check every API test file ends with', () => {
  it('accepts a response the contract allows, and names what is wrong in one it does not', async () => {
    const check = await conformanceChecker((await served.api.get('/v1/openapi.json')).body);
    const health = (body: unknown, status = 200) => ({
      method: 'GET',
      url: '/v1/health',
      status,
      contentType: 'application/json',
      body,
    });

    expect(check(health({ status: 'ok', version: '1.0.0', dataset: 'empty' }))).toBeUndefined();
    expect(check(health({ status: 'fine', version: '1.0.0', dataset: 'empty' }))).toMatch(
      /^GET \/v1\/health 200: data\/status must be equal to one of the allowed values$/,
    );
    expect(check(health({}, 418))).toBe('GET /v1/health answered 418, which the contract does not declare');
    expect(
      check({ method: 'GET', url: '/v1/secrets', status: 200, contentType: 'application/json', body: {} }),
    ).toBe('GET /v1/secrets: no such path in the contract');
  });
});
