import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createDocumentClient, type StoreLocation } from './client';

/** The one table and the client every data module reads and writes through. */
export interface Store {
  doc: Pick<DynamoDBDocumentClient, 'send'>;
  table: string;
}

/** Default table name (`SPRING_TABLE` overrides it). */
export const DEFAULT_TABLE = 'spring';

/** Opens the store at `location` on table `table`. */
export function openStore(location: StoreLocation, table: string = DEFAULT_TABLE): Store {
  return { doc: createDocumentClient(location), table };
}
