import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { cdkJsonContext, ROOT, TEST_ENTRA } from '../synth';

const run = promisify(execFile);

/** Runs infra/bin/app.ts as the CDK CLI does: context in CDK_CONTEXT_JSON, cloud assembly to CDK_OUTDIR. */
async function synthApp(context: Record<string, unknown>): Promise<{ outdir: string; stderr: string }> {
  const outdir = mkdtempSync(path.join(tmpdir(), 'spring-cdk-'));
  const { stderr } = await run(process.execPath, ['--import', 'tsx', 'infra/bin/app.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      CDK_CONTEXT_JSON: JSON.stringify({ ...cdkJsonContext(), ...context }),
      CDK_OUTDIR: outdir,
    },
  });
  return { outdir, stderr };
}

describe('the CDK app (infra/bin/app.ts)', () => {
  jest.setTimeout(60_000);

  it('synthesizes the stack of -c env with cdk-nag passing', async () => {
    const { outdir } = await synthApp({ env: 'prod', ...TEST_ENTRA });
    try {
      const manifest = JSON.parse(readFileSync(path.join(outdir, 'manifest.json'), 'utf8')) as {
        artifacts: Record<string, { type: string }>;
      };
      const stacks = Object.entries(manifest.artifacts)
        .filter(([, artifact]) => artifact.type === 'aws:cloudformation:stack')
        .map(([name]) => name);

      expect(stacks).toEqual(['SpringWorkbench-prod']);
      expect(readFileSync(path.join(outdir, 'SpringWorkbench-prod.template.json'), 'utf8')).toContain(
        `https://login.microsoftonline.com/${TEST_ENTRA.tenantId}/v2.0`,
      );
    } finally {
      rmSync(outdir, { recursive: true, force: true });
    }
  });

  it('stops with what to pass when prod lacks the Entra ids', async () => {
    await expect(synthApp({ env: 'prod' })).rejects.toMatchObject({
      stderr: expect.stringContaining('prod needs the real one: -c tenantId=<GUID>'),
    });
  });
});
