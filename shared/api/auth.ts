import * as z from 'zod';
import { ROLES } from '../schemas';

/** `POST /v1/dev/token` body (local server only). */
/** The longest display name a development sign-in takes. */
export const DISPLAY_NAME_MAX = 60;

/** `POST /v1/dev/token` request. */
export const DevTokenRequestSchema = z.strictObject({
  role: z.enum(ROLES, { error: `role must be one of ${ROLES.join(', ')}` }),
  /** The name the user goes by, shown to colleagues beside their changes (so two sessions differ). */
  name: z
    .string({ error: 'name must be text' })
    .trim()
    .min(1, { error: 'name must not be blank' })
    .max(DISPLAY_NAME_MAX, { error: `name must be at most ${DISPLAY_NAME_MAX} characters` })
    .optional(),
});

/** `POST /v1/dev/token` answer. */
export const DevTokenSchema = z.object({ token: z.string() });

/**
 * The Entra ID settings of a deployment: how the task pane signs in with Microsoft Entra ID. The CDK
 * deployment writes them as `/auth-config.json` beside the add-in, the one place sign-in is configured.
 */
export const EntraAuthConfigSchema = z.strictObject({
  mode: z.literal('entra'),
  /** Directory (tenant) id. */
  tenantId: z.string().min(1),
  /** Application (client) id of the add-in's own (SPA) app registration. */
  clientId: z.string().min(1),
  /** The API's scopes the add-in asks for, e.g. `api://<api app id>/access_as_user`. */
  scopes: z.array(z.string().min(1)).min(1),
});
export type EntraAuthConfig = z.infer<typeof EntraAuthConfigSchema>;

/** The local server's sign-in: it signs its own development tokens (`POST /v1/dev/token`). */
export const DevelopmentAuthConfigSchema = z.strictObject({ mode: z.literal('development') });

/** `/auth-config.json`: how the task pane signs in to the service that serves it. */
export const AuthConfigSchema = z.discriminatedUnion('mode', [
  EntraAuthConfigSchema,
  DevelopmentAuthConfigSchema,
]);
export type AuthConfig = z.infer<typeof AuthConfigSchema>;

/** What the local server answers at `/auth-config.json`. */
export const DEVELOPMENT_AUTH_CONFIG: AuthConfig = { mode: 'development' };
