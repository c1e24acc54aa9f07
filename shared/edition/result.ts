/**
 * The edition indicators (docs/indicators.md, "Edition indicators") under their API keys
 * (`SPRING.EDITION(edition, key)` takes the same keys). Unless a key says otherwise:
 * - the window is `before` = call year - 1 and `after` = call year + 2 (when every project has ended);
 * - "project firms" are the distinct firms of the edition's projects observed in both `before` and
 *   `after`, whatever the project's status: a withdrawn project's firm is still observed, so it stays in
 *   the transitions, the shares and the margins (the measures describe the firms the edition took on);
 * - a measure whose population is empty or whose denominator is 0 is null, never NaN.
 */
import type { MeasureEstimates } from './effect';
import type { Estimate } from './estimate';
import type { EventStudy } from './event-study';
import type { Attrition } from './groups';
import type { LocalEffect } from './local';
import type { OutcomeCounts } from './outcomes';
import type { TransitionMatrix } from './transitions';
import type { EditionWindow } from './window';

/** Everything `editionIndicators` measures for one edition. */
export interface EditionIndicators {
  /** The two years compared: `before` = call year - 1, `after` = call year + 2. */
  window: EditionWindow;
  /** Number of the edition's projects, every status. */
  projects: number;
  /** Completed projects / all projects (ongoing ones in the denominator); null without projects. */
  completionRate: number | null;
  /** Withdrawn projects / all projects (ongoing ones in the denominator); null without projects. */
  withdrawalRate: number | null;
  /**
   * 4x4 counts of project firms: row = stage in `before`, column = stage in `after`
   * (`transitions[0][2]` = firms from 0 to II). Entries add up to the project firms found.
   */
  transitions: TransitionMatrix;
  /**
   * Among project firms at stage 0 in `before`, the share at stage I or more in `after` (as the
   * outcome rule's "started exporting"); null when no project firm was at stage 0.
   */
  startedExportingShare: number | null;
  /** Among project firms below stage III in `before`, the share at stage III in `after`; null when none was below III. */
  reachedPartnershipShare: number | null;
  /**
   * Among project firms at stage I or more in `before`, the share at stage 0 in `after` (no exports and
   * no partnership left); null when no project firm was past stage 0.
   */
  deinternationalisedRate: number | null;
  /** Among project firms exporting in `before`, the share of micro-exporters (0 < exports < 75,000 EUR); null without exporters. */
  microShareBefore: number | null;
  /** The same in `after`. */
  microShareAfter: number | null;
  /** National micro-exporter share, 0.61 (ISTAT-ICE 2009), beside the two above. */
  nationalMicroShare: number;
  /** Median number of markets over all project firms in `before` (non-exporters count 0); null without project firms. */
  medianMarketsBefore: number | null;
  /** The same in `after`, over the same firms. */
  medianMarketsAfter: number | null;
  /**
   * HHI (fraction) of the project firms' exports summed per country in `after`; null when none exported
   * that year.
   */
  hhi: number | null;
  /** Combined share of the four largest markets of that same aggregate (`after`); null when none exported. */
  cr4: number | null;
  /** Population Gini of the markets' values in that same aggregate (`after`; 0 for one market); null when none exported. */
  gini: number | null;
  /** Lorenz curve of that same aggregate: points `[share of markets, cumulative share of exports]` from [0, 0] to [1, 1]; empty when none exported. */
  lorenz: [number, number][];
  /** Change of the project firms' total exports, `after` minus `before`; null without project firms. */
  growthTotal: number | null;
  /** Part of that change on markets each firm served in both years, summed firm by firm. */
  growthIntensive: number | null;
  /** Part of that change from each firm's markets gained minus its markets lost, summed firm by firm. */
  growthExtensive: number | null;
  /** Firms of the edition's projects with a history but not observed in `before` or in `after`; skipped. */
  projectFirmsNotObserved: number;
  /** The edition's projects (every status, missing firms included) counted by outcome. */
  outcomes: OutcomeCounts;
  /** Among project firms exporting in `after`, the share with exactly one market; null without exporters. */
  singleMarketShare: number | null;
  /** National share of exporters with one market, 0.436 (ISTAT-ICE 2009). */
  nationalSingleMarketShare: number;
  /** Among project firms exporting in `after`, the share with at most five markets; null without exporters. */
  fiveMarketsShare: number | null;
  /** National share of exporters with at most five markets, 0.75 (ISTAT-ICE 2009). */
  nationalFiveMarketsShare: number;
  /** Sum of committed / sum of allocated over the edition's budget lines; null when nothing is allocated. */
  commitmentRate: number | null;
  /** Sum of paid / sum of committed; null when nothing is committed. */
  paymentRate: number | null;
  /** Sum of paid / sum of allocated; null when nothing is allocated. */
  absorption: number | null;
  /**
   * Grants of all the edition's projects (withdrawn ones and those of missing firms included: they were
   * spent) / project firms whose stage in `after` is above their stage in `before`; null when none moved up.
   */
  costPerStageGained: number | null;
  /**
   * The programme effect on the main pair (`before`, `after`): admitted applicants (whatever became of
   * their project) against rejected ones, on exporting (0/1), markets and intensity.
   */
  effect: MeasureEstimates;
  /** Applicants of the main pair lost to attrition (not observed in `before` or `after`, no history included). */
  attrition: Attrition;
  /** Rejected applicants left out of the main pair's control group: admitted to another edition by `after`. */
  contaminated: number;
  /** The effect for the pairs (call year - 1, call year + k), with the placebo check of common trends. */
  eventStudy: EventStudy;
  /** The effect among the K applicants on each side of the admission cutoff (main pair). */
  local: LocalEffect;
  /** The effect on moving up a stage (1 when the stage in `after` is above that in `before`, else 0). */
  movedUp: Estimate;
  /** Grants of all the projects / (all admitted applicants × movedUp.estimate); null unless that is above 0. */
  costPerAdditionalFirmMovingUp: number | null;
  /** The same with movedUp.high: the low end of the cost. */
  costPerAdditionalFirmMovingUpLow: number | null;
  /** The same with movedUp.low: the high end of the cost. */
  costPerAdditionalFirmMovingUpHigh: number | null;
  /** `effect.exporting.estimate`. */
  didExporting: number | null;
  /** `effect.markets.estimate`. */
  didMarkets: number | null;
  /** `effect.intensity.estimate`. */
  didIntensity: number | null;
  /** Admitted applicants found in the firm histories: all of them, not only those the effect compares. */
  nAdmitted: number;
  /** Rejected applicants found in the firm histories: all of them, not only the effect's comparison group. */
  nRejected: number;
  /** Distinct firm ids named by the projects or applications that have no history; they are skipped. */
  missingFirms: number;
}
