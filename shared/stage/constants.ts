/**
 * Codes, flags and defaults of the stage rule and the project outcome (docs/indicators.md, "Stage rule"
 * and "Outcome").
 */
import type { AgreementKind } from '../schemas/constants';
import type { Stage, StageThresholds } from './types';

/** Each reason code with the stage it gives, in the order the rule tries the clauses. */
export const STAGE_OF_REASON = {
  PARTNERSHIP: 3,
  NO_EXPORTS: 0,
  AGENT_OR_DISTRIBUTOR: 2,
  DIVERSIFIED_PERSISTENT: 2,
  DIVERSIFIED_INTENSIVE: 2,
  EXPORTER: 1,
} as const satisfies Record<string, Stage>;

/** The reason codes, in clause order. */
export const STAGE_REASONS = [
  'PARTNERSHIP',
  'NO_EXPORTS',
  'AGENT_OR_DISTRIBUTOR',
  'DIVERSIFIED_PERSISTENT',
  'DIVERSIFIED_INTENSIVE',
  'EXPORTER',
] as const satisfies readonly (keyof typeof STAGE_OF_REASON)[];
/** The clause that decided a stage. */
export type StageReason = (typeof STAGE_REASONS)[number];

/** Flags a `NO_EXPORTS` year can carry. */
export const STAGE_FLAGS = ['DEINTERNATIONALISED', 'PARTNER_LOST'] as const;
/** One of {@link STAGE_FLAGS}. */
export type StageFlag = (typeof STAGE_FLAGS)[number];

/** Agreement kinds that put a firm in stage III (one list, kept with the other vocabularies). */
export { PARTNERSHIP_KINDS } from '../schemas/constants';

/** Agreement kinds that put an exporter in stage II: an intermediary selling for the firm abroad. */
export const INTERMEDIARY_KINDS = ['agent', 'distributor'] as const satisfies readonly AgreementKind[];

/** Project outcomes, in the order they are tried: every project has one. */
export const OUTCOMES = [
  'withdrawn',
  'ongoing',
  'not-observed',
  'collaboration',
  'started-exporting',
  'retreated',
  'expanded',
  'declined',
  'organisational',
] as const;
/** One of {@link OUTCOMES}. */
export type Outcome = (typeof OUTCOMES)[number];

/** Markets gained between the two years that make an exporter's outcome `expanded`. */
export const OUTCOME_MARKETS_GAINED = 1;

/**
 * Change of total exports, as a fraction of the year before, that makes an outcome `expanded` (a rise)
 * or `declined` (a fall).
 */
export const OUTCOME_EXPORTS_CHANGE = 0.1;

/** Default thresholds: two markets, 10% intensity, two consecutive years. */
export const DEFAULT_THRESHOLDS: Readonly<StageThresholds> = Object.freeze({
  minMarkets: 2,
  minIntensity: 0.1,
  persistenceYears: 2,
});
