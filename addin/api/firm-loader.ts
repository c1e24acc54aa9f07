import { FIRM_BATCH_MAX, type FirmView } from '../../shared/api/firms';
import { RequestCancelledError } from '../errors';

/** Fetches one batch: every id asked, with its firm or null when unknown; `signal` aborts it. */
export type FetchFirms = (ids: string[], signal: AbortSignal) => Promise<Record<string, FirmView | null>>;

/**
 * A calculation's calls are gathered until they stop coming for QUIET_MS (Excel hands a recalculation's
 * calls over in quick bursts), but never held longer than MAX_GATHER_MS.
 */
export const QUIET_MS = 2;
export const MAX_GATHER_MS = 50;

/** One request's worth of ids, and the callers still waiting on it. */
class Batch {
  readonly ids = new Set<string>();
  readonly controller = new AbortController();
  /** Callers waiting and not cancelled: at 0 the request is not worth finishing. */
  waiting = 0;
  private settle:
    ((outcome: { items?: Record<string, FirmView | null>; error?: unknown }) => void) | undefined;
  readonly outcome = new Promise<{ items?: Record<string, FirmView | null>; error?: unknown }>(
    (resolve) => (this.settle = resolve),
  );

  finish(outcome: { items?: Record<string, FirmView | null>; error?: unknown }): void {
    this.settle?.(outcome);
  }
}

/**
 * Coalesces the firm reads of one calculation: ids asked within a few milliseconds go out together, one
 * request per 1,000 distinct ids (whatever years the cells ask: a batch answers every year); an id
 * already asked, or answered, is not asked again until {@link FirmLoader.clear}. Every promise
 * settles: a failed batch rejects each of its callers (and forgets its ids, so a later call tries
 * again); a caller whose signal aborts settles at once, and a request whose every caller went away is
 * aborted.
 */
export class FirmLoader {
  private readonly answered = new Map<string, FirmView | null>();
  private readonly pending = new Map<string, Batch>();
  private gathering = new Batch();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private gatheringSince: number | undefined;
  private lastQueuedAt: number | undefined;

  constructor(private readonly fetchFirms: FetchFirms) {}

  /** The firm with this id, or null when the service does not know it. */
  load(id: string, signal?: AbortSignal): Promise<FirmView | null> {
    if (this.answered.has(id)) return Promise.resolve(this.answered.get(id) ?? null);
    if (signal?.aborted) return Promise.reject(new RequestCancelledError());
    let batch = this.pending.get(id);
    if (!batch) {
      batch = this.gathering;
      batch.ids.add(id);
      this.pending.set(id, batch);
      if (batch.ids.size >= FIRM_BATCH_MAX) this.flush();
      else this.waitForQuiet();
    }
    return this.wait(batch, id, signal);
  }

  /** Forgets every answer, so the next calls ask the service again (the task pane's Refresh). */
  clear(): void {
    this.answered.clear();
    // Requests under way still answer their callers, but later calls ask again.
    for (const [id, batch] of this.pending) if (batch !== this.gathering) this.pending.delete(id);
  }

  private wait(batch: Batch, id: string, signal: AbortSignal | undefined): Promise<FirmView | null> {
    batch.waiting++;
    return new Promise((resolve, reject) => {
      const cancel = () => {
        batch.waiting--;
        if (batch.waiting === 0) batch.controller.abort();
        reject(new RequestCancelledError());
      };
      signal?.addEventListener('abort', cancel, { once: true });
      void batch.outcome.then(({ items, error }) => {
        signal?.removeEventListener('abort', cancel);
        if (signal?.aborted) return;
        batch.waiting--;
        if (items) resolve(items[id] ?? null);
        else reject(error);
      });
    });
  }

  private waitForQuiet(): void {
    const now = Date.now();
    this.gatheringSince ??= now;
    this.lastQueuedAt = now;
    // One timer a burst: when it fires it checks whether calls are still coming, instead of being re-armed per call.
    const check = () => {
      const quietFor = Date.now() - (this.lastQueuedAt ?? 0);
      const held = Date.now() - (this.gatheringSince ?? 0);
      if (quietFor >= QUIET_MS || held >= MAX_GATHER_MS) this.flush();
      else this.timer = setTimeout(check, QUIET_MS - quietFor);
    };
    this.timer ??= setTimeout(check, QUIET_MS);
  }

  private flush(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    this.gatheringSince = undefined;
    const batch = this.gathering;
    this.gathering = new Batch();
    if (batch.ids.size === 0) return;
    const forget = () => {
      for (const id of batch.ids) if (this.pending.get(id) === batch) this.pending.delete(id);
    };
    if (batch.waiting === 0) {
      // Every cell of this batch was cancelled before it went out: nothing to ask.
      forget();
      batch.finish({ error: new RequestCancelledError() });
      return;
    }
    let request: Promise<Record<string, FirmView | null>>;
    try {
      request = this.fetchFirms([...batch.ids], batch.controller.signal);
    } catch (error) {
      request = Promise.reject(error);
    }
    request.then(
      (items) => {
        for (const id of batch.ids) {
          if (this.pending.get(id) === batch) this.answered.set(id, items[id] ?? null);
        }
        forget();
        batch.finish({ items });
      },
      (error: unknown) => {
        forget();
        batch.finish({ error });
      },
    );
  }
}
