import * as z from 'zod';
import { money } from '../schemas/fields';

/** `PATCH /v1/editions/{id}/budget/{lineId}` body: any of the three amounts, at least one. */
export const BudgetPatchSchema = z
  .strictObject({
    allocated: money('allocated').optional(),
    committed: money('committed').optional(),
    paid: money('paid').optional(),
  })
  .refine((patch) => Object.keys(patch).length > 0, {
    error: 'give at least one of allocated, committed, paid',
  });
export type BudgetPatch = z.infer<typeof BudgetPatchSchema>;

/** The `If-Match` / `ETag` value of a budget line's version: `"3"`. */
export const etagOf = (version: number) => `"${version}"`;

/** Reads a version from an `If-Match` header (`"3"` or `W/"3"`); undefined when it is not one. */
export function versionFromIfMatch(header: string): number | undefined {
  const match = /^(?:W\/)?"(\d{1,9})"$/.exec(header.trim());
  return match?.[1] === undefined ? undefined : Number(match[1]);
}
