import { createHttpClient } from './api/http';
import { OFFICE_ENTRA } from './api/entra-office';
import { KeptSignIns, runtimeStore } from './api/kept-sign-ins';
import { Session } from './api/session';
import { SignInKeeper } from './api/sign-in-keeper';
import { SpringClient } from './api/spring-client';
import { recalculateCells } from './workbook/recalculate';

/**
 * What the task pane and the custom functions share in Excel's one runtime: the sign-in and its keeper,
 * the client, and the cells that answered "Sign in" (recalculated once someone signs in).
 */
export interface SpringRuntime {
  session: Session;
  keeper: SignInKeeper;
  client: SpringClient;
  signInCells: Set<string>;
}

declare global {
  var springWorkbench: SpringRuntime | undefined;
}

/** Who is signed in where: a change of it (not a mere token renewal) makes cached answers stale. */
const identityOf = (session: Session) =>
  `${session.serviceUrl} ${session.signedIn?.name ?? ''} ${session.signedIn?.roles.join(',') ?? ''}`;

/**
 * The page's one runtime, made by whichever bundle (functions.js or taskpane.js) loads first; the other
 * finds it on the global object, so both use one session, one client and one cache. Made, it restores
 * the kept sign-in at once: in Excel the runtime starts on the workbook's first calculation, before
 * anyone opens the pane (README, "A working day in Excel").
 */
export function springRuntime(): SpringRuntime {
  if (!globalThis.springWorkbench) {
    const origin = typeof location === 'undefined' ? 'https://localhost:3000' : location.origin;
    const session = new Session(origin);
    const keeper = new SignInKeeper(session, { kept: new KeptSignIns(runtimeStore()), entra: OFFICE_ENTRA });
    const client = new SpringClient(
      createHttpClient(session, {
        signIn: { settled: () => keeper.settled(), renew: () => keeper.renew() },
      }),
    );
    const signInCells = new Set<string>();
    let identity = identityOf(session);
    session.onChange((changed) => {
      const next = identityOf(changed);
      if (next !== identity) client.refresh();
      identity = next;
      if (!changed.signedIn || signInCells.size === 0) return;
      const cells = [...signInCells];
      signInCells.clear();
      // Best effort: a cell Excel could not recalculate still recalculates with the next edit or Refresh.
      recalculateCells(cells).catch(() => undefined);
    });
    globalThis.springWorkbench = { session, keeper, client, signInCells };
    void keeper.restore();
  }
  return globalThis.springWorkbench;
}
