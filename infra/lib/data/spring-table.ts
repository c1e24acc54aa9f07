import { AttributeType, Billing, TableEncryptionV2, TableV2, type ITableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { Construct } from 'constructs';
import type { EnvironmentSettings } from '../config';

/** Properties of {@link SpringTable}. */
export interface SpringTableProps {
  settings: EnvironmentSettings;
}

/**
 * The one table of the data layer (functions/data/keys.ts): string keys `pk` and `sk`, no index, on-demand
 * billing, point-in-time recovery, encrypted with the AWS-managed key (aws/dynamodb, auditable in
 * CloudTrail); deletion-protected and retained in prod.
 */
export class SpringTable extends Construct {
  readonly table: ITableV2;

  constructor(scope: Construct, id: string, props: SpringTableProps) {
    super(scope, id);
    const { settings } = props;
    this.table = new TableV2(this, 'Table', {
      partitionKey: { name: 'pk', type: AttributeType.STRING },
      sortKey: { name: 'sk', type: AttributeType.STRING },
      billing: Billing.onDemand(),
      pointInTimeRecoverySpecification: {
        pointInTimeRecoveryEnabled: true,
        recoveryPeriodInDays: settings.recoveryPeriodInDays,
      },
      encryption: TableEncryptionV2.awsManagedKey(),
      deletionProtection: settings.deletionProtection,
      removalPolicy: settings.removalPolicy,
    });
  }
}
