import path from 'node:path';

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
}

/** A configuration value is present but unusable: say which, and what would be right. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  readonly code = 'ERR_CONFIG';
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

/** Reads the local server's settings from `env`, failing loudly on a bad value. */
export function readLocalConfig(env: NodeJS.ProcessEnv, root: string): LocalConfig {
  return {
    port: readPort(env.PORT),
    dataDir: path.resolve(root, env.SPRING_DATA_DIR || '.data'),
    certDir: path.resolve(root, env.SPRING_CERT_DIR || '.certs'),
    addinDir: path.resolve(root, 'dist/addin'),
    officeJsDir: path.resolve(root, 'node_modules/@microsoft/office-js/dist'),
  };
}
