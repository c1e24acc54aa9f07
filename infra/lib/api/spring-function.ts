import { existsSync } from 'node:fs';
import path from 'node:path';
import { Duration } from 'aws-cdk-lib';
import type { ITableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import {
  ApplicationLogLevel,
  Architecture,
  Code,
  Function as LambdaFunction,
  LoggingFormat,
  Runtime,
} from 'aws-cdk-lib/aws-lambda';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import type { EnvironmentSettings } from '../config';

/**
 * The DynamoDB actions the data layer calls on AWS, and nothing else (no Scan, DeleteItem, DescribeTable or
 * CreateTable: `ensureTable` runs only locally). A TransactWriteItems of conditional puts needs PutItem only.
 */
export const DATA_LAYER_ACTIONS = [
  'dynamodb:GetItem', // budget line, dataset label (functions/data/budget.ts, imports.ts)
  'dynamodb:BatchGetItem', // firms by id (functions/data/batch.ts)
  'dynamodb:Query', // edition partitions, audit trails, import jobs (functions/data/query.ts, imports.ts)
  'dynamodb:PutItem', // import jobs, dataset label, budget transaction (functions/data/imports.ts, budget.ts)
  'dynamodb:UpdateItem', // import job status (functions/data/imports.ts)
  'dynamodb:BatchWriteItem', // import (functions/data/batch.ts)
] as const;

/** Properties of {@link SpringFunction}. */
export interface SpringFunctionProps {
  /** Folder holding the built bundle `index.mjs` (one build for every artifact: `npm run build`). */
  codeDir: string;
  description: string;
  settings: EnvironmentSettings;
}

/**
 * A Lambda function with this project's defaults: the bundle our build made (AWS SDK inside, so no second
 * bundling), the latest Node.js runtime on arm64, JSON logs into its own log group with a set retention,
 * and a role that may only write those logs until it is granted more with {@link grantDataAccess}.
 */
export class SpringFunction extends Construct {
  readonly function: LambdaFunction;
  readonly role: Role;
  readonly logGroup: LogGroup;

  constructor(scope: Construct, id: string, props: SpringFunctionProps) {
    super(scope, id);
    const bundle = path.join(props.codeDir, 'index.mjs');
    if (!existsSync(bundle)) {
      throw new Error(`${bundle} is missing: run npm run build first (npm run synth does)`);
    }
    this.logGroup = new LogGroup(this, 'Logs', {
      retention: props.settings.logRetention,
      removalPolicy: props.settings.removalPolicy,
    });
    // An own role instead of the AWSLambdaBasicExecutionRole managed policy, which may write any log group.
    this.role = new Role(this, 'Role', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: `${props.description}: its log group, and what grantDataAccess adds`,
    });
    this.logGroup.grantWrite(this.role);
    this.function = new LambdaFunction(this, 'Function', {
      description: props.description,
      code: Code.fromAsset(props.codeDir, { exclude: ['*.map'] }),
      handler: 'index.handler',
      runtime: Runtime.NODEJS_24_X,
      architecture: Architecture.ARM_64,
      memorySize: 1024,
      // API Gateway gives up on an integration after 30 s.
      timeout: Duration.seconds(29),
      role: this.role,
      logGroup: this.logGroup,
      loggingFormat: LoggingFormat.JSON,
      applicationLogLevelV2: ApplicationLogLevel.INFO,
    });
  }

  /**
   * Points the function at `table` (`SPRING_TABLE`) and lets it call exactly {@link DATA_LAYER_ACTIONS} on
   * that table. The table has no index, so no `/index/*` resource is granted.
   */
  grantDataAccess(table: ITableV2): void {
    this.function.addEnvironment('SPRING_TABLE', table.tableName);
    this.role.addToPrincipalPolicy(
      new PolicyStatement({ actions: [...DATA_LAYER_ACTIONS], resources: [table.tableArn] }),
    );
  }
}
