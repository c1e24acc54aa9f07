import type { MiddlewareHandler } from 'hono';
import { findForbiddenKeys, formatPath } from '../../../shared/schemas';
import { IMPORT_BODY_LIMIT } from '../../../shared/import/limits';
import { HttpError } from '../../errors';

/** Request body limits: 1 MB, and 5.5 MB for imports (under Lambda's 6 MB event limit). */
export const BODY_LIMIT = 1024 * 1024;
/** Deeper JSON than this is refused: no valid request nests more than a few levels. */
export const MAX_JSON_DEPTH = 32;

const limitFor = (path: string) => (path === '/v1/import' ? IMPORT_BODY_LIMIT : BODY_LIMIT);

function tooLarge(limit: number): HttpError {
  return new HttpError(413, {
    code: 'ERR_BODY_TOO_LARGE',
    detail: `The request body is over ${limit / (1024 * 1024)} MB; ${limit === IMPORT_BODY_LIMIT ? 'send a larger document in parts by section (npm run import does so)' : 'send less at once'}`,
  });
}

/** Reads the body as text, refusing it as soon as it passes `limit` bytes. */
async function readLimited(request: Request, limit: number): Promise<string> {
  const declared = Number(request.headers.get('content-length') ?? NaN);
  if (declared > limit) throw tooLarge(limit);
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw tooLarge(limit);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Depth of nested arrays and objects, stopping once past `max`. */
function depthOver(value: unknown, max: number, depth = 0): boolean {
  if (depth > max) return true;
  if (typeof value !== 'object' || value === null) return false;
  return Object.values(value).some((child) => depthOver(child, max, depth + 1));
}

/**
 * Guards every request body before validation: over the size limit -> 413; JSON that does not parse,
 * nests too deep or uses `__proto__`, `constructor` or `prototype` as a key -> 400. The checked text
 * is handed on, so the validators parse the same bytes.
 */
export function bodyGuard(): MiddlewareHandler {
  return async (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    const text = await readLimited(c.req.raw, limitFor(c.req.path));
    const contentType = c.req.header('content-type') ?? '';
    if (text !== '' && /^application\/(?:[\w.+-]+\+)?json\b/i.test(contentType)) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch (error) {
        throw new HttpError(400, {
          code: 'ERR_MALFORMED_JSON',
          detail: `The request body is not valid JSON: ${(error as Error).message}`,
        });
      }
      if (depthOver(parsed, MAX_JSON_DEPTH)) {
        throw new HttpError(400, {
          code: 'ERR_TOO_DEEP',
          detail: `The request body nests deeper than ${MAX_JSON_DEPTH} levels`,
        });
      }
      const forbidden = findForbiddenKeys(parsed);
      if (forbidden.length > 0) {
        throw new HttpError(400, {
          code: 'ERR_FORBIDDEN_KEY',
          detail: 'The request body uses a reserved name (__proto__, constructor or prototype) as a key',
          errors: forbidden.map((path) => ({
            field: `body.${formatPath(path)}`,
            message: `'${String(path[path.length - 1])}' is a reserved name`,
          })),
        });
      }
    }
    // The stream is spent: give the validators a fresh request with the same text (built from parts:
    // a Request made from a used one throws when it gets no body of its own).
    const { url, method, headers } = c.req.raw;
    c.req.raw = new Request(url, { method, headers, body: text === '' ? null : text });
    await next();
  };
}
