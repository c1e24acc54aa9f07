/**
 * The security headers of the add-in's pages and the API's answers: CloudFront sends them on AWS (its
 * response-headers policy is built from this map) and the local server sends the same, HSTS aside.
 */

/**
 * Where Office shows the add-in. On the web the task pane is an iframe inside Excel for the web
 * (`*.officeapps.live.com`), itself inside OneDrive, SharePoint, microsoft365.com, office.com, Teams or
 * cloud.microsoft, and `frame-ancestors` checks every ancestor. Desktop Office hosts the page in a webview
 * of its own, where the directive does not apply. X-Frame-Options has no way to name these origins
 * (DENY or SAMEORIGIN only), so it is not sent: `frame-ancestors` replaces it.
 */
export const OFFICE_FRAME_ANCESTORS = [
  'https://*.officeapps.live.com',
  'https://*.live.com',
  'https://*.office.com',
  'https://*.office365.com',
  'https://*.microsoft365.com',
  'https://*.cloud.microsoft',
  'https://*.sharepoint.com',
  'https://*.microsoft.com',
] as const;

/** Microsoft's CDN for office.js (and the files it loads beside itself). */
export const OFFICE_JS_ORIGIN = 'https://appsforoffice.microsoft.com';

/** Microsoft Entra ID's sign-in endpoints, which MSAL calls when nested app authentication falls back. */
export const ENTRA_LOGIN_ORIGIN = 'https://login.microsoftonline.com';

/** How long browsers keep to HTTPS for the site: two years. */
export const HSTS_MAX_AGE_SECONDS = 2 * 365 * 24 * 60 * 60;

/** The header that pins a site to HTTPS; the local server leaves it out. */
export const HSTS_HEADER = 'Strict-Transport-Security';

/**
 * The add-in's Content-Security-Policy: its own files, office.js from Microsoft's CDN, the page's inline
 * scripts by hash (`'sha256-…'` sources), inline styles (Fluent UI's CSS-in-JS inserts `<style>`
 * elements), Entra ID sign-in, and framing by Office only.
 */
export function contentSecurityPolicy(scriptHashes: readonly string[]): string {
  return [
    "default-src 'self'",
    ['script-src', "'self'", OFFICE_JS_ORIGIN, ...scriptHashes].join(' '),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    `connect-src 'self' ${OFFICE_JS_ORIGIN} ${ENTRA_LOGIN_ORIGIN}`,
    `frame-src ${ENTRA_LOGIN_ORIGIN}`,
    ['frame-ancestors', "'self'", ...OFFICE_FRAME_ANCESTORS].join(' '),
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/**
 * Header name -> value for every page and API answer, given the `'sha256-…'` sources of the task pane's
 * inline scripts: the CSP, nosniff, the referrer policy and HSTS (two years, subdomains). No
 * X-Frame-Options: see {@link OFFICE_FRAME_ANCESTORS}.
 */
export function securityHeaders(scriptHashes: readonly string[]): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(scriptHashes),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    [HSTS_HEADER]: `max-age=${HSTS_MAX_AGE_SECONDS}; includeSubDomains`,
  };
}
