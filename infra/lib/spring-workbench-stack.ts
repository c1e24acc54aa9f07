import { CfnOutput, Stack, Tags, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { SpringFunction } from './api/spring-function';
import { SpringHttpApi } from './api/spring-http-api';
import { ENVIRONMENTS, type DeploymentConfig } from './config';
import { SpringTable } from './data/spring-table';
import { SiteHosting } from './hosting/site-hosting';
import { OUTPUTS } from './outputs';

export { OUTPUTS };

/** Properties of {@link SpringWorkbenchStack}. */
export interface SpringWorkbenchStackProps extends StackProps {
  config: DeploymentConfig;
  /** The build's outputs: dist/functions (the Lambda bundle) and dist/addin (the add-in). */
  artifacts: { functionsDir: string; addinDir: string };
}

/** The stack's name for an environment. */
export const stackName = (config: DeploymentConfig) => `SpringWorkbench-${config.envName}`;

/**
 * One environment of Spring Workbench (docs/architecture.md, "Deployment"): the DynamoDB table, the API (Lambda behind an
 * HTTP API with a JWT authorizer) and the hosting (S3 + CloudFront, one origin for pages and API).
 * One stack, so one `cdk deploy` and no cross-stack exports to untangle; the table is protected on its own
 * (deletion protection and RETAIN in prod).
 */
export class SpringWorkbenchStack extends Stack {
  readonly data: SpringTable;
  readonly handler: SpringFunction;
  readonly httpApi: SpringHttpApi;
  readonly hosting: SiteHosting;

  constructor(scope: Construct, id: string, props: SpringWorkbenchStackProps) {
    super(scope, id, props);
    const { config, artifacts } = props;
    const settings = ENVIRONMENTS[config.envName];
    Tags.of(this).add('project', 'spring-workbench');
    Tags.of(this).add('environment', config.envName);

    this.data = new SpringTable(this, 'Data', { settings });
    this.handler = new SpringFunction(this, 'ApiHandler', {
      codeDir: artifacts.functionsDir,
      description: `Spring Workbench API v1 (${config.envName})`,
      settings,
    });
    this.handler.grantDataAccess(this.data.table);
    this.httpApi = new SpringHttpApi(this, 'Api', {
      handler: this.handler.function,
      entra: config.entra,
      settings,
    });
    this.hosting = new SiteHosting(this, 'Hosting', {
      addinDir: artifacts.addinDir,
      apiDomainName: this.httpApi.domainName,
      settings,
      authConfig: {
        mode: 'entra',
        tenantId: config.entra.tenantId,
        clientId: config.entra.addinAppId,
        scopes: [`api://${config.entra.apiAppId}/${config.entra.apiScope}`],
      },
      ...(config.customDomain ? { customDomain: config.customDomain } : {}),
    });

    new CfnOutput(this, OUTPUTS.siteDomain, {
      value: this.hosting.domainName,
      description: 'Host name of the add-in and its API: npx tsx scripts/write-manifest.ts <it>',
    });
    new CfnOutput(this, OUTPUTS.siteUrl, {
      value: `https://${this.hosting.domainName}/taskpane.html`,
      description: 'The task pane',
    });
    new CfnOutput(this, OUTPUTS.distributionDomain, {
      value: this.hosting.distribution.distributionDomainName,
      description: "CloudFront's domain (point an own domain's CNAME here)",
    });
    new CfnOutput(this, OUTPUTS.apiUrl, {
      value: this.httpApi.api.apiEndpoint,
      description: 'The HTTP API itself; clients use https://<SiteDomain>/v1',
    });
    new CfnOutput(this, OUTPUTS.tableName, {
      value: this.data.table.tableName,
      description: 'SPRING_TABLE for npm run import -- FILE --direct',
    });
  }
}
