/**
 * A store that lets a test change the data between an operation's read and its write, for tests only:
 * it wraps a real {@link Store}'s `doc.send` (as test/helpers/faulty-store.ts does) and, before the
 * `nth` call of `command`, runs `race` against the real store — a colleague's edit landing while an
 * import runs. Every call then reaches the real store unchanged.
 */
import type { Store } from '../../functions/data/store';

type Send = Store['doc']['send'];

/** When the race runs, and what it does. */
export interface RacePlan {
  /** The command's class name without `Command`, e.g. `TransactWrite`. */
  command: string;
  /** Which call of that command it precedes, from 1 (default 1). */
  nth?: number;
  /** The change made meanwhile, on the real store. */
  race: (store: Store) => Promise<void>;
}

/**
 * Wraps `store` so that `plan.race` runs once, just before the chosen call.
 * @example
 * const racing = racingStore(store, { command: 'TransactWrite', race: (real) => editLine(real) });
 */
export function racingStore(store: Store, plan: RacePlan): Store & { raced: () => boolean } {
  let calls = 0;
  let raced = false;
  const inner = store.doc;
  async function send(command: Parameters<Send>[0], options?: Parameters<Send>[1]): Promise<unknown> {
    const name = command.constructor.name.replace(/Command$/, '');
    if (name === plan.command && ++calls === (plan.nth ?? 1) && !raced) {
      raced = true;
      await plan.race(store);
    }
    return inner.send(command, options);
  }
  // One implementation stands for all of send's overloads; the data layer uses the promise form only.
  return { table: store.table, doc: { send: send as Send }, raced: () => raced };
}
