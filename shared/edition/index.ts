/**
 * Edition indicators of DESIGN section 4: one pure function over an edition's projects, applications,
 * firm histories and budget lines, and the building blocks it is made of.
 */
export { editionIndicators } from './indicators';
export type { EditionIndicators } from './result';
export type { EditionApplication, EditionInput, EditionProject, FirmLookup } from './input';
export { YEARS_AFTER_CALL, YEARS_BEFORE_CALL, editionWindow } from './window';
export type { EditionWindow } from './window';
export {
  STAGE_COUNT,
  deinternationalisedRate,
  reachedPartnershipShare,
  stagesGained,
  startedExportingShare,
  transitionMatrix,
} from './transitions';
export type { TransitionMatrix } from './transitions';
export { applicantGroups, programmeEffect } from './effect';
export type { ApplicantGroups, ProgrammeEffect } from './effect';
export { budgetRates } from './budget';
export type { BudgetRates } from './budget';
export { CR_MARKETS, aggregateByMarket, editionGrowth, marketConcentration } from './aggregate';
export type { EditionGrowth, MarketConcentration } from './aggregate';
export { marketReach, medianMarkets, microExporterShare } from './exporters';
export type { MarketReach } from './exporters';
export { costPerStageGained, projectRates } from './projects';
export type { ProjectRates } from './projects';
export { createPanel, observeAll } from './panel';
export type { FirmObservation, FirmSnapshot, Panel } from './panel';
