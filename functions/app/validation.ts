import type { Hook } from '@hono/zod-openapi';
import { formatZodIssues } from '../../shared/schemas';
import { HttpError } from '../errors';
import type { AppEnv } from './env';

/** Where a validated value came from, as the field prefix a user sees. */
const PREFIX: Record<string, string> = { json: 'body', query: 'query', param: 'path', header: 'header' };

/**
 * The validators' hook: a request that fails its schema is a 400 problem listing every problem,
 * each at `body.<field>`, `query.<name>`, `path.<name>` or `header.<name>`.
 */
export const rejectInvalid: Hook<unknown, AppEnv, string, unknown> = (result) => {
  if (result.success) return;
  const prefix = PREFIX[result.target] ?? result.target;
  const errors = formatZodIssues(result.error).map(({ path, message }) => ({
    field: path ? `${prefix}.${path}` : prefix,
    message,
  }));
  throw new HttpError(400, {
    code: 'ERR_VALIDATION',
    detail: `The request has ${errors.length === 1 ? 'a problem' : `${errors.length} problems`}: ${errors.map((e) => `${e.field}: ${e.message}`).join('; ')}`,
    errors,
  });
};
