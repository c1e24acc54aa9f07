/**
 * The measured outcome of a project: the firm's stage and export measures in the year before the
 * project against the year after its end (DESIGN section 4).
 */
import { IndicatorError } from '../errors';
import type { Outcome } from './constants';
import { firmYear } from './firm-year';
import type { FirmHistory, ProjectWindow, StageThresholds } from './types';

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

/**
 * A project's outcome, first match in this order: `collaboration` (stage III after), `started-exporting`
 * (stage 0 before, I or more after), `expanded` (more markets, higher intensity or lower HHI after than
 * before; intensity and HHI compared only when both years have them), otherwise `organisational`.
 * @example
 * outcomeOf(history, { start: '2008-03-01', end: '2008-07-01' }); // 'expanded'
 */
export function outcomeOf(
  history: FirmHistory,
  project: ProjectWindow,
  thresholds: Partial<StageThresholds> = {},
): Outcome {
  const window = outcomeWindow(project);
  const before = firmYear(history, window.before, thresholds);
  const after = firmYear(history, window.after, thresholds);
  if (after.stage === 3) return 'collaboration';
  if (before.stage === 0 && after.stage >= 1) return 'started-exporting';
  const moreMarkets = after.markets > before.markets;
  const moreIntensive =
    before.intensity !== null && after.intensity !== null && after.intensity > before.intensity;
  const lessConcentrated = before.hhi !== null && after.hhi !== null && after.hhi < before.hhi;
  if (moreMarkets || moreIntensive || lessConcentrated) return 'expanded';
  return 'organisational';
}
