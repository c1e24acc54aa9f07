import { App } from 'aws-cdk-lib';
import {
  ENVIRONMENTS,
  InfraConfigError,
  PLACEHOLDER_ID,
  readDeploymentConfig,
} from '../../../infra/lib/config';
import { cdkJsonContext, TEST_ENTRA } from '../synth';

/** Reads the config from an app with exactly this context. */
const read = (context: Record<string, unknown>) => readDeploymentConfig(new App({ context }).node);

describe('deployment settings from context (infra/lib/config.ts)', () => {
  it("reads cdk.json's defaults: dev with placeholder ids, so that synth works offline", () => {
    expect(read(cdkJsonContext())).toEqual({
      envName: 'dev',
      entra: {
        tenantId: PLACEHOLDER_ID,
        apiAppId: PLACEHOLDER_ID,
        apiScope: 'access_as_user',
        addinAppId: PLACEHOLDER_ID,
      },
    });
  });

  it('reads the environment and the Entra ids given with -c', () => {
    expect(read({ ...TEST_ENTRA, env: 'prod' })).toEqual({ envName: 'prod', entra: TEST_ENTRA });
  });

  it.each([
    [
      'a missing tenant id',
      { ...TEST_ENTRA, tenantId: undefined },
      /missing context "tenantId": pass -c tenantId=/,
    ],
    [
      'an app id that is no GUID',
      { ...TEST_ENTRA, apiAppId: 'my-api' },
      /"apiAppId" must be the application \(client\) id/,
    ],
    [
      'a scope with its URI (the scp claim has the bare name)',
      { ...TEST_ENTRA, apiScope: 'api://x/access_as_user' },
      /"apiScope" must be the scope/,
    ],
    [
      'an unknown environment',
      { ...TEST_ENTRA, env: 'staging' },
      /"env" must be one of dev, prod, not "staging"/,
    ],
    [
      "cdk.json's placeholder in prod",
      { ...TEST_ENTRA, env: 'prod', apiAppId: PLACEHOLDER_ID },
      /"apiAppId" is cdk.json's placeholder; prod needs/,
    ],
    [
      "the add-in's app id as cdk.json's placeholder in prod",
      { ...TEST_ENTRA, env: 'prod', addinAppId: PLACEHOLDER_ID },
      /"addinAppId" is cdk.json's placeholder; prod needs/,
    ],
    [
      'a domain without its certificate',
      { ...TEST_ENTRA, domainName: 'spring.example.it' },
      /"domainName" and "certificateArn" go together/,
    ],
    [
      'a certificate outside us-east-1',
      {
        ...TEST_ENTRA,
        domainName: 'spring.example.it',
        certificateArn: 'arn:aws:acm:eu-south-1:123456789012:certificate/abc',
      },
      /us-east-1/,
    ],
  ])('refuses %s, saying what to pass', (_case, context, message) => {
    expect(() => read(context)).toThrow(InfraConfigError);
    expect(() => read(context)).toThrow(message);
  });

  it('keeps prod data and logs longer, and throttles dev harder', () => {
    expect(ENVIRONMENTS.prod.deletionProtection).toBe(true);
    expect(ENVIRONMENTS.dev.deletionProtection).toBe(false);
    expect(ENVIRONMENTS.prod.logRetention).toBeGreaterThan(ENVIRONMENTS.dev.logRetention);
    expect(ENVIRONMENTS.prod.throttle.rateLimit).toBeGreaterThan(ENVIRONMENTS.dev.throttle.rateLimit);
  });
});
