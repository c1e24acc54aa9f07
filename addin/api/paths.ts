/**
 * Every URL path the add-in asks the Spring service for, built in this one place (the API is described
 * in the README and served as `/v1/openapi.json`).
 */

const segment = encodeURIComponent;

/** `?limit=…&cursor=…` of a paged listing; the first page has no cursor. */
export function pageQuery(limit: number, cursor?: string): string {
  return `?limit=${limit}${cursor ? `&cursor=${segment(cursor)}` : ''}`;
}

/** The service's paths, by what they serve. */
export const PATHS = {
  health: () => '/v1/health',
  authConfig: () => '/auth-config.json',
  devToken: () => '/v1/dev/token',
  editions: () => '/v1/editions',
  projects: (edition: string, limit: number, cursor?: string) =>
    `/v1/editions/${segment(edition)}/projects${pageQuery(limit, cursor)}`,
  editionFirms: (edition: string, limit: number, cursor?: string) =>
    `/v1/editions/${segment(edition)}/firms${pageQuery(limit, cursor)}`,
  indicators: (edition: string) => `/v1/editions/${segment(edition)}/indicators`,
  budget: (edition: string) => `/v1/editions/${segment(edition)}/budget`,
  budgetLine: (edition: string, lineId: string) =>
    `/v1/editions/${segment(edition)}/budget/${segment(lineId)}`,
  budgetHistory: (edition: string, lineId: string) =>
    `/v1/editions/${segment(edition)}/budget/${segment(lineId)}/history`,
  firmsBatch: () => '/v1/firms/batch',
  effects: () => '/v1/effects',
  importDocument: (dryRun: boolean) => `/v1/import${dryRun ? '?dryRun=true' : ''}`,
} as const;
