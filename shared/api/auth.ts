import * as z from 'zod';
import { ROLES } from '../schemas';

/** `POST /v1/dev/token` body (local server only). */
export const DevTokenRequestSchema = z.strictObject({
  role: z.enum(ROLES, { error: `role must be one of ${ROLES.join(', ')}` }),
});

/** `POST /v1/dev/token` answer. */
export const DevTokenSchema = z.object({ token: z.string() });
