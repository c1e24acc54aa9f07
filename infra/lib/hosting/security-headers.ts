import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Duration } from 'aws-cdk-lib';
import { HeadersReferrerPolicy, ResponseHeadersPolicy } from 'aws-cdk-lib/aws-cloudfront';
import { Construct } from 'constructs';

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

/**
 * `'sha256-…'` sources for the inline scripts of an HTML page, so that the CSP allows exactly them (the
 * task pane's office.js fallback) without `'unsafe-inline'`.
 */
export function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const [, attributes = '', body = ''] = match;
    if (/\bsrc\s*=/i.test(attributes) || body.trim() === '') continue;
    hashes.push(`'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
  }
  return hashes;
}

/**
 * The add-in's Content-Security-Policy: its own files, office.js from Microsoft's CDN, inline styles
 * (Fluent UI's CSS-in-JS inserts `<style>` elements), Entra ID sign-in, and framing by Office only.
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

/** Properties of {@link SecurityHeaders}. */
export interface SecurityHeadersProps {
  /** The built task pane page, whose inline scripts the CSP allows by hash. */
  taskpaneHtmlFile: string;
}

/** CloudFront's response-headers policy for the add-in's pages and the API's answers. */
export class SecurityHeaders extends Construct {
  readonly policy: ResponseHeadersPolicy;

  constructor(scope: Construct, id: string, props: SecurityHeadersProps) {
    super(scope, id);
    const csp = contentSecurityPolicy(inlineScriptHashes(readFileSync(props.taskpaneHtmlFile, 'utf8')));
    this.policy = new ResponseHeadersPolicy(this, 'Policy', {
      comment: 'Spring Workbench: HSTS, nosniff, referrer policy, CSP framed by Office only',
      securityHeadersBehavior: {
        strictTransportSecurity: {
          accessControlMaxAge: Duration.days(730),
          includeSubdomains: true,
          override: true,
        },
        contentTypeOptions: { override: true },
        referrerPolicy: {
          referrerPolicy: HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN,
          override: true,
        },
        contentSecurityPolicy: { contentSecurityPolicy: csp, override: true },
      },
    });
  }
}
