import { SampleOptionsError } from '../errors';
/** Options of the sample-data generator, their defaults and limits, and the error for bad ones. */

/** Seed used when none is given: the year of Spring's first call. */
export const DEFAULT_SEED = 2006;
/** Scale used when none is given: about 100 projects an edition, as the programme had. */
export const DEFAULT_SCALE = 1;
/** Largest scale: about 130,000 firms, a few hundred MB of JSON; beyond that memory, not time, runs out. */
export const MAX_SCALE = 200;
/** Largest seed: seeds are 32-bit. */
export const MAX_SEED = 0xffff_ffff;

/** Options of {@link generateSampleData}. */
export interface SampleOptions {
  /** Any whole number from 0 to {@link MAX_SEED}; the same seed and scale give the same document. */
  seed?: number;
  /** Multiplies the firms, applicants, projects, TEMs and budgets of every edition; above 0, at most {@link MAX_SCALE}. */
  scale?: number;
  /** Called with a line of progress now and then, for command-line tools on large scales. */
  onProgress?: (message: string) => void;
}

/** The rule a valid seed follows, for messages. */
export const SEED_RULE = `a whole number from 0 to ${MAX_SEED}`;
/** The rule a valid scale follows, for messages. */
export const SCALE_RULE = `a number above 0 and at most ${MAX_SCALE}`;

/**
 * The options with defaults filled in; throws {@link SampleOptionsError} when one is out of range.
 * @example resolveSampleOptions({ scale: 10 }) // { seed: 2006, scale: 10 }
 */
export function resolveSampleOptions(options: SampleOptions = {}): { seed: number; scale: number } {
  const seed = options.seed ?? DEFAULT_SEED;
  const scale = options.scale ?? DEFAULT_SCALE;
  if (!Number.isInteger(seed) || seed < 0 || seed > MAX_SEED) {
    throw new SampleOptionsError('seed', `seed must be ${SEED_RULE} (got ${String(seed)})`);
  }
  if (!Number.isFinite(scale) || scale <= 0 || scale > MAX_SCALE) {
    throw new SampleOptionsError('scale', `scale must be ${SCALE_RULE} (got ${String(scale)})`);
  }
  return { seed, scale };
}
