import { createHttpClient } from './api/http';
import { Session } from './api/session';
import { SpringClient } from './api/spring-client';

/** What the task pane and the custom functions share in Excel's one runtime: the sign-in and the client. */
export interface SpringRuntime {
  session: Session;
  client: SpringClient;
}

declare global {
  var springWorkbench: SpringRuntime | undefined;
}

/**
 * The page's one runtime, made by whichever bundle (functions.js or taskpane.js) loads first; the other
 * finds it on the global object, so both use one session, one client and one cache.
 */
export function springRuntime(): SpringRuntime {
  if (!globalThis.springWorkbench) {
    const origin = typeof location === 'undefined' ? 'https://localhost:3000' : location.origin;
    const session = new Session(origin);
    globalThis.springWorkbench = { session, client: new SpringClient(createHttpClient(session)) };
  }
  return globalThis.springWorkbench;
}
