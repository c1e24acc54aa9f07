import { decodeJwt } from 'jose';
import { ROLES } from '../../shared/schemas';
import type { SignedIn } from './session';

/**
 * What a token says about its holder, for the status line and the renewal timer (the service checks the
 * token; the add-in only reads it).
 */
export function holderOf(token: string): SignedIn {
  const claims = decodeJwt(token);
  const roles = ROLES.filter((role) => Array.isArray(claims.roles) && claims.roles.includes(role));
  return {
    token,
    ...(typeof claims.name === 'string' && claims.name !== '' ? { name: claims.name } : {}),
    roles,
    ...(typeof claims.exp === 'number' ? { expiresAt: claims.exp * 1000 } : {}),
  };
}
