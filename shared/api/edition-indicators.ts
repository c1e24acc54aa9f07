/**
 * `GET /v1/editions/{id}/indicators`: the edition indicators (docs/indicators.md, "Edition indicators")
 * under their keys, as `editionIndicators` (shared/edition) computes them. Every measure that can be
 * undefined is nullable.
 */
import * as z from 'zod';
import { OUTCOMES, type Outcome } from '../stage';

/** Window years: before = call year - 1, after = call year + 2. */
const BEFORE = '`before` (call year - 1)';
const AFTER = '`after` (call year + 2)';
const PROJECT_FIRMS =
  "the edition's project firms (distinct firms of its projects observed in both years, withdrawn projects included)";

/** A share or rate in [0, 1], null when its population is empty. */
const share = (text: string) => z.number().min(0).max(1).nullable().describe(text);
/** An amount or other real number, null when undefined. */
const measure = (text: string) => z.number().nullable().describe(text);
/** A count of 0 or more. */
const count = (text: string) => z.number().int().min(0).describe(text);
/** A national reference figure (ISTAT-ICE 2009). */
const reference = (text: string) => z.number().min(0).max(1).describe(text);

/** Why an estimate's numbers are null. */
export const ESTIMATE_REASONS = ['TOO_FEW_ADMITTED', 'TOO_FEW_REJECTED', 'NO_EDITION'] as const;

/** An effect with its uncertainty (Welch's comparison of the admitted and rejected firms' changes). */
export const EstimateSchema = z
  .strictObject({
    estimate: measure(
      'Mean change of the admitted panel firms minus mean change of the rejected ones; null with reason.',
    ),
    se: z.number().min(0).nullable().describe('Standard error, sqrt(s²_A/n_A + s²_R/n_R); null with reason.'),
    low: measure('Lower end of the 95% interval: estimate - t(0.975, df) × se; null with reason.'),
    high: measure('Upper end of the 95% interval: estimate + t(0.975, df) × se; null with reason.'),
    df: z
      .number()
      .positive()
      .nullable()
      .describe('Welch–Satterthwaite degrees of freedom, not rounded; null when se is 0 or with reason.'),
    nAdmitted: count('Admitted firms in the panel.'),
    nRejected: count('Rejected firms in the panel.'),
    reason: z
      .enum(ESTIMATE_REASONS)
      .nullable()
      .describe(
        'Why the numbers are null: TOO_FEW_ADMITTED or TOO_FEW_REJECTED (a group with fewer than 2 panel ' +
          'firms), NO_EDITION (a pooled estimate with no edition to pool); null when they are not.',
      ),
  })
  .describe('An estimate with its standard error, degrees of freedom and 95% interval.');

/** One estimate per measure. */
export const MeasureEstimatesShape = {
  exporting: EstimateSchema.describe('Change in exporting (1 when exports > 0, else 0).'),
  markets: EstimateSchema.describe('Change in the number of markets.'),
  intensity: EstimateSchema.describe(
    'Change in export intensity, over the panel firms with a turnover above 0 in both years.',
  ),
};

/** Applicants lost to attrition, by group. */
export const AttritionSchema = z
  .strictObject({
    admitted: count('Admitted applicants not observed in one of the years (no history included).'),
    rejected: count('Rejected applicants (not contaminated) not observed in one of the years.'),
  })
  .describe('Applicants left out of the panel as not observed in both years of the pair.');

const contaminated = (pair: string) =>
  count(
    `Rejected applicants left out of the control group of ${pair}: admitted to another edition called ` +
      'by the later year of the pair.',
  );

/** One point of the event study. */
export const EventStudyPointSchema = z
  .strictObject({
    k: z.number().int().describe('Years from the call year: the pair is (call year - 1, call year + k).'),
    year: z.number().int().describe('call year + k.'),
    ...MeasureEstimatesShape,
    attrition: AttritionSchema,
    contaminated: contaminated('this pair'),
  })
  .describe('The effect for one pair of the event study.');

/** The event study. */
export const EventStudySchema = z
  .strictObject({
    reference: z
      .literal(-1)
      .describe('The reference offset k = -1 (the before year of every pair), not listed.'),
    points: z
      .array(EventStudyPointSchema)
      .describe('Points for k = -3, -2 (placebo), 0, 1, 2, 3, 4, in that order.'),
    commonTrendsWarning: z
      .strictObject({
        exporting: z.boolean().describe('True when a placebo interval of exporting leaves 0 out.'),
        markets: z.boolean().describe('True when a placebo interval of markets leaves 0 out.'),
        intensity: z.boolean().describe('True when a placebo interval of intensity leaves 0 out.'),
      })
      .describe('Per measure: true when either placebo point (k = -3, -2) has an interval excluding 0.'),
  })
  .describe('The effect for the pairs (call year - 1, call year + k), k = -1 the reference.');

/** The local effect near the admission cutoff. */
export const LocalEffectSchema = z
  .strictObject({
    k: z
      .number()
      .int()
      .min(1)
      .describe('Firms taken on each side of the cutoff, at most (?local=K, 20 by default).'),
    cutoff: measure("The lowest score among the edition's admitted applicants; null without any."),
    ...MeasureEstimatesShape,
  })
  .describe(
    "The effect on the main pair's panel among the K admitted with the lowest scores and the K rejected " +
      'with the highest (ties broken by firm id ascending).',
  );

/** The edition's projects by outcome, every outcome a key. */
export const OutcomeCountsSchema = z
  .strictObject(
    Object.fromEntries(
      OUTCOMES.map((outcome) => [outcome, count(`Projects with outcome ${outcome}.`)]),
    ) as Record<Outcome, ReturnType<typeof count>>,
  )
  .describe("The edition's projects (every status, missing firms included) counted by outcome.");

/** The indicators of one edition. */
export const EditionIndicatorsSchema = z
  .strictObject({
    window: z
      .strictObject({
        before: z.number().int().describe('The year before the call year.'),
        after: z.number().int().describe('Two years after the call year, when every project has ended.'),
      })
      .describe('The two years every firm measure compares.'),
    projects: count("Number of the edition's projects, every status."),
    completionRate: share(
      'Completed projects / all projects (ongoing ones in the denominator); null without projects.',
    ),
    withdrawalRate: share(
      'Withdrawn projects / all projects (ongoing ones in the denominator); null without projects.',
    ),
    transitions: z
      .array(z.array(z.number().int().min(0)).length(4))
      .length(4)
      .describe(
        `4x4 counts of ${PROJECT_FIRMS}: row = stage in ${BEFORE}, column = stage in ${AFTER}; ` +
          'transitions[0][2] = firms from stage 0 to II. Entries add up to the project firms found.',
      ),
    startedExportingShare: share(
      `Among ${PROJECT_FIRMS} at stage 0 in ${BEFORE}, the share at stage I or more in ${AFTER}; ` +
        'null when none was at stage 0.',
    ),
    reachedPartnershipShare: share(
      `Among ${PROJECT_FIRMS} below stage III in ${BEFORE}, the share at stage III in ${AFTER}; ` +
        'null when none was below III.',
    ),
    deinternationalisedRate: share(
      `Among ${PROJECT_FIRMS} at stage I or more in ${BEFORE}, the share at stage 0 in ${AFTER} ` +
        '(no exports and no partnership); null when none was past stage 0.',
    ),
    microShareBefore: share(
      `Among ${PROJECT_FIRMS} exporting in ${BEFORE}, the share of micro-exporters ` +
        '(0 < exports < 75,000 EUR); null without exporters.',
    ),
    microShareAfter: share(`The same as microShareBefore in ${AFTER}.`),
    nationalMicroShare: reference('National share of exporters that are micro-exporters: 0.61.'),
    medianMarketsBefore: measure(
      `Median number of markets over all ${PROJECT_FIRMS} in ${BEFORE}, non-exporters counting 0; ` +
        'null without project firms.',
    ),
    medianMarketsAfter: measure(`The same as medianMarketsBefore in ${AFTER}, over the same firms.`),
    hhi: share(
      `HHI (fraction) of the exports of ${PROJECT_FIRMS} summed per country in ${AFTER}; ` +
        'null when none exported that year.',
    ),
    cr4: share(`Combined share of the four largest markets of the same aggregate (${AFTER}); null likewise.`),
    gini: share(
      `Population Gini of the markets' values in the same aggregate (${AFTER}; 0 for one market); ` +
        'null likewise.',
    ),
    lorenz: z
      .array(z.tuple([z.number(), z.number()]))
      .describe(
        `Lorenz curve of the same aggregate (${AFTER}): points [share of markets, cumulative share of exports], ` +
          'from [0, 0] to [1, 1]; empty when none exported.',
      ),
    growthTotal: measure(
      `Change in the total exports (EUR) of ${PROJECT_FIRMS}, ${AFTER} minus ${BEFORE}; ` +
        'null without project firms.',
    ),
    growthIntensive: measure(
      'Part of growthTotal on the markets each firm served in both years, summed firm by firm.',
    ),
    growthExtensive: measure(
      "Part of growthTotal from each firm's markets gained minus its markets lost, summed firm by firm " +
        '(a firm entering a market another firm serves is extensive growth).',
    ),
    projectFirmsNotObserved: count(
      `Firms of the edition's projects with a history but not observed in ${BEFORE} or in ${AFTER}; skipped.`,
    ),
    outcomes: OutcomeCountsSchema,
    singleMarketShare: share(
      `Among ${PROJECT_FIRMS} exporting in ${AFTER}, the share with exactly one market; null without exporters.`,
    ),
    nationalSingleMarketShare: reference('National share of exporters selling to one country: 0.436.'),
    fiveMarketsShare: share(
      `Among ${PROJECT_FIRMS} exporting in ${AFTER}, the share with at most five markets; null without exporters.`,
    ),
    nationalFiveMarketsShare: reference(
      'National share of exporters selling to at most five countries: 0.75.',
    ),
    commitmentRate: share(
      "Sum of committed / sum of allocated over the edition's budget lines; null when nothing is allocated.",
    ),
    paymentRate: share('Sum of paid / sum of committed; null when nothing is committed.'),
    absorption: share('Sum of paid / sum of allocated; null when nothing is allocated.'),
    costPerStageGained: measure(
      "Grants (EUR) of all the edition's projects (withdrawn ones and those of missing firms included) / " +
        `project firms whose stage in ${AFTER} is above their stage in ${BEFORE}; null when none moved up.`,
    ),
    effect: z
      .strictObject(MeasureEstimatesShape)
      .describe(
        `The programme effect on the main pair (${BEFORE}, ${AFTER}): admitted applicants (whatever ` +
          'became of their project) against rejected ones.',
      ),
    attrition: AttritionSchema,
    contaminated: contaminated('the main pair'),
    eventStudy: EventStudySchema,
    local: LocalEffectSchema,
    movedUp: EstimateSchema.describe(
      `The effect on moving up: 1 when the stage in ${AFTER} is above that in ${BEFORE}, else 0.`,
    ),
    costPerAdditionalFirmMovingUp: measure(
      "Grants (EUR) of all the edition's projects / (all its admitted applicants × movedUp.estimate); " +
        'null unless that product is above 0.',
    ),
    costPerAdditionalFirmMovingUpLow: measure('The same with movedUp.high; null likewise.'),
    costPerAdditionalFirmMovingUpHigh: measure('The same with movedUp.low; null likewise.'),
    didExporting: measure('effect.exporting.estimate.'),
    didMarkets: measure('effect.markets.estimate.'),
    didIntensity: measure('effect.intensity.estimate.'),
    nAdmitted: count(
      'Admitted applicants found in the firm histories: all of them, not only those the effect compares (effect.*.nAdmitted).',
    ),
    nRejected: count(
      'Rejected applicants found in the firm histories: all of them, not only the comparison group the effect uses (effect.*.nRejected).',
    ),
    missingFirms: count(
      'Distinct firm ids named by the projects or applications that have no history; they are skipped.',
    ),
  })
  .describe('Indicators of one edition.');

/** The indicators of one edition, as the API serves them. */
export type EditionIndicatorsResponse = z.infer<typeof EditionIndicatorsSchema>;

/** An estimate, as the API serves it. */
export type EstimateResponse = z.infer<typeof EstimateSchema>;
