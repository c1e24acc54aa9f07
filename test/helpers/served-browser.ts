import type { Browser } from 'playwright-core';
import { ApiClient } from './api-client';
import { launchChromium } from './browser';
import { startLocalServer, type LocalServerProcess } from './local-server';

/** The built local server of a browser test file, a client of its API and a headless Chromium. */
export interface ServedBrowser {
  server: LocalServerProcess;
  browser: Browser;
  api: ApiClient;
}

/**
 * Starts the built local server and Chromium for the calling test file, before its tests, and stops
 * both after; the members may be read only inside tests and hooks.
 */
export function useServedBrowser(): ServedBrowser {
  const state = {} as ServedBrowser;
  beforeAll(async () => {
    [state.server, state.browser] = await Promise.all([startLocalServer(), launchChromium()]);
    state.api = new ApiClient(state.server.url);
  });
  afterAll(async () => {
    await state.browser?.close();
    await state.server?.stop();
  });
  return state;
}
