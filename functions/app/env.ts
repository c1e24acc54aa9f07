import type { Context } from 'hono';
import type { LambdaEvent } from 'hono/aws-lambda';
import type { Principal } from '../auth/principal';

/** Decides who is calling, or throws a 401 {@link HttpError}. */
export type Authenticate = (c: Context<AppEnv>) => Promise<Principal>;

/** The Hono environment of the app: what middleware hands to the routes. */
export type AppEnv = {
  /** On Lambda, hono/aws-lambda hands over the API Gateway event. */
  Bindings: { event?: LambdaEvent };
  Variables: {
    authenticate: Authenticate;
    principal: Principal;
    /** The version a conditional write expects, from `If-Match`. */
    expectedVersion: number;
  };
};
