/**
 * What the edition indicators are computed from, declared structurally so that the entities parsed by
 * the shared zod schemas can be passed as they are (docs/indicators.md, "Entities" and "Edition
 * indicators").
 */
import type { Application, BudgetAmounts, Edition, Project } from '../schemas';
import type { FirmHistory, StageThresholds } from '../stage/types';

/** The fields of a project the edition indicators read (the dates and status for its outcome). */
export type EditionProject = Pick<Project, 'firmId' | 'status' | 'grant' | 'start' | 'end'>;

/** The fields of an application the edition indicators read (the score for the local effect). */
export type EditionApplication = Pick<Application, 'firmId' | 'status' | 'score'>;

/** An application to another edition, with that edition's call year (for contamination). */
export interface OtherApplication extends Pick<Application, 'firmId' | 'status'> {
  /** Call year of the edition applied to. */
  callYear: number;
}

/** Firm aggregates (exports, turnover, agreements) by firm id, as a Map or a plain record. */
export type FirmLookup = ReadonlyMap<string, FirmHistory> | Readonly<Record<string, FirmHistory>>;

/** K of the local effect when the caller gives none. */
export const LOCAL_K_DEFAULT = 20;

/**
 * One edition's data. The lists are the edition's own (the caller selects them by the entities'
 * `edition` field and nothing here filters them again), except `otherApplications`.
 */
export interface EditionInput {
  /** The edition; only its call year is read (it fixes the window). */
  edition: Pick<Edition, 'callYear'>;
  /** The edition's projects, every status. */
  projects: readonly EditionProject[];
  /** The edition's applications, admitted and rejected. */
  applications: readonly EditionApplication[];
  /**
   * The applications to every other edition, with their call years: a rejected applicant admitted to
   * another edition called by the later year of a pair leaves the control group. None when left out.
   */
  otherApplications?: readonly OtherApplication[];
  /** Histories of the edition's firms; a firm missing here is skipped and counted in `missingFirms`. */
  firms: FirmLookup;
  /** The edition's budget lines (only the three amounts are read). */
  budget: readonly BudgetAmounts[];
  /** Overrides of the stage rule's default thresholds. */
  thresholds?: Partial<StageThresholds>;
  /** K of the local effect: firms taken on each side of the cutoff ({@link LOCAL_K_DEFAULT} unless given). */
  localK?: number;
}
