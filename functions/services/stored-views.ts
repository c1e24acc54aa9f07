import { firmItem, getFirms, getStoredViews, type StoredView } from '../data/firms';
import type { FirmRecord } from '../data/records';
import type { Store } from '../data/store';
import { APP_VERSION } from '../version';
import { firmView } from './firm-view';

/** Revision of the rules a view follows (observed years, outcomes for every project: docs/indicators.md). */
const VIEW_RULES = 2;

/**
 * Views made by another version of the app, or under other rules, are recomputed, not served: a view
 * stored before the observed-year rule would still list years without data and null outcomes.
 */
export const VIEW_VERSION = `${APP_VERSION}+rules.${VIEW_RULES}`;

/** The view to store with a firm aggregate. */
export function viewToStore(firm: FirmRecord): StoredView {
  return { json: JSON.stringify(firmView(firm)), version: VIEW_VERSION };
}

/** The item that stores a firm aggregate with its view. */
export const firmItemWithView = (firm: FirmRecord) => firmItem(firm, viewToStore(firm));

/** Firms whose views are computed between two turns of the event loop. */
const SLICE = 200;

/**
 * The items of many firms, their views computed a slice at a time with the event loop let through in
 * between: writes already under way keep flowing while the views are computed.
 */
export async function firmItemsWithViews(firms: readonly FirmRecord[]): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  for (let start = 0; start < firms.length; start += SLICE) {
    for (const firm of firms.slice(start, start + SLICE)) items.push(firmItemWithView(firm));
    await new Promise((resolve) => setImmediate(resolve));
  }
  return items;
}

/**
 * The JSON of each known firm's view, by id: the stored view when this version made it, otherwise
 * computed from the aggregate (read only for those firms). Unknown ids are absent.
 */
export async function firmViewsJson(store: Store, ids: readonly string[]): Promise<Map<string, string>> {
  const stored = await getStoredViews(store, ids);
  const stale = [...stored].filter(([, view]) => view?.version !== VIEW_VERSION).map(([id]) => id);
  const recomputed = stale.length > 0 ? await getFirms(store, stale) : new Map<string, FirmRecord>();
  const views = new Map<string, string>();
  for (const [id, view] of stored) {
    const firm = recomputed.get(id);
    if (view?.version === VIEW_VERSION) views.set(id, view.json);
    else if (firm) views.set(id, JSON.stringify(firmView(firm)));
  }
  return views;
}
