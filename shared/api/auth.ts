import * as z from 'zod';
import { ROLES } from '../schemas';

/** `POST /v1/dev/token` body (local server only). */
export const DevTokenRequestSchema = z.strictObject({
  role: z.enum(ROLES, { error: `role must be one of ${ROLES.join(', ')}` }),
});

/** `POST /v1/dev/token` answer. */
export const DevTokenSchema = z.object({ token: z.string() });

/**
 * `/auth-config.json`, deployed beside the add-in on AWS (absent locally, where the server signs its own
 * tokens): how the task pane signs in with Microsoft Entra ID. The one place sign-in is configured.
 */
export const AuthConfigSchema = z.strictObject({
  /** Directory (tenant) id. */
  tenantId: z.string().min(1),
  /** Application (client) id of the add-in's own (SPA) app registration. */
  clientId: z.string().min(1),
  /** The API's scopes the add-in asks for, e.g. `api://<api app id>/access_as_user`. */
  scopes: z.array(z.string().min(1)).min(1),
});
export type AuthConfig = z.infer<typeof AuthConfigSchema>;
