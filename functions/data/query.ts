import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { decodeCursor, encodeCursor, type Listing } from './cursor';
import { guard } from './guard';
import type { ItemKey } from './keys';
import type { Store } from './store';

type Item = Record<string, unknown>;

/** One page of a listing and the cursor of the next one (absent on the last page). */
export interface Page<T> {
  items: T[];
  nextCursor?: string;
}

/** How a listing is read: in sort-key order or the reverse, eventually or strongly consistent. */
export interface ReadOrder {
  newestFirst?: boolean;
  consistent?: boolean;
}

async function queryOnce(
  store: Store,
  listing: Listing,
  limit: number,
  startKey?: ItemKey,
  order: ReadOrder = {},
) {
  return guard(
    store.doc.send(
      new QueryCommand({
        TableName: store.table,
        // DynamoDB refuses begins_with on an empty prefix: the whole partition is then the listing.
        ...(listing.skPrefix === ''
          ? { KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': listing.pk } }
          : {
              KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
              ExpressionAttributeValues: { ':pk': listing.pk, ':prefix': listing.skPrefix },
            }),
        ExclusiveStartKey: startKey,
        Limit: limit,
        ScanIndexForward: !order.newestFirst,
        ConsistentRead: order.consistent ?? false,
      }),
    ),
  );
}

/**
 * One page of `limit` items of a listing. Asks for one more than the page holds, so the last page
 * carries no cursor; follows DynamoDB's own 1 MB pages until the page is full.
 */
export async function queryPage(
  store: Store,
  listing: Listing,
  limit: number,
  cursor?: string,
  order: ReadOrder = {},
): Promise<Page<Item>> {
  let startKey = cursor === undefined ? undefined : decodeCursor(listing, cursor);
  const items: Item[] = [];
  do {
    const output = await queryOnce(store, listing, limit + 1 - items.length, startKey, order);
    items.push(...(output.Items ?? []));
    startKey = output.LastEvaluatedKey as ItemKey | undefined;
  } while (startKey && items.length <= limit);
  if (items.length <= limit) return { items };
  const page = items.slice(0, limit);
  const last = page[limit - 1] ?? {};
  return { items: page, nextCursor: encodeCursor({ pk: String(last.pk), sk: String(last.sk) }) };
}

/** Every item of a listing, following DynamoDB's 1 MB pages. */
export async function queryAll(store: Store, listing: Listing, order: ReadOrder = {}): Promise<Item[]> {
  const items: Item[] = [];
  let startKey: ItemKey | undefined;
  do {
    const output = await queryOnce(store, listing, 1000, startKey, order);
    items.push(...(output.Items ?? []));
    startKey = output.LastEvaluatedKey as ItemKey | undefined;
  } while (startKey);
  return items;
}
