import { InvalidCursorError } from '../errors';
import type { ItemKey } from './keys';

/**
 * Page cursors are opaque to clients: base64url of the listing they belong to and the last key served.
 * A cursor is accepted only by the listing that made it, and only if its key lies inside that listing,
 * so a tampered or foreign cursor is refused instead of reading elsewhere.
 */

/** The listing a cursor belongs to: one partition and one sort-key prefix. */
export interface Listing {
  pk: string;
  skPrefix: string;
}

/** Makes the cursor that resumes a listing after `lastKey`. */
export function encodeCursor(lastKey: ItemKey): string {
  return Buffer.from(JSON.stringify({ v: 1, pk: lastKey.pk, sk: lastKey.sk }), 'utf8').toString('base64url');
}

/** Reads a cursor back for `listing`; throws {@link InvalidCursorError} when it is not one of its own. */
export function decodeCursor(listing: Listing, cursor: string): ItemKey {
  let parsed: unknown;
  try {
    if (!/^[A-Za-z0-9_-]+$/.test(cursor)) throw new Error('not base64url');
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidCursorError('cursor is not one this service handed out; start again without it');
  }
  const { v, pk, sk } = (parsed ?? {}) as Record<string, unknown>;
  if (v !== 1 || pk !== listing.pk || typeof sk !== 'string' || !sk.startsWith(listing.skPrefix)) {
    throw new InvalidCursorError('cursor belongs to another listing; start again without it');
  }
  return { pk, sk };
}
