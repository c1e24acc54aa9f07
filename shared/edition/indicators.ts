/**
 * The edition indicators (docs/indicators.md, "Edition indicators") in one pure call: one pass over the
 * edition's projects and applications, each firm-year computed once.
 */
import {
  NATIONAL_FIVE_MARKETS_SHARE,
  NATIONAL_MICRO_EXPORTER_SHARE,
  NATIONAL_SINGLE_MARKET_SHARE,
} from '../indicators/constants';
import { resolveThresholds } from '../stage/thresholds';
import { aggregateByMarket, editionGrowth, marketConcentration } from './aggregate';
import { budgetRates } from './budget';
import { marketReach, medianMarkets, microExporterShare } from './exporters';
import type { EditionInput } from './input';
import { outcomeCounts } from './outcomes';
import { createFirmYears, observeAll } from './panel';
import { effectIndicators } from './programme-effect';
import { costPerStageGained, projectRates } from './projects';
import type { EditionIndicators } from './result';
import {
  deinternationalisedRate,
  reachedPartnershipShare,
  stagesGained,
  startedExportingShare,
  transitionMatrix,
} from './transitions';
import { editionWindow } from './window';

/**
 * Computes every edition indicator (see {@link EditionIndicators} for each key's population). Firms
 * missing from `firms` are skipped and counted in `missingFirms`, project firms not observed in both
 * years in `projectFirmsNotObserved`; empty populations give null. Throws an `invalid` IndicatorError
 * only for input no schema would let through (a call year that is not a whole number, thresholds out of
 * range, negative or non-finite amounts, bad project dates), never for an empty population.
 * @example
 * const result = editionIndicators({ edition, projects, applications, otherApplications, firms, budget });
 * result.effect.exporting; // { estimate, se, low, high, df, nAdmitted, nRejected, reason }
 */
export function editionIndicators(input: EditionInput): EditionIndicators {
  const window = editionWindow(input.edition.callYear);
  const thresholds = resolveThresholds(input.thresholds);
  const years = createFirmYears(input.firms, thresholds);

  const projectFirms = observeAll(
    years,
    input.projects.map((project) => project.firmId),
    window,
  );
  const before = projectFirms.observed.map((o) => o.before);
  const after = projectFirms.observed.map((o) => o.after);
  const transitions = transitionMatrix(projectFirms.observed);
  const effects = effectIndicators(input, years);

  return {
    window,
    ...projectRates(input.projects),
    transitions,
    startedExportingShare: startedExportingShare(transitions),
    reachedPartnershipShare: reachedPartnershipShare(transitions),
    deinternationalisedRate: deinternationalisedRate(transitions),
    microShareBefore: microExporterShare(before),
    microShareAfter: microExporterShare(after),
    nationalMicroShare: NATIONAL_MICRO_EXPORTER_SHARE,
    medianMarketsBefore: medianMarkets(before),
    medianMarketsAfter: medianMarkets(after),
    ...marketConcentration(aggregateByMarket(after)),
    ...editionGrowth(projectFirms.observed),
    projectFirmsNotObserved: projectFirms.notObserved,
    outcomes: outcomeCounts(input.projects, years.history, thresholds),
    ...marketReach(after),
    nationalSingleMarketShare: NATIONAL_SINGLE_MARKET_SHARE,
    nationalFiveMarketsShare: NATIONAL_FIVE_MARKETS_SHARE,
    ...budgetRates(input.budget),
    costPerStageGained: costPerStageGained(input.projects, stagesGained(transitions)),
    ...effects,
    missingFirms: years.missing(),
  };
}
