import { Match } from 'aws-cdk-lib/assertions';
import { logicalIdOf, only, synthesize, TEST_ENTRA } from '../../synth';

const dev = synthesize('dev');
const prod = synthesize('prod');

type Route = { RouteKey: string; AuthorizationType: string; AuthorizationScopes?: string[] };
const routes = (synth: typeof dev) =>
  Object.values(synth.template.findResources('AWS::ApiGatewayV2::Route')).map(
    (resource) => resource.Properties as Route,
  );

describe('the HTTP API (infra/lib/api/spring-http-api.ts)', () => {
  it("checks Entra ID v2.0 access tokens for the API: the tenant's issuer and the API's app id as audience", () => {
    prod.template.hasResourceProperties('AWS::ApiGatewayV2::Authorizer', {
      AuthorizerType: 'JWT',
      IdentitySource: ['$request.header.Authorization'],
      JwtConfiguration: {
        Issuer: `https://login.microsoftonline.com/${TEST_ENTRA.tenantId}/v2.0`,
        Audience: [TEST_ENTRA.apiAppId],
      },
    });
  });

  it("requires the token and the API's scope on every /v1 route but health and openapi.json", () => {
    const authorizer = only(prod.template, 'AWS::ApiGatewayV2::Authorizer').id;

    prod.template.hasResourceProperties('AWS::ApiGatewayV2::Route', {
      RouteKey: 'ANY /v1/{proxy+}',
      AuthorizationType: 'JWT',
      AuthorizerId: { Ref: authorizer },
      AuthorizationScopes: [TEST_ENTRA.apiScope],
    });
    expect(routes(prod).filter((route) => route.AuthorizationType === 'JWT')).toHaveLength(1);
  });

  it('leaves only GET /v1/health and GET /v1/openapi.json open', () => {
    const open = routes(prod).filter((route) => route.AuthorizationType !== 'JWT');

    expect(open.map((route) => route.RouteKey).sort()).toEqual(['GET /v1/health', 'GET /v1/openapi.json']);
    expect(open.every((route) => route.AuthorizationType === 'NONE')).toBe(true);
  });

  it('has no /v1/dev/token route and no catch-all outside /v1', () => {
    const keys = routes(prod).map((route) => route.RouteKey);

    expect(keys.filter((key) => key.includes('dev') || key.includes('token'))).toEqual([]);
    expect(keys).not.toContain('$default');
    expect(keys.every((key) => key.split(' ')[1]?.startsWith('/v1/'))).toBe(true);
  });

  it("sends every route to the app's Lambda with payload format 2.0", () => {
    const integration = only(prod.template, 'AWS::ApiGatewayV2::Integration');
    const handler = logicalIdOf(prod.stack.handler.function);

    expect(integration.resource.Properties).toMatchObject({
      IntegrationType: 'AWS_PROXY',
      PayloadFormatVersion: '2.0',
      IntegrationUri: { 'Fn::GetAtt': [handler, 'Arn'] },
    });
    for (const route of Object.values(prod.template.findResources('AWS::ApiGatewayV2::Route'))) {
      expect(JSON.stringify(route.Properties)).toContain(integration.id);
    }
  });

  it('throttles the default stage, less in dev than in prod', () => {
    const throttle = (synth: typeof dev) =>
      (only(synth.template, 'AWS::ApiGatewayV2::Stage').resource.Properties as Record<string, unknown>)
        .DefaultRouteSettings;

    expect(throttle(dev)).toEqual({ ThrottlingRateLimit: 10, ThrottlingBurstLimit: 20 });
    expect(throttle(prod)).toEqual({ ThrottlingRateLimit: 50, ThrottlingBurstLimit: 100 });
  });

  it('writes one JSON access-log line per request to its log group, kept per environment', () => {
    const accessLogs = logicalIdOf(prod.stack.httpApi.accessLogs);
    const stage = only(prod.template, 'AWS::ApiGatewayV2::Stage').resource.Properties as {
      AccessLogSettings: { DestinationArn: unknown; Format: string };
    };

    expect(stage).toMatchObject({ StageName: '$default', AutoDeploy: true });
    expect(stage.AccessLogSettings.DestinationArn).toEqual({ 'Fn::GetAtt': [accessLogs, 'Arn'] });
    expect(JSON.parse(stage.AccessLogSettings.Format)).toMatchObject({
      requestId: '$context.requestId',
      status: '$context.status',
      authorizerError: '$context.authorizer.error',
    });
    prod.template.hasResourceProperties('AWS::Logs::LogGroup', { RetentionInDays: 365 });
    dev.template.hasResource('AWS::Logs::LogGroup', {
      Properties: { RetentionInDays: 7 },
      DeletionPolicy: 'Delete',
    });
    expect(prod.template.findResources('AWS::Logs::LogGroup')[accessLogs]).toMatchObject({
      Properties: { RetentionInDays: 365 },
      DeletionPolicy: 'Retain',
    });
  });

  it('takes the scope name from context', () => {
    const custom = synthesize('dev', { context: { apiScope: 'Workbench.Use' } });

    custom.template.hasResourceProperties('AWS::ApiGatewayV2::Route', {
      RouteKey: 'ANY /v1/{proxy+}',
      AuthorizationScopes: ['Workbench.Use'],
    });
    custom.template.hasResourceProperties('AWS::ApiGatewayV2::Route', {
      RouteKey: 'GET /v1/health',
      AuthorizationScopes: Match.absent(),
    });
  });
});
