import { DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { openStore, type Store } from '../../../functions/data/store';
import { ensureTable } from '../../../functions/data/table';
import { StoreUnavailableError } from '../../../functions/errors';
import { FAULTS, faultyStore } from '../../helpers/faulty-store';
import { dynamoEndpoint, uniqueTable } from '../../helpers/store';

const newStore = (table = uniqueTable('table')): Store => openStore({ endpoint: dynamoEndpoint() }, table);

const describeTable = (store: Store) =>
  store.doc.send(new DescribeTableCommand({ TableName: store.table })).then(({ Table }) => Table);

describe('ensureTable', () => {
  it('creates an active on-demand table keyed by pk and sk', async () => {
    const store = newStore();

    await ensureTable(store);

    const table = await describeTable(store);
    expect(table?.TableStatus).toBe('ACTIVE');
    expect(table?.KeySchema).toEqual([
      { AttributeName: 'pk', KeyType: 'HASH' },
      { AttributeName: 'sk', KeyType: 'RANGE' },
    ]);
    expect(table?.BillingModeSummary?.BillingMode).toBe('PAY_PER_REQUEST');
  });

  it('leaves an existing table and its items alone the second time', async () => {
    const store = newStore();
    await ensureTable(store);
    await store.doc.send(new PutCommand({ TableName: store.table, Item: { pk: 'kept', sk: 'KEPT' } }));
    const { store: counted, stats } = faultyStore(store, () => undefined);

    await ensureTable(counted);

    expect(stats().calls).toEqual({ DescribeTable: 1 });
    const { Item } = await store.doc.send(
      new GetCommand({ TableName: store.table, Key: { pk: 'kept', sk: 'KEPT' } }),
    );
    expect(Item).toEqual({ pk: 'kept', sk: 'KEPT' });
  });

  it('lets two calls racing to create the same table both succeed', async () => {
    const table = uniqueTable('race');
    const [first, second] = [newStore(table), newStore(table)];

    await Promise.all([ensureTable(first), ensureTable(second)]);

    expect((await describeTable(first))?.TableStatus).toBe('ACTIVE');
    await second.doc.send(new PutCommand({ TableName: table, Item: { pk: 'a', sk: 'b' } }));
    const { Item } = await first.doc.send(new GetCommand({ TableName: table, Key: { pk: 'a', sk: 'b' } }));
    expect(Item).toEqual({ pk: 'a', sk: 'b' });
  });

  it('reports a throttled store as unavailable instead of creating anything', async () => {
    const store = newStore();
    const { store: faulty, stats } = faultyStore(store, () => FAULTS.throttled);

    await expect(ensureTable(faulty)).rejects.toThrow(StoreUnavailableError);
    expect(stats().calls).toEqual({ DescribeTable: 1 });
  });
});
