import {
  ConditionalCheckFailedException,
  DynamoDBServiceException,
  ProvisionedThroughputExceededException,
  ThrottlingException,
  TransactionCanceledException,
} from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { guard, isUnavailable } from '../../../functions/data/guard';
import { getDatasetLabel, setDatasetLabel } from '../../../functions/data/imports';
import type { Store } from '../../../functions/data/store';
import { StoreUnavailableError } from '../../../functions/errors';
import { FAULTS, faultyStore } from '../../helpers/faulty-store';
import { freshStore } from '../../helpers/store';

const $metadata = {};
/** An error as the SDK reports one DynamoDB answered with. */
const serviceError = (name: string) =>
  new DynamoDBServiceException({ name, $fault: 'server', $metadata, message: `${name} happened` });
/** A dropped connection as Node reports it. */
const nodeError = (code: string) => Object.assign(new Error(`read ${code}`), { code });

let store: Store;
beforeAll(async () => {
  store = await freshStore('guard');
});

describe('guard', () => {
  it('passes the answer through', async () => {
    expect(await guard(Promise.resolve({ Item: { pk: 'a' } }))).toEqual({ Item: { pk: 'a' } });
  });

  it.each([
    [
      'ProvisionedThroughputExceededException',
      new ProvisionedThroughputExceededException({ message: 'slow down', $metadata }),
    ],
    ['ThrottlingException', new ThrottlingException({ message: 'slow down', $metadata })],
    ['RequestLimitExceeded', serviceError('RequestLimitExceeded')],
    ['InternalServerError', serviceError('InternalServerError')],
    ['ServiceUnavailable', serviceError('ServiceUnavailable')],
    ['ECONNRESET (as a name)', Object.assign(new Error('reset'), { name: 'ECONNRESET' })],
    ['ECONNRESET (as a code)', nodeError('ECONNRESET')],
    ['ECONNREFUSED', nodeError('ECONNREFUSED')],
    ['ETIMEDOUT', nodeError('ETIMEDOUT')],
  ])('turns %s into StoreUnavailableError, keeping the cause', async (_, error) => {
    const call = guard(Promise.reject(error));

    await expect(call).rejects.toThrow(StoreUnavailableError);
    await expect(call).rejects.toMatchObject({
      code: 'ERR_STORE_UNAVAILABLE',
      message: `The data store is busy or unreachable (${error.name}); try again`,
      cause: error,
    });
  });

  it.each([
    ['ConditionalCheckFailedException', new ConditionalCheckFailedException({ message: 'no', $metadata })],
    ['ValidationException', serviceError('ValidationException')],
    ['ResourceNotFoundException', serviceError('ResourceNotFoundException')],
    ['a plain Error', new Error('bug')],
  ])('passes %s through unchanged', async (_, error) => {
    await expect(guard(Promise.reject(error))).rejects.toBe(error);
  });

  it('passes a rejection that is no Error through unchanged', async () => {
    await expect(guard(Promise.reject('ECONNRESET'))).rejects.toBe('ECONNRESET');
    expect(isUnavailable('ECONNRESET')).toBe(false);
  });

  it("passes DynamoDB Local's own ValidationException through", async () => {
    // A key without its sort key: DynamoDB refuses the request.
    const call = guard(store.doc.send(new GetCommand({ TableName: store.table, Key: { pk: 'only' } })));

    await expect(call).rejects.toMatchObject({ name: 'ValidationException' });
  });

  it("passes DynamoDB Local's own ConditionalCheckFailedException through", async () => {
    const put = () =>
      store.doc.send(
        new PutCommand({
          TableName: store.table,
          Item: { pk: 'once', sk: 'ONCE' },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
    await guard(put());

    await expect(guard(put())).rejects.toBeInstanceOf(ConditionalCheckFailedException);
  });
});

describe('faults around real calls', () => {
  it('a connection dropped before the call leaves nothing written', async () => {
    const own = await freshStore('guard_before');
    const { store: faulty } = faultyStore(own, ({ command }) =>
      command === 'Put' ? FAULTS.resetBefore : undefined,
    );

    await expect(setDatasetLabel(faulty, 'first', '2024-01-01T00:00:00.000Z')).rejects.toThrow(
      StoreUnavailableError,
    );
    expect(await getDatasetLabel(own)).toBeUndefined();
  });

  it('a connection dropped after the call reports failure though the write happened', async () => {
    const own = await freshStore('guard_after');
    const { store: faulty, stats } = faultyStore(own, ({ command }) =>
      command === 'Put' ? FAULTS.resetAfter : undefined,
    );

    await expect(setDatasetLabel(faulty, 'first', '2024-01-01T00:00:00.000Z')).rejects.toMatchObject({
      name: 'StoreUnavailableError',
      cause: expect.objectContaining({ code: 'ECONNRESET' }),
    });
    expect(await getDatasetLabel(own)).toBe('first');
    expect(stats()).toEqual({ calls: { Put: 1 }, faults: { Put: 1 } });
  });

  it('a seeded fault rate fails the same calls on every run, and counts them', async () => {
    const run = async () => {
      const { store: faulty, stats } = faultyStore(store, { rate: 0.2, seed: 7 });
      const outcomes: string[] = [];
      for (let i = 0; i < 50; i++) {
        outcomes.push(
          await getDatasetLabel(faulty).then(
            () => 'ok',
            (error: Error) => error.name,
          ),
        );
      }
      return { outcomes, stats: stats() };
    };

    const [first, second] = [await run(), await run()];

    expect(second.outcomes).toEqual(first.outcomes);
    const failed = first.outcomes.filter((outcome) => outcome !== 'ok').length;
    expect(failed).toBeGreaterThan(0);
    expect(failed).toBeLessThan(25);
    expect(first.outcomes.every((o) => o === 'ok' || o === 'StoreUnavailableError')).toBe(true);
    expect(first.stats).toEqual({ calls: { Get: 50 }, faults: { Get: failed } });
  });
});

describe('guard and cancelled transactions', () => {
  it('turns a transaction cancelled by throttling or a concurrent transaction into StoreUnavailableError', async () => {
    for (const code of ['ThrottlingError', 'ProvisionedThroughputExceeded', 'TransactionConflict']) {
      const error = new TransactionCanceledException({
        message: `Transaction cancelled [${code}, None]`,
        $metadata: {},
        CancellationReasons: [{ Code: code }, { Code: 'None' }],
      });
      await expect(guard(Promise.reject(error))).rejects.toThrow(StoreUnavailableError);
    }
  });

  it('leaves a transaction cancelled by a failed condition to the caller', async () => {
    const error = new TransactionCanceledException({
      message: 'Transaction cancelled [ConditionalCheckFailed, None]',
      $metadata: {},
      CancellationReasons: [{ Code: 'ConditionalCheckFailed' }, { Code: 'None' }],
    });

    await expect(guard(Promise.reject(error))).rejects.toBe(error);
  });
});
