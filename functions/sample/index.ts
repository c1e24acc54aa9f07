/** The synthetic sample-data generator: one deterministic import document, scalable for benchmarks. */
export { generateSample, generateSampleData, sampleTruth, type GeneratedSample } from './generate';
export {
  firmEffect,
  TRUE_EFFECTS,
  trueEffect,
  type EditionTruth,
  type FirmTruth,
  type PotentialYear,
  type SampleTruth,
  type TrueEffects,
} from './truth';
export {
  DEFAULT_SCALE,
  DEFAULT_SEED,
  MAX_SCALE,
  MAX_SEED,
  resolveSampleOptions,
  type SampleOptions,
} from './options';
export { jsonChunks } from './serialize';
export { SampleOptionsError } from '../errors';
