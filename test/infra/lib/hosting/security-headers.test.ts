import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { contentSecurityPolicy, inlineScriptHashes } from '../../../../infra/lib/hosting/security-headers';
import { only, ROOT, synthesize } from '../../synth';

const { template } = synthesize('prod');

type SecurityHeadersConfig = {
  StrictTransportSecurity: Record<string, unknown>;
  ContentTypeOptions: Record<string, unknown>;
  ContentSecurityPolicy: { ContentSecurityPolicy: string; Override: boolean };
  FrameOptions?: unknown;
  ReferrerPolicy: Record<string, unknown>;
};
const headers = (
  only(template, 'AWS::CloudFront::ResponseHeadersPolicy').resource.Properties as {
    ResponseHeadersPolicyConfig: { SecurityHeadersConfig: SecurityHeadersConfig };
  }
).ResponseHeadersPolicyConfig.SecurityHeadersConfig;

/** The CSP as a map of directive -> sources. */
const csp = new Map(
  headers.ContentSecurityPolicy.ContentSecurityPolicy.split(';').map((directive) => {
    const [name = '', ...sources] = directive.trim().split(/\s+/);
    return [name, sources] as const;
  }),
);

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('security headers (infra/lib/hosting/security-headers.ts)', () => {
  it('sends HSTS for two years with subdomains, and nosniff, overriding the origin', () => {
    expect(headers.StrictTransportSecurity).toEqual({
      AccessControlMaxAgeSec: 63072000,
      IncludeSubdomains: true,
      Override: true,
    });
    expect(headers.ContentTypeOptions).toEqual({ Override: true });
    expect(headers.ReferrerPolicy).toEqual({
      ReferrerPolicy: 'strict-origin-when-cross-origin',
      Override: true,
    });
  });

  it('lets Office frame the add-in (frame-ancestors) instead of sending X-Frame-Options', () => {
    expect(headers.FrameOptions).toBeUndefined();
    expect(csp.get('frame-ancestors')).toEqual(
      expect.arrayContaining([
        "'self'",
        'https://*.officeapps.live.com',
        'https://*.office.com',
        'https://*.microsoft.com',
        'https://*.sharepoint.com',
      ]),
    );
    expect(csp.get('frame-ancestors')).not.toContain('*');
    expect(csp.get('frame-ancestors')).not.toContain('https:');
  });

  it("allows scripts from the add-in itself, Microsoft's office.js CDN and the page's own inline script only", () => {
    const html = readFileSync(path.join(ROOT, 'dist/addin/taskpane.html'), 'utf8');
    const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) => sha256(match[1] ?? ''));

    expect(csp.get('script-src')).toEqual(["'self'", 'https://appsforoffice.microsoft.com', ...inline]);
    expect(headers.ContentSecurityPolicy.ContentSecurityPolicy).not.toMatch(/unsafe-eval/);
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('connect-src')).toContain("'self'");
    expect(headers.ContentSecurityPolicy.Override).toBe(true);
  });

  it('hashes inline scripts and skips external and empty ones', () => {
    const html = [
      '<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>',
      '<script>\n  if (!window.Office) document.write(\'<script src="/x.js"><\\/script>\');\n</script>',
      '<script type="module">  </script>',
    ].join('\n');

    expect(inlineScriptHashes(html)).toEqual([
      sha256('\n  if (!window.Office) document.write(\'<script src="/x.js"><\\/script>\');\n'),
    ]);
  });

  it('keeps the policy within CloudFront’s 1,783-character limit for the header', () => {
    expect(contentSecurityPolicy([sha256('a'), sha256('b'), sha256('c')]).length).toBeLessThan(1783);
  });
});
