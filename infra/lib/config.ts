/**
 * The deployment's settings: the environment (`dev` or `prod`) and the Microsoft Entra ID values, read once
 * from CDK context (`-c key=value` or `cdk.json`), failing loudly on a missing or malformed value; and what
 * differs between the two environments (retention, throttling, protection of data).
 */
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Node } from 'constructs';

/** The environments this app deploys. */
export const ENVIRONMENT_NAMES = ['dev', 'prod'] as const;
export type EnvironmentName = (typeof ENVIRONMENT_NAMES)[number];

/**
 * The add-in's `<Id>` in each environment's manifest (scripts/write-manifest.ts). The Id is "the unique ID
 * of your Office Add-in as a GUID" ("Id element in the manifest file",
 * https://learn.microsoft.com/javascript/api/manifest/id), so each environment has its own, different from
 * the development manifest's too: dev and prod can then be installed side by side. Never change one: a
 * new Id is a new add-in to Office, installed beside the old one.
 */
export const ADDIN_IDS: Record<EnvironmentName, string> = {
  dev: 'c0a518a7-1f47-49db-9b37-e637ce51de96',
  prod: '18a5ad39-0562-4f1d-b808-64d730337061',
};

/** The nil GUID: `cdk.json`'s placeholder for the Entra ids, so that `npm run synth` works offline. */
export const PLACEHOLDER_ID = '00000000-0000-0000-0000-000000000000';

/** A context value that is missing or malformed. */
export class InfraConfigError extends Error {
  override readonly name = 'InfraConfigError';
  readonly code = 'ERR_INFRA_CONFIG';
}

/** What the app reads from context. */
export interface DeploymentConfig {
  envName: EnvironmentName;
  /** Microsoft Entra ID (single tenant) that signs the API's access tokens. */
  entra: {
    /** Directory (tenant) id, a GUID: the tokens' issuer is `https://login.microsoftonline.com/<tenantId>/v2.0`. */
    tenantId: string;
    /** Application (client) id of the API's app registration: the `aud` of its v2.0 access tokens. */
    apiAppId: string;
    /** The delegated scope the API exposes (`scp` claim), e.g. `access_as_user`. */
    apiScope: string;
    /** Application (client) id of the add-in's own (SPA) app registration, which signs users in. */
    addinAppId: string;
  };
  /** An own domain for CloudFront, with its ACM certificate (in us-east-1); the cloudfront.net name otherwise. */
  customDomain?: { domainName: string; certificateArn: string };
}

/** Settings that differ between environments. */
export interface EnvironmentSettings {
  /** Table, buckets and log groups: kept on stack deletion in prod. */
  removalPolicy: RemovalPolicy;
  deletionProtection: boolean;
  /** Point-in-time recovery window of the table (1 to 35 days). */
  recoveryPeriodInDays: number;
  /** CloudWatch log groups (Lambda, API access logs, deployment). */
  logRetention: RetentionDays;
  /** S3 and CloudFront access logs. */
  accessLogExpiration: Duration;
  /** Default stage throttling of the HTTP API (requests per second, burst). */
  throttle: { rateLimit: number; burstLimit: number };
}

/** Per environment: dev is disposable and small; prod keeps its data and its logs. */
export const ENVIRONMENTS: Record<EnvironmentName, EnvironmentSettings> = {
  dev: {
    // Not for production: dev holds the synthetic sample, which `npm run import` loads again.
    removalPolicy: RemovalPolicy.DESTROY,
    deletionProtection: false,
    recoveryPeriodInDays: 7,
    logRetention: RetentionDays.ONE_WEEK,
    accessLogExpiration: Duration.days(30),
    throttle: { rateLimit: 10, burstLimit: 20 },
  },
  prod: {
    removalPolicy: RemovalPolicy.RETAIN,
    deletionProtection: true,
    recoveryPeriodInDays: 35,
    logRetention: RetentionDays.ONE_YEAR,
    accessLogExpiration: Duration.days(365),
    // A few dozen staff; a recalculation sends one batch request per 1,000 distinct firms
    // (README, "Excel functions").
    throttle: { rateLimit: 50, burstLimit: 100 },
  },
};

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SCOPE = /^[A-Za-z0-9_.-]{1,120}$/;
const DOMAIN = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
const CERTIFICATE_ARN = /^arn:aws[a-z-]*:acm:us-east-1:\d{12}:certificate\/[0-9a-f-]+$/;

function read(node: Node, key: string): string | undefined {
  const value: unknown = node.tryGetContext(key);
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string') throw new InfraConfigError(`context "${key}" must be a string`);
  return value.trim();
}

function required(node: Node, key: string, pattern: RegExp, what: string): string {
  const value = read(node, key);
  if (value === undefined) throw new InfraConfigError(`missing context "${key}": pass -c ${key}=<${what}>`);
  if (!pattern.test(value)) {
    throw new InfraConfigError(`context "${key}" must be ${what}, not "${value}"`);
  }
  return value;
}

/**
 * Reads the deployment's settings from context. Production refuses the placeholder ids of `cdk.json`.
 *
 * @example
 * npx cdk deploy -c env=prod -c tenantId=<GUID> -c apiAppId=<GUID>
 */
export function readDeploymentConfig(node: Node): DeploymentConfig {
  const envName = read(node, 'env') ?? 'dev';
  if (!(ENVIRONMENT_NAMES as readonly string[]).includes(envName)) {
    throw new InfraConfigError(
      `context "env" must be one of ${ENVIRONMENT_NAMES.join(', ')}, not "${envName}"`,
    );
  }
  const entra = {
    tenantId: required(node, 'tenantId', GUID, 'the Entra directory (tenant) id, a GUID'),
    apiAppId: required(node, 'apiAppId', GUID, "the application (client) id of the API's app registration"),
    apiScope: required(node, 'apiScope', SCOPE, 'the scope the API exposes, such as access_as_user'),
    addinAppId: required(
      node,
      'addinAppId',
      GUID,
      "the application (client) id of the add-in's (SPA) app registration",
    ),
  };
  if (envName === 'prod') {
    for (const key of ['tenantId', 'apiAppId', 'addinAppId'] as const) {
      if (entra[key] === PLACEHOLDER_ID) {
        throw new InfraConfigError(
          `context "${key}" is cdk.json's placeholder; prod needs the real one: -c ${key}=<GUID> (README, "Deploy to AWS")`,
        );
      }
    }
  }
  const domainName = read(node, 'domainName');
  const certificateArn = read(node, 'certificateArn');
  if ((domainName === undefined) !== (certificateArn === undefined)) {
    throw new InfraConfigError('context "domainName" and "certificateArn" go together: give both or neither');
  }
  return {
    envName: envName as EnvironmentName,
    entra,
    ...(domainName !== undefined && certificateArn !== undefined
      ? {
          customDomain: {
            domainName: required(node, 'domainName', DOMAIN, 'a lower-case domain name'),
            certificateArn: required(
              node,
              'certificateArn',
              CERTIFICATE_ARN,
              'the ARN of an ACM certificate in us-east-1 (CloudFront needs it there)',
            ),
          },
        }
      : {}),
  };
}
