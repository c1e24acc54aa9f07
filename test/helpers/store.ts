import { randomUUID } from 'node:crypto';
import { openStore, type Store } from '../../functions/data/store';
import { ensureTable } from '../../functions/data/table';

/** The suite's DynamoDB Local (started by test/global-setup.ts). */
export function dynamoEndpoint(): string {
  const endpoint = process.env.DYNAMODB_ENDPOINT;
  if (!endpoint)
    throw new Error(
      'DYNAMODB_ENDPOINT is not set: run the tests with jest, whose global setup starts DynamoDB Local',
    );
  return endpoint;
}

/** A fresh table name, unique to the caller. */
export function uniqueTable(prefix = 'test'): string {
  return `${prefix}_${randomUUID().slice(0, 8)}`;
}

/** A store on a new, empty table of the suite's DynamoDB Local. */
export async function freshStore(prefix?: string): Promise<Store> {
  const store = openStore({ endpoint: dynamoEndpoint() }, uniqueTable(prefix));
  await ensureTable(store);
  return store;
}
