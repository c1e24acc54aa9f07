import {
  CreateTableCommand,
  DescribeTableCommand,
  ResourceNotFoundException,
} from '@aws-sdk/client-dynamodb';
import { guard } from './guard';
import { sleep } from './retry';
import type { Store } from './store';

/**
 * Creates the table when it does not exist (local runs and tests; on AWS the CDK app owns it):
 * string keys `pk` and `sk`, on-demand billing.
 */
export async function ensureTable(store: Store): Promise<void> {
  const describe = () => guard(store.doc.send(new DescribeTableCommand({ TableName: store.table })));
  try {
    await describe();
    return;
  } catch (error) {
    if (!(error instanceof ResourceNotFoundException)) throw error;
  }
  try {
    await guard(
      store.doc.send(
        new CreateTableCommand({
          TableName: store.table,
          AttributeDefinitions: [
            { AttributeName: 'pk', AttributeType: 'S' },
            { AttributeName: 'sk', AttributeType: 'S' },
          ],
          KeySchema: [
            { AttributeName: 'pk', KeyType: 'HASH' },
            { AttributeName: 'sk', KeyType: 'RANGE' },
          ],
          BillingMode: 'PAY_PER_REQUEST',
        }),
      ),
    );
  } catch (error) {
    // Another process created it first: fine.
    if ((error as Error).name !== 'ResourceInUseException') throw error;
  }
  for (let i = 0; i < 100; i++) {
    const { Table } = await describe();
    if (Table?.TableStatus === 'ACTIVE') return;
    await sleep(100);
  }
  throw new Error(`table ${store.table} did not become active`);
}
