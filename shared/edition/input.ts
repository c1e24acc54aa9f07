/**
 * What the edition indicators are computed from, declared structurally so that the entities parsed by
 * the shared zod schemas can be passed as they are (DESIGN sections 3 and 4).
 */
import type { Application, BudgetAmounts, Edition, Project } from '../schemas';
import type { FirmHistory, StageThresholds } from '../stage/types';

/** The fields of a project the edition indicators read. */
export type EditionProject = Pick<Project, 'firmId' | 'status' | 'grant'>;

/** The fields of an application the edition indicators read. */
export type EditionApplication = Pick<Application, 'firmId' | 'status'>;

/** Firm aggregates (exports, turnover, agreements) by firm id, as a Map or a plain record. */
export type FirmLookup = ReadonlyMap<string, FirmHistory> | Readonly<Record<string, FirmHistory>>;

/**
 * One edition's data. The lists are the edition's own: the caller selects them (by the entities'
 * `edition` field) and nothing here filters them again.
 */
export interface EditionInput {
  /** The edition; only its call year is read (it fixes the window). */
  edition: Pick<Edition, 'callYear'>;
  /** The edition's projects, every status. */
  projects: readonly EditionProject[];
  /** The edition's applications, admitted and rejected. */
  applications: readonly EditionApplication[];
  /** Histories of the edition's firms; a firm missing here is skipped and counted in `missingFirms`. */
  firms: FirmLookup;
  /** The edition's budget lines (only the three amounts are read). */
  budget: readonly BudgetAmounts[];
  /** Overrides of the stage rule's default thresholds. */
  thresholds?: Partial<StageThresholds>;
}
