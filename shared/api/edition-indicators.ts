/**
 * `GET /v1/editions/{id}/indicators`: the edition indicators of DESIGN section 4 under their keys, as
 * `editionIndicators` (shared/edition) computes them. Every measure that can be undefined is nullable.
 */
import * as z from 'zod';

/** Window years: before = call year - 1, after = call year + 2. */
const BEFORE = '`before` (call year - 1)';
const AFTER = '`after` (call year + 2)';
const PROJECT_FIRMS =
  "the edition's project firms (distinct firms of its projects with a history, withdrawn projects included)";

/** A share or rate in [0, 1], null when its population is empty. */
const share = (text: string) => z.number().min(0).max(1).nullable().describe(text);
/** An amount or other real number, null when undefined. */
const measure = (text: string) => z.number().nullable().describe(text);
/** A count of 0 or more. */
const count = (text: string) => z.number().int().min(0).describe(text);
/** A national reference figure (ISTAT-ICE 2009). */
const reference = (text: string) => z.number().min(0).max(1).describe(text);

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
      'Part of growthTotal on the markets the project firms, taken together, served in both years.',
    ),
    growthExtensive: measure('Part of growthTotal from markets gained minus markets lost (taken together).'),
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
    didExporting: measure(
      `Difference in differences of the share of firms exporting: (${AFTER} - ${BEFORE}) for admitted ` +
        'applicants (whatever became of their project) minus the same for rejected applicants; ' +
        'null when either group is empty.',
    ),
    didMarkets: measure('The same as didExporting for the mean number of markets (non-exporters count 0).'),
    didIntensity: measure(
      'The same as didExporting for the mean export intensity, each year averaged over the firms with ' +
        'a turnover that year; null also when a group has none in one of the years.',
    ),
    nAdmitted: count('Admitted applicants found in the firm histories (the treated group).'),
    nRejected: count('Rejected applicants found in the firm histories (the control group).'),
    missingFirms: count(
      'Distinct firm ids named by the projects or applications that have no history; they are skipped.',
    ),
  })
  .describe('Indicators of one edition (DESIGN section 4).');

/** The indicators of one edition, as the API serves them. */
export type EditionIndicatorsResponse = z.infer<typeof EditionIndicatorsSchema>;
