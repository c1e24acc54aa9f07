/** The synthetic sample-data generator: one deterministic import document, scalable for benchmarks. */
export { generateSampleData } from './generate';
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
