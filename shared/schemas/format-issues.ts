/** Turns zod issues into `{path, message}` pairs for API problem documents. */
import type * as z from 'zod';
import { unknownFieldsMessage } from './fields';

/** One problem with an input, at a dotted path ("" for the input as a whole). */
export type FieldProblem = { path: string; message: string };

/**
 * Joins path segments with dots.
 * @example formatPath(['firms', 3, 'vatNumber']) // 'firms.3.vatNumber'
 */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((segment) => (typeof segment === 'symbol' ? (segment.description ?? '') : String(segment)))
    .join('.');
}

/**
 * Lists the problems of a failed parse, one per field; unknown fields get one problem each, at their
 * own path, so that the user can find them.
 * @example
 * const result = FirmSchema.safeParse(body);
 * if (!result.success) throw badRequest(formatZodIssues(result.error));
 */
export function formatZodIssues(error: { readonly issues: readonly z.core.$ZodIssue[] }): FieldProblem[] {
  return error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({
          path: formatPath([...issue.path, key]),
          message: unknownFieldsMessage([key]),
        }))
      : [{ path: formatPath(issue.path), message: issue.message }],
  );
}
