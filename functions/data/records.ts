import type { Agreement, ExportFlow, Firm, Project } from '../../shared/schemas';

/** A firm's export flow as kept inside its aggregate (the firm id is the aggregate's). */
export type ExportPoint = Omit<ExportFlow, 'firmId'>;
/** A firm's agreement as kept inside its aggregate. */
export type AgreementTerm = Omit<Agreement, 'firmId'>;
/** What the firm aggregate keeps of each of its projects, enough to measure the project's outcome. */
export type ProjectRef = Pick<Project, 'id' | 'edition' | 'start' | 'end' | 'status'>;

/**
 * The firm aggregate (one item, a few KB): the firm with its exports, agreements and project
 * references, so that a batch read gives everything the stage and the outcome need in one round trip.
 */
export type FirmRecord = Firm & {
  exports: ExportPoint[];
  agreements: AgreementTerm[];
  projects: ProjectRef[];
};
