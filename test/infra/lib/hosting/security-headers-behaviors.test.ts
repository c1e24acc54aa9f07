import { Duration } from 'aws-cdk-lib';
import { HeadersFrameOption, HeadersReferrerPolicy } from 'aws-cdk-lib/aws-cloudfront';
import { responseHeadersBehaviors } from '../../../../infra/lib/hosting/security-headers';
import { securityHeaders } from '../../../../shared/http/security-headers';

describe("responseHeadersBehaviors: the shared header map as CloudFront's policy", () => {
  it('puts the shared headers in the security behaviour, every one overriding the origin', () => {
    const { securityHeadersBehavior, customHeaders } = responseHeadersBehaviors(
      securityHeaders(["'sha256-x'"]),
    );
    const hsts = securityHeadersBehavior.strictTransportSecurity;

    expect(customHeaders).toEqual([]);
    expect(securityHeadersBehavior.contentSecurityPolicy).toEqual({
      contentSecurityPolicy: securityHeaders(["'sha256-x'"])['Content-Security-Policy'],
      override: true,
    });
    expect(securityHeadersBehavior.contentTypeOptions).toEqual({ override: true });
    expect(securityHeadersBehavior.referrerPolicy).toEqual({
      referrerPolicy: HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN,
      override: true,
    });
    expect(hsts?.accessControlMaxAge.toSeconds()).toBe(Duration.days(730).toSeconds());
    expect(hsts).toMatchObject({ includeSubdomains: true, override: true });
    expect(securityHeadersBehavior.frameOptions).toBeUndefined();
    expect(hsts?.preload).toBeUndefined();
  });

  it('maps X-Frame-Options and HSTS preload, and passes other headers as custom ones', () => {
    const { securityHeadersBehavior, customHeaders } = responseHeadersBehaviors({
      'X-Frame-Options': 'DENY',
      'Strict-Transport-Security': 'max-age=60; preload',
      'Permissions-Policy': 'camera=()',
    });

    expect(securityHeadersBehavior.frameOptions).toEqual({
      frameOption: HeadersFrameOption.DENY,
      override: true,
    });
    expect(securityHeadersBehavior.strictTransportSecurity).toMatchObject({
      includeSubdomains: false,
      preload: true,
    });
    expect(customHeaders).toEqual([{ header: 'Permissions-Policy', value: 'camera=()', override: true }]);
  });

  it('refuses values CloudFront cannot send', () => {
    expect(() => responseHeadersBehaviors({ 'X-Content-Type-Options': 'sniff' })).toThrow(/nosniff only/);
    expect(() => responseHeadersBehaviors({ 'Referrer-Policy': 'sometimes' })).toThrow(/no Referrer-Policy/);
    expect(() => responseHeadersBehaviors({ 'Strict-Transport-Security': 'includeSubDomains' })).toThrow(
      /needs a max-age/,
    );
  });
});
