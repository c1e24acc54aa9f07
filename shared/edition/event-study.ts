/**
 * The event study: the effect for the pairs (call year - 1, call year + k), k = -1 being the
 * reference, and the placebo points k = -3 and -2 as a check of common trends (docs/indicators.md,
 * "Event study").
 */
import { excludesZero } from './estimate';
import { MEASURES, measureEffects, type Measure, type MeasureEstimates } from './effect';
import type { ApplicantGroups, Attrition } from './groups';
import { pairSample } from './groups';
import type { FirmYears } from './panel';

/** The offsets k listed, in order (k = -1 is the reference). */
export const EVENT_STUDY_OFFSETS = [-3, -2, 0, 1, 2, 3, 4] as const;
/** The reference offset: the "before" year of every pair. */
export const EVENT_STUDY_REFERENCE = -1;
/** The placebo offsets, before the call. */
export const PLACEBO_OFFSETS = [-3, -2] as const;

/** One point of the event study. */
export interface EventStudyPoint extends MeasureEstimates {
  /** Years from the call year. */
  k: number;
  /** call year + k. */
  year: number;
  /** Applicants lost to attrition for this pair. */
  attrition: Attrition;
  /** Rejected applicants left out as contaminated for this pair. */
  contaminated: number;
}

/** The event study of an edition. */
export interface EventStudy {
  /** The reference offset, -1. */
  reference: typeof EVENT_STUDY_REFERENCE;
  /** One point per offset of {@link EVENT_STUDY_OFFSETS}, in that order. */
  points: EventStudyPoint[];
  /** Per measure: true when a placebo point's interval leaves 0 out. */
  commonTrendsWarning: Record<Measure, boolean>;
}

/**
 * The event study over the pairs (call year - 1, call year + k).
 * @example
 * eventStudy(groups, elsewhere, years, 2008).points[2]; // k = 0: the pair (2007, 2008)
 */
export function eventStudy(
  groups: ApplicantGroups,
  elsewhere: ReadonlyMap<string, number>,
  years: FirmYears,
  callYear: number,
): EventStudy {
  const before = callYear + EVENT_STUDY_REFERENCE;
  const points = EVENT_STUDY_OFFSETS.map((k): EventStudyPoint => {
    const sample = pairSample(groups, elsewhere, years, { before, after: callYear + k });
    return {
      k,
      year: callYear + k,
      ...measureEffects(sample),
      attrition: sample.attrition,
      contaminated: sample.contaminated,
    };
  });
  const placebos = points.filter((point) => (PLACEBO_OFFSETS as readonly number[]).includes(point.k));
  const warn = (measure: Measure) => placebos.some((point) => excludesZero(point[measure]));
  const commonTrendsWarning = Object.fromEntries(MEASURES.map((m) => [m, warn(m)])) as Record<
    Measure,
    boolean
  >;
  return { reference: EVENT_STUDY_REFERENCE, points, commonTrendsWarning };
}
