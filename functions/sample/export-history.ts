/**
 * A firm's yearly exports by market, 2003-2012, simulated year by year. The shape follows the report:
 * most exporters are micro-exporters on one or a few markets, many applicants did not export before the
 * programme, some give up exporting, and a TEM project raises the chance of starting to export and of
 * entering the project's target markets — a modest effect, since rejected applicants also move on.
 */
import { EXISTING_MARKETS, TARGET_MARKETS } from './markets';
import { FIRST_YEAR, LAST_YEAR } from './plan';
import { WeightedTable, type Random } from './random';

/** Exports of one year: country -> EUR. */
export type YearMarkets = Map<string, number>;

/** A firm's exports, one map per year from {@link FIRST_YEAR} to {@link LAST_YEAR}. */
export type ExportHistory = YearMarkets[];

/** What the simulation needs to know about a firm and its project. */
export interface ExportScenario {
  callYear: number;
  employees: number;
  turnover: Readonly<Record<string, number>>;
  /** Year the firm's project ends and starts to show; null for rejected firms and withdrawn projects. */
  effectYear: number | null;
  targetMarkets: readonly string[];
}

// Share of applicants already exporting before the call ("many start at 0").
const EXPORTER_BEFORE = 0.6;
// Of those, the share exporting since the start of the series; the rest began in a later year.
const EXPORTING_SINCE_FIRST_YEAR = 0.55;
// Yearly chance that a non-exporter starts on its own, and that an exporter stops (de-internationalises).
const START_HAZARD = 0.06;
const EXIT_HAZARD = 0.025;
const EXIT_HAZARD_SMALL = 0.06;
const SMALL_EXPORTS = 20_000;
// Chance that a project gets a non-exporter selling abroad by the year after it ends.
const START_WITH_PROJECT = 0.4;
// Chance of entering each target market not yet served, for exporters with a project.
const ENTER_TARGET_WITH_PROJECT = 0.4;
// Yearly chances of entering one more market and of dropping the smallest one.
const ADD_MARKET = 0.08;
const DROP_MARKET = 0.16;
// Extra yearly growth of exports on existing markets for the project's year and the two after.
const PROJECT_GROWTH_BOOST = 0.06;
const PROJECT_BOOST_YEARS = 3;
// Foreign sales never pass this share of turnover for firms of this size.
const MAX_INTENSITY = 0.6;
// A market worth less than this in a year is no longer served.
const MIN_MARKET_VALUE = 300;

// Export shocks shared by every firm: the 2009 collapse of world trade and the rebound after it.
const MACRO_EXPORTS: Readonly<Record<number, number>> = { 2009: 0.8, 2010: 1.1 };

/** Markets at the first export year: mostly one, as for 43.6% of Italian exporters. */
const FIRST_MARKETS = new WeightedTable<number>([
  [1, 52],
  [2, 10],
  [3, 7],
  [4, 5],
  [5, 4],
  [6, 4],
  [7, 4],
  [8, 4],
  [10, 4],
  [12, 3],
  [15, 3],
]);

/** Employees-based size factor: a 40-person firm sells twice as much abroad as a 10-person one. */
function sizeFactor(employees: number): number {
  return Math.sqrt(Math.max(1, employees) / 10);
}

/** Adds markets not yet served to `markets`, with values summing to about `total`, the first largest. */
function enter(rng: Random, markets: YearMarkets, countries: readonly string[], total: number): void {
  const weights = countries.map(() => rng.exponential() ** 1.5).sort((x, y) => y - x);
  const sum = weights.reduce((acc, w) => acc + w, 0);
  countries.forEach((country, i) => {
    if (!markets.has(country)) markets.set(country, Math.max(1000, (total * (weights[i] ?? 0)) / sum));
  });
}

/** Draws `count` markets the firm does not serve yet, from a table. */
function newMarkets(
  rng: Random,
  markets: YearMarkets,
  table: WeightedTable<string>,
  count: number,
): string[] {
  const chosen: string[] = [];
  for (let attempt = 0; chosen.length < count && attempt < count * 8; attempt++) {
    const country = rng.weighted(table);
    if (!markets.has(country) && !chosen.includes(country)) chosen.push(country);
  }
  return chosen;
}

function totalOf(markets: YearMarkets): number {
  let total = 0;
  for (const value of markets.values()) total += value;
  return total;
}

/** Starts exporting: a first market or few, towards the project's targets when a project drove it. */
function start(rng: Random, markets: YearMarkets, scenario: ExportScenario, viaProject: boolean): void {
  const size = sizeFactor(scenario.employees);
  if (viaProject && scenario.targetMarkets.length > 0) {
    const count = rng.chance(0.7) ? 1 : Math.min(2, scenario.targetMarkets.length);
    enter(rng, markets, scenario.targetMarkets.slice(0, count), rng.logNormal(14_000, 0.9) * size);
    return;
  }
  const count = rng.weighted(FIRST_MARKETS);
  // More markets, more sales: but even a ten-market exporter is often small.
  const total = rng.logNormal(18_000 * count ** 0.7, 1.1) * size;
  enter(rng, markets, newMarkets(rng, markets, EXISTING_MARKETS, count), total);
}

/** One year of an exporter: growth, a market dropped or added, the project's push. */
function evolve(rng: Random, markets: YearMarkets, year: number, scenario: ExportScenario): void {
  const boosted =
    scenario.effectYear !== null &&
    year >= scenario.effectYear &&
    year < scenario.effectYear + PROJECT_BOOST_YEARS;
  const drift = 0.04 + (boosted ? PROJECT_GROWTH_BOOST : 0);
  const macro = MACRO_EXPORTS[year] ?? 1;
  for (const [country, value] of markets) {
    markets.set(country, value * macro * Math.exp(rng.normal(drift, 0.22)));
  }
  if (markets.size > 1 && rng.chance(DROP_MARKET)) {
    let smallest: string | null = null;
    for (const [country, value] of markets) {
      if (smallest === null || value < (markets.get(smallest) ?? Infinity)) smallest = country;
    }
    if (smallest !== null) markets.delete(smallest);
  }
  const total = totalOf(markets);
  if (rng.chance(ADD_MARKET)) {
    const table = rng.chance(0.5) ? EXISTING_MARKETS : TARGET_MARKETS;
    enter(rng, markets, newMarkets(rng, markets, table, 1), total * rng.uniform(0.05, 0.3));
  }
  if (year === scenario.effectYear) {
    const targets = scenario.targetMarkets.filter(
      (country) => !markets.has(country) && rng.chance(ENTER_TARGET_WITH_PROJECT),
    );
    enter(rng, markets, targets, Math.max(5000, total * rng.uniform(0.1, 0.4)));
  }
}

/** Keeps exports within what a firm of that turnover can sell, and drops markets too small to count. */
function settle(markets: YearMarkets, turnover: number | undefined): void {
  const total = totalOf(markets);
  const cap = turnover === undefined ? Infinity : turnover * MAX_INTENSITY;
  const factor = total > cap ? cap / total : 1;
  for (const [country, value] of markets) {
    // Rounded down, so that whole euros never push the total over the cap.
    const rounded = Math.floor(value * factor);
    if (rounded < MIN_MARKET_VALUE) markets.delete(country);
    else markets.set(country, rounded);
  }
}

/**
 * Simulates a firm's exports by year and market.
 * @example
 * const history = simulateExports(rng, { callYear: 2008, employees: 12, turnover, effectYear: 2008, targetMarkets: ['RU'] });
 * history[2009 - FIRST_YEAR]; // Map { 'DE' => 31200, 'RU' => 8400 }
 */
export function simulateExports(rng: Random, scenario: ExportScenario): ExportHistory {
  const { callYear, effectYear } = scenario;
  let startYear: number | null = null;
  if (rng.chance(EXPORTER_BEFORE)) {
    startYear = rng.chance(EXPORTING_SINCE_FIRST_YEAR) ? FIRST_YEAR : rng.int(FIRST_YEAR + 1, callYear - 1);
  }
  // One decision per firm, not per year: the project gets a non-exporter started, or it does not.
  const startsWithProject = rng.chance(START_WITH_PROJECT);

  const history: ExportHistory = [];
  const markets: YearMarkets = new Map();
  for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
    if (markets.size > 0) {
      const small = totalOf(markets) < SMALL_EXPORTS;
      if (rng.chance(small ? EXIT_HAZARD_SMALL : EXIT_HAZARD)) {
        markets.clear();
      } else {
        evolve(rng, markets, year, scenario);
      }
    } else if (year === startYear) {
      start(rng, markets, scenario, false);
    } else if (effectYear !== null && (year === effectYear || year === effectYear + 1) && startsWithProject) {
      start(rng, markets, scenario, true);
    } else if (year >= callYear && rng.chance(START_HAZARD)) {
      // Rejected applicants wanted to export too: some find their way without the programme.
      start(rng, markets, scenario, false);
    }
    settle(markets, scenario.turnover[String(year)]);
    history.push(new Map(markets));
  }
  return history;
}

/** The year's exports of a history, or an empty map outside the series. */
export function exportsIn(history: ExportHistory, year: number): YearMarkets {
  return history[year - FIRST_YEAR] ?? new Map();
}
