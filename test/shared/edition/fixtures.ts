/**
 * A hand-made edition small enough to compute every indicator on paper. Called in 2008, so the window
 * compares 2007 (before) with 2010 (after). Stages by the default rule:
 *
 * | firm | 2007 exports            | 2007 stage | 2010 exports                      | 2010 stage         | project   | grant  |
 * |------|-------------------------|------------|-----------------------------------|--------------------|-----------|--------|
 * | A    | none (turnover 500k)    | 0          | DE 40k (turnover 800k)            | I                  | completed | 30,000 |
 * | B    | DE 100k, FR 50k (1M)    | II         | DE 120k, FR 60k, US 20k (1M)      | III (co-production)| completed | 40,000 |
 * | C    | CN 30k (300k)           | I          | none (no turnover)                | 0                  | withdrawn | 10,000 |
 * | D    | none (200k)             | 0          | none (250k)                       | 0                  | ongoing   | 20,000 |
 * | M    | no history              |            |                                   |                    | completed | 20,000 |
 *
 * Rejected applicants (control group): R1 DE 50k of 500k -> DE 50k, FR 25k of 500k; R2 no exports,
 * turnover 400k -> nothing at all; R3 AT 10k without turnover -> no exports, turnover 100k; R4 has no
 * history.
 */
import type { Application, BudgetAmounts, Edition, Project } from '../../../shared/schemas';
import type { EditionInput } from '../../../shared/edition';
import type { FirmHistory } from '../../../shared/stage/types';
import { agreement, firm } from '../stage/builders';

export const EDITION: Edition = { id: '2008', label: 'Spring 3', callYear: 2008, projectsPlanned: 100 };

/** A project of the 2008 edition for a firm, with the fields the indicators read set by the caller. */
export function project(
  firmId: string,
  status: Project['status'],
  grant: number,
  id = `P-${firmId}`,
): Project {
  return {
    id,
    edition: '2008',
    firmId,
    temId: 'T01',
    targetMarkets: ['DE'],
    start: '2008-03-01',
    end: '2008-07-31',
    status,
    temDays: 15,
    eligibleCost: grant * 2,
    publicShare: 0.5,
    grant,
    ...(status === 'withdrawn' ? { withdrawalReason: 'wrong partner' } : {}),
  };
}

/** An application to the 2008 edition. */
export function application(firmId: string, status: Application['status']): Application {
  return { edition: '2008', firmId, status, score: status === 'admitted' ? 80 : 40 };
}

export const FIRMS: Record<string, FirmHistory> = {
  A: firm({ exports: [[2010, 'DE', 40_000]], turnover: { 2007: 500_000, 2010: 800_000 } }),
  B: firm({
    exports: [
      [2006, 'DE', 80_000],
      [2007, 'DE', 100_000],
      [2007, 'FR', 50_000],
      [2010, 'DE', 120_000],
      [2010, 'FR', 60_000],
      [2010, 'US', 20_000],
    ],
    turnover: { 2007: 1_000_000, 2010: 1_000_000 },
    agreements: [agreement('co-production', 2010, undefined, 'US')],
  }),
  C: firm({ exports: [[2007, 'CN', 30_000]], turnover: { 2007: 300_000 } }),
  D: firm({ turnover: { 2007: 200_000, 2010: 250_000 } }),
  R1: firm({
    exports: [
      [2007, 'DE', 50_000],
      [2010, 'DE', 50_000],
      [2010, 'FR', 25_000],
    ],
    turnover: { 2007: 500_000, 2010: 500_000 },
  }),
  R2: firm({ turnover: { 2007: 400_000 } }),
  R3: firm({ exports: [[2007, 'AT', 10_000]], turnover: { 2010: 100_000 } }),
};

export const BUDGET: BudgetAmounts[] = [
  { allocated: 100_000, committed: 80_000, paid: 40_000 },
  { allocated: 50_000, committed: 40_000, paid: 20_000 },
];

/** The whole hand-made edition. */
export function handMadeEdition(): EditionInput {
  return {
    edition: EDITION,
    projects: [
      project('A', 'completed', 30_000),
      project('B', 'completed', 40_000),
      project('C', 'withdrawn', 10_000),
      project('D', 'ongoing', 20_000),
      project('M', 'completed', 20_000),
    ],
    applications: [
      ...['A', 'B', 'C', 'D', 'M'].map((id) => application(id, 'admitted')),
      ...['R1', 'R2', 'R3', 'R4'].map((id) => application(id, 'rejected')),
    ],
    firms: new Map(Object.entries(FIRMS)),
    budget: BUDGET,
  };
}

/** An edition with nothing in it. */
export function emptyEdition(): EditionInput {
  return { edition: EDITION, projects: [], applications: [], firms: new Map(), budget: [] };
}
