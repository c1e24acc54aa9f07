import { DEFAULT_RETRY } from './retry';
import { batchGet, foundKey } from './batch';
import { firmKey, withoutKeys } from './keys';
import type { FirmRecord } from './records';
import type { Store } from './store';

/**
 * The firm item keeps two things: the aggregate, its lists (exports, agreements, projects) as one JSON
 * attribute `history`, and the view the API serves, as JSON in `view` with the app version that made
 * it. The aggregate is always read whole and never filtered inside, and one string attribute is far
 * cheaper to marshal than hundreds of nested ones; the stored view lets a 1,000-firm batch read be a
 * read, not 10,000 stage computations (the view only changes when the firm's data does, on import).
 */
type FirmItem = Omit<FirmRecord, 'exports' | 'agreements' | 'projects'> & {
  history: string;
  view?: string;
  viewVersion?: string;
};

/** The API's view of a firm as stored: its JSON and the app version that computed it. */
export interface StoredView {
  json: string;
  version: string;
}

/** The item that stores a firm aggregate and its view. */
export function firmItem(firm: FirmRecord, view: StoredView): Record<string, unknown> {
  const { exports, agreements, projects, ...record } = firm;
  return {
    ...firmKey(firm.id),
    ...record,
    history: JSON.stringify({ exports, agreements, projects }),
    view: view.json,
    viewVersion: view.version,
  };
}

/** The firm aggregate an item stores. */
export function firmFromItem(item: Record<string, unknown>): FirmRecord {
  const { history, view: _view, viewVersion: _version, ...record } = withoutKeys<FirmItem>(item);
  return { ...record, ...(JSON.parse(history) as Pick<FirmRecord, 'exports' | 'agreements' | 'projects'>) };
}

/** The stored view of an item, if it has one. */
export function storedViewOf(item: Record<string, unknown>): StoredView | undefined {
  const { view, viewVersion } = item;
  return typeof view === 'string' && typeof viewVersion === 'string'
    ? { json: view, version: viewVersion }
    : undefined;
}

/**
 * Firm aggregates by id, read in batches; ids with no firm are absent from the map. `consistent` reads
 * strongly (what a stored result is computed from).
 */
export async function getFirms(
  store: Store,
  ids: readonly string[],
  { consistent = false }: { consistent?: boolean } = {},
): Promise<Map<string, FirmRecord>> {
  const found = await batchGet(store, ids.map(firmKey), DEFAULT_RETRY, undefined, consistent);
  const firms = new Map<string, FirmRecord>();
  for (const id of ids) {
    const item = found.get(foundKey(firmKey(id)));
    if (item) firms.set(id, firmFromItem(item));
  }
  return firms;
}

/**
 * The stored views of firms by id, reading nothing else; a firm whose item has no view maps to
 * undefined, an unknown id is absent.
 */
export async function getStoredViews(
  store: Store,
  ids: readonly string[],
): Promise<Map<string, StoredView | undefined>> {
  const found = await batchGet(store, ids.map(firmKey), DEFAULT_RETRY, ['view', 'viewVersion']);
  const views = new Map<string, StoredView | undefined>();
  for (const id of ids) {
    const item = found.get(foundKey(firmKey(id)));
    if (item) views.set(id, storedViewOf(item));
  }
  return views;
}
