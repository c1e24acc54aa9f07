/**
 * `npm start`: the local backend (DynamoDB Local, seeded on first run) and the add-in, on
 * https://localhost:3000 (PORT to change). Ctrl-C or SIGTERM stops both.
 */
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { readScriptHashes } from '../../scripts/script-hashes';
import { readLocalConfig } from '../config';
import { APP_VERSION } from '../version';
import { startLocalBackend } from './backend';
import { ensureCertificates } from './certificates';
import { writePortManifest } from './port-manifest';
import { localSecurityHeaders } from './security-headers';
import { startHttpsServer } from './server';
import { createStaticSite } from './static-site';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

async function main(): Promise<void> {
  // The SDK warns on every start that Node 20 support ends; the README says which Node to use.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const config = readLocalConfig(process.env, ROOT);
  const tls = await ensureCertificates(config.certDir);
  const storeName =
    config.store.kind === 'endpoint' ? config.store.endpoint : `DynamoDB Local (${config.store.kind})`;
  console.log(`Starting the store: ${storeName}, table ${config.table} ...`);
  const backend = await startLocalBackend(config, (line) => console.log(line));
  let running;
  try {
    const headers = localSecurityHeaders(readScriptHashes(config.addinDir));
    running = await startHttpsServer(
      { api: backend.app, site: createStaticSite(config), headers },
      tls,
      config.port,
    );
  } catch (error) {
    await backend.stop();
    throw error;
  }
  // Handlers first: whoever reads "is serving" may signal us at once.
  const stop = (signal: string) => {
    console.log(`${signal}: stopping ...`);
    Promise.all([running.close(), backend.stop()]).then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
  console.log(`Spring Workbench ${APP_VERSION} is serving ${running.url}`);
  console.log(`  task pane: ${running.url}/taskpane.html   health: ${running.url}/v1/health`);
  console.log(`  store: ${backend.endpoint} (table ${config.table}); a token: npm run -s token -- officer`);
  console.log(`  trust ${tls.caPath} to open it from Excel (see README); Ctrl-C stops it.`);
  const manifest = await writePortManifest(ROOT, Number(new URL(running.url).port)).catch(
    (error: unknown) => `(could not be written: ${error instanceof Error ? error.message : String(error)})`,
  );
  if (manifest)
    console.log(`  manifest.xml points at port 3000: sideload ${manifest} for this port instead.`);
}

main().catch((error: unknown) => {
  console.error(
    `Spring Workbench could not start: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
});
