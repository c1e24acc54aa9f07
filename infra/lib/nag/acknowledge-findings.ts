import { Validations, type CfnResource } from 'aws-cdk-lib';
import type { NagRuleResult } from 'cdk-nag';

/** A finding of a cdk-nag rule we expect on a resource, and why it is accepted. */
export interface ExpectedFinding {
  finding: RegExp;
  reason: string;
}

/**
 * Acknowledges, one by one, the findings of a cdk-nag rule on `resource` that match an expectation, each
 * with the expectation's reason; any other finding stays reported. For findings whose ids hold values that
 * change between synths (account, region, logical ids), such as `AwsSolutions-IAM5[Resource::…]`.
 * Call it once the resource is complete (its grants made).
 *
 * @example
 * acknowledgeFindings(policy, 'AwsSolutions-IAM5', rules.iam.IAMNoWildcardPermissions, [
 *   { finding: /^Action::s3:List\*$/, reason: 'Why this wildcard is needed' },
 * ]);
 */
export function acknowledgeFindings(
  resource: CfnResource,
  ruleId: string,
  rule: (node: CfnResource) => NagRuleResult,
  expected: readonly ExpectedFinding[],
): void {
  const result = rule(resource);
  if (!Array.isArray(result)) return;
  for (const finding of result) {
    const match = expected.find((candidate) => candidate.finding.test(finding));
    if (match) Validations.of(resource).acknowledge({ id: `${ruleId}[${finding}]`, reason: match.reason });
  }
}
