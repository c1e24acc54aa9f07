import { existsSync } from 'node:fs';
import type { EntraAuthConfig } from '../../../shared/api/auth';
import path from 'node:path';
import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import { Certificate } from 'aws-cdk-lib/aws-certificatemanager';
import {
  AllowedMethods,
  CachePolicy,
  Distribution,
  HttpVersion,
  OriginProtocolPolicy,
  OriginRequestPolicy,
  OriginSslPolicy,
  PriceClass,
  SecurityPolicyProtocol,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { HttpOrigin, S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import type { DeploymentConfig, EnvironmentSettings } from '../config';
import { AddinDeployment } from './addin-deployment';
import { SecurityHeaders } from './security-headers';

/** The API's path on the one origin (docs/architecture.md, "Deployment"). */
export const API_PATH_PATTERN = '/v1/*';

/** Properties of {@link SiteHosting}. */
export interface SiteHostingProps {
  /** The built add-in (`npm run build` writes dist/addin). */
  addinDir: string;
  /** Host name of the HTTP API (its execute-api domain). */
  apiDomainName: string;
  settings: EnvironmentSettings;
  customDomain?: DeploymentConfig['customDomain'];
  /** The task pane's sign-in settings, deployed as `/auth-config.json` beside it. */
  authConfig: EntraAuthConfig;
}

/**
 * One origin for the add-in and its API: CloudFront serves the built add-in from a private bucket (through
 * origin access control) and passes `/v1/*` to the HTTP API uncached, with every viewer header (the
 * bearer token included), cookie and query string. Access logs of the bucket and the distribution go
 * to a logs bucket.
 */
export class SiteHosting extends Construct {
  readonly bucket: Bucket;
  readonly logsBucket: Bucket;
  readonly distribution: Distribution;
  /** The host name the add-in is served from: the own domain, or CloudFront's. */
  readonly domainName: string;

  constructor(scope: Construct, id: string, props: SiteHostingProps) {
    super(scope, id);
    const { settings } = props;
    const taskpane = path.join(props.addinDir, 'taskpane.html');
    if (!existsSync(taskpane)) {
      throw new Error(`${taskpane} is missing: run npm run build first (npm run synth does)`);
    }
    const disposable = settings.removalPolicy === RemovalPolicy.DESTROY;

    this.logsBucket = new Bucket(this, 'AccessLogs', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      minimumTLSVersion: 1.2,
      encryption: BucketEncryption.S3_MANAGED,
      // CloudFront's standard logs are written with an ACL grant, so the bucket must accept ACLs.
      objectOwnership: ObjectOwnership.BUCKET_OWNER_PREFERRED,
      lifecycleRules: [{ expiration: settings.accessLogExpiration }],
      removalPolicy: settings.removalPolicy,
      autoDeleteObjects: disposable,
    });
    Validations.of(this.logsBucket).acknowledge({
      id: 'AwsSolutions-S1',
      reason:
        'This is the access-log bucket of the site bucket and the distribution; logging it into itself would loop.',
    });

    this.bucket = new Bucket(this, 'Site', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      minimumTLSVersion: 1.2,
      encryption: BucketEncryption.S3_MANAGED,
      versioned: true,
      // Old versions of the built files are only for rolling back a bad deployment.
      lifecycleRules: [{ noncurrentVersionExpiration: Duration.days(30) }],
      serverAccessLogsBucket: this.logsBucket,
      serverAccessLogsPrefix: 's3/site/',
      removalPolicy: settings.removalPolicy,
      autoDeleteObjects: disposable,
    });

    const headers = new SecurityHeaders(this, 'SecurityHeaders', { taskpaneHtmlFile: taskpane });
    const custom = props.customDomain;
    this.distribution = new Distribution(this, 'Distribution', {
      comment: 'Spring Workbench: the add-in and its API on one origin',
      defaultRootObject: 'taskpane.html',
      defaultBehavior: {
        origin: S3BucketOrigin.withOriginAccessControl(this.bucket),
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        allowedMethods: AllowedMethods.ALLOW_GET_HEAD,
        cachePolicy: CachePolicy.CACHING_OPTIMIZED,
        responseHeadersPolicy: headers.policy,
      },
      additionalBehaviors: {
        [API_PATH_PATTERN]: {
          origin: new HttpOrigin(props.apiDomainName, {
            protocolPolicy: OriginProtocolPolicy.HTTPS_ONLY,
            originSslProtocols: [OriginSslPolicy.TLS_V1_2],
          }),
          // A redirect would turn a POST or PATCH into a GET: plain HTTP is refused instead.
          viewerProtocolPolicy: ViewerProtocolPolicy.HTTPS_ONLY,
          allowedMethods: AllowedMethods.ALLOW_ALL,
          cachePolicy: CachePolicy.CACHING_DISABLED,
          // Every viewer header (Authorization, If-Match) and query string; Host must be the API's own.
          originRequestPolicy: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
          responseHeadersPolicy: headers.policy,
        },
      },
      // The users are in Italy: edge locations in Europe and North America suffice, at the lowest price.
      priceClass: PriceClass.PRICE_CLASS_100,
      httpVersion: HttpVersion.HTTP2_AND_3,
      enableLogging: true,
      logBucket: this.logsBucket,
      logFilePrefix: 'cloudfront/',
      ...(custom
        ? {
            domainNames: [custom.domainName],
            certificate: Certificate.fromCertificateArn(this, 'Certificate', custom.certificateArn),
            minimumProtocolVersion: SecurityPolicyProtocol.TLS_V1_2_2021,
          }
        : {}),
    });
    this.domainName = custom?.domainName ?? this.distribution.distributionDomainName;
    if (!custom) {
      Validations.of(this.distribution).acknowledge({
        id: 'AwsSolutions-CFR4',
        reason:
          "With CloudFront's default *.cloudfront.net certificate the viewer TLS policy cannot be chosen. " +
          'Give -c domainName and -c certificateArn to serve an own domain with TLSv1.2_2021.',
      });
    }
    Validations.of(this.distribution).acknowledge({
      id: 'AwsSolutions-CFR1',
      reason:
        'No geo restriction: staff may open the workbook abroad, and every data request needs an Entra ID token anyway.',
    });
    Validations.of(this.distribution).acknowledge({
      id: 'AwsSolutions-CFR2',
      reason:
        'No AWS WAF web ACL (a fixed monthly cost): the pages are static, the API refuses requests without an ' +
        'Entra ID token at API Gateway and is throttled per stage.',
    });

    new AddinDeployment(this, 'Deploy', {
      addinDir: props.addinDir,
      bucket: this.bucket,
      distribution: this.distribution,
      settings,
      authConfig: props.authConfig,
    });
  }
}
