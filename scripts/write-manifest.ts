/**
 * Writes the production add-in manifest: manifest.xml with https://localhost:3000 replaced by the
 * deployment's domain, given as an argument or read from `cdk deploy --outputs-file`.
 *
 *   npx tsx scripts/write-manifest.ts d1234abcd.cloudfront.net
 *   npx tsx scripts/write-manifest.ts --outputs cdk-outputs.json [--stack SpringWorkbench-prod]
 *   options: --out FILE (default dist/manifest.prod.xml), --manifest FILE (default manifest.xml)
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { domainFromOutputs, normalizeDomain, productionManifest } from '../infra/lib/production-manifest';

const USAGE =
  'usage: npx tsx scripts/write-manifest.ts <domain> | --outputs cdk-outputs.json [--stack NAME] [--out FILE]';

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      outputs: { type: 'string' },
      stack: { type: 'string' },
      out: { type: 'string', default: 'dist/manifest.prod.xml' },
      manifest: { type: 'string', default: 'manifest.xml' },
    },
  });
  const [domainArgument, ...extra] = positionals;
  if (extra.length > 0 || (domainArgument === undefined) === (values.outputs === undefined)) {
    throw new Error(`give either a domain or --outputs\n${USAGE}`);
  }
  const domain =
    domainArgument !== undefined
      ? normalizeDomain(domainArgument)
      : domainFromOutputs(JSON.parse(await readFile(values.outputs as string, 'utf8')), values.stack);
  const xml = productionManifest(await readFile(values.manifest, 'utf8'), domain);
  await mkdir(path.dirname(path.resolve(values.out)), { recursive: true });
  await writeFile(values.out, xml);
  console.log(`write-manifest: ${values.out} points at https://${domain}; sideload or publish it (README)`);
}

main().catch((error: unknown) => {
  console.error(`write-manifest failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
