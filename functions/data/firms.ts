import { batchGet, foundKey } from './batch';
import { firmKey, withoutKeys } from './keys';
import type { FirmRecord } from './records';
import type { Store } from './store';

/**
 * The firm aggregate's lists (exports, agreements, projects) are stored as one JSON attribute: the
 * aggregate is always read whole and never filtered inside, and one string attribute is far cheaper to
 * marshal than hundreds of nested ones (a 1,000-firm BatchGetItem on DynamoDB Local: ~150 ms against
 * ~350 ms as lists of maps).
 */
type FirmItem = Omit<FirmRecord, 'exports' | 'agreements' | 'projects'> & { history: string };

/** The item that stores a firm aggregate. */
export function firmItem(firm: FirmRecord): Record<string, unknown> {
  const { exports, agreements, projects, ...record } = firm;
  return { ...firmKey(firm.id), ...record, history: JSON.stringify({ exports, agreements, projects }) };
}

/** The firm aggregate an item stores. */
export function firmFromItem(item: Record<string, unknown>): FirmRecord {
  const { history, ...record } = withoutKeys<FirmItem>(item);
  return { ...record, ...(JSON.parse(history) as Pick<FirmRecord, 'exports' | 'agreements' | 'projects'>) };
}

/** Firm aggregates by id, read in batches; ids with no firm are absent from the map. */
export async function getFirms(store: Store, ids: readonly string[]): Promise<Map<string, FirmRecord>> {
  const found = await batchGet(store, ids.map(firmKey));
  const firms = new Map<string, FirmRecord>();
  for (const id of ids) {
    const item = found.get(foundKey(firmKey(id)));
    if (item) firms.set(id, firmFromItem(item));
  }
  return firms;
}

/** One firm aggregate, or undefined. */
export async function getFirm(store: Store, id: string): Promise<FirmRecord | undefined> {
  return (await getFirms(store, [id])).get(id);
}
