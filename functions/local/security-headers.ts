import type { MiddlewareHandler } from 'hono';
import { HSTS_HEADER, securityHeaders } from '../../shared/http/security-headers';

/**
 * The headers the local server adds to every answer: those CloudFront adds on AWS, without
 * Strict-Transport-Security, which would make the browser insist on HTTPS for every server on localhost,
 * whatever its port, for two years.
 */
export function localSecurityHeaders(scriptHashes: readonly string[]): Record<string, string> {
  return Object.fromEntries(
    Object.entries(securityHeaders(scriptHashes)).filter(
      ([name]) => name.toLowerCase() !== HSTS_HEADER.toLowerCase(),
    ),
  );
}

/** A Hono middleware that sets `headers` on every answer, replacing any the handler set, as CloudFront's `override` does. */
export function withHeaders(headers: Record<string, string>): MiddlewareHandler {
  return async (c, next) => {
    await next();
    for (const [name, value] of Object.entries(headers)) c.res.headers.set(name, value);
  };
}
