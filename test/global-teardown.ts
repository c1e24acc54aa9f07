/** Stops the suite's DynamoDB Local. */
export default async function globalTeardown(): Promise<void> {
  await globalThis.springDynamoDbLocal?.stop();
}
