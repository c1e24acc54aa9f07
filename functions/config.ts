import path from 'node:path';
import { ConfigError } from './errors';
import { DEFAULT_TABLE } from './data/store';

export { ConfigError };

/** Settings of the local server, read once from the environment. */
export interface LocalConfig {
  port: number;
  /** Folder of the on-disk store, the signing key and other local state. */
  dataDir: string;
  /** Folder of the self-signed certificate. */
  certDir: string;
  /** Built add-in to serve. */
  addinDir: string;
  /** Local copy of office.js, the fallback when Microsoft's CDN cannot be reached. */
  officeJsDir: string;
  /** Where the data lives: DynamoDB Local on disk or in memory, or any DynamoDB at `endpoint`. */
  store: { kind: 'disk' | 'memory' } | { kind: 'endpoint'; endpoint: string };
  table: string;
  /** Load the synthetic sample on first run (an empty store). */
  seed: boolean;
}

function readPort(value: string | undefined): number {
  if (value === undefined || value === '') return 3000;
  const port = Number(value);
  // 0 asks the system for any free port (the tests use it).
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`PORT must be a whole number from 0 to 65535, not "${value}"`);
  }
  return port;
}

/** Reads `SPRING_TABLE`: DynamoDB's rules, 3 to 255 of letters, digits, `_`, `-` and `.`. */
export function readTable(value: string | undefined): string {
  if (value === undefined || value === '') return DEFAULT_TABLE;
  if (!/^[A-Za-z0-9_.-]{3,255}$/.test(value)) {
    throw new ConfigError(`SPRING_TABLE must be 3 to 255 letters, digits, '_', '-' or '.', not "${value}"`);
  }
  return value;
}

function readStore(env: NodeJS.ProcessEnv): LocalConfig['store'] {
  if (env.DYNAMODB_ENDPOINT) {
    if (!/^https?:\/\/[^\s/]+/.test(env.DYNAMODB_ENDPOINT)) {
      throw new ConfigError(
        `DYNAMODB_ENDPOINT must be a URL such as http://127.0.0.1:8000, not "${env.DYNAMODB_ENDPOINT}"`,
      );
    }
    return { kind: 'endpoint', endpoint: env.DYNAMODB_ENDPOINT };
  }
  const kind = env.SPRING_STORE || 'disk';
  if (kind !== 'disk' && kind !== 'memory') {
    throw new ConfigError(`SPRING_STORE must be "disk" (the default) or "memory", not "${kind}"`);
  }
  return { kind };
}

function readFlag(name: string, value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  if (value === 'true' || value === '1') return true;
  if (value === 'false' || value === '0') return false;
  throw new ConfigError(`${name} must be true or false, not "${value}"`);
}

/** Reads the local server's settings from `env`, failing loudly on a bad value. */
export function readLocalConfig(env: NodeJS.ProcessEnv, root: string): LocalConfig {
  return {
    port: readPort(env.PORT),
    dataDir: path.resolve(root, env.SPRING_DATA_DIR || '.data'),
    certDir: path.resolve(root, env.SPRING_CERT_DIR || '.certs'),
    addinDir: path.resolve(root, 'dist/addin'),
    officeJsDir: path.resolve(root, 'node_modules/@microsoft/office-js/dist'),
    store: readStore(env),
    table: readTable(env.SPRING_TABLE),
    seed: readFlag('SPRING_SEED', env.SPRING_SEED, true),
  };
}
