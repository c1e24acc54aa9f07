import { ApiClient } from './api-client';
import { conformanceChecker } from './openapi-conformance';
import { startLocalServer, type LocalServerProcess } from './local-server';

/** The running server of a test file and a client of it, set up before its tests. */
export interface ApiServer {
  server: LocalServerProcess;
  api: ApiClient;
}

/**
 * Starts the built local server for the calling test file (and stops it after), checking on the way
 * out that no request of the file ended in an unexpected error (a 500 is a bug) and that every response
 * matched the OpenAPI contract the server publishes.
 */
export function useApiServer(env: NodeJS.ProcessEnv = {}): ApiServer {
  const state = {} as ApiServer;
  beforeAll(async () => {
    state.server = await startLocalServer(env);
    state.api = new ApiClient(state.server.url);
  });
  afterAll(async () => {
    // Every response of the file must match the contract the server publishes.
    const contract = state.api && (await state.api.get('/v1/openapi.json')).body;
    await state.server?.stop();
    expect(state.server?.output() ?? '').not.toContain('"level":"error"');
    if (!state.api) return;
    const check = await conformanceChecker(contract);
    const problems = state.api.responses.map(check).filter((problem) => problem !== undefined);
    expect([...new Set(problems)]).toEqual([]);
  });
  return state;
}
