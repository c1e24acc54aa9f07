/** Names of the stack's outputs: the keys of `cdk deploy --outputs-file` (scripts/write-manifest.ts reads one). */
export const OUTPUTS = {
  siteDomain: 'SiteDomain',
  siteUrl: 'SiteUrl',
  distributionDomain: 'DistributionDomainName',
  apiUrl: 'ApiUrl',
  tableName: 'TableName',
} as const;
