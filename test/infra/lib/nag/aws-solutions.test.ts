import { Stack, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { synthesize } from '../../synth';

/** Every acknowledgement recorded in the stack: where, which finding, why. */
function acknowledgements(stack: Stack): { path: string; id: string; reason: string }[] {
  return stack.node.findAll().flatMap((construct) =>
    construct.node.metadata
      .filter((entry) => entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
      .flatMap((entry) =>
        Object.entries(entry.data as Record<string, string>).map(([id, reason]) => ({
          path: construct.node.path.replace(`${stack.stackName}/`, ''),
          id: id.replace(/^annotation::/i, ''),
          reason,
        })),
      ),
  );
}

/** cdk-nag's AwsSolutions findings that are not acknowledged, as readable lines. */
function unacknowledged(stack: Stack): string[] {
  const report = new AwsSolutionsChecks().validateScope(stack);
  return report.violations.map(
    (violation) =>
      `${violation.severity} ${violation.ruleName} at ${violation.violatingResources
        .map((resource) => resource.constructPath)
        .join(', ')}`,
  );
}

// dev as `npm run synth` makes it offline (no account or region), prod as deployed (account and region).
const cases = [
  ['dev', synthesize('dev', { env: null })],
  ['prod', synthesize('prod')],
] as const;

describe('cdk-nag AwsSolutions checks (applied in infra/bin/app.ts)', () => {
  it.each(cases)('find nothing unacknowledged in %s (errors and warnings)', (_env, { stack }) => {
    expect(unacknowledged(stack)).toEqual([]);
  });

  it.each(cases)('let the app synthesize in %s with the checks registered', (_env, { app, stack }) => {
    Validations.of(app).addPlugins(new AwsSolutionsChecks(app));

    expect(() => app.synth({ force: true })).not.toThrow();
    expect(stack.stackName).toMatch(/^SpringWorkbench-(dev|prod)$/);
  });

  it.each(cases)(
    'acknowledge only the expected findings in %s, each with a written reason',
    (_env, { stack }) => {
      const acknowledged = acknowledgements(stack);
      const rules = [...new Set(acknowledged.map((ack) => ack.id.replace(/\[.*$/, '')))].sort();

      expect(rules).toEqual([
        'AwsSolutions-APIG4',
        'AwsSolutions-CFR1',
        'AwsSolutions-CFR2',
        'AwsSolutions-CFR4',
        'AwsSolutions-IAM5',
        'AwsSolutions-L1',
        'AwsSolutions-S1',
      ]);
      for (const ack of acknowledged) expect(ack.reason.length).toBeGreaterThan(40);
    },
  );

  it('need no TLS acknowledgement with an own domain and certificate', () => {
    const { stack } = synthesize('prod', {
      context: {
        domainName: 'spring.example.it',
        certificateArn: 'arn:aws:acm:us-east-1:123456789012:certificate/0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0',
      },
    });

    expect(unacknowledged(stack)).toEqual([]);
    expect(acknowledgements(stack).map((ack) => ack.id)).not.toContain('AwsSolutions-CFR4');
  });

  it('acknowledge the public routes only on health and openapi.json', () => {
    const paths = acknowledgements(cases[1][1].stack)
      .filter((ack) => ack.id === 'AwsSolutions-APIG4')
      .map((ack) => ack.path);

    expect(paths.sort()).toEqual(['Api/Api/GET--v1--health', 'Api/Api/GET--v1--openapi.json']);
  });

  it("acknowledge wildcards only on BucketDeployment's role, and the runtime only on its handler", () => {
    const acknowledged = acknowledgements(cases[1][1].stack);

    expect(
      acknowledged
        .filter((ack) => ack.id.startsWith('AwsSolutions-IAM5'))
        .every((ack) => ack.path.startsWith('Hosting/Deploy/Role')),
    ).toBe(true);
    expect(acknowledged.filter((ack) => ack.id === 'AwsSolutions-L1').map((ack) => ack.path)).toEqual([
      expect.stringMatching(/^Custom::CDKBucketDeployment/),
    ]);
  });
});
