import { HealthSchema, type Health } from '../../shared/api/health';
import { PATHS } from './paths';
import { fetchWithin } from './time-limit';

/** Asks the service at `baseUrl` for its status; throws with a readable message when it cannot. */
export async function fetchHealth(
  baseUrl: string,
  fetchImpl: typeof fetch = (...args) => fetch(...args),
): Promise<Health> {
  let answer: Awaited<ReturnType<typeof fetchWithin>>;
  try {
    answer = await fetchWithin(fetchImpl, new URL(PATHS.health(), baseUrl));
  } catch (error) {
    throw new Error(`no answer from ${baseUrl} (${error instanceof Error ? error.message : String(error)})`, {
      cause: error,
    });
  }
  const { response, payload } = answer;
  if (!response.ok) throw new Error(`${baseUrl} answered ${response.status} ${response.statusText}`);
  const parsed = HealthSchema.safeParse(payload);
  if (!parsed.success) throw new Error(`${baseUrl} does not look like a Spring service`);
  return parsed.data;
}
