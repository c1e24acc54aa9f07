/**
 * The sample's known truth: the programme effects the generator builds in, edition by edition, and each
 * admitted firm's two potential outcomes (without and with its project) in the years an edition is
 * evaluated on, so that an estimator run on the sample can be checked against what really happened.
 */
import type { EditionId } from '../../shared/schemas';

/** The effect of a project (one not withdrawn) on the firm's exports, from the year it ends onwards. */
export interface TrueEffects {
  /** Rise in the probability of exporting in a year (0.10 = ten percentage points). */
  exporting: number;
  /**
   * Chance that a firm exporting anyway also enters the project's first target market not served yet;
   * a firm the project gets exporting always enters it. The effect on mean markets is about
   * `exporting + markets × share exporting`.
   */
  markets: number;
  /** Relative rise of the exports on the markets the firm serves anyway; turnover is not affected. */
  intensity: number;
}

/**
 * The generator's true effects, in one place: modest, as the programme's report found, and none at all
 * for the 2009-2010 edition, whose firms met the collapse of world trade, so that "no effect" is there
 * to be found too. Withdrawn projects have no effect: the effect of admission is slightly smaller.
 */
export const TRUE_EFFECTS: Readonly<Record<EditionId, TrueEffects>> = {
  '2006': { exporting: 0.1, markets: 0.3, intensity: 0.1 },
  '2007': { exporting: 0.08, markets: 0.25, intensity: 0.08 },
  '2008': { exporting: 0.12, markets: 0.35, intensity: 0.12 },
  '2009-2010': { exporting: 0, markets: 0, intensity: 0 },
};

/** No effect: the treated path of a firm that was never admitted. */
export const NO_EFFECT: TrueEffects = { exporting: 0, markets: 0, intensity: 0 };

/** One potential outcome of a firm in one year. */
export interface PotentialYear {
  /** 1 when the firm exports in the year. */
  exporting: 0 | 1;
  /** Markets with exports. */
  markets: number;
  /** Exports / turnover (the firm's true turnover, also when the year is unobserved). */
  intensity: number;
}

/** A firm's potential outcome in the two years of an edition's main pair. */
export interface PotentialPair {
  before: PotentialYear;
  after: PotentialYear;
}

/** An admitted firm's potential outcomes for its edition: y0 without the project, y1 with it. */
export interface FirmTruth {
  firmId: string;
  /** Whether the document has the firm's data (a turnover entry or an export row) in each year. */
  observed: { before: boolean; after: boolean };
  y0: PotentialPair;
  y1: PotentialPair;
}

/** An edition's truth: its main pair of years, the effects built in, and every admitted firm. */
export interface EditionTruth {
  edition: EditionId;
  callYear: number;
  /** The year before the call year (b). */
  before: number;
  /** Two years after the call year (a). */
  after: number;
  effects: TrueEffects;
  /** The edition's admitted firms, in firm id order. */
  firms: FirmTruth[];
}

/** The truth of a whole sample, one entry per edition in edition order. */
export interface SampleTruth {
  editions: EditionTruth[];
}

/** The measures an effect can be computed on. */
export type TruthMeasure = keyof PotentialYear;

/** [y1(a) - y1(b)] - [y0(a) - y0(b)] of one firm. */
export function firmEffect(firm: FirmTruth, measure: TruthMeasure = 'exporting'): number {
  const { y0, y1 } = firm;
  return y1.after[measure] - y1.before[measure] - (y0.after[measure] - y0.before[measure]);
}

/**
 * An edition's true effect for this sample: the mean of {@link firmEffect} over the firms given by id
 * (by default its main panel, the admitted firms observed in both years); null when none is left.
 * @example
 * trueEffect(truth.editions[0]); // e.g. 0.094: the exporting effect over edition 2006's main panel
 */
export function trueEffect(
  edition: EditionTruth,
  measure: TruthMeasure = 'exporting',
  firmIds?: ReadonlySet<string>,
): number | null {
  const firms = edition.firms.filter((firm) =>
    firmIds === undefined ? firm.observed.before && firm.observed.after : firmIds.has(firm.firmId),
  );
  if (firms.length === 0) return null;
  return firms.reduce((sum, firm) => sum + firmEffect(firm, measure), 0) / firms.length;
}
