import { FIRM_BATCH_MAX, type FirmView } from '../../shared/api/firms';

/** Fetches one batch: every id asked, with its firm or null when unknown. */
export type FetchFirms = (ids: string[]) => Promise<Record<string, FirmView | null>>;

/** How long a calculation's calls are gathered before they are sent together. */
export const GATHER_MS = 15;

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
    else this.timer ??= setTimeout(() => this.flush(), GATHER_MS);
    return promise;
  }

  /** Forgets every answer, so the next calls ask the service again (the task pane's Refresh). */
  clear(): void {
    this.cache.clear();
  }

  private flush(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
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
