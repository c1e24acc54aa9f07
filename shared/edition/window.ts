/**
 * The years an edition is evaluated on: the year before its call and two years after it, when every
 * project of the edition has ended (docs/indicators.md, "Edition indicators").
 */
import { checkYear } from '../stage/history';

/** Years from the call year back to the "before" year. */
export const YEARS_BEFORE_CALL = 1;
/** Years from the call year on to the "after" year. */
export const YEARS_AFTER_CALL = 2;

/** The two years every edition indicator compares. */
export interface EditionWindow {
  /** The year before the call year. */
  before: number;
  /** Two years after the call year. */
  after: number;
}

/**
 * The evaluation window of an edition called in `callYear`; `invalid` when it is not a whole number.
 * @example
 * editionWindow(2008); // { before: 2007, after: 2010 }
 */
export function editionWindow(callYear: number): EditionWindow {
  checkYear(callYear, 'callYear');
  return { before: callYear - YEARS_BEFORE_CALL, after: callYear + YEARS_AFTER_CALL };
}
