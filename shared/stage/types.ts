/**
 * Input and output shapes of the stage rule, declared structurally so that the entities parsed by the
 * shared zod schemas (which carry more fields, e.g. `firmId`) can be passed as they are.
 */

import type { AgreementKind, ProjectStatus } from '../schemas/constants';

export type { AgreementKind, ProjectStatus };

/** A firm's exports to one country in one year (EUR). */
export interface ExportRecord {
  year: number;
  country: string;
  value: number;
}

/** An agreement with a foreign partner, active from `year` through `endYear` (open-ended without it). */
export interface AgreementRecord {
  year: number;
  endYear?: number | null;
  country: string;
  kind: AgreementKind;
}

/** The firm aggregate the stage is computed on: exports, turnover by year (`{"2008": EUR}`), agreements. */
export interface FirmHistory {
  exports: readonly ExportRecord[];
  turnover: Readonly<Record<string, number>>;
  agreements: readonly AgreementRecord[];
}

/** The dates of a project, ISO `YYYY-MM-DD`. */
export interface ProjectWindow {
  start: string;
  end: string;
}

/** A project as its outcome reads it: its dates and where it stands (`completed` when left out). */
export interface OutcomeProject extends ProjectWindow {
  status?: ProjectStatus;
}

/** Internationalisation stage: 0 none, I entering, II diversifying, III partnering. */
export type Stage = 0 | 1 | 2 | 3;

/** The stage rule's thresholds (docs/indicators.md, "Stage rule"). */
export interface StageThresholds {
  /** Markets needed for the diversification clauses (N_min). */
  minMarkets: number;
  /** Export intensity needed for the intensive clause, as a fraction (0.10 = 10%). */
  minIntensity: number;
  /** Consecutive exporting years, this one included, for the persistence clause. */
  persistenceYears: number;
}
