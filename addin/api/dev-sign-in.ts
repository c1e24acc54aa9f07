import { decodeJwt } from 'jose';
import { DevTokenSchema } from '../../shared/api/auth';
import { ROLES, type Role } from '../../shared/schemas';
import { ApiError, ServiceUnreachableError } from '../errors';
import type { Session, SignedIn } from './session';

/** What a token says about its holder, for the status line (the service checks it; the pane only shows it). */
export function holderOf(token: string): SignedIn {
  const claims = decodeJwt(token);
  const roles = ROLES.filter((role) => Array.isArray(claims.roles) && claims.roles.includes(role));
  const name = typeof claims.name === 'string' ? claims.name : String(claims.sub ?? 'unknown user');
  return { token, name, roles };
}

/**
 * The local server's development sign-in: asks `POST /v1/dev/token` for a token of `role` and signs the
 * session in with it. A service without that route (the AWS deployment) answers 404.
 */
export async function devSignIn(
  session: Session,
  role: Role,
  fetchImpl: typeof fetch = (...args) => fetch(...args),
): Promise<SignedIn> {
  let response: Response;
  try {
    response = await fetchImpl(new URL('/v1/dev/token', session.serviceUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ role }),
    });
  } catch (error) {
    throw new ServiceUnreachableError(error instanceof Error ? error.message : String(error), {
      cause: error,
    });
  }
  const payload = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (!response.ok) throw new ApiError(response.status, payload);
  const signedIn = holderOf(DevTokenSchema.parse(payload).token);
  session.signIn(signedIn);
  return signedIn;
}
