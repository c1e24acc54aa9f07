/**
 * The stage rule: a firm's internationalisation stage in one year, with the clause that decided it.
 */
import { INTERMEDIARY_KINDS, PARTNERSHIP_KINDS, STAGE_OF_REASON } from './constants';
import type { StageFlag, StageReason } from './constants';
import { checkYear, exportsIn, hasActive, isActive, marketsIn, turnoverIn } from './history';
import { isObserved } from './observed';
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

/**
 * Whether the firm was at stage I or more in `year`: observed, and exporting or in a partnership (the
 * only way to stage 0 is the `NO_EXPORTS` clause, which a partnership comes before).
 */
function engagedIn(history: FirmHistory, year: number): boolean {
  if (exportsIn(history, year) > 0) return true;
  return isObserved(history, year) && hasActive(history, year, PARTNERSHIP_KINDS);
}

/**
 * Flags of a year without exports: a retreat from stage I or more the year before, and an agreement
 * that ended one or two years before with none of any kind active now.
 */
function noExportFlags(history: FirmHistory, year: number): StageFlag[] {
  const flags: StageFlag[] = [];
  // A firm at III on a partnership alone that falls to 0 retreats too, without having sold abroad.
  if (engagedIn(history, year - 1)) flags.push('DEINTERNATIONALISED');
  const ended = history.agreements.some(
    (a) => typeof a.endYear === 'number' && (a.endYear === year - 1 || a.endYear === year - 2),
  );
  if (ended && !history.agreements.some((a) => isActive(a, year))) flags.push('PARTNER_LOST');
  return flags;
}

/** Builds a result from its reason code, so stage and reason cannot disagree. */
function result(reason: StageReason, flags: StageFlag[] = []): StageResult {
  return { stage: STAGE_OF_REASON[reason], reason, flags };
}

/**
 * A firm's stage in a year it is observed in (docs/indicators.md, "Stage rule"): the first matching
 * clause decides. The rule does not look at whether `year` is observed: see {@link stageIn}, which
 * gives no stage for a year without data.
 * 1. III `PARTNERSHIP`: an active co-design, co-production, licensing, joint-venture, branch or
 *    subsidiary agreement, with or without sales;
 * 2. 0 `NO_EXPORTS`: no exports that year (flags `DEINTERNATIONALISED` when the firm was observed the
 *    year before at stage I or more, `PARTNER_LOST` when an agreement of any kind ended one or two
 *    years before and none of any kind is active this year);
 * 3. II `AGENT_OR_DISTRIBUTOR`: an active agent or distributor agreement;
 * 4. II `DIVERSIFIED_PERSISTENT`: at least `minMarkets` markets and exports in each of the last
 *    `persistenceYears` years (a year without data has no exports);
 * 5. II `DIVERSIFIED_INTENSIVE`: at least `minMarkets` markets and exports / turnover >= `minIntensity`
 *    (not met without a turnover above 0);
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
  const exports = exportsIn(history, year);
  if (exports <= 0) return result('NO_EXPORTS', noExportFlags(history, year));
  if (hasActive(history, year, INTERMEDIARY_KINDS)) return result('AGENT_OR_DISTRIBUTOR');
  if (markets.size >= minMarkets) {
    if (exportedThrough(history, year, persistenceYears)) return result('DIVERSIFIED_PERSISTENT');
    const turnover = turnoverIn(history, year);
    if (turnover !== undefined && exports / turnover >= minIntensity) return result('DIVERSIFIED_INTENSIVE');
  }
  return result('EXPORTER');
}

/**
 * A firm's stage in a year, or null when the firm is not observed that year: missing data has no stage
 * (docs/indicators.md, "Observed").
 * @example
 * stageIn({ exports: [], turnover: { 2010: 5e5 }, agreements: [] }, 2011); // null
 */
export function stageIn(
  history: FirmHistory,
  year: number,
  thresholds: Partial<StageThresholds> = {},
): StageResult | null {
  checkYear(year);
  return isObserved(history, year) ? stageOf(history, year, thresholds) : null;
}
