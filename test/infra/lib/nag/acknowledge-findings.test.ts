import { App, CfnResource, Stack } from 'aws-cdk-lib';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { AwsSolutionsChecks, rules } from 'cdk-nag';
import { acknowledgeFindings } from '../../../../infra/lib/nag/acknowledge-findings';

describe('acknowledgeFindings (infra/lib/nag/acknowledge-findings.ts)', () => {
  it('acknowledges the expected findings one by one and leaves the others reported', () => {
    const stack = new Stack(new App(), 'Test');
    const role = new Role(stack, 'Role', { assumedBy: new ServicePrincipal('lambda.amazonaws.com') });
    role.addToPolicy(new PolicyStatement({ actions: ['s3:GetObject*', 's3:PutObject'], resources: ['*'] }));
    const policy = role.node.findChild('DefaultPolicy').node.defaultChild as CfnResource;

    acknowledgeFindings(policy, 'AwsSolutions-IAM5', rules.iam.IAMNoWildcardPermissions, [
      { finding: /^Action::s3:GetObject\*$/, reason: 'Reading any object of the bucket is the job.' },
    ]);
    const violations = new AwsSolutionsChecks().validateScope(stack).violations.map((v) => v.ruleName);

    expect(violations).toEqual(['AwsSolutions-IAM5[Resource::*]']);
  });
});
