/**
 * Writes an environment's add-in manifest: manifest.xml with https://localhost:3000 replaced by the
 * deployment's domain, given as an argument or read from `cdk deploy --outputs-file`, and `<Id>` replaced by
 * the environment's own add-in Id (infra/lib/config.ts, ADDIN_IDS).
 *
 *   npx tsx scripts/write-manifest.ts d1234abcd.cloudfront.net
 *   npx tsx scripts/write-manifest.ts --env dev --outputs cdk-outputs.json
 *   options: --env dev|prod (default prod), --stack NAME (default SpringWorkbench-<env>, with --outputs),
 *            --out FILE (default dist/manifest.<env>.xml), --manifest FILE (default manifest.xml)
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ADDIN_IDS, ENVIRONMENT_NAMES, type EnvironmentName } from '../infra/lib/config';
import { domainFromOutputs, normalizeDomain, productionManifest } from '../infra/lib/production-manifest';

const USAGE =
  'usage: npx tsx scripts/write-manifest.ts [--env dev|prod] <domain> | --outputs cdk-outputs.json [--stack NAME] [--out FILE]';

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      env: { type: 'string', default: 'prod' },
      outputs: { type: 'string' },
      stack: { type: 'string' },
      out: { type: 'string' },
      manifest: { type: 'string', default: 'manifest.xml' },
    },
  });
  const [domainArgument, ...extra] = positionals;
  if (extra.length > 0 || (domainArgument === undefined) === (values.outputs === undefined)) {
    throw new Error(`give either a domain or --outputs\n${USAGE}`);
  }
  if (!(ENVIRONMENT_NAMES as readonly string[]).includes(values.env)) {
    throw new Error(`--env must be one of ${ENVIRONMENT_NAMES.join(', ')}, not "${values.env}"\n${USAGE}`);
  }
  const env = values.env as EnvironmentName;
  // From an outputs file, the environment's own stack (infra/lib/spring-workbench-stack.ts, stackName):
  // a manifest with dev's Id never points at prod's deployment, nor the other way round.
  const domain =
    domainArgument !== undefined
      ? normalizeDomain(domainArgument)
      : domainFromOutputs(
          JSON.parse(await readFile(values.outputs as string, 'utf8')),
          values.stack ?? `SpringWorkbench-${env}`,
        );
  const xml = productionManifest(await readFile(values.manifest, 'utf8'), domain, ADDIN_IDS[env]);
  const out = values.out ?? `dist/manifest.${env}.xml`;
  await mkdir(path.dirname(path.resolve(out)), { recursive: true });
  await writeFile(out, xml);
  console.log(
    `write-manifest: ${out} is the ${env} add-in (Id ${ADDIN_IDS[env]}) on https://${domain}; sideload or publish it (README)`,
  );
}

main().catch((error: unknown) => {
  console.error(`write-manifest failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
