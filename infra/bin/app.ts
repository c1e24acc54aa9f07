/**
 * The CDK app: one Spring Workbench stack for the environment named by `-c env=dev|prod` (default dev),
 * checked by cdk-nag's AwsSolutions rules. Context values: see infra/lib/config.ts and the README.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { InfraConfigError, readDeploymentConfig, type DeploymentConfig } from '../lib/config';
import { SpringWorkbenchStack, stackName } from '../lib/spring-workbench-stack';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const app = new App({ outdir: process.env.CDK_OUTDIR ?? path.join(ROOT, 'cdk.out') });
let config: DeploymentConfig;
try {
  config = readDeploymentConfig(app.node);
} catch (error) {
  if (!(error instanceof InfraConfigError)) throw error;
  // A context value to fix: its message says which and how, a stack trace would only bury it.
  console.error(`infra: ${error.message}`);
  process.exit(1);
}
new SpringWorkbenchStack(app, stackName(config), {
  config,
  artifacts: { functionsDir: path.join(ROOT, 'dist/functions'), addinDir: path.join(ROOT, 'dist/addin') },
  // The account and region of the CLI's credentials at deploy time; none offline (an environment-agnostic synth).
  env: { account: process.env.CDK_DEFAULT_ACCOUNT, region: process.env.CDK_DEFAULT_REGION },
});
Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
app.synth();
