/**
 * office-js's batching, for the Excel mock: a request context that queues commands and runs them in
 * order at `sync()`, and the proxy objects they act through. A loaded property reads as
 * office-addin-mock's `OfficeMockObject` gives it (its load/sync bookkeeping), so reading one not
 * loaded, or loaded but not yet synced, throws as Excel does.
 */
import { OfficeMockObject } from 'office-addin-mock';
import { MockExcelError, type WorkbookModel } from './excel-mock-model';
import type { MockWorkbook } from './excel-mock-sheets';

/**
 * Excel on the web's limit on one request, and on one answer. "Resource limits and performance
 * optimization for Office Add-ins"
 * (https://learn.microsoft.com/en-us/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins):
 * "Excel on the web has a payload size limit for requests and responses of 5MB." Taken as 5 MiB.
 */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

/**
 * The codes Excel fails a request with past that limit, from "Error handling with the
 * application-specific JavaScript APIs"
 * (https://learn.microsoft.com/en-us/office/dev/add-ins/testing/application-specific-api-error-handling):
 * `RequestPayloadSizeLimitExceeded`, "The request payload size has exceeded the limit", and
 * `ResponsePayloadSizeLimitExceeded`, "The response payload size has exceeded the limit"; both "only
 * occur in Excel on the web".
 */
export const PAYLOAD_ERRORS = {
  request: 'RequestPayloadSizeLimitExceeded',
  response: 'ResponsePayloadSizeLimitExceeded',
} as const;

/** The cell data a request carries: what the mock counts towards the payload limit. */
export const PAYLOAD_PROPERTIES = new Set(['values', 'formulas', 'numberFormat']);

/** UTF-8 bytes of a value's JSON: how the mock measures the cell data of a request or an answer. */
export const jsonBytes = (value: unknown): number => Buffer.byteLength(JSON.stringify(value), 'utf8');

/**
 * What one `context.sync()` sent: each command (with the rows of a write), the JSON bytes of the cell
 * data it wrote (values, formulas, number formats) and of the cell data it loaded, and the payload
 * error it failed with, if any.
 */
export interface SyncRecord {
  commands: { op: string; rows?: number }[];
  requestBytes: number;
  responseBytes: number;
  error?: (typeof PAYLOAD_ERRORS)[keyof typeof PAYLOAD_ERRORS];
}

type Command = { op: string; rows?: number; bytes?: number; run: () => (() => Promise<void>) | void };

export class MockContext {
  readonly workbook: MockWorkbook;
  private queue: Command[] = [];
  private answered = 0;

  constructor(
    readonly model: WorkbookModel,
    private readonly syncs: SyncRecord[],
    workbook: (context: MockContext) => MockWorkbook,
    private readonly payloadLimit = PAYLOAD_LIMIT_BYTES,
  ) {
    this.workbook = workbook(this);
  }

  get pending(): boolean {
    return this.queue.length > 0;
  }

  /** Queues a command; `bytes` is the cell data it writes, counted towards the request's payload. */
  enqueue(op: string, run: Command['run'], rows?: number, bytes?: number): void {
    this.queue.push({ op, run, ...(rows === undefined ? {} : { rows }), ...(bytes ? { bytes } : {}) });
  }

  /** Counts cell data a load command answers with towards the response's payload. */
  answer(bytes: number): void {
    this.answered += bytes;
  }

  /**
   * Runs the queued commands in order (a failing one stops the batch, as in Excel), then fills loads.
   * A request whose cell data passes the payload limit runs nothing; an answer past it fills no load.
   */
  async sync(): Promise<void> {
    const queue = this.queue;
    this.queue = [];
    const record: SyncRecord = {
      commands: queue.map(({ op, rows }) => (rows === undefined ? { op } : { op, rows })),
      requestBytes: queue.reduce((sum, command) => sum + (command.bytes ?? 0), 0),
      responseBytes: 0,
    };
    this.syncs.push(record);
    this.fail(record, 'request', record.requestBytes);
    this.answered = 0;
    const loads: (() => Promise<void>)[] = [];
    for (const command of queue) {
      const load = command.run();
      if (load) loads.push(load);
    }
    record.responseBytes = this.answered;
    this.fail(record, 'response', record.responseBytes);
    for (const load of loads) await load();
  }

  private fail(record: SyncRecord, side: keyof typeof PAYLOAD_ERRORS, bytes: number): void {
    if (bytes <= this.payloadLimit) return;
    record.error = PAYLOAD_ERRORS[side];
    throw new MockExcelError(
      PAYLOAD_ERRORS[side],
      `the ${side} carries ${bytes} bytes of cell data, over the ${this.payloadLimit} bytes limit`,
    );
  }
}

/** A proxy object: what it stands for is settled when the command that made it runs. */
export abstract class ClientObject<T> {
  private target: { value: T | null } | undefined;

  /** @param orNull made by a `…OrNullObject` method: it may stand for nothing, and says so */
  constructor(
    protected readonly context: MockContext,
    protected readonly kind: string,
    protected readonly orNull = false,
  ) {}

  settle(value: T | null): void {
    this.target = { value };
  }

  /** Settled, and to nothing. */
  get isNull(): boolean {
    return this.target?.value === null;
  }

  protected resolved(): T {
    if (!this.target) throw new Error(`mock: ${this.kind} used before the command that makes it`);
    if (this.target.value === null)
      throw new MockExcelError('ItemNotFound', `the ${this.kind} does not exist`);
    return this.target.value;
  }

  /** Queues a command on what this object stands for; `bytes` is the cell data it writes. */
  protected command(op: string, run: (target: T) => void, rows?: number, bytes?: number): void {
    this.context.enqueue(
      `${this.kind}.${op}`,
      () => {
        run(this.resolved());
      },
      rows,
      bytes,
    );
  }

  /** A proxy settled, when its command runs, to something found from this one. */
  protected child<C extends ClientObject<U>, U>(proxy: C, op: string, find: (target: T) => U | null): C {
    this.context.enqueue(`${this.kind}.${op}`, () => proxy.settle(find(this.resolved())));
    return proxy;
  }
}

/** A proxy with loadable properties, kept in an `OfficeMockObject`. */
export abstract class Loadable<T> extends ClientObject<T> {
  private state: OfficeMockObject;
  private readonly loaded = new Map<string, unknown>();

  constructor(
    context: MockContext,
    kind: string,
    private readonly properties: Record<string, unknown>,
    orNull = false,
  ) {
    super(context, kind, orNull);
    this.state = new OfficeMockObject(properties);
  }

  /** A property's value as the workbook stands when the load command runs. */
  protected abstract snapshot(name: string, target: T, nested: string[]): unknown;

  get isNullObject(): boolean {
    return this.orNull ? this.read('isNullObject') : false;
  }

  load(names?: string | string[]): this {
    const wanted =
      names === undefined ? Object.keys(this.properties) : [names].flat().flatMap((n) => n.split(','));
    const paths = wanted.map((name) => name.trim()).filter(Boolean);
    const own = [...new Set(paths.map((path) => path.split('/')[0] ?? path))];
    // office-addin-mock checks the names and marks them loaded-but-not-synced.
    this.state.load(own);
    this.context.enqueue(`${this.kind}.load`, () => {
      // A null object loads nothing but its isNullObject (given by the command that made it).
      if (this.orNull && this.isNull) return undefined;
      const target = this.resolved();
      const values = own.map((name): [string, unknown] => {
        const nested = paths
          .filter((path) => path.startsWith(`${name}/`))
          .map((path) => path.slice(name.length + 1));
        return [name, this.snapshot(name, target, nested)];
      });
      for (const [name, value] of values)
        if (PAYLOAD_PROPERTIES.has(name)) this.context.answer(jsonBytes(value));
      return () => this.fill(values);
    });
    return this;
  }

  /** Gives loaded properties their values, through a fresh `OfficeMockObject` loaded and synced. */
  async fill(values: [string, unknown][]): Promise<void> {
    for (const [name, value] of values) this.loaded.set(name, value);
    const data = Object.fromEntries(
      Object.keys(this.properties).map((name) => [name, this.loaded.get(name) ?? this.properties[name]]),
    );
    const state = new OfficeMockObject(data);
    state.load([...this.loaded.keys()]);
    await state.sync();
    this.state = state;
  }

  /** Settles this proxy to `target` with `properties` loaded: an item of a loaded collection. */
  fillFrom(target: T, properties: string[]): Promise<void> {
    this.settle(target);
    return this.fill(properties.map((name) => [name, this.snapshot(name, target, [])]));
  }

  protected read<V>(name: string): V {
    const value: unknown = this.state[name];
    if (typeof value === 'string' && value.startsWith('Error, '))
      throw new MockExcelError('PropertyNotLoaded', `${this.kind}.${name}: ${value}`);
    return value as V;
  }
}

/**
 * A collection proxy (`items`, `count`): it stands for its scope, read when each command runs. Items
 * loaded with properties of their own (`items/name`) are filled before the collection.
 */
export abstract class MockCollection<M, P extends Loadable<M>> extends Loadable<M[]> {
  private readonly itemFills: Promise<void>[] = [];

  constructor(
    context: MockContext,
    kind: string,
    protected readonly scope: () => M[],
  ) {
    super(context, kind, { items: [], count: 0 });
    this.settle([]);
  }

  /** A proxy for one item, not yet settled. */
  protected abstract item(): P;

  get items(): P[] {
    return this.read('items');
  }

  get count(): number {
    return this.read('count');
  }

  override async fill(values: [string, unknown][]): Promise<void> {
    await Promise.all(this.itemFills.splice(0));
    await super.fill(values);
  }

  protected snapshot(name: string, _target: M[], nested: string[]): unknown {
    const models = this.scope();
    if (name === 'count') return models.length;
    return models.map((model) => {
      const proxy = this.item();
      this.itemFills.push(proxy.fillFrom(model, nested));
      return proxy;
    });
  }
}
