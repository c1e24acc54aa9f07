/**
 * An edition's projects counted by status, and what they cost (docs/indicators.md, "Edition indicators").
 */
import { checkAmount } from '../indicators/validate';
import type { EditionProject } from './input';
import type { EditionIndicators } from './result';
import { ratio } from './stats';

/** Project counts and rates; the rates are over every project, ongoing ones included. */
export type ProjectRates = Pick<EditionIndicators, 'projects' | 'completionRate' | 'withdrawalRate'>;

/**
 * The number of projects and the shares completed and withdrawn.
 * @example
 * projectRates([{ status: 'completed', ... }, { status: 'withdrawn', ... }, { status: 'ongoing', ... }]);
 * // { projects: 3, completionRate: 1/3, withdrawalRate: 1/3 }
 */
export function projectRates(projects: readonly Pick<EditionProject, 'status'>[]): ProjectRates {
  let completed = 0;
  let withdrawn = 0;
  for (const { status } of projects) {
    if (status === 'completed') completed++;
    else if (status === 'withdrawn') withdrawn++;
  }
  return {
    projects: projects.length,
    completionRate: ratio(completed, projects.length),
    withdrawalRate: ratio(withdrawn, projects.length),
  };
}

/**
 * Grants of all the projects per firm that moved up a stage; null when no firm did, `invalid` on a
 * negative or non-finite grant.
 * @param gained - firms whose stage after is above their stage before
 * @example
 * costPerStageGained([{ grant: 30_000, ... }, { grant: 20_000, ... }], 2); // 25000
 */
export function costPerStageGained(
  projects: readonly Pick<EditionProject, 'grant'>[],
  gained: number,
): number | null {
  let grants = 0;
  for (const { grant } of projects) grants += checkAmount(grant, 'grant');
  return ratio(grants, gained);
}
