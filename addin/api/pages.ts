import { RequestCancelledError } from '../errors';
import type { Page } from './spring-api';

/** Most items a page of the API holds (the API allows 1..500): an edition is read in few requests. */
export const PAGE_SIZE = 500;

/** How a paged read runs: cancellable between pages, with the count read so far. */
export interface PageOptions {
  signal?: AbortSignal;
  onProgress?: (read: number) => void;
  pageSize?: number;
}

/**
 * Every item of a paged listing, page after page following `nextCursor`. Cancel stops between pages
 * (and aborts the page being read) with {@link RequestCancelledError}.
 */
export async function readAllPages<T>(
  fetchPage: (limit: number, cursor: string | undefined, signal?: AbortSignal) => Promise<Page<T>>,
  options: PageOptions = {},
): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  do {
    if (options.signal?.aborted) throw new RequestCancelledError();
    const page = await fetchPage(options.pageSize ?? PAGE_SIZE, cursor, options.signal);
    items.push(...page.items);
    cursor = page.nextCursor;
    options.onProgress?.(items.length);
  } while (cursor);
  if (options.signal?.aborted) throw new RequestCancelledError();
  return items;
}
