import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Agent, fetch as undiciFetch } from 'undici';
import { spawnLocalServer, type ServerProcess } from '../../scripts/local-server-process';
import { uniqueTable } from './store';

/** Root of the project checkout: the nearest folder up from the working directory with our package.json. */
function findRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).name === 'spring-workbench')
      return dir;
    if (path.dirname(dir) === dir)
      throw new Error(`run this from inside the spring-workbench checkout, not ${from}`);
  }
}

/** Root of the project checkout (tests run as CommonJS, benchmarks as ESM: neither location API serves both). */
export const ROOT = findRoot(process.cwd());

/** The built local server (`dist/local/start.js`) running as a child process, on a table of its own. */
export interface LocalServerProcess extends ServerProcess {
  /** The server's data folder (its signing key lives there). */
  dataDir: string;
  /** The server's table. */
  table: string;
}

/** Starts the built local server on a free port and waits until it says where it serves. */
export async function startLocalServer(env: NodeJS.ProcessEnv = {}): Promise<LocalServerProcess> {
  const dataDir = env.SPRING_DATA_DIR ?? mkdtempSync(path.join(tmpdir(), 'spring-data-'));
  const table = env.SPRING_TABLE ?? uniqueTable('server');
  // By default the suite's DynamoDB Local, on a table of this server's own.
  const server = await spawnLocalServer(ROOT, {
    ...process.env,
    PORT: '0',
    ...env,
    SPRING_TABLE: table,
    SPRING_DATA_DIR: dataDir,
  });
  return { ...server, dataDir, table };
}

let trustingAgent: Agent | undefined;

/** fetch that trusts the local certificate authority in `.certs/` (and checks the name, as Excel would). */
export function fetchLocal(url: string, init?: Parameters<typeof undiciFetch>[1]) {
  trustingAgent ??= new Agent({ connect: { ca: readFileSync(path.join(ROOT, '.certs/ca.crt')) } });
  return undiciFetch(url, { ...init, dispatcher: trustingAgent });
}
