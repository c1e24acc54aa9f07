/**
 * The stage rule, per-year firm summaries and project outcomes of docs/indicators.md. Pure functions over
 * the firm aggregate (exports, turnover, agreements).
 */
export * from './constants';
export type * from './types';
export { AGREEMENT_KINDS } from '../schemas/constants';
export { stageIn, stageOf } from './stage';
export type { StageResult } from './stage';
export { firmYear, latestYear } from './firm-year';
export type { FirmYear } from './firm-year';
export { outcomeOf, outcomeWindow } from './outcome';
export { resolveThresholds } from './thresholds';
export { isObserved, observedYears } from './observed';
