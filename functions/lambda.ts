/** The Lambda entry point: API Gateway HTTP API events in, the same app as the local server. */
import { handle } from 'hono/aws-lambda';
import { createApp } from './app/create-app';
import { lambdaClaimsAuthenticator } from './auth/authenticators';
import { readTable } from './config';
import { openStore } from './data/store';
import { APP_VERSION } from './version';

const app = createApp({
  version: APP_VERSION,
  // DYNAMODB_ENDPOINT points the same bundle at DynamoDB Local in tests; on AWS it is unset.
  store: openStore(
    { endpoint: process.env.DYNAMODB_ENDPOINT || undefined },
    readTable(process.env.SPRING_TABLE),
  ),
  authenticate: lambdaClaimsAuthenticator,
});

/** Lambda handler for API Gateway HTTP API (payload v2) events. */
export const handler = handle(app);
