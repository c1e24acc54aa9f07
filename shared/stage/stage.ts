/**
 * The stage rule: a firm's internationalisation stage in one year, with the clause that decided it.
 */
import { INTERMEDIARY_KINDS, PARTNERSHIP_KINDS, STAGE_OF_REASON } from './constants';
import type { StageFlag, StageReason } from './constants';
import { checkYear, exportsIn, hasActive, marketsIn, turnoverIn } from './history';
import { resolveThresholds } from './thresholds';
import type { FirmHistory, Stage, StageThresholds } from './types';

/** A firm's stage in one year, the reason code of the clause that matched, and any flags. */
export interface StageResult {
  stage: Stage;
  reason: StageReason;
  flags: StageFlag[];
}

/** Whether the firm exported in `year` and in each of the `years - 1` years before it. */
function exportedThrough(history: FirmHistory, year: number, years: number): boolean {
  for (let back = 0; back < years; back++) if (exportsIn(history, year - back) <= 0) return false;
  return true;
}

/** Flags of a year without exports: a retreat from exporting, and an agreement that just ended. */
function noExportFlags(history: FirmHistory, year: number): StageFlag[] {
  const flags: StageFlag[] = [];
  if (exportsIn(history, year - 1) > 0) flags.push('DEINTERNATIONALISED');
  // Set with or without DEINTERNATIONALISED: a firm at III on a partnership alone retreats without sales.
  const ended = history.agreements.some(
    (a) => typeof a.endYear === 'number' && (a.endYear === year || a.endYear === year - 1),
  );
  if (ended) flags.push('PARTNER_LOST');
  return flags;
}

/** Builds a result from its reason code, so stage and reason cannot disagree. */
function result(reason: StageReason, flags: StageFlag[] = []): StageResult {
  return { stage: STAGE_OF_REASON[reason], reason, flags };
}

/**
 * A firm's stage in a year (DESIGN section 4): the first matching clause decides.
 * 1. III `PARTNERSHIP`: an active co-design, co-production, licensing, joint-venture, branch or
 *    subsidiary agreement, with or without sales;
 * 2. 0 `NO_EXPORTS`: no exports that year (flags `DEINTERNATIONALISED` when the firm exported the year
 *    before, `PARTNER_LOST` when one of its agreements ended this year or the year before);
 * 3. II `AGENT_OR_DISTRIBUTOR`: an active agent or distributor agreement;
 * 4. II `DIVERSIFIED_PERSISTENT`: at least `minMarkets` markets and exports in each of the last
 *    `persistenceYears` years;
 * 5. II `DIVERSIFIED_INTENSIVE`: at least `minMarkets` markets and exports / turnover >= `minIntensity`
 *    (not met without turnover);
 * 6. I `EXPORTER`: any other exporter.
 * @param thresholds - overrides of {@link DEFAULT_THRESHOLDS}, any subset
 * @example
 * stageOf({ exports: [{ year: 2008, country: 'DE', value: 40_000 }], turnover: { 2008: 800_000 }, agreements: [] }, 2008);
 * // { stage: 1, reason: 'EXPORTER', flags: [] }
 */
export function stageOf(
  history: FirmHistory,
  year: number,
  thresholds: Partial<StageThresholds> = {},
): StageResult {
  checkYear(year);
  const { minMarkets, minIntensity, persistenceYears } = resolveThresholds(thresholds);
  if (hasActive(history, year, PARTNERSHIP_KINDS)) return result('PARTNERSHIP');
  const markets = marketsIn(history, year);
  let exports = 0;
  for (const value of markets.values()) exports += value;
  if (exports <= 0) return result('NO_EXPORTS', noExportFlags(history, year));
  if (hasActive(history, year, INTERMEDIARY_KINDS)) return result('AGENT_OR_DISTRIBUTOR');
  if (markets.size >= minMarkets) {
    if (exportedThrough(history, year, persistenceYears)) return result('DIVERSIFIED_PERSISTENT');
    const turnover = turnoverIn(history, year);
    if (turnover !== undefined && exports / turnover >= minIntensity) return result('DIVERSIFIED_INTENSIVE');
  }
  return result('EXPORTER');
}
