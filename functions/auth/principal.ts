import { ROLES, type Role } from '../../shared/schemas';

/** Who is calling, as the verified token says. */
export interface Principal {
  /** The token's subject (a user's id). */
  subject: string;
  /** Known roles the token grants; unknown role names are dropped. */
  roles: Role[];
  /** The user's display name (the token's `name` claim), when it has one: what colleagues see. */
  name?: string;
}

/** Who a change is recorded as: the user's name where the token gives one, else the subject. */
export const displayedAs = (principal: Principal): string => principal.name ?? principal.subject;

/** The token's `name` claim, when it is usable text. */
export const nameFromClaim = (claim: unknown): string | undefined =>
  typeof claim === 'string' && claim.trim() !== '' ? claim.trim() : undefined;

/**
 * Reads a `roles` claim: a JSON array, or the string form API Gateway's JWT authorizer passes array
 * claims in (`"[officer finance]"`). Unknown names are dropped, so a forged role grants nothing.
 */
export function rolesFromClaim(claim: unknown): Role[] {
  const names = Array.isArray(claim)
    ? claim
    : typeof claim === 'string'
      ? claim.replace(/^\[|\]$/g, '').split(/[\s,]+/)
      : [];
  return ROLES.filter((role) => names.includes(role));
}

/** Whether the roles include `needed` or a role above it (officer < finance < admin). */
export function hasRole(roles: readonly Role[], needed: Role): boolean {
  const rank = ROLES.indexOf(needed);
  return roles.some((role) => ROLES.indexOf(role) >= rank);
}
