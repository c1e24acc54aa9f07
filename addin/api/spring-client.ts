import type { EditionIndicators } from '../../shared/edition';
import type { FirmView } from '../../shared/api/firms';
import type { BudgetLine, Project } from '../../shared/schemas';
import { FirmLoader } from './firm-loader';
import type { HttpClient } from './http';

/** Most projects a page holds: an edition is read in few requests. */
const PROJECT_PAGE = 500;

/**
 * The one client of the Spring API that the custom functions and the task pane share: batched firm
 * reads, and per-edition answers (indicators, budget, projects) cached until {@link SpringClient.refresh}.
 */
export class SpringClient {
  private readonly firms: FirmLoader;
  private readonly cache = new Map<string, Promise<unknown>>();

  constructor(readonly http: HttpClient) {
    this.firms = new FirmLoader(async (ids) => {
      const { items } = await http.json<{ items: Record<string, FirmView | null> }>(
        'POST',
        '/v1/firms/batch',
        { ids },
      );
      return items;
    });
  }

  /** A firm with its stage and measures per year, or null when unknown. */
  firm(id: string): Promise<FirmView | null> {
    return this.firms.load(id);
  }

  /** The edition indicators. */
  editionIndicators(edition: string): Promise<EditionIndicators> {
    return this.cached(`indicators:${edition}`, () =>
      this.http.json<EditionIndicators>('GET', `/v1/editions/${encodeURIComponent(edition)}/indicators`),
    );
  }

  /** The edition's budget lines. */
  budget(edition: string): Promise<BudgetLine[]> {
    return this.cached(`budget:${edition}`, async () => {
      const { items } = await this.http.json<{ items: BudgetLine[] }>(
        'GET',
        `/v1/editions/${encodeURIComponent(edition)}/budget`,
      );
      return items;
    });
  }

  /** Every project of the edition, all pages read. */
  projects(edition: string): Promise<Project[]> {
    return this.cached(`projects:${edition}`, async () => {
      const projects: Project[] = [];
      let cursor: string | undefined;
      do {
        const query = `limit=${PROJECT_PAGE}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
        const page = await this.http.json<{ items: Project[]; nextCursor?: string }>(
          'GET',
          `/v1/editions/${encodeURIComponent(edition)}/projects?${query}`,
        );
        projects.push(...page.items);
        cursor = page.nextCursor;
      } while (cursor);
      return projects;
    });
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
      promise.catch(() => this.cache.delete(key));
    }
    return promise;
  }
}
