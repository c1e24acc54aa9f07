import type { EditionSummary } from '../../shared/api/editions';
import type { EffectsResponse } from '../../shared/api/effects';
import type { FirmView } from '../../shared/api/firms';
import type { EditionIndicators } from '../../shared/edition';
import type { BudgetLine, Project } from '../../shared/schemas';
import { FirmLoader } from './firm-loader';
import type { HttpClient } from './http';
import { readAllPages } from './pages';
import { SpringApi } from './spring-api';

/**
 * The one client of the Spring API that the custom functions and the task pane share: batched firm
 * reads, and the editions list, the programme effects and per-edition answers (indicators, budget,
 * projects) cached until {@link SpringClient.refresh} (the pane's Refresh, an import, or another
 * sign-in).
 */
export class SpringClient {
  readonly api: SpringApi;
  private readonly firms: FirmLoader;
  private readonly cache = new Map<string, Promise<unknown>>();

  constructor(http: HttpClient) {
    this.api = new SpringApi(http);
    this.firms = new FirmLoader((ids, signal) => this.api.firms(ids, signal));
  }

  /** A firm with its stage and measures per year, or null when unknown; `signal` withdraws the ask. */
  firm(id: string, signal?: AbortSignal): Promise<FirmView | null> {
    return this.firms.load(id, signal);
  }

  /** Every edition with its budget totals. */
  editions(): Promise<EditionSummary[]> {
    return this.cached('editions', () => this.api.editions());
  }

  /** The edition indicators. */
  editionIndicators(edition: string): Promise<EditionIndicators> {
    return this.cached(`indicators:${edition}`, () => this.api.indicators(edition));
  }

  /** Every edition's programme effect, and pooled over the editions. */
  effects(): Promise<EffectsResponse> {
    return this.cached('effects', () => this.api.effects());
  }

  /** The edition's budget lines. */
  budget(edition: string): Promise<BudgetLine[]> {
    return this.cached(`budget:${edition}`, () => this.api.budget(edition));
  }

  /** Every project of the edition, all pages read. */
  projects(edition: string): Promise<Project[]> {
    return this.cached(`projects:${edition}`, () =>
      readAllPages((limit, cursor) => this.api.projects(edition, limit, cursor)),
    );
  }

  /** Forgets every cached answer: the next reads go to the service. */
  refresh(): void {
    this.firms.clear();
    this.cache.clear();
  }

  private cached<T>(key: string, load: () => Promise<T>): Promise<T> {
    let promise = this.cache.get(key) as Promise<T> | undefined;
    if (!promise) {
      promise = load();
      this.cache.set(key, promise);
      // A failure is not kept: the next call tries again.
      promise.catch(() => {
        if (this.cache.get(key) === promise) this.cache.delete(key);
      });
    }
    return promise;
  }
}
