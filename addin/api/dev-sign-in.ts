import { DevTokenSchema } from '../../shared/api/auth';
import type { Role } from '../../shared/schemas';
import { ApiError, ServiceUnreachableError } from '../errors';
import { PATHS } from './paths';

/** Who a development sign-in is: a role, and the name colleagues see beside the user's changes. */
export interface DevIdentity {
  role: Role;
  name?: string;
}
import type { SignedIn } from './session';
import { fetchWithin } from './time-limit';
import { holderOf } from './token-holder';

/**
 * The local server's development sign-in: a new token of `role`, under the user's display `name` when
 * given, from `POST /v1/dev/token`. A service without that route (the AWS deployment) answers 404.
 */
export async function devToken(
  serviceUrl: string,
  { role, name }: DevIdentity,
  fetchImpl: typeof fetch = (...args) => fetch(...args),
): Promise<SignedIn> {
  let answer: Awaited<ReturnType<typeof fetchWithin>>;
  try {
    answer = await fetchWithin(fetchImpl, new URL(PATHS.devToken(), serviceUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ role, ...(name ? { name } : {}) }),
    });
  } catch (error) {
    throw new ServiceUnreachableError(error instanceof Error ? error.message : String(error), {
      cause: error,
    });
  }
  const payload = (answer.payload ?? {}) as Record<string, unknown>;
  if (!answer.response.ok) throw new ApiError(answer.response.status, payload);
  return holderOf(DevTokenSchema.parse(payload).token);
}
