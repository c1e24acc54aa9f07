import { Match } from 'aws-cdk-lib/assertions';
import { only, synthesize } from '../../synth';

const dev = synthesize('dev').template;
const prod = synthesize('prod').template;

describe('the table (infra/lib/data/spring-table.ts)', () => {
  it.each([
    ['dev', dev],
    ['prod', prod],
  ])('is the data layer single table in %s: string pk and sk, no index, on demand', (_env, template) => {
    template.resourceCountIs('AWS::DynamoDB::GlobalTable', 1);
    template.resourceCountIs('AWS::DynamoDB::Table', 0);
    template.hasResourceProperties('AWS::DynamoDB::GlobalTable', {
      KeySchema: [
        { AttributeName: 'pk', KeyType: 'HASH' },
        { AttributeName: 'sk', KeyType: 'RANGE' },
      ],
      AttributeDefinitions: [
        { AttributeName: 'pk', AttributeType: 'S' },
        { AttributeName: 'sk', AttributeType: 'S' },
      ],
      BillingMode: 'PAY_PER_REQUEST',
      GlobalSecondaryIndexes: Match.absent(),
      LocalSecondaryIndexes: Match.absent(),
    });
  });

  it('has point-in-time recovery on, with a longer window in prod', () => {
    const pitr = (days: number) => ({
      Replicas: [
        Match.objectLike({
          PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true, RecoveryPeriodInDays: days },
        }),
      ],
    });

    dev.hasResourceProperties('AWS::DynamoDB::GlobalTable', pitr(7));
    prod.hasResourceProperties('AWS::DynamoDB::GlobalTable', pitr(35));
  });

  it('is encrypted with the AWS-managed KMS key (no customer key)', () => {
    prod.hasResourceProperties('AWS::DynamoDB::GlobalTable', {
      SSESpecification: { SSEEnabled: true, SSEType: 'KMS' },
      Replicas: [Match.objectLike({ SSESpecification: Match.absent() })],
    });
    prod.resourceCountIs('AWS::KMS::Key', 0);
  });

  it('is deletion-protected and retained in prod', () => {
    const { resource } = only(prod, 'AWS::DynamoDB::GlobalTable');

    expect(resource).toMatchObject({ DeletionPolicy: 'Retain', UpdateReplacePolicy: 'Retain' });
    prod.hasResourceProperties('AWS::DynamoDB::GlobalTable', {
      Replicas: [Match.objectLike({ DeletionProtectionEnabled: true })],
    });
  });

  it('may be deleted with the stack in dev', () => {
    const { resource } = only(dev, 'AWS::DynamoDB::GlobalTable');

    expect(resource).toMatchObject({ DeletionPolicy: 'Delete' });
    dev.hasResourceProperties('AWS::DynamoDB::GlobalTable', {
      Replicas: [Match.objectLike({ DeletionProtectionEnabled: false })],
    });
  });
});
