/** The Lambda entry point: API Gateway HTTP API events in, the same app as the local server. */
import { handle } from 'hono/aws-lambda';
import { EMPTY_DATASET } from '../shared/api/health';
import { createApp } from './app/create-app';
import { APP_VERSION } from './version';

const app = createApp({ version: APP_VERSION, datasetLabel: async () => EMPTY_DATASET });

/** Lambda handler for API Gateway HTTP API (payload v2) events. */
export const handler = handle(app);
