import { CfnResource, Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import type { IDistribution } from 'aws-cdk-lib/aws-cloudfront';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import type { Bucket } from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, CacheControl, Source } from 'aws-cdk-lib/aws-s3-deployment';
import { rules } from 'cdk-nag';
import { Construct } from 'constructs';
import type { EntraAuthConfig } from '../../../shared/api/auth';
import type { EnvironmentSettings } from '../config';
import { acknowledgeFindings } from '../nag/acknowledge-findings';

/** Properties of {@link AddinDeployment}. */
export interface AddinDeploymentProps {
  /** The built add-in (`npm run build` writes dist/addin). */
  addinDir: string;
  bucket: Bucket;
  distribution: IDistribution;
  settings: EnvironmentSettings;
  /** The task pane's sign-in settings, written as `/auth-config.json` (the one place they live). */
  authConfig: EntraAuthConfig;
}

/**
 * Uploads the built add-in to the site bucket with CDK's BucketDeployment (a Lambda-backed custom resource;
 * its AWS CLI layer ships inside aws-cdk-lib, so no Docker), prunes what the build no longer makes, and
 * invalidates CloudFront's copy.
 */
export class AddinDeployment extends Construct {
  readonly deployment: BucketDeployment;

  constructor(scope: Construct, id: string, props: AddinDeploymentProps) {
    super(scope, id);
    const logs = new LogGroup(this, 'Logs', {
      retention: props.settings.logRetention,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    // An own role instead of the AWSLambdaBasicExecutionRole managed policy, which may write any log group.
    const role = new Role(this, 'Role', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: 'Uploads the built add-in to the site bucket and invalidates CloudFront',
    });
    logs.grantWrite(role);
    this.deployment = new BucketDeployment(this, 'Upload', {
      sources: [Source.asset(props.addinDir), Source.jsonData('auth-config.json', props.authConfig)],
      destinationBucket: props.bucket,
      distribution: props.distribution,
      distributionPaths: ['/*'],
      // File names carry no content hash: browsers revalidate after 5 minutes; CloudFront keeps files
      // until the next deployment invalidates them.
      cacheControl: [
        CacheControl.setPublic(),
        CacheControl.maxAge(Duration.minutes(5)),
        CacheControl.sMaxAge(Duration.days(365)),
      ],
      memoryLimit: 256,
      role,
      logGroup: logs,
    });
    this.acknowledgeHandlerFindings(role, props.bucket);
  }

  /** The grants BucketDeployment makes to its role, and its handler's runtime: each accepted with a reason. */
  private acknowledgeHandlerFindings(role: Role, bucket: Bucket): void {
    const stack = Stack.of(this);
    const policy = role.node.tryFindChild('DefaultPolicy')?.node.defaultChild;
    const bucketId = stack.resolve((bucket.node.defaultChild as CfnResource).logicalId) as string;
    if (policy instanceof CfnResource) {
      const readAssets = "s3 sync reads the add-in's zip from CDK's asset bucket (aws-cdk-lib's grantRead)";
      const writeSite =
        'aws s3 sync --delete writes and prunes the built files in the site bucket (grantReadWrite)';
      acknowledgeFindings(policy, 'AwsSolutions-IAM5', rules.iam.IAMNoWildcardPermissions, [
        { finding: /^Action::s3:(GetBucket|GetObject|List)\*$/, reason: `${readAssets}; ${writeSite}` },
        { finding: /^Action::s3:(Abort|DeleteObject)\*$/, reason: writeSite },
        { finding: /^Resource::.*cdk-[a-z0-9]+-assets-.*\/\*$/, reason: readAssets },
        { finding: new RegExp(`^Resource::<${bucketId}\\.Arn>/\\*$`), reason: writeSite },
        {
          finding: /^Resource::\*$/,
          reason:
            'cloudfront:CreateInvalidation and GetInvalidation, which BucketDeployment grants on any distribution',
        },
      ]);
    }
    // The handler is a singleton at the stack's root, named after BucketDeployment's fixed uuid.
    const handler = stack.node.children.find((child) =>
      child.node.id.startsWith('Custom::CDKBucketDeployment'),
    );
    if (handler) {
      Validations.of(handler).acknowledge({
        id: 'AwsSolutions-L1',
        reason:
          "BucketDeployment's handler is aws-cdk-lib's own Python function; its runtime moves with aws-cdk-lib upgrades.",
      });
    }
  }
}
