/**
 * A store that fails on purpose, for tests only: it wraps a real {@link Store}'s `doc.send` and, as a
 * plan decides, throws the errors DynamoDB and the network throw, or makes a batch call process only
 * part of its request, exactly as DynamoDB does under load. Everything else reaches the real store.
 *
 * Faults sit above the SDK (whose own retries are thus already spent): a thrown throttling error is
 * what the data layer sees when the SDK gave up.
 */
import { ProvisionedThroughputExceededException, ThrottlingException } from '@aws-sdk/client-dynamodb';
import {
  BatchGetCommand,
  BatchWriteCommand,
  type BatchGetCommandInput,
  type BatchGetCommandOutput,
  type BatchWriteCommandInput,
  type BatchWriteCommandOutput,
} from '@aws-sdk/lib-dynamodb';
import type { Store } from '../../functions/data/store';
import { Random } from '../../functions/sample/random';

/** Errors a fault throws: the two throttling exceptions, and a dropped connection. */
export type FaultError = 'ProvisionedThroughputExceededException' | 'ThrottlingException' | 'ECONNRESET';

/**
 * One injected fault: an error thrown `before` the call reaches the store (nothing happened) or
 * `after` it (the call took effect, its answer was lost); or, for `BatchGet` and `BatchWrite`, the
 * second half of the request (rounded down) left unprocessed. Like DynamoDB, which throws rather than
 * process nothing, a batch of one is then served whole and no fault is counted.
 */
export type Fault = { kind: 'error'; error: FaultError; when: 'before' | 'after' } | { kind: 'unprocessed' };

/** The faults by name, for plans. */
export const FAULTS = {
  throughputExceeded: { kind: 'error', error: 'ProvisionedThroughputExceededException', when: 'before' },
  throttled: { kind: 'error', error: 'ThrottlingException', when: 'before' },
  resetBefore: { kind: 'error', error: 'ECONNRESET', when: 'before' },
  resetAfter: { kind: 'error', error: 'ECONNRESET', when: 'after' },
  unprocessed: { kind: 'unprocessed' },
} as const satisfies Record<string, Fault>;

/** What a plan knows of a call. */
export interface FaultCall {
  /** The command's class name without `Command`: `BatchGet`, `Query`, `TransactWrite`, `DescribeTable`... */
  command: string;
  /** Which call of this command it is, from 1. */
  nth: number;
}

/** Decides each call's fault (undefined: none); a deterministic schedule is one of these. */
export type FaultDecider = (call: FaultCall) => Fault | undefined;

/** Fails a share of the calls, drawn from a seeded stream: the same seed and calls give the same faults. */
export interface RandomFaults {
  /** Share of the calls that fail, 0..1. */
  rate: number;
  seed: number;
  /** Faults to draw from, each equally likely among those that fit the command (default: all of {@link FAULTS}). */
  faults?: readonly Fault[];
  /** Only these commands fail (default: every command). */
  commands?: readonly string[];
}

/** How a {@link faultyStore} fails. */
export type FaultPlan = FaultDecider | RandomFaults;

/** Calls received and faults injected so far, per command name. */
export interface FaultStats {
  calls: Record<string, number>;
  faults: Record<string, number>;
}

/** The wrapped store and its counters. */
export interface FaultyStore {
  store: Store;
  stats: () => FaultStats;
}

type Send = Store['doc']['send'];
/** The command and request options of `send` (its callback forms are not supported). */
type SendCommand = Parameters<Send>[0];
type SendOptions = Parameters<Send>[1];

/**
 * Wraps `store` so that its calls fail as `plan` says.
 * @example
 * // The first two BatchGet calls leave half their keys unprocessed.
 * const { store: faulty, stats } = faultyStore(store, ({ command, nth }) =>
 *   command === 'BatchGet' && nth <= 2 ? FAULTS.unprocessed : undefined,
 * );
 * // One call in five fails, reproducibly.
 * faultyStore(store, { rate: 0.2, seed: 7 });
 */
export function faultyStore(store: Store, plan: FaultPlan): FaultyStore {
  const decide = typeof plan === 'function' ? plan : randomDecider(plan);
  const calls: Record<string, number> = {};
  const faults: Record<string, number> = {};
  const inner = store.doc;

  async function send(command: SendCommand, options?: SendOptions): Promise<unknown> {
    const name = command.constructor.name.replace(/Command$/, '');
    const nth = (calls[name] = (calls[name] ?? 0) + 1);
    const fault = decide({ command: name, nth });
    const injected = () => (faults[name] = (faults[name] ?? 0) + 1);
    if (fault === undefined) return inner.send(command, options);
    if (fault.kind === 'unprocessed') {
      const partial =
        command instanceof BatchGetCommand
          ? await partialBatchGet(inner, command)
          : command instanceof BatchWriteCommand
            ? await partialBatchWrite(inner, command)
            : undefined;
      if (partial === undefined) throw new TypeError(`an unprocessed fault needs a batch call, not ${name}`);
      if (partial.withheld > 0) injected();
      return partial.output;
    }
    if (fault.when === 'after') await inner.send(command, options);
    injected();
    throw faultError(fault.error, name);
  }

  return {
    // One implementation stands for all of send's overloads; the data layer uses the promise form only.
    store: { table: store.table, doc: { send: send as Send } },
    stats: () => ({ calls: { ...calls }, faults: { ...faults } }),
  };
}

function randomDecider({ rate, seed, faults = Object.values(FAULTS), commands }: RandomFaults): FaultDecider {
  const random = new Random(seed);
  return ({ command }) => {
    if (commands && !commands.includes(command)) return undefined;
    if (random.next() >= rate) return undefined;
    const fitting = faults.filter((fault) => fault.kind !== 'unprocessed' || isBatchName(command));
    return fitting.length === 0 ? undefined : random.pick(fitting);
  };
}

const isBatchName = (command: string) => command === 'BatchGet' || command === 'BatchWrite';

/** The error as the SDK throws it. */
function faultError(error: FaultError, command: string): Error {
  const message = `injected ${error} on ${command}`;
  const $metadata = { httpStatusCode: 400, attempts: 1, totalRetryDelay: 0 };
  switch (error) {
    case 'ProvisionedThroughputExceededException':
      return new ProvisionedThroughputExceededException({ message, $metadata });
    case 'ThrottlingException':
      return new ThrottlingException({ message, $metadata });
    case 'ECONNRESET':
      // Node's own shape: a plain Error with the code, which the SDK passes on with its metadata.
      return Object.assign(new Error(`read ECONNRESET (${message})`), {
        code: 'ECONNRESET',
        syscall: 'read',
        $metadata: { attempts: 1, totalRetryDelay: 0 },
      });
  }
}

/** Splits a list into what is sent and what is withheld (the second half, rounded down). */
function split<T>(items: readonly T[]): [sent: T[], withheld: T[]] {
  const cut = Math.ceil(items.length / 2);
  return [items.slice(0, cut), items.slice(cut)];
}

type GetRequests = NonNullable<BatchGetCommandInput['RequestItems']>;
type WriteRequests = NonNullable<BatchWriteCommandInput['RequestItems']>;

async function partialBatchGet(
  inner: Store['doc'],
  command: BatchGetCommand,
): Promise<{ output: BatchGetCommandOutput; withheld: number }> {
  const sent: GetRequests = {};
  const unprocessed: GetRequests = {};
  let withheld = 0;
  for (const [table, request] of Object.entries(command.input.RequestItems ?? {})) {
    const [keys, rest] = split(request.Keys ?? []);
    sent[table] = { ...request, Keys: keys };
    // DynamoDB hands back the table's whole request (projection, consistency) with the keys left.
    if (rest.length > 0) unprocessed[table] = { ...request, Keys: rest };
    withheld += rest.length;
  }
  const output = await inner.send(new BatchGetCommand({ ...command.input, RequestItems: sent }));
  for (const [table, left] of Object.entries(output.UnprocessedKeys ?? {})) {
    unprocessed[table] = { ...left, Keys: [...(left.Keys ?? []), ...(unprocessed[table]?.Keys ?? [])] };
  }
  return { output: { ...output, UnprocessedKeys: unprocessed }, withheld };
}

async function partialBatchWrite(
  inner: Store['doc'],
  command: BatchWriteCommand,
): Promise<{ output: BatchWriteCommandOutput; withheld: number }> {
  const sent: WriteRequests = {};
  const unprocessed: WriteRequests = {};
  let withheld = 0;
  for (const [table, requests] of Object.entries(command.input.RequestItems ?? {})) {
    const [written, rest] = split(requests);
    sent[table] = written;
    if (rest.length > 0) unprocessed[table] = rest;
    withheld += rest.length;
  }
  const output = await inner.send(new BatchWriteCommand({ ...command.input, RequestItems: sent }));
  for (const [table, left] of Object.entries(output.UnprocessedItems ?? {})) {
    unprocessed[table] = [...left, ...(unprocessed[table] ?? [])];
  }
  return { output: { ...output, UnprocessedItems: unprocessed }, withheld };
}
