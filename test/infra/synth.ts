/**
 * Synthesizes the Spring Workbench stack in process, as infra/bin/app.ts does, with cdk.json's context
 * (feature flags and defaults) and test values for the Entra ids. Needs dist/ (`npx tsx scripts/build.ts`).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { App, CfnElement, Stack, type Environment } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import type { IConstruct } from 'constructs';
import { readDeploymentConfig, type EnvironmentName } from '../../infra/lib/config';
import { SpringWorkbenchStack, stackName } from '../../infra/lib/spring-workbench-stack';

export const ROOT = path.resolve(__dirname, '../..');

/** Entra ids of the tests (not cdk.json's placeholders, which prod refuses). */
export const TEST_ENTRA = {
  tenantId: '3f0c7a52-1b6e-4d8a-9c21-5e4f7b8d9a10',
  apiAppId: '8d2e6b14-7c3a-4f59-a1e8-0b9c2d4e6f71',
  apiScope: 'access_as_user',
  addinAppId: '5a7c9e21-3b4d-4e6f-8a1b-2c3d4e5f6a7b',
} as const;

/** A concrete account and region (Milan), as a deployment has. */
export const TEST_ENV: Environment = { account: '123456789012', region: 'eu-south-1' };

/** cdk.json's context: the feature flags every synth must share, and the defaults. */
export function cdkJsonContext(): Record<string, unknown> {
  const cdkJson = JSON.parse(readFileSync(path.join(ROOT, 'cdk.json'), 'utf8')) as {
    context: Record<string, unknown>;
  };
  return cdkJson.context;
}

export interface Synthesized {
  app: App;
  stack: SpringWorkbenchStack;
  template: Template;
}

/**
 * Builds the app's stack for `envName`; `context` overrides cdk.json's and the test ids. Assets are not
 * copied into the cloud assembly (CDK's `aws:cdk:disable-asset-staging`, as SAM uses it) unless `staging`
 * is set: copying and hashing the 21 MB AWS CLI layer of BucketDeployment costs a second a synth.
 */
export function synthesize(
  envName: EnvironmentName,
  options: { context?: Record<string, string>; env?: Environment | null; staging?: boolean } = {},
): Synthesized {
  const app = new App({
    context: {
      ...cdkJsonContext(),
      ...TEST_ENTRA,
      env: envName,
      ...(options.staging ? {} : { 'aws:cdk:disable-asset-staging': true }),
      ...options.context,
    },
  });
  const config = readDeploymentConfig(app.node);
  const stack = new SpringWorkbenchStack(app, stackName(config), {
    config,
    artifacts: { functionsDir: path.join(ROOT, 'dist/functions'), addinDir: path.join(ROOT, 'dist/addin') },
    ...(options.env === null ? {} : { env: options.env ?? TEST_ENV }),
  });
  return { app, stack, template: Template.fromStack(stack) };
}

/** The one resource of `type` in the template (fails when there are none or several). */
export function only(template: Template, type: string): { id: string; resource: Record<string, unknown> } {
  const found = Object.entries(template.findResources(type));
  if (found.length !== 1) throw new Error(`expected one ${type}, found ${found.length}`);
  const [id, resource] = found[0] as [string, Record<string, unknown>];
  return { id, resource };
}

/** Logical id in the template of a construct's CloudFormation resource. */
export function logicalIdOf(construct: IConstruct): string {
  const resource = construct instanceof CfnElement ? construct : construct.node.defaultChild;
  if (!(resource instanceof CfnElement))
    throw new Error(`${construct.node.path} has no CloudFormation resource`);
  return Stack.of(resource).resolve(resource.logicalId) as string;
}
