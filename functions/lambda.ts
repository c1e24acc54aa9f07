/** The Lambda entry point: API Gateway HTTP API events in, the same app as the local server. */
import { Logger } from '@aws-lambda-powertools/logger';
import { handle, type LambdaEvent } from 'hono/aws-lambda';
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

/**
 * Structured JSON logs (Powertools): each line carries the cold-start flag and Lambda's request id.
 * Off Lambda it stays silent: tests and benches run this bundle in a child process and read its stdout.
 */
const logger = new Logger({
  serviceName: 'spring-api',
  persistentKeys: { version: APP_VERSION },
  ...(process.env.AWS_LAMBDA_FUNCTION_NAME ? {} : { logLevel: 'SILENT' as const }),
});

/** API Gateway's own request id, the key of its access log lines (ALB events have none). */
const apiRequestId = (event: LambdaEvent): string | undefined =>
  'requestId' in event.requestContext ? event.requestContext.requestId : undefined;

const handleRequest = handle(app);

/** Lambda handler for API Gateway HTTP API (payload v2) events. */
export const handler: typeof handleRequest = async (event, context) => {
  if (context) logger.addContext(context);
  logger.info('request', { apiRequestId: apiRequestId(event) });
  return handleRequest(event, context);
};
