import { Match } from 'aws-cdk-lib/assertions';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { logicalIdOf, only, synthesize, TEST_ENTRA } from '../../synth';

const dev = synthesize('dev');
const prod = synthesize('prod');

/** CloudFront's managed policies, by their fixed ids. */
const CACHING_OPTIMIZED = '658327ea-f89d-4fab-a63d-7e88639e58f6';
const CACHING_DISABLED = '4135ea2d-6df8-44a3-9df3-4b5a84be39ad';
const ALL_VIEWER_EXCEPT_HOST_HEADER = 'b689b0a8-53d0-40ab-baf2-68738e2966ac';

type DistributionConfig = {
  DefaultCacheBehavior: Record<string, unknown>;
  CacheBehaviors: Record<string, unknown>[];
  Origins: { Id: string; DomainName: unknown; OriginAccessControlId?: unknown; [key: string]: unknown }[];
  [key: string]: unknown;
};
const distributionConfig = (synth: typeof dev) =>
  (
    only(synth.template, 'AWS::CloudFront::Distribution').resource.Properties as {
      DistributionConfig: DistributionConfig;
    }
  ).DistributionConfig;

const BLOCK_ALL = {
  BlockPublicAcls: true,
  BlockPublicPolicy: true,
  IgnorePublicAcls: true,
  RestrictPublicBuckets: true,
};

describe('the hosting (infra/lib/hosting/site-hosting.ts)', () => {
  describe('site bucket', () => {
    it('is private, versioned, encrypted, and logs its access', () => {
      const site = logicalIdOf(prod.stack.hosting.bucket);
      const logs = logicalIdOf(prod.stack.hosting.logsBucket);

      const properties = prod.template.findResources('AWS::S3::Bucket')[site]?.Properties as Record<
        string,
        unknown
      >;

      expect(properties).toMatchObject({
        PublicAccessBlockConfiguration: BLOCK_ALL,
        VersioningConfiguration: { Status: 'Enabled' },
        BucketEncryption: {
          ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
        },
        LoggingConfiguration: { DestinationBucketName: { Ref: logs } },
      });
      expect(properties).not.toHaveProperty('WebsiteConfiguration');
    });

    it('refuses plain HTTP and TLS below 1.2, and lets only this distribution read it (OAC)', () => {
      const site = logicalIdOf(prod.stack.hosting.bucket);
      const distribution = logicalIdOf(prod.stack.hosting.distribution);

      prod.template.hasResourceProperties('AWS::S3::BucketPolicy', {
        Bucket: { Ref: site },
        PolicyDocument: {
          Statement: Match.arrayWith([
            Match.objectLike({
              Effect: 'Deny',
              Action: 's3:*',
              Principal: { AWS: '*' },
              Condition: { Bool: { 'aws:SecureTransport': 'false' } },
            }),
            Match.objectLike({
              Effect: 'Deny',
              Action: 's3:*',
              Condition: { NumericLessThan: { 's3:TlsVersion': 1.2 } },
            }),
            Match.objectLike({
              Effect: 'Allow',
              Action: 's3:GetObject',
              Principal: { Service: 'cloudfront.amazonaws.com' },
              Condition: {
                StringEquals: {
                  'AWS:SourceArn': Match.objectLike({
                    'Fn::Join': ['', Match.arrayWith([{ Ref: distribution }])],
                  }),
                },
              },
            }),
          ]),
        },
      });
    });

    it('is retained in prod and emptied and deleted with the dev stack', () => {
      const site = (synth: typeof dev) =>
        synth.template.findResources('AWS::S3::Bucket')[logicalIdOf(synth.stack.hosting.bucket)];

      expect(site(prod)).toMatchObject({ DeletionPolicy: 'Retain' });
      expect(site(dev)).toMatchObject({ DeletionPolicy: 'Delete' });
      prod.template.resourceCountIs('Custom::S3AutoDeleteObjects', 0);
      dev.template.resourceCountIs('Custom::S3AutoDeleteObjects', 2);
    });
  });

  describe('access-log bucket', () => {
    it('is private, TLS only, accepts CloudFront log ACLs, and expires logs per environment', () => {
      const logs = (synth: typeof dev) =>
        synth.template.findResources('AWS::S3::Bucket')[logicalIdOf(synth.stack.hosting.logsBucket)]
          ?.Properties;

      expect(logs(prod)).toMatchObject({
        PublicAccessBlockConfiguration: BLOCK_ALL,
        OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerPreferred' }] },
        LifecycleConfiguration: { Rules: [{ ExpirationInDays: 365, Status: 'Enabled' }] },
      });
      expect(logs(dev)).toMatchObject({
        LifecycleConfiguration: { Rules: [{ ExpirationInDays: 30, Status: 'Enabled' }] },
      });
      prod.template.hasResourceProperties('AWS::S3::BucketPolicy', {
        Bucket: { Ref: logicalIdOf(prod.stack.hosting.logsBucket) },
        PolicyDocument: {
          Statement: Match.arrayWith([
            Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
          ]),
        },
      });
    });
  });

  describe('distribution', () => {
    it('serves the add-in from the site bucket through origin access control, HTTPS only (redirect), cached', () => {
      const config = distributionConfig(prod);
      const origin = config.Origins.find((o) => o.Id === config.DefaultCacheBehavior.TargetOriginId);

      expect(config.DefaultCacheBehavior).toMatchObject({
        ViewerProtocolPolicy: 'redirect-to-https',
        CachePolicyId: CACHING_OPTIMIZED,
        AllowedMethods: ['GET', 'HEAD'],
      });
      expect(origin).toMatchObject({
        DomainName: { 'Fn::GetAtt': [logicalIdOf(prod.stack.hosting.bucket), 'RegionalDomainName'] },
        OriginAccessControlId: { 'Fn::GetAtt': [expect.any(String), 'Id'] },
        S3OriginConfig: { OriginAccessIdentity: '' },
      });
      prod.template.hasResourceProperties('AWS::CloudFront::OriginAccessControl', {
        OriginAccessControlConfig: { OriginAccessControlOriginType: 's3', SigningBehavior: 'always' },
      });
      expect(config).toMatchObject({ DefaultRootObject: 'taskpane.html', HttpVersion: 'http2and3' });
    });

    it('sends /v1/* to the HTTP API uncached, with every viewer header, cookie and query string, all methods', () => {
      const config = distributionConfig(prod);
      const api = config.CacheBehaviors.find((behavior) => behavior.PathPattern === '/v1/*');
      const origin = config.Origins.find((o) => o.Id === api?.TargetOriginId);

      expect(config.CacheBehaviors).toHaveLength(1);
      expect(api).toMatchObject({
        CachePolicyId: CACHING_DISABLED,
        OriginRequestPolicyId: ALL_VIEWER_EXCEPT_HOST_HEADER,
        AllowedMethods: ['GET', 'HEAD', 'OPTIONS', 'PUT', 'PATCH', 'POST', 'DELETE'],
        ViewerProtocolPolicy: 'https-only',
      });
      expect(origin).toMatchObject({
        CustomOriginConfig: { OriginProtocolPolicy: 'https-only', OriginSSLProtocols: ['TLSv1.2'] },
        DomainName: {
          'Fn::Join': [
            '',
            [{ Ref: logicalIdOf(prod.stack.httpApi.api) }, '.execute-api.eu-south-1.', expect.anything()],
          ],
        },
      });
    });

    it('logs to the access-log bucket and uses the cheapest price class', () => {
      expect(distributionConfig(prod)).toMatchObject({
        Logging: {
          Bucket: { 'Fn::GetAtt': [logicalIdOf(prod.stack.hosting.logsBucket), 'RegionalDomainName'] },
          Prefix: 'cloudfront/',
        },
        PriceClass: 'PriceClass_100',
      });
    });

    it('adds the security headers to pages and API answers alike', () => {
      const config = distributionConfig(prod);
      const policy = { Ref: only(prod.template, 'AWS::CloudFront::ResponseHeadersPolicy').id };

      expect(config.DefaultCacheBehavior.ResponseHeadersPolicyId).toEqual(policy);
      expect(config.CacheBehaviors[0]?.ResponseHeadersPolicyId).toEqual(policy);
    });

    it("serves an own domain with TLSv1.2_2021 when given one, else CloudFront's name", () => {
      const custom = synthesize('prod', {
        context: {
          domainName: 'spring.example.it',
          certificateArn:
            'arn:aws:acm:us-east-1:123456789012:certificate/0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0',
        },
      });

      expect(distributionConfig(custom)).toMatchObject({
        Aliases: ['spring.example.it'],
        ViewerCertificate: {
          AcmCertificateArn:
            'arn:aws:acm:us-east-1:123456789012:certificate/0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0',
          MinimumProtocolVersion: 'TLSv1.2_2021',
          SslSupportMethod: 'sni-only',
        },
      });
      expect(distributionConfig(prod).Aliases).toBeUndefined();
    });
  });

  describe('deployment of the add-in', () => {
    it('uploads dist/addin to the site bucket, prunes old files and invalidates the distribution', () => {
      prod.template.hasResourceProperties('Custom::CDKBucketDeployment', {
        DestinationBucketName: { Ref: logicalIdOf(prod.stack.hosting.bucket) },
        DistributionId: { Ref: logicalIdOf(prod.stack.hosting.distribution) },
        DistributionPaths: ['/*'],
        Prune: true,
        SystemMetadata: { 'cache-control': 'public, max-age=300, s-maxage=31536000' },
      });
    });

    it("writes the task pane's sign-in settings as /auth-config.json: tenant, the add-in's app id, the API's scope", () => {
      // The JSON goes in as a file asset: staged this once, and found through the stack's asset manifest.
      const staged = synthesize('prod', { staging: true });
      const { resource } = only(staged.template, 'Custom::CDKBucketDeployment');
      const assembly = staged.app.synth();
      const manifest = JSON.parse(
        readFileSync(path.join(assembly.directory, `${staged.stack.stackName}.assets.json`), 'utf8'),
      ) as {
        files: Record<string, { source: { path: string } }>;
      };
      const files = Object.values(manifest.files)
        .map(({ source }) => path.resolve(assembly.directory, source.path, 'auth-config.json'))
        .filter((file) => existsSync(file));

      expect((resource.Properties as { SourceObjectKeys: unknown[] }).SourceObjectKeys).toHaveLength(2);
      expect(files).toHaveLength(1);
      expect(JSON.parse(readFileSync(files[0] as string, 'utf8'))).toEqual({
        mode: 'entra',
        tenantId: TEST_ENTRA.tenantId,
        clientId: TEST_ENTRA.addinAppId,
        scopes: [`api://${TEST_ENTRA.apiAppId}/${TEST_ENTRA.apiScope}`],
      });
    });
  });
});
