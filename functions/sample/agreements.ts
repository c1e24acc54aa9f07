/**
 * A firm's agreements with foreign partners: agents and distributors for some exporters, rarer
 * partnerships (stage III), more often after a TEM project; and the retreats the report attributes to a
 * wrong choice of partner: some firms that stop exporting lose their agent or distributor that year.
 * The export history is only read, never changed, so the potential outcomes stay what they were.
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
// Chance that such an agreement ends within the series, and that a firm that stops exporting on one or
// two markets had lost its partner: the agreement then ends in its last exporting year.
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

/** The first year after `year` without exports, or null when the firm exports through the series. */
function stopYear(history: ExportHistory, year: number): number | null {
  for (let y = year + 1; y <= LAST_YEAR; y++) if (exportsIn(history, y).size === 0) return y;
  return null;
}

function partnership(rng: Random, year: number, country: string): PlannedAgreement {
  const agreement: PlannedAgreement = { year, country, kind: rng.weighted(PARTNERSHIP_KINDS_BY_WEIGHT) };
  const end = rng.chance(PARTNERSHIP_ENDS) ? endAfter(rng, year, 3) : undefined;
  if (end !== undefined) agreement.endYear = end;
  return agreement;
}

/**
 * Plans a firm's agreements on its export history; an agent or distributor lost when the firm stopped
 * exporting ends in the last exporting year, so the stage rule flags the stop as `PARTNER_LOST`.
 * @example planAgreements(rng, history, { callYear: 2008, effectYear: 2008, targetMarkets: ['US'] })
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
      const stop = stopYear(history, year);
      if (stop !== null && exportsIn(history, stop - 1).size <= 2 && rng.chance(PARTNER_LOST)) {
        // A firm leaning on that one partner retreats with it; a diversified one carries on.
        agreement.endYear = stop - 1;
        lostPartner = true;
      } else if (rng.chance(INTERMEDIARY_ENDS)) {
        const end = endAfter(rng, year, 4);
        if (end !== undefined) agreement.endYear = end;
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
