/**
 * A firm's agreements with foreign partners: agents and distributors for some exporters, rarer
 * partnerships (stage III), more often after a TEM project; and the retreats the report attributes to a
 * wrong choice of partner, where an agreement ends and the firm's exports stop with it.
 */
import type { AgreementKind, PartnershipKind } from '../../shared/schemas';
import { exportsIn, type ExportHistory } from './export-history';
import { EXISTING_MARKETS } from './markets';
import { FIRST_YEAR, LAST_YEAR } from './plan';
import { WeightedTable, type Random } from './random';

/** An agreement of the firm being generated (the caller adds its id). */
export interface PlannedAgreement {
  year: number;
  endYear?: number;
  country: string;
  kind: AgreementKind;
}

/** What the agreements depend on. */
export interface AgreementScenario {
  callYear: number;
  /** Year a completed or ongoing project ends; null for rejected firms and withdrawn projects. */
  effectYear: number | null;
  targetMarkets: readonly string[];
}

// Chance that an exporter works through an agent or distributor, without and with a project.
const INTERMEDIARY = 0.22;
const INTERMEDIARY_WITH_PROJECT = 0.3;
// Chance that such an agreement ends within the series, and that the firm then stops exporting.
const INTERMEDIARY_ENDS = 0.2;
const PARTNER_LOST = 0.5;
// Chance of a partnership after a project, for other firms after the call, and before the call.
const PARTNERSHIP_WITH_PROJECT = 0.1;
const PARTNERSHIP_WITHOUT = 0.03;
const PARTNERSHIP_BEFORE = 0.02;
const PARTNERSHIP_ENDS = 0.2;

const PARTNERSHIP_KINDS_BY_WEIGHT = new WeightedTable<PartnershipKind>([
  ['co-production', 3],
  ['co-design', 2],
  ['joint-venture', 1.5],
  ['branch', 1.5],
  ['licensing', 1],
  ['subsidiary', 1],
]);

/** Years with exports, in order. */
function exportingYears(history: ExportHistory): number[] {
  const years: number[] = [];
  for (let year = FIRST_YEAR; year <= LAST_YEAR; year++)
    if (exportsIn(history, year).size > 0) years.push(year);
  return years;
}

/** The largest market of a year, or null when the firm did not export. */
function mainMarket(history: ExportHistory, year: number): string | null {
  let best: string | null = null;
  let bestValue = -1;
  for (const [country, value] of exportsIn(history, year)) {
    if (value > bestValue) [best, bestValue] = [country, value];
  }
  return best;
}

/** An end year a few years after `year`, when it still falls inside the series. */
function endAfter(rng: Random, year: number, maxYears: number): number | undefined {
  const end = year + rng.int(1, maxYears);
  return end <= LAST_YEAR ? end : undefined;
}

/** Clears every year after `year`: the firm stopped exporting when its partner went. */
function stopAfter(history: ExportHistory, year: number): void {
  for (let y = year + 1; y <= LAST_YEAR; y++) exportsIn(history, y).clear();
}

function partnership(rng: Random, year: number, country: string): PlannedAgreement {
  const agreement: PlannedAgreement = { year, country, kind: rng.weighted(PARTNERSHIP_KINDS_BY_WEIGHT) };
  const end = rng.chance(PARTNERSHIP_ENDS) ? endAfter(rng, year, 3) : undefined;
  if (end !== undefined) agreement.endYear = end;
  return agreement;
}

/**
 * Plans a firm's agreements and applies partner losses to its export history (the years after a lost
 * partner are cleared), so the stage rule can flag them as `PARTNER_LOST`.
 */
export function planAgreements(
  rng: Random,
  history: ExportHistory,
  scenario: AgreementScenario,
): PlannedAgreement[] {
  const agreements: PlannedAgreement[] = [];
  const years = exportingYears(history);
  const treated = scenario.effectYear !== null;
  let lostPartner = false;

  const firstYear = years[0];
  if (firstYear !== undefined && rng.chance(treated ? INTERMEDIARY_WITH_PROJECT : INTERMEDIARY)) {
    // Agents are usually signed in the first years abroad.
    const year = years[Math.min(years.length - 1, rng.int(0, 2))] ?? firstYear;
    const country = mainMarket(history, year);
    if (country !== null) {
      const agreement: PlannedAgreement = { year, country, kind: rng.chance(0.55) ? 'agent' : 'distributor' };
      const end = rng.chance(INTERMEDIARY_ENDS) ? endAfter(rng, year, 4) : undefined;
      if (end !== undefined) {
        agreement.endYear = end;
        // A firm leaning on that one partner retreats with it; a diversified one carries on.
        if (exportsIn(history, end).size <= 2 && rng.chance(PARTNER_LOST)) {
          stopAfter(history, end);
          lostPartner = true;
        }
      }
      agreements.push(agreement);
    }
  }
  if (lostPartner) return agreements;

  const before = years.filter((year) => year < scenario.callYear);
  const beforeYear = before[0];
  if (beforeYear !== undefined && rng.chance(PARTNERSHIP_BEFORE)) {
    agreements.push(
      partnership(rng, beforeYear, mainMarket(history, beforeYear) ?? rng.weighted(EXISTING_MARKETS)),
    );
  }
  if (scenario.effectYear !== null) {
    const year = Math.min(LAST_YEAR, scenario.effectYear + rng.int(0, 1));
    const served = scenario.targetMarkets.filter((country) => exportsIn(history, year).has(country));
    const country = served[0] ?? scenario.targetMarkets[0];
    if (country !== undefined && rng.chance(PARTNERSHIP_WITH_PROJECT))
      agreements.push(partnership(rng, year, country));
  } else if (rng.chance(PARTNERSHIP_WITHOUT)) {
    const year = rng.int(scenario.callYear, LAST_YEAR);
    agreements.push(partnership(rng, year, mainMarket(history, year) ?? rng.weighted(EXISTING_MARKETS)));
  }
  return agreements;
}
