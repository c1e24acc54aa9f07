/**
 * `npm start`: serves the built add-in and the API on https://localhost:3000 (PORT to change).
 * Stops cleanly on Ctrl-C or SIGTERM.
 */
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { createApp } from '../app/create-app';
import { readLocalConfig } from '../config';
import { APP_VERSION } from '../version';
import { EMPTY_DATASET } from '../../shared/api/health';
import { ensureCertificates } from './certificates';
import { startHttpsServer } from './server';
import { createStaticSite } from './static-site';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

async function main(): Promise<void> {
  const config = readLocalConfig(process.env, ROOT);
  const tls = await ensureCertificates(config.certDir);
  const api = createApp({ version: APP_VERSION, datasetLabel: async () => EMPTY_DATASET });
  const site = createStaticSite(config);
  const running = await startHttpsServer({ api, site }, tls, config.port);
  // Handlers first: whoever reads "is serving" may signal us at once.
  const stop = (signal: string) => {
    console.log(`${signal}: stopping ...`);
    running.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
  console.log(`Spring Workbench ${APP_VERSION} is serving ${running.url}`);
  console.log(`  task pane: ${running.url}/taskpane.html   health: ${running.url}/v1/health`);
  console.log(`  trust ${tls.caPath} to open it from Excel (see README); Ctrl-C stops it.`);
}

main().catch((error: unknown) => {
  console.error(
    `Spring Workbench could not start: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
});
