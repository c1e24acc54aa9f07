import type { Authenticate } from '../app/env';
import { HttpError } from '../errors';
import { nameFromClaim, rolesFromClaim, type Principal } from './principal';

/** A 401 that tells the client to sign in again. */
export function unauthorized(detail: string): HttpError {
  return new HttpError(401, {
    code: 'ERR_UNAUTHORIZED',
    detail,
    headers: { 'www-authenticate': 'Bearer error="invalid_token"' },
  });
}

/** Reads `Authorization: Bearer <token>`; a token anywhere else (e.g. the query string) is refused. */
export function bearerToken(request: Request): string {
  if (new URL(request.url).searchParams.has('access_token')) {
    throw unauthorized('Tokens in the URL are refused: send it in the Authorization header');
  }
  const header = request.headers.get('authorization');
  if (!header) throw unauthorized('Sign in first: this request needs an Authorization: Bearer token');
  const match = /^Bearer ([A-Za-z0-9._~+/-]+=*)$/.exec(header);
  if (!match?.[1]) throw unauthorized('The Authorization header must be "Bearer <token>"');
  return match[1];
}

/** Authenticates with a token verifier (the local server's own tokens). */
export function verifyingAuthenticator(verify: (token: string) => Promise<Principal>): Authenticate {
  return async (c) => {
    const token = bearerToken(c.req.raw);
    try {
      return await verify(token);
    } catch (error) {
      const reason =
        (error as { code?: string }).code === 'ERR_JWT_EXPIRED' ? 'has expired' : 'is not valid here';
      throw unauthorized(`The sign-in token ${reason}: sign in again`);
    }
  };
}

/**
 * Authenticates on Lambda: API Gateway's JWT authorizer has already verified the token's signature,
 * issuer, audience, expiry and scope, and hands its claims over in the request context.
 */
export const lambdaClaimsAuthenticator: Authenticate = async (c) => {
  bearerToken(c.req.raw);
  const event = c.env?.event;
  const context = event?.requestContext as
    { authorizer?: { jwt?: { claims?: Record<string, unknown> } } } | undefined;
  const claims = context?.authorizer?.jwt?.claims;
  if (!claims) throw unauthorized('The sign-in token was not verified: sign in again');
  const subject = claims.oid ?? claims.sub;
  if (typeof subject !== 'string' || subject === '') throw unauthorized('The sign-in token names no user');
  const name = nameFromClaim(claims.name);
  return { subject, roles: rolesFromClaim(claims.roles), ...(name ? { name } : {}) };
};
