/**
 * The edition's projects counted by outcome (docs/indicators.md, "Project outcome").
 */
import { OUTCOMES, outcomeOf } from '../stage';
import type { Outcome } from '../stage';
import type { FirmHistory, StageThresholds } from '../stage/types';
import type { EditionProject } from './input';

/** Projects per outcome, every outcome a key. */
export type OutcomeCounts = Record<Outcome, number>;

/** The history of a firm the lookup does not know: nothing observed in any year. */
const NO_HISTORY: FirmHistory = Object.freeze({ exports: [], turnover: {}, agreements: [] });

/**
 * Every project's outcome by the outcome rule, counted; a project whose firm has no history is judged
 * on an empty history (never observed).
 * @example
 * outcomeCounts(projects, (id) => firms.get(id), {}); // { collaboration: 1, ..., organisational: 2 }
 */
export function outcomeCounts(
  projects: readonly EditionProject[],
  historyOf: (firmId: string) => FirmHistory | undefined,
  thresholds: Partial<StageThresholds>,
): OutcomeCounts {
  const counts = Object.fromEntries(OUTCOMES.map((outcome) => [outcome, 0])) as OutcomeCounts;
  for (const project of projects) {
    const outcome = outcomeOf(historyOf(project.firmId) ?? NO_HISTORY, project, thresholds);
    counts[outcome] += 1;
  }
  return counts;
}
