import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Agent, fetch as undiciFetch } from 'undici';
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

/** The built local server (`dist/local/start.js`) running as a child process. */
export interface LocalServerProcess {
  url: string;
  /** The server's data folder (its signing key lives there). */
  dataDir: string;
  /** The server's table. */
  table: string;
  child: ChildProcess;
  /** Everything the server printed so far. */
  output: () => string;
  /** Sends SIGTERM and waits for the process to exit; resolves with its exit code. */
  stop: () => Promise<number | null>;
  /** SIGKILLs the server's whole process group (DynamoDB Local included), as a crash would. */
  killGroup: () => Promise<void>;
}

/** Starts the built local server on a free port and waits until it says where it serves. */
export function startLocalServer(env: NodeJS.ProcessEnv = {}): Promise<LocalServerProcess> {
  const dataDir = env.SPRING_DATA_DIR ?? mkdtempSync(path.join(tmpdir(), 'spring-data-'));
  const table = env.SPRING_TABLE ?? uniqueTable('server');
  const child = spawn(process.execPath, [path.join(ROOT, 'dist/local/start.js')], {
    cwd: ROOT,
    // By default the suite's DynamoDB Local, on a table of this server's own.
    env: { ...process.env, PORT: '0', ...env, SPRING_TABLE: table, SPRING_DATA_DIR: dataDir },
    // Its own process group, so a test can kill the server and its DynamoDB Local together.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /is serving (https:\/\/localhost:\d+)/.exec(output);
      if (!match?.[1]) return;
      resolve({
        url: match[1],
        dataDir,
        table,
        child,
        output: () => output,
        stop: () => {
          child.kill('SIGTERM');
          return exited;
        },
        killGroup: async () => {
          process.kill(-(child.pid as number), 'SIGKILL');
          await exited;
        },
      });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    void exited.then((code) =>
      reject(new Error(`local server exited with ${code} before serving:\n${output}`)),
    );
  });
}

let trustingAgent: Agent | undefined;

/** fetch that trusts the local certificate authority in `.certs/` (and checks the name, as Excel would). */
export function fetchLocal(url: string, init?: Parameters<typeof undiciFetch>[1]) {
  trustingAgent ??= new Agent({ connect: { ca: readFileSync(path.join(ROOT, '.certs/ca.crt')) } });
  return undiciFetch(url, { ...init, dispatcher: trustingAgent });
}
