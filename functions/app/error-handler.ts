import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { PROBLEM_MEDIA_TYPE } from '../../shared/api/problem';
import { HttpError, InvalidCursorError, StoreUnavailableError } from '../errors';

/** Answers an error as a problem document; a known error keeps its status, anything else is a bare 500. */
export function problemResponse(error: HttpError): Response {
  return new Response(JSON.stringify(error.toProblem()), {
    status: error.status,
    headers: { ...error.options.headers, 'content-type': PROBLEM_MEDIA_TYPE },
  });
}

/** Hono `onError` handler: our errors become problem+json; unknown ones are logged with a request id. */
export function handleError(error: Error, c: Context): Response {
  if (error instanceof HttpError) return problemResponse(error);
  if (error instanceof InvalidCursorError) {
    return problemResponse(
      new HttpError(400, {
        code: error.code,
        detail: error.message,
        errors: [{ field: 'query.cursor', message: error.message }],
      }),
    );
  }
  if (error instanceof StoreUnavailableError) {
    return problemResponse(
      new HttpError(503, { code: error.code, detail: error.message, headers: { 'retry-after': '1' } }),
    );
  }
  if (error instanceof HTTPException && error.status < 500) {
    return problemResponse(
      new HttpError(error.status, {
        code: `ERR_HTTP_${error.status}`,
        detail: error.message || 'Request refused',
      }),
    );
  }
  const requestId = crypto.randomUUID();
  console.error(
    JSON.stringify({
      level: 'error',
      requestId,
      path: c.req.path,
      message: error.message,
      stack: error.stack,
    }),
  );
  return problemResponse(
    new HttpError(500, {
      code: 'ERR_INTERNAL',
      detail: `Unexpected error; quote request id ${requestId} when reporting it`,
    }),
  );
}

/** Hono `notFound` handler: an unknown path is a problem document too. */
export function handleNotFound(c: Context): Response {
  return problemResponse(
    new HttpError(404, { code: 'ERR_NOT_FOUND', detail: `No such resource: ${c.req.method} ${c.req.path}` }),
  );
}
