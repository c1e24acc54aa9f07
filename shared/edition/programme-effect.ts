/**
 * The effect keys of the edition indicators in one call: the main pair's estimates, attrition and
 * contamination, the event study, the local effect and the net cost (docs/indicators.md, "Programme
 * effect").
 */
import { IndicatorError } from '../errors';
import { resolveThresholds } from '../stage/thresholds';
import { measureEffects, movedUpEffect, type MeasureEstimates } from './effect';
import { eventStudy } from './event-study';
import { admittedElsewhere, applicantGroups, pairSample } from './groups';
import { LOCAL_K_DEFAULT, type EditionInput } from './input';
import { localEffect } from './local';
import { netCost } from './net-cost';
import type { FirmYears } from './panel';
import { createFirmYears } from './panel';
import type { EditionIndicators } from './result';
import { editionWindow } from './window';

/** The keys of the edition indicators this module computes. */
export type EffectIndicators = Pick<
  EditionIndicators,
  | 'effect'
  | 'attrition'
  | 'contaminated'
  | 'eventStudy'
  | 'local'
  | 'movedUp'
  | 'costPerAdditionalFirmMovingUp'
  | 'costPerAdditionalFirmMovingUpLow'
  | 'costPerAdditionalFirmMovingUpHigh'
  | 'didExporting'
  | 'didMarkets'
  | 'didIntensity'
  | 'nAdmitted'
  | 'nRejected'
>;

/** K of the local effect, `invalid` unless a whole number of at least 1. */
function localK(input: EditionInput): number {
  const k = input.localK ?? LOCAL_K_DEFAULT;
  if (!Number.isInteger(k) || k < 1)
    throw new IndicatorError('invalid', `localK must be a whole number of at least 1 (found ${k})`);
  return k;
}

/**
 * Every effect key of the edition, the firm-years read through `years` (shared with the other keys).
 * @example
 * effectIndicators(input, createFirmYears(input.firms, {})).effect.exporting.estimate;
 */
export function effectIndicators(input: EditionInput, years: FirmYears): EffectIndicators {
  const k = localK(input);
  const window = editionWindow(input.edition.callYear);
  const groups = applicantGroups(input.applications);
  const elsewhere = admittedElsewhere(input.otherApplications ?? []);
  const main = pairSample(groups, elsewhere, years, window);
  const effect = measureEffects(main);
  const movedUp = movedUpEffect(main);
  const withHistory = (list: readonly { firmId: string }[]) =>
    list.filter(({ firmId }) => years.history(firmId) !== undefined).length;
  return {
    effect,
    attrition: main.attrition,
    contaminated: main.contaminated,
    eventStudy: eventStudy(groups, elsewhere, years, input.edition.callYear),
    local: localEffect(main, groups.admitted, k),
    movedUp,
    ...netCost(input.projects, groups.admitted.length, movedUp),
    didExporting: effect.exporting.estimate,
    didMarkets: effect.markets.estimate,
    didIntensity: effect.intensity.estimate,
    nAdmitted: withHistory(groups.admitted),
    nRejected: withHistory(groups.rejected),
  };
}

/**
 * The main pair's estimates alone (what `GET /v1/effects` pools), without the other keys' work.
 * @example
 * mainEffect({ edition, applications, otherApplications, firms }).markets.se;
 */
export function mainEffect(
  input: Pick<EditionInput, 'edition' | 'applications' | 'otherApplications' | 'firms' | 'thresholds'>,
): MeasureEstimates {
  const years = createFirmYears(input.firms, resolveThresholds(input.thresholds));
  const groups = applicantGroups(input.applications);
  const elsewhere = admittedElsewhere(input.otherApplications ?? []);
  return measureEffects(pairSample(groups, elsewhere, years, editionWindow(input.edition.callYear)));
}
