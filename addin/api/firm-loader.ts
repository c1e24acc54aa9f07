import { FIRM_BATCH_MAX, type FirmView } from '../../shared/api/firms';

/** Fetches one batch: every id asked, with its firm or null when unknown. */
export type FetchFirms = (ids: string[]) => Promise<Record<string, FirmView | null>>;

/**
 * A calculation's calls are gathered until they stop coming for QUIET_MS (Excel hands a recalculation's
 * calls over in quick bursts), but never held longer than MAX_GATHER_MS.
 */
export const QUIET_MS = 2;
export const MAX_GATHER_MS = 50;

interface Waiting {
  resolve: (firm: FirmView | null) => void;
  reject: (error: unknown) => void;
}

/**
 * Coalesces the firm reads of one calculation: ids asked within a few milliseconds go out together, one
 * request per 1,000 distinct ids (whatever years the cells ask: a batch answers every year); an id
 * already asked, or answered, is not asked again until {@link FirmLoader.clear}. Every promise
 * settles: a failed batch rejects each of its ids (and forgets them, so a later call tries again).
 */
export class FirmLoader {
  private readonly cache = new Map<string, Promise<FirmView | null>>();
  private queue = new Map<string, Waiting>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private gatheringSince: number | undefined;
  private lastQueuedAt: number | undefined;

  constructor(private readonly fetchFirms: FetchFirms) {}

  /** The firm with this id, or null when the service does not know it. */
  load(id: string): Promise<FirmView | null> {
    const cached = this.cache.get(id);
    if (cached) return cached;
    const promise = new Promise<FirmView | null>((resolve, reject) =>
      this.queue.set(id, { resolve, reject }),
    );
    this.cache.set(id, promise);
    if (this.queue.size >= FIRM_BATCH_MAX) this.flush();
    else this.waitForQuiet();
    return promise;
  }

  /** Forgets every answer, so the next calls ask the service again (the task pane's Refresh). */
  clear(): void {
    this.cache.clear();
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
    const batch = this.queue;
    this.queue = new Map();
    if (batch.size === 0) return;
    this.fetchFirms([...batch.keys()]).then(
      (items) => {
        for (const [id, waiting] of batch) waiting.resolve(items[id] ?? null);
      },
      (error: unknown) => {
        for (const [id, waiting] of batch) {
          this.cache.delete(id);
          waiting.reject(error);
        }
      },
    );
  }
}
