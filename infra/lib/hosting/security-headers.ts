import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Duration } from 'aws-cdk-lib';
import {
  HeadersFrameOption,
  HeadersReferrerPolicy,
  ResponseHeadersPolicy,
  type ResponseCustomHeader,
  type ResponseSecurityHeadersBehavior,
} from 'aws-cdk-lib/aws-cloudfront';
import { Construct } from 'constructs';
import { readScriptHashes, scriptHashes, TASKPANE_PAGE } from '../../../scripts/script-hashes';
import { securityHeaders } from '../../../shared/http/security-headers';

export {
  contentSecurityPolicy,
  ENTRA_LOGIN_ORIGIN,
  OFFICE_FRAME_ANCESTORS,
  OFFICE_JS_ORIGIN,
} from '../../../shared/http/security-headers';

/** `'sha256-…'` sources for the inline scripts of an HTML page (see scripts/script-hashes.ts). */
export const inlineScriptHashes = scriptHashes;

/**
 * CloudFront's response-headers policy settings for a header name -> value map: the security headers
 * CloudFront knows go to `securityHeadersBehavior`, any other to `customHeadersBehavior`; every one
 * overrides what the origin sends.
 */
export function responseHeadersBehaviors(headers: Record<string, string>): {
  securityHeadersBehavior: ResponseSecurityHeadersBehavior;
  customHeaders: ResponseCustomHeader[];
} {
  const security: {
    -readonly [K in keyof ResponseSecurityHeadersBehavior]: ResponseSecurityHeadersBehavior[K];
  } = {};
  const customHeaders: ResponseCustomHeader[] = [];
  for (const [name, value] of Object.entries(headers)) {
    switch (name.toLowerCase()) {
      case 'content-security-policy':
        security.contentSecurityPolicy = { contentSecurityPolicy: value, override: true };
        break;
      case 'x-content-type-options':
        if (value !== 'nosniff')
          throw new Error(`CloudFront sends X-Content-Type-Options: nosniff only, not ${value}`);
        security.contentTypeOptions = { override: true };
        break;
      case 'referrer-policy': {
        const policy = Object.values(HeadersReferrerPolicy).find((known) => known === value);
        if (!policy) throw new Error(`CloudFront has no Referrer-Policy ${value}`);
        security.referrerPolicy = { referrerPolicy: policy, override: true };
        break;
      }
      case 'x-frame-options': {
        const option = Object.values(HeadersFrameOption).find((known) => known === value.toUpperCase());
        if (!option) throw new Error(`CloudFront has no X-Frame-Options ${value}`);
        security.frameOptions = { frameOption: option, override: true };
        break;
      }
      case 'strict-transport-security': {
        const directives = value.split(';').map((directive) => directive.trim().toLowerCase());
        const maxAge = directives.map((directive) => /^max-age=(\d+)$/.exec(directive)?.[1]).find(Boolean);
        if (!maxAge) throw new Error(`Strict-Transport-Security needs a max-age: ${value}`);
        security.strictTransportSecurity = {
          accessControlMaxAge: Duration.seconds(Number(maxAge)),
          includeSubdomains: directives.includes('includesubdomains'),
          ...(directives.includes('preload') ? { preload: true } : {}),
          override: true,
        };
        break;
      }
      default:
        customHeaders.push({ header: name, value, override: true });
    }
  }
  return { securityHeadersBehavior: security, customHeaders };
}

/** The `'sha256-…'` sources of a built page: the build's record for the task pane, else hashed here. */
function pageScriptHashes(htmlFile: string): string[] {
  return path.basename(htmlFile) === TASKPANE_PAGE
    ? readScriptHashes(path.dirname(htmlFile))
    : scriptHashes(readFileSync(htmlFile, 'utf8'));
}

/** Properties of {@link SecurityHeaders}. */
export interface SecurityHeadersProps {
  /** The built task pane page, whose inline scripts the CSP allows by hash. */
  taskpaneHtmlFile: string;
}

/**
 * CloudFront's response-headers policy for the add-in's pages and the API's answers: the headers of
 * `securityHeaders` in shared/http/security-headers.ts, which the local server sends too (HSTS aside).
 */
export class SecurityHeaders extends Construct {
  readonly policy: ResponseHeadersPolicy;

  constructor(scope: Construct, id: string, props: SecurityHeadersProps) {
    super(scope, id);
    const { securityHeadersBehavior, customHeaders } = responseHeadersBehaviors(
      securityHeaders(pageScriptHashes(props.taskpaneHtmlFile)),
    );
    this.policy = new ResponseHeadersPolicy(this, 'Policy', {
      comment: 'Spring Workbench: HSTS, nosniff, referrer policy, CSP framed by Office only',
      securityHeadersBehavior,
      ...(customHeaders.length > 0 ? { customHeadersBehavior: { customHeaders } } : {}),
    });
  }
}
