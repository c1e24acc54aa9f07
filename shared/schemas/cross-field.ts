/** Scheduling of rules that compare several fields of one object. */
import type * as z from 'zod';

/**
 * Builds a `when` option for `superRefine` so that a cross-field rule runs as soon as the fields it
 * reads are valid, even if other fields are not: the user then sees every problem of a row at once,
 * and the rule never reads a field that failed its own check.
 * @example schema.superRefine(checkDates, { when: whenValid('start', 'end') })
 */
export function whenValid(...fields: readonly string[]): (payload: z.core.ParsePayload) => boolean {
  return (payload) =>
    typeof payload.value === 'object' &&
    payload.value !== null &&
    !payload.issues.some((issue) => {
      // Unknown fields say nothing about the fields the rule reads.
      if (issue.code === 'unrecognized_keys') return false;
      const head = issue.path?.[0];
      return head === undefined || fields.includes(String(head));
    });
}
