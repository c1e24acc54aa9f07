/**
 * The closed vocabularies of the Spring programme (docs/architecture.md, "The data model"), as `as const` arrays so that
 * schemas, types and UI lists all come from one place.
 */

/** The four editions of Spring; "2009-2010" is the last one, run over two years. */
export const EDITION_IDS = ['2006', '2007', '2008', '2009-2010'] as const;
/** One of {@link EDITION_IDS}. */
export type EditionId = (typeof EDITION_IDS)[number];

/** The twelve Lombardy province codes (firms taking part must be based in Lombardy). */
export const LOMBARDY_PROVINCES = [
  'BG',
  'BS',
  'CO',
  'CR',
  'LC',
  'LO',
  'MB',
  'MI',
  'MN',
  'PV',
  'SO',
  'VA',
] as const;
/** One of {@link LOMBARDY_PROVINCES}. */
export type Province = (typeof LOMBARDY_PROVINCES)[number];

/** Kinds of agreement a firm signs with a foreign partner. */
export const AGREEMENT_KINDS = [
  'agent',
  'distributor',
  'co-design',
  'co-production',
  'licensing',
  'joint-venture',
  'branch',
  'subsidiary',
] as const;
/** One of {@link AGREEMENT_KINDS}. */
export type AgreementKind = (typeof AGREEMENT_KINDS)[number];

/**
 * The agreement kinds that are partnerships in design, production or presence abroad (stage III),
 * i.e. every kind but the plain sales channels `agent` and `distributor`.
 */
export const PARTNERSHIP_KINDS = [
  'co-design',
  'co-production',
  'licensing',
  'joint-venture',
  'branch',
  'subsidiary',
] as const satisfies readonly AgreementKind[];
/** One of {@link PARTNERSHIP_KINDS}. */
export type PartnershipKind = (typeof PARTNERSHIP_KINDS)[number];

/** Where a project stands. */
export const PROJECT_STATUSES = ['completed', 'withdrawn', 'ongoing'] as const;
/** One of {@link PROJECT_STATUSES}. */
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

/** Outcome of an application; rejected applicants are the control group. */
export const APPLICATION_STATUSES = ['admitted', 'rejected'] as const;
/** One of {@link APPLICATION_STATUSES}. */
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/** Who funds a budget line: the Region, the chambers of commerce, the ministry (MISE) or the EU. */
export const BUDGET_SOURCES = ['region', 'chamber', 'mise', 'eu'] as const;
/** One of {@link BUDGET_SOURCES}. */
export type BudgetSource = (typeof BUDGET_SOURCES)[number];

/** User roles, ordered from least to most privileged: each role can do what the ones before it can. */
export const ROLES = ['officer', 'finance', 'admin'] as const;
/** One of {@link ROLES}. */
export type Role = (typeof ROLES)[number];

/** What an audit entry records. */
export const AUDIT_ACTIONS = ['budget.update', 'import'] as const;
/** One of {@link AUDIT_ACTIONS}. */
export type AuditAction = (typeof AUDIT_ACTIONS)[number];
