import { batchGet, foundKey } from './batch';
import { firmKey, withoutKeys } from './keys';
import type { FirmRecord } from './records';
import type { Store } from './store';

/** Firm aggregates by id, read in batches; ids with no firm are absent from the map. */
export async function getFirms(store: Store, ids: readonly string[]): Promise<Map<string, FirmRecord>> {
  const found = await batchGet(store, ids.map(firmKey));
  const firms = new Map<string, FirmRecord>();
  for (const id of ids) {
    const item = found.get(foundKey(firmKey(id)));
    if (item) firms.set(id, withoutKeys<FirmRecord>(item));
  }
  return firms;
}

/** One firm aggregate, or undefined. */
export async function getFirm(store: Store, id: string): Promise<FirmRecord | undefined> {
  return (await getFirms(store, [id])).get(id);
}

/** The item that stores a firm aggregate. */
export function firmItem(firm: FirmRecord): Record<string, unknown> {
  return { ...firmKey(firm.id), ...firm };
}
