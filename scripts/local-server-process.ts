/**
 * The built local server (`dist/local/start.js`) as a child process: what the browser and end-to-end
 * tests start, and `npm run screenshots`. It runs in a process group of its own, so that a crash can be
 * played (`killGroup`) and a server that does not stop takes its DynamoDB Local with it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

/** How long `stop` waits for the server to stop by itself before killing its group. */
const STOP_GRACE_MS = 15_000;

/** A running local server. */
export interface ServerProcess {
  url: string;
  port: number;
  child: ChildProcess;
  /** Everything the server printed so far. */
  output: () => string;
  /** SIGTERM, then SIGKILL of the group if it is still running after a grace time; its exit code. */
  stop: () => Promise<number | null>;
  /** SIGKILLs the server's whole process group (DynamoDB Local included), as a crash would. */
  killGroup: () => Promise<void>;
}

const killGroupOf = (child: ChildProcess) => {
  try {
    process.kill(-(child.pid as number), 'SIGKILL');
  } catch {
    // Already gone.
  }
};

/**
 * Starts `<root>/dist/local/start.js` with `env` and resolves once it says where it serves; rejects if
 * it exits first, or (with `timeoutMs`) does not serve in time.
 */
export function spawnLocalServer(
  root: string,
  env: NodeJS.ProcessEnv,
  { timeoutMs }: { timeoutMs?: number } = {},
): Promise<ServerProcess> {
  const child = spawn(process.execPath, [path.join(root, 'dist/local/start.js')], {
    cwd: root,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
    child.kill('SIGTERM');
    const late = setTimeout(() => killGroupOf(child), STOP_GRACE_MS);
    const code = await exited;
    clearTimeout(late);
    return code;
  };
  return new Promise((resolve, reject) => {
    const timer =
      timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            void stop();
            reject(new Error(`the local server did not start within ${timeoutMs / 1000} s:\n${output}`));
          }, timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /is serving (https:\/\/localhost:(\d+))/.exec(output);
      if (!match?.[1]) return;
      clearTimeout(timer);
      resolve({
        url: match[1],
        port: Number(match[2]),
        child,
        output: () => output,
        stop,
        killGroup: async () => {
          killGroupOf(child);
          await exited;
        },
      });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`local server exited with ${code} before serving:\n${output}`));
    });
  });
}
