import type { DevTokens } from '../auth/dev-tokens';
import type { Store } from '../data/store';
import type { Authenticate } from './env';

/** What the HTTP app needs from the outside world; the entry points (Lambda, local server) provide it. */
export interface AppDeps {
  /** Version of the app, from package.json. */
  version: string;
  store: Store;
  /** How callers are recognised: the local server verifies its own tokens, Lambda reads API Gateway's claims. */
  authenticate: Authenticate;
  /** The local server's development sign-in; absent on AWS, where `/v1/dev/token` does not exist. */
  devTokens?: DevTokens;
  /** The clock (tests fix it). */
  now?: () => Date;
}
