import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import { HttpApi, HttpMethod, HttpStage, LogGroupLogDestination } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpJwtAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import { Validations } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import type { DeploymentConfig, EnvironmentSettings } from '../config';

/** The routes anyone may call: the API's health and its contract (docs/architecture.md, "The API"). */
export const PUBLIC_ROUTES = ['/v1/health', '/v1/openapi.json'] as const;

/** Properties of {@link SpringHttpApi}. */
export interface SpringHttpApiProps {
  handler: IFunction;
  entra: DeploymentConfig['entra'];
  settings: EnvironmentSettings;
}

/** One JSON line per request; `authorizerError` says why a token was refused. */
const ACCESS_LOG_FORMAT = JSON.stringify({
  requestId: '$context.requestId',
  ip: '$context.identity.sourceIp',
  requestTime: '$context.requestTime',
  method: '$context.httpMethod',
  path: '$context.path',
  routeKey: '$context.routeKey',
  status: '$context.status',
  protocol: '$context.protocol',
  responseLength: '$context.responseLength',
  integrationLatency: '$context.integrationLatency',
  integrationError: '$context.integrationErrorMessage',
  authorizerError: '$context.authorizer.error',
  subject: '$context.authorizer.claims.oid',
});

/**
 * The HTTP API in front of the app's Lambda. Every `/v1/*` request must carry an Entra ID v2.0 access token
 * for this API (issuer, audience, expiry and signature checked by API Gateway) with the API's scope in
 * `scp`, which ID tokens and tokens for other APIs lack; the app then checks roles from the verified claims.
 * Only health and openapi.json are public. No `$default` route: anything outside `/v1` is API Gateway's 404.
 */
export class SpringHttpApi extends Construct {
  readonly api: HttpApi;
  readonly stage: HttpStage;
  readonly accessLogs: LogGroup;

  constructor(scope: Construct, id: string, props: SpringHttpApiProps) {
    super(scope, id);
    const { entra, settings } = props;
    this.api = new HttpApi(this, 'Api', {
      description: 'Spring Workbench API v1',
      createDefaultStage: false,
    });
    this.accessLogs = new LogGroup(this, 'AccessLogs', {
      retention: settings.logRetention,
      removalPolicy: settings.removalPolicy,
    });
    this.stage = new HttpStage(this, 'DefaultStage', {
      httpApi: this.api,
      stageName: '$default',
      autoDeploy: true,
      throttle: settings.throttle,
      accessLogSettings: {
        destination: new LogGroupLogDestination(this.accessLogs),
        format: AccessLogFormat.custom(ACCESS_LOG_FORMAT),
      },
    });

    const integration = new HttpLambdaIntegration('Lambda', props.handler);
    const authorizer = new HttpJwtAuthorizer(
      'EntraId',
      `https://login.microsoftonline.com/${entra.tenantId}/v2.0`,
      { jwtAudience: [entra.apiAppId] },
    );
    this.api.addRoutes({
      path: '/v1/{proxy+}',
      methods: [HttpMethod.ANY],
      integration,
      authorizer,
      authorizationScopes: [entra.apiScope],
    });
    for (const path of PUBLIC_ROUTES) {
      const [route] = this.api.addRoutes({ path, methods: [HttpMethod.GET], integration });
      if (route) {
        Validations.of(route).acknowledge({
          id: 'AwsSolutions-APIG4',
          reason:
            'Public by design (docs/architecture.md, "The API"): the service status and the OpenAPI contract, which hold no data; ' +
            'every other route requires an Entra ID token.',
        });
      }
    }
  }

  /** The API's host name, for CloudFront's origin. */
  get domainName(): string {
    return `${this.api.apiId}.execute-api.${this.api.stack.region}.${this.api.stack.urlSuffix}`;
  }
}
