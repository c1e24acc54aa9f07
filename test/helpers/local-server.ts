import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Agent, fetch as undiciFetch } from 'undici';

/** Root of the project checkout. */
export const ROOT = path.resolve(__dirname, '../..');

/** The built local server (`dist/local/start.js`) running as a child process. */
export interface LocalServerProcess {
  url: string;
  child: ChildProcess;
  /** Everything the server printed so far. */
  output: () => string;
  /** Sends SIGTERM and waits for the process to exit; resolves with its exit code. */
  stop: () => Promise<number | null>;
}

/** Starts the built local server on a free port and waits until it says where it serves. */
export function startLocalServer(env: NodeJS.ProcessEnv = {}): Promise<LocalServerProcess> {
  const child = spawn(process.execPath, [path.join(ROOT, 'dist/local/start.js')], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', ...env },
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
        child,
        output: () => output,
        stop: () => {
          child.kill('SIGTERM');
          return exited;
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
