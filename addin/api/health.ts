import { HealthSchema, type Health } from '../../shared/api/health';

/** Asks the service at `baseUrl` for its status; throws with a readable message when it cannot. */
export async function fetchHealth(baseUrl: string, fetchImpl: typeof fetch = fetch): Promise<Health> {
  let response: Response;
  try {
    response = await fetchImpl(new URL('/v1/health', baseUrl));
  } catch (error) {
    throw new Error(`no answer from ${baseUrl} (${error instanceof Error ? error.message : String(error)})`, {
      cause: error,
    });
  }
  if (!response.ok) throw new Error(`${baseUrl} answered ${response.status} ${response.statusText}`);
  const parsed = HealthSchema.safeParse(await response.json());
  if (!parsed.success) throw new Error(`${baseUrl} does not look like a Spring service`);
  return parsed.data;
}
