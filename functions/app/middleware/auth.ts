import type { MiddlewareHandler } from 'hono';
import type { Role } from '../../../shared/schemas';
import { hasRole } from '../../auth/principal';
import { HttpError } from '../../errors';
import type { AppEnv } from '../env';

/**
 * Route middleware: the caller must hold `role` or a higher one (officer < finance < admin).
 * 401 when not signed in, 403 when signed in without the role.
 */
export function requireRole(role: Role): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const principal = await c.var.authenticate(c);
    if (!hasRole(principal.roles, role)) {
      throw new HttpError(403, {
        code: 'ERR_FORBIDDEN',
        detail: `This needs the ${role} role; you have ${principal.roles.length ? principal.roles.join(', ') : 'no Spring role'}`,
      });
    }
    c.set('principal', principal);
    await next();
  };
}
