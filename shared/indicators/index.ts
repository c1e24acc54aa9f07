/**
 * Evaluation indicators of docs/indicators.md, shared by the API and the custom functions. Every
 * function is pure and throws {@link IndicatorError} (`invalid` or `undefined`) on input it cannot use.
 */
export { IndicatorError } from '../errors';
export * from './constants';
export { HHI_SCALES, concentrationRatio, effectiveMarkets, hhi, hhiNormalised } from './concentration';
export type { HhiScale } from './concentration';
export { gini, lorenz, theil } from './inequality';
export type { LorenzPoint } from './inequality';
export { exportIntensity, isMicroExporter, microShare } from './exports';
export { growthMargins } from './margins';
export { OVERFLOW_MESSAGE, checkedSum, exactSum } from './sum';
export type { ExportsByMarket, GrowthMargins } from './margins';
