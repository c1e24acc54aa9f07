import path from 'node:path';
import { createApp } from '../app/create-app';
import { verifyingAuthenticator } from '../auth/authenticators';
import { openDevTokens } from '../auth/dev-tokens';
import type { LocalConfig } from '../config';
import { getDatasetLabel } from '../data/imports';
import { openStore, type Store } from '../data/store';
import { ensureTable } from '../data/table';
import { runImport } from '../import/run-import';
import { generateSampleData } from '../sample';
import { APP_VERSION } from '../version';
import { startDynamoDbLocal } from './dynamodb-local';

/** The local backend: the store (DynamoDB Local started here unless an endpoint is given) and the app. */
export interface LocalBackend {
  app: ReturnType<typeof createApp>;
  store: Store;
  endpoint: string;
  stop: () => Promise<void>;
}

/** What `npm start` says about DynamoDB Local's port, which it cannot keep to this machine. */
export function exposedStoreWarning(port: number): string {
  return (
    `WARNING: DynamoDB Local's port ${port} is open to the network: it listens on every interface and ` +
    'asks for no password, so other machines that can reach this one can read and change all the data. ' +
    'Block it with your firewall: README, "Keeping the local store local".'
  );
}

/** Loads the synthetic sample through the import path, when the store has never had an import. */
async function seedIfEmpty(store: Store, log: (line: string) => void): Promise<void> {
  if ((await getDatasetLabel(store)) !== undefined) return;
  log('Empty store: loading the synthetic sample data ...');
  const started = Date.now();
  let shown = 0;
  const result = await runImport(store, generateSampleData(), {
    dryRun: false,
    who: 'local-seed',
    onProgress: (written, total) => {
      const percent = total === 0 ? 100 : Math.floor((written / total) * 100);
      if (percent >= shown + 25 || written === total) {
        shown = percent;
        log(`  seeding: ${written}/${total} items (${percent}%)`);
      }
    },
  });
  if (!result.ok) {
    const first = result.rejection.errors[0];
    throw new Error(
      `the sample data did not import (${result.rejection.errors.length} problems, first: ${JSON.stringify(first)})`,
    );
  }
  log(`Seeded in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}

/**
 * Starts the local backend: DynamoDB Local on disk (`<dataDir>/dynamodb`) or in memory, or the
 * DynamoDB at DYNAMODB_ENDPOINT; the table; the sample data on first run; the app with development
 * sign-in (its key kept in the data folder).
 */
export async function startLocalBackend(
  config: LocalConfig,
  log: (line: string) => void,
): Promise<LocalBackend> {
  const emulator =
    config.store.kind === 'endpoint'
      ? undefined
      : await startDynamoDbLocal(
          config.store.kind === 'disk' ? path.join(config.dataDir, 'dynamodb') : undefined,
        );
  if (emulator) log(exposedStoreWarning(emulator.port));
  const endpoint = config.store.kind === 'endpoint' ? config.store.endpoint : (emulator?.endpoint ?? '');
  try {
    const store = openStore({ endpoint }, config.table);
    await ensureTable(store);
    if (config.seed) await seedIfEmpty(store, log);
    const devTokens = await openDevTokens(config.dataDir);
    const app = createApp({
      version: APP_VERSION,
      store,
      authenticate: verifyingAuthenticator(devTokens.verify),
      devTokens,
    });
    return { app, store, endpoint, stop: async () => emulator?.stop() };
  } catch (error) {
    await emulator?.stop();
    throw error;
  }
}
