import { AuthConfigSchema, type AuthConfig } from '../../shared/api/auth';

/**
 * The deployment's Entra sign-in settings from `/auth-config.json`, or undefined where there is none
 * (the local server, which signs its own development tokens).
 */
export async function loadAuthConfig(
  serviceUrl: string,
  fetchImpl: typeof fetch = (...args) => fetch(...args),
): Promise<AuthConfig | undefined> {
  const response = await fetchImpl(new URL('/auth-config.json', serviceUrl));
  if (response.status === 404) return undefined;
  if (!response.ok) throw new Error(`${serviceUrl}/auth-config.json answered ${response.status}`);
  const parsed = AuthConfigSchema.safeParse(await response.json());
  if (!parsed.success) throw new Error(`${serviceUrl}/auth-config.json is not a valid sign-in configuration`);
  return parsed.data;
}
