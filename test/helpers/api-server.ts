import { ApiClient } from './api-client';
import { startLocalServer, type LocalServerProcess } from './local-server';

/** The running server of a test file and a client of it, set up before its tests. */
export interface ApiServer {
  server: LocalServerProcess;
  api: ApiClient;
}

/**
 * Starts the built local server for the calling test file (and stops it after), checking on the way
 * out that no request of the file ended in an unexpected error: a 500 is a bug.
 */
export function useApiServer(env: NodeJS.ProcessEnv = {}): ApiServer {
  const state = {} as ApiServer;
  beforeAll(async () => {
    state.server = await startLocalServer(env);
    state.api = new ApiClient(state.server.url);
  });
  afterAll(async () => {
    await state.server?.stop();
    expect(state.server?.output() ?? '').not.toContain('"level":"error"');
  });
  return state;
}
