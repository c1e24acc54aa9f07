/**
 * The measured outcome of a project: the firm's stage, exports and markets in the year before the
 * project against the year after its end (docs/indicators.md, "Outcome").
 */
import { IndicatorError } from '../errors';
import { OUTCOME_EXPORTS_CHANGE, OUTCOME_MARKETS_GAINED } from './constants';
import type { Outcome } from './constants';
import { exportsIn, marketsIn } from './history';
import { isObserved } from './observed';
import { stageOf } from './stage';
import type { FirmHistory, OutcomeProject, ProjectWindow, StageThresholds } from './types';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The year of an ISO date `YYYY-MM-DD`; `invalid` otherwise. */
function yearOf(date: string, label: string): number {
  const match = typeof date === 'string' ? ISO_DATE.exec(date) : null;
  if (!match)
    throw new IndicatorError(
      'invalid',
      `${label} must be a date as YYYY-MM-DD (found ${JSON.stringify(date)})`,
    );
  return Number(match[1]);
}

/**
 * Years the outcome compares: the year before the project's start year and the year after its end year.
 * @example
 * outcomeWindow({ start: '2008-03-01', end: '2008-07-01' }); // { before: 2007, after: 2009 }
 */
export function outcomeWindow(project: ProjectWindow): { before: number; after: number } {
  const start = yearOf(project.start, 'project start');
  const end = yearOf(project.end, 'project end');
  if (end < start) {
    throw new IndicatorError(
      'invalid',
      `project end (${project.end}) must not be before its start (${project.start})`,
    );
  }
  return { before: start - 1, after: end + 1 };
}

/** What the outcome compares in one year: stage, total exports (X) and markets (M). */
interface Measures {
  stage: number;
  exports: number;
  markets: number;
}

function measures(history: FirmHistory, year: number, thresholds: Partial<StageThresholds>): Measures {
  return {
    stage: stageOf(history, year, thresholds).stage,
    exports: exportsIn(history, year),
    markets: marketsIn(history, year).size,
  };
}

/** The outcome of an exporter in both years, from its exports and markets. */
function exporterOutcome(before: Measures, after: Measures): Outcome {
  const change = OUTCOME_EXPORTS_CHANGE * before.exports;
  const gained = after.markets - before.markets;
  if (gained >= OUTCOME_MARKETS_GAINED || (gained >= 0 && after.exports - before.exports >= change)) {
    return 'expanded';
  }
  if (gained < 0 || before.exports - after.exports >= change) return 'declined';
  return 'organisational';
}

/**
 * A project's outcome, between b (the year before its start) and a (the year after its end), with X
 * the firm's total exports and M its markets; the first match in this order:
 * 1. `withdrawn`: the project was withdrawn;
 * 2. `ongoing`: the project has not ended (status `ongoing`);
 * 3. `not-observed`: the firm is not observed in b or in a;
 * 4. `collaboration`: stage III in a and below III in b;
 * 5. `started-exporting`: X(b) = 0 and X(a) > 0;
 * 6. `retreated`: X(b) > 0 and X(a) = 0, or stage I or more in b and 0 in a;
 * 7. `expanded`: exports in both years and M(a) - M(b) >= 1, or M(a) >= M(b) and X(a) - X(b) >= 10% X(b);
 * 8. `declined`: exports in both years and M(a) < M(b) or X(b) - X(a) >= 10% X(b);
 * 9. `organisational`: anything else.
 * @param thresholds - overrides of the stage rule's thresholds
 * @example
 * outcomeOf(history, { start: '2008-03-01', end: '2008-07-01', status: 'completed' }); // 'expanded'
 */
export function outcomeOf(
  history: FirmHistory,
  project: OutcomeProject,
  thresholds: Partial<StageThresholds> = {},
): Outcome {
  if (project.status === 'withdrawn') return 'withdrawn';
  if (project.status === 'ongoing') return 'ongoing';
  const window = outcomeWindow(project);
  if (!isObserved(history, window.before) || !isObserved(history, window.after)) return 'not-observed';
  const before = measures(history, window.before, thresholds);
  const after = measures(history, window.after, thresholds);
  if (after.stage === 3 && before.stage < 3) return 'collaboration';
  if (before.exports === 0 && after.exports > 0) return 'started-exporting';
  if ((before.exports > 0 && after.exports === 0) || (before.stage >= 1 && after.stage === 0)) {
    return 'retreated';
  }
  if (before.exports > 0 && after.exports > 0) return exporterOutcome(before, after);
  return 'organisational';
}
