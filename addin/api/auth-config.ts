import { AuthConfigSchema, type AuthConfig } from '../../shared/api/auth';
import { PATHS } from './paths';
import { fetchWithin } from './time-limit';

/**
 * How the service at `serviceUrl` signs users in, from its `/auth-config.json`: Microsoft Entra ID on
 * AWS, development tokens on the local server. Throws with a readable message when it cannot tell.
 */
export async function loadAuthConfig(
  serviceUrl: string,
  fetchImpl: typeof fetch = (...args) => fetch(...args),
): Promise<AuthConfig> {
  const url = new URL(PATHS.authConfig(), serviceUrl);
  let answer: Awaited<ReturnType<typeof fetchWithin>>;
  try {
    answer = await fetchWithin(fetchImpl, url);
  } catch (error) {
    throw new Error(
      `no answer from ${serviceUrl} (${error instanceof Error ? error.message : String(error)})`,
      {
        cause: error,
      },
    );
  }
  if (!answer.response.ok) throw new Error(`${url.href} answered ${answer.response.status}`);
  const parsed = AuthConfigSchema.safeParse(answer.payload);
  if (!parsed.success) throw new Error(`${url.href} is not a valid sign-in configuration`);
  return parsed.data;
}
