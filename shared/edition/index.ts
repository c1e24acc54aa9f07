/**
 * Edition indicators (docs/indicators.md, "Edition indicators"): one pure function over an edition's
 * projects, applications, firm histories and budget lines, and the building blocks it is made of.
 */
export { editionIndicators } from './indicators';
export type { EditionIndicators } from './result';
export { LOCAL_K_DEFAULT } from './input';
export type { EditionApplication, EditionInput, EditionProject, FirmLookup, OtherApplication } from './input';
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
export { INTERVAL_PROBABILITY, excludesZero, nullEstimate, welchEstimate } from './estimate';
export type { Estimate, EstimateReason } from './estimate';
export { MEASURES, hasTurnoverBothYears, measureEffects, movedUpEffect } from './effect';
export type { Groups, Measure, MeasureEstimates } from './effect';
export { admittedElsewhere, applicantGroups, pairSample } from './groups';
export type { Applicant, ApplicantGroups, Attrition, PairSample, PanelFirm } from './groups';
export { EVENT_STUDY_OFFSETS, EVENT_STUDY_REFERENCE, PLACEBO_OFFSETS, eventStudy } from './event-study';
export type { EventStudy, EventStudyPoint } from './event-study';
export { admissionCutoff, localEffect, localSelection } from './local';
export type { LocalEffect } from './local';
export { POOLED_Z, pooledEstimate, programmeEffects } from './pooled';
export type { EditionEffect, ExclusionReason, PooledEstimate, ProgrammeEffects } from './pooled';
export { netCost } from './net-cost';
export type { NetCost } from './net-cost';
export { effectIndicators, mainEffect } from './programme-effect';
export type { EffectIndicators } from './programme-effect';
export { outcomeCounts } from './outcomes';
export type { OutcomeCounts } from './outcomes';
export { budgetRates } from './budget';
export type { BudgetRates } from './budget';
export { CR_MARKETS, aggregateByMarket, editionGrowth, marketConcentration } from './aggregate';
export type { EditionGrowth, MarketConcentration } from './aggregate';
export { marketReach, medianMarkets, microExporterShare } from './exporters';
export type { MarketReach } from './exporters';
export { costPerStageGained, projectRates } from './projects';
export type { ProjectRates } from './projects';
export { createFirmYears, observeAll } from './panel';
export type { FirmObservation, FirmSnapshot, FirmYears, ObservedFirms } from './panel';
