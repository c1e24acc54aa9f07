import * as z from 'zod';
import { id } from '../schemas/fields';

/**
 * A whole number given as text in a query string, within [min, max].
 * @example queryInteger('limit', 1, 500) // "50" -> 50; "0", "501", "ten" -> one clear message
 */
export function queryInteger(label: string, min: number, max: number) {
  const message = `${label} must be a whole number from ${min} to ${max}`;
  return z
    .string({ error: message })
    .regex(/^\d{1,9}$/, { error: (issue) => `${message} (got "${String(issue.input)}")` })
    .transform(Number)
    .pipe(z.number().int().min(min, { error: message }).max(max, { error: message }));
}

/** Most items a page holds, and the default. */
export const PAGE_LIMIT_MAX = 500;
export const PAGE_LIMIT_DEFAULT = 100;

/** `?limit&cursor` of paged listings. */
export const PageQuerySchema = z.strictObject({
  limit: queryInteger('limit', 1, PAGE_LIMIT_MAX).optional(),
  cursor: z
    .string()
    .min(1, { error: 'cursor must not be empty: leave it out for the first page' })
    .max(1000, { error: 'cursor is too long: use the nextCursor of the previous page' })
    .optional(),
});

/** A page of items and the cursor of the next one (absent on the last page). */
export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    nextCursor: z
      .string()
      .optional()
      .describe('Pass as ?cursor= to get the next page; absent on the last page'),
  });
}

/** `{items: [...]}` */
export function listOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item) });
}

/** A path parameter that is an id. */
export const idParam = (label: string) => id(label);
