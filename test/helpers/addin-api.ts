import { createHttpClient } from '../../addin/api/http';
import { Session } from '../../addin/api/session';
import { SpringApi } from '../../addin/api/spring-api';
import type { Role } from '../../shared/schemas';
import { fetchLocal } from './local-server';

/** fetch as the add-in calls it, through the local server's trusted certificate. */
export const addinFetch = ((input: URL | RequestInfo, init?: RequestInit) =>
  fetchLocal(String(input), init as never) as unknown as Promise<Response>) as typeof fetch;

/** The add-in's typed API client, signed in to the local server at `url` with a development token. */
export function signedInApi(url: string, token: string, role: Role): SpringApi {
  const session = new Session(url);
  session.signIn({ token, name: `Local ${role}`, roles: [role] });
  return new SpringApi(createHttpClient(session, { fetchImpl: addinFetch }));
}
