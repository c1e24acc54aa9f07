import { readdirSync } from 'node:fs';
import path from 'node:path';
import { Match } from 'aws-cdk-lib/assertions';
import { logicalIdOf, only, synthesize, TEST_ENV } from '../../synth';

const dev = synthesize('dev');
const prod = synthesize('prod');

type Synth = ReturnType<typeof synthesize>;

/** The API's function in the template. */
function apiFunction({ stack, template }: Synth): { id: string; resource: Record<string, unknown> } {
  const id = logicalIdOf(stack.handler.function);
  const resource = template.findResources('AWS::Lambda::Function')[id];
  if (!resource) throw new Error(`no function ${id}`);
  return { id, resource };
}

describe("the API's Lambda function (infra/lib/api/spring-function.ts)", () => {
  it('runs the built bundle on the latest Node.js runtime on arm64', () => {
    dev.template.hasResourceProperties('AWS::Lambda::Function', {
      Runtime: 'nodejs24.x',
      Architectures: ['arm64'],
      Handler: 'index.handler',
      MemorySize: 1024,
      Timeout: 29,
      LoggingConfig: Match.objectLike({ LogFormat: 'JSON', ApplicationLogLevel: 'INFO' }),
    });
  });

  it('deploys dist/functions as built: index.mjs alone, no source map', () => {
    const staged = synthesize('dev', { staging: true });
    const { resource } = apiFunction(staged);
    const key = (resource.Properties as { Code: { S3Key: string } }).Code.S3Key;
    // The asset is staged in the cloud assembly as asset.<hash>, zipped on upload as <hash>.zip.
    const asset = path.join(staged.app.outdir, `asset.${key.replace(/\.zip$/, '')}`);

    expect(readdirSync(asset)).toEqual(['index.mjs']);
  });

  it('is told its table in SPRING_TABLE', () => {
    const table = only(dev.template, 'AWS::DynamoDB::GlobalTable').id;

    dev.template.hasResourceProperties('AWS::Lambda::Function', {
      Handler: 'index.handler',
      Environment: { Variables: { SPRING_TABLE: { Ref: table } } },
    });
  });

  it('may call exactly the DynamoDB actions the data layer uses, on its table only, and write its own logs', () => {
    const template = prod.template;
    const table = only(template, 'AWS::DynamoDB::GlobalTable').id;
    const logs = (apiFunction(prod).resource.Properties as { LoggingConfig: { LogGroup: { Ref: string } } })
      .LoggingConfig.LogGroup.Ref;
    const policies = Object.values(
      template.findResources('AWS::IAM::Policy', {
        Properties: { Roles: [{ Ref: logicalIdOf(prod.stack.handler.role) }] },
      }),
    );

    expect(policies).toHaveLength(1);
    expect((policies[0]!.Properties as { PolicyDocument: unknown }).PolicyDocument).toEqual({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Action: ['logs:CreateLogStream', 'logs:PutLogEvents'],
          Resource: { 'Fn::GetAtt': [logs, 'Arn'] },
        },
        {
          Effect: 'Allow',
          Action: [
            'dynamodb:BatchGetItem',
            'dynamodb:BatchWriteItem',
            'dynamodb:GetItem',
            'dynamodb:PutItem',
            'dynamodb:Query',
            'dynamodb:UpdateItem',
          ],
          Resource: { 'Fn::GetAtt': [table, 'Arn'] },
        },
      ],
    });
  });

  it('has a role of its own, with no managed policy, assumable by Lambda only', () => {
    const role = prod.template.findResources('AWS::IAM::Role')[logicalIdOf(prod.stack.handler.role)];

    expect(role?.Properties).toEqual({
      AssumeRolePolicyDocument: {
        Version: '2012-10-17',
        Statement: [
          { Action: 'sts:AssumeRole', Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' } },
        ],
      },
      Description: expect.any(String),
      Tags: expect.any(Array),
    });
  });

  it('is granted nothing on DynamoDB beyond the table (no Scan, DeleteItem, DescribeTable, CreateTable)', () => {
    const json = JSON.stringify(prod.template.findResources('AWS::IAM::Policy'));

    for (const action of ['Scan', 'DeleteItem', 'DescribeTable', 'CreateTable', 'dynamodb:*']) {
      expect(json).not.toContain(action);
    }
    expect(json).not.toContain(`arn:aws:dynamodb:${TEST_ENV.region}`);
  });

  it('keeps its logs a week in dev and a year in prod', () => {
    const retention = (synth: Synth) => {
      const logs = (
        apiFunction(synth).resource.Properties as { LoggingConfig: { LogGroup: { Ref: string } } }
      ).LoggingConfig.LogGroup.Ref;
      return (
        synth.template.findResources('AWS::Logs::LogGroup')[logs]?.Properties as { RetentionInDays: number }
      ).RetentionInDays;
    };

    expect(retention(dev)).toBe(7);
    expect(retention(prod)).toBe(365);
  });
});
