import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

/** Where the store is: an explicit endpoint (DynamoDB Local) or AWS from the environment. */
export interface StoreLocation {
  /** e.g. `http://127.0.0.1:8000`; absent on AWS. */
  endpoint?: string;
  region?: string;
}

/** A low-level DynamoDB client; local endpoints get dummy credentials (DynamoDB Local ignores them). */
export function createDynamoClient(location: StoreLocation): DynamoDBClient {
  return new DynamoDBClient({
    region: location.region ?? process.env.AWS_REGION ?? 'eu-south-1',
    ...(location.endpoint
      ? { endpoint: location.endpoint, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } }
      : {}),
    // The SDK retries throttling and dropped connections itself, up to 4 tries in all. On top of that the
    // batch reads and writes retry their unprocessed keys and items with backoff (batch.ts). Transactions
    // get no retry of ours: one cancelled for load or a concurrent transaction, which the SDK does not
    // retry, becomes a StoreUnavailableError (guard.ts), a 503 the client may try again.
    maxAttempts: 4,
  });
}

/** The document client every data module uses: plain JS values in and out. */
export function createDocumentClient(location: StoreLocation): DynamoDBDocumentClient {
  return DynamoDBDocumentClient.from(createDynamoClient(location), {
    marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
  });
}
