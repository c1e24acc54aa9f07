/**
 * The edition indicators of DESIGN section 4 in one pure call: one pass over the edition's projects
 * and applications, each firm's history read once.
 */
import {
  NATIONAL_FIVE_MARKETS_SHARE,
  NATIONAL_MICRO_EXPORTER_SHARE,
  NATIONAL_SINGLE_MARKET_SHARE,
} from '../indicators/constants';
import { resolveThresholds } from '../stage/thresholds';
import { aggregateByMarket, editionGrowth, marketConcentration } from './aggregate';
import { budgetRates } from './budget';
import { applicantGroups, programmeEffect } from './effect';
import { marketReach, medianMarkets, microExporterShare } from './exporters';
import type { EditionInput } from './input';
import { createPanel, observeAll } from './panel';
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
 * missing from `firms` are skipped and counted in `missingFirms`; empty populations give null. Throws an
 * `invalid` IndicatorError only for input no schema would let through (a call year that is not a whole
 * number, thresholds out of range, negative or non-finite amounts), never for an empty population.
 * @example
 * const result = editionIndicators({ edition, projects, applications, firms, budget });
 * result.transitions[0][1]; // project firms that went from stage 0 to stage I
 */
export function editionIndicators(input: EditionInput): EditionIndicators {
  const window = editionWindow(input.edition.callYear);
  const thresholds = resolveThresholds(input.thresholds);
  const panel = createPanel(input.firms, window, thresholds);

  const projectFirms = observeAll(
    panel,
    input.projects.map((project) => project.firmId),
  );
  const groups = applicantGroups(input.applications);
  const admitted = observeAll(panel, groups.admitted);
  const rejected = observeAll(panel, groups.rejected);

  const before = projectFirms.map((o) => o.before);
  const after = projectFirms.map((o) => o.after);
  const transitions = transitionMatrix(projectFirms);

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
    ...editionGrowth(projectFirms),
    ...marketReach(after),
    nationalSingleMarketShare: NATIONAL_SINGLE_MARKET_SHARE,
    nationalFiveMarketsShare: NATIONAL_FIVE_MARKETS_SHARE,
    ...budgetRates(input.budget),
    costPerStageGained: costPerStageGained(input.projects, stagesGained(transitions)),
    ...programmeEffect(admitted, rejected),
    missingFirms: panel.missing(),
  };
}
