/**
 * `npm run synth [-- -c env=prod -c tenantId=… -c apiAppId=…]`: after the build, synthesizes the CDK app
 * (infra/) into cdk.out, offline: no AWS credentials, no Docker, no notices or telemetry calls, and the
 * CLI's state kept in the project (`.cdk-home`, git-ignored) rather than in ~/.cdk.
 */
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CDK = createRequire(import.meta.url).resolve('aws-cdk/bin/cdk');
const CDK_HOME = path.join(ROOT, '.cdk-home');

const started = Date.now();
mkdirSync(CDK_HOME, { recursive: true });
console.log('synth: cdk synth (checked by cdk-nag) ...');
const child = spawn(process.execPath, [CDK, 'synth', '-q', '--no-notices', ...process.argv.slice(2)], {
  cwd: ROOT,
  stdio: 'inherit',
  env: { ...process.env, CDK_HOME, CDK_DISABLE_CLI_TELEMETRY: 'true' },
});
child.on('exit', (code, signal) => {
  if (code === 0) {
    console.log(`synth: cdk.out written in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return;
  }
  console.error(
    `synth failed (${signal ?? `exit ${code}`}): fix what is reported above ` +
      '(a cdk-nag finding names the construct and the rule; context values are in README, "Deploy to AWS")',
  );
  process.exit(code ?? 1);
});
