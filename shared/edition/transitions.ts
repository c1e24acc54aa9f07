/**
 * The stage transition matrix of an edition's firms and the shares read off it: starting to export,
 * reaching stage III, retreating to stage 0, moving up (docs/indicators.md, "Edition indicators").
 */
import type { Stage } from '../stage/types';
import type { FirmObservation } from './panel';
import { ratio } from './stats';

/** Number of stages (0, I, II, III): the matrix is STAGE_COUNT x STAGE_COUNT. */
export const STAGE_COUNT = 4;

/**
 * Counts of firms by stage before (row) and stage after (column): `matrix[0][2]` is the number of firms
 * that went from stage 0 to stage II.
 */
export type TransitionMatrix = number[][];

/**
 * The transition matrix of the observed firms; its entries add up to the number of observations.
 * @example
 * // one firm from stage 0 to stage I, one staying at II:
 * transitionMatrix(observations); // [[0, 1, 0, 0], [0, 0, 0, 0], [0, 0, 1, 0], [0, 0, 0, 0]]
 */
export function transitionMatrix(observations: readonly FirmObservation[]): TransitionMatrix {
  const matrix = Array.from({ length: STAGE_COUNT }, () => new Array<number>(STAGE_COUNT).fill(0));
  for (const { before, after } of observations) {
    const row = matrix[before.stage];
    if (row !== undefined) row[after.stage] = (row[after.stage] ?? 0) + 1;
  }
  return matrix;
}

/** Sum of the cells whose row and column pass the tests. */
function sumWhere(
  matrix: TransitionMatrix,
  rowTest: (stage: Stage) => boolean,
  columnTest: (stage: Stage) => boolean = () => true,
): number {
  let sum = 0;
  matrix.forEach((row, before) => {
    if (!rowTest(before as Stage)) return;
    row.forEach((count, after) => {
      if (columnTest(after as Stage)) sum += count;
    });
  });
  return sum;
}

/**
 * Among firms at stage 0 before, the share at stage I or more after (the outcome rule's
 * "started exporting"; stage III on a partnership without sales counts too). Null without firms at 0.
 * @example
 * startedExportingShare([[3, 1, 0, 0], [0, 2, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]]); // 0.25
 */
export function startedExportingShare(matrix: TransitionMatrix): number | null {
  const atZero = (stage: Stage): boolean => stage === 0;
  return ratio(
    sumWhere(matrix, atZero, (after) => after >= 1),
    sumWhere(matrix, atZero),
  );
}

/**
 * Among firms below stage III before, the share at stage III after. Null when every firm was at III.
 */
export function reachedPartnershipShare(matrix: TransitionMatrix): number | null {
  const below = (stage: Stage): boolean => stage < 3;
  return ratio(
    sumWhere(matrix, below, (after) => after === 3),
    sumWhere(matrix, below),
  );
}

/**
 * Among firms at stage I or more before, the share at stage 0 after (no exports and no partnership).
 * Null when no firm was past stage 0.
 */
export function deinternationalisedRate(matrix: TransitionMatrix): number | null {
  const abroad = (stage: Stage): boolean => stage >= 1;
  return ratio(
    sumWhere(matrix, abroad, (after) => after === 0),
    sumWhere(matrix, abroad),
  );
}

/** Firms whose stage after is above their stage before: the cells right of the diagonal. */
export function stagesGained(matrix: TransitionMatrix): number {
  let gained = 0;
  matrix.forEach((row, before) => {
    row.forEach((count, after) => {
      if (after > before) gained += count;
    });
  });
  return gained;
}
