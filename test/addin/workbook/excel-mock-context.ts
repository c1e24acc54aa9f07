/**
 * office-js's batching, for the Excel mock: a request context that queues commands and runs them in
 * order at `sync()`, and the proxy objects they act through. A loaded property reads as
 * office-addin-mock's `OfficeMockObject` gives it (its load/sync bookkeeping), so reading one not
 * loaded, or loaded but not yet synced, throws as Excel does.
 */
import { OfficeMockObject } from 'office-addin-mock';
import { MockExcelError, type WorkbookModel } from './excel-mock-model';
import type { MockWorkbook } from './excel-mock-sheets';

/** What one `context.sync()` sent: each command, with the rows of a write. */
export interface SyncRecord {
  commands: { op: string; rows?: number }[];
}

type Command = { op: string; rows?: number; run: () => (() => Promise<void>) | void };

export class MockContext {
  readonly workbook: MockWorkbook;
  private queue: Command[] = [];

  constructor(
    readonly model: WorkbookModel,
    private readonly syncs: SyncRecord[],
    workbook: (context: MockContext) => MockWorkbook,
  ) {
    this.workbook = workbook(this);
  }

  get pending(): boolean {
    return this.queue.length > 0;
  }

  enqueue(op: string, run: Command['run'], rows?: number): void {
    this.queue.push({ op, run, ...(rows === undefined ? {} : { rows }) });
  }

  /** Runs the queued commands in order (a failing one stops the batch, as in Excel), then fills loads. */
  async sync(): Promise<void> {
    const queue = this.queue;
    this.queue = [];
    this.syncs.push({ commands: queue.map(({ op, rows }) => (rows === undefined ? { op } : { op, rows })) });
    const loads: (() => Promise<void>)[] = [];
    for (const command of queue) {
      const load = command.run();
      if (load) loads.push(load);
    }
    for (const load of loads) await load();
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

  /** Queues a command on what this object stands for. */
  protected command(op: string, run: (target: T) => void, rows?: number): void {
    this.context.enqueue(
      `${this.kind}.${op}`,
      () => {
        run(this.resolved());
      },
      rows,
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
