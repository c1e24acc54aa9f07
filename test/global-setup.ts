/**
 * Runs once before the suite: makes the local certificate, and starts the one DynamoDB Local (in
 * memory) every test file shares; each file uses tables of its own (test/helpers/store.ts).
 */
import path from 'node:path';
import { ensureCertificates } from '../functions/local/certificates';
import { startDynamoDbLocal, type DynamoDbLocal } from '../functions/local/dynamodb-local';

declare global {
  var springDynamoDbLocal: DynamoDbLocal | undefined;
}

export default async function globalSetup(): Promise<void> {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
  const [, dynamo] = await Promise.all([
    ensureCertificates(path.resolve(__dirname, '../.certs')),
    startDynamoDbLocal(undefined),
  ]);
  globalThis.springDynamoDbLocal = dynamo;
  // Workers start after this and inherit the environment.
  process.env.DYNAMODB_ENDPOINT = dynamo.endpoint;
}
