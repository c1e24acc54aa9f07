/**
 * A firm's yearly exports by market, 2003-2013. Whether the firm exports in a year is decided beforehand
 * (exporting-path.ts); here its markets and values follow: most exporters are micro-exporters on one or
 * a few markets, markets are added and dropped, values grow and fall with world trade. The treated
 * history is the untreated one changed from the project's end on by the edition's true effects (truth.ts).
 */
import { EXISTING_MARKETS, TARGET_MARKETS } from './markets';
import { FIRST_YEAR, LAST_YEAR } from './plan';
import { WeightedTable, type Random } from './random';
import type { TrueEffects } from './truth';

/** Exports of one year: country -> EUR. */
export type YearMarkets = Map<string, number>;

/** A firm's exports, one map per year from {@link FIRST_YEAR} to {@link LAST_YEAR}. */
export type ExportHistory = YearMarkets[];

/** What the simulation needs to know about a firm. */
export interface ExportScenario {
  employees: number;
  /** Turnover by year; exports never pass {@link MAX_INTENSITY} of it. */
  turnover: Readonly<Record<string, number>>;
  /** Whether the firm exports, one flag a year from {@link FIRST_YEAR} to {@link LAST_YEAR}. */
  exporting: readonly boolean[];
}

/** What the treated history needs on top of the untreated one. */
export interface TreatmentScenario extends ExportScenario {
  /** Exporting with the project (never below the untreated flags). */
  exporting: readonly boolean[];
  /** Year the project ends and starts to show. */
  effectYear: number;
  targetMarkets: readonly string[];
  effects: TrueEffects;
}

// Yearly chances of entering one more market and of dropping the smallest one.
const ADD_MARKET = 0.08;
const DROP_MARKET = 0.16;
// Foreign sales never pass this share of turnover for firms of this size.
const MAX_INTENSITY = 0.6;
// A market worth less than this in a year is no longer served (unless it is the firm's only one).
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

/** Starts exporting: a first market or few, mostly near and familiar ones. */
function start(rng: Random, markets: YearMarkets, employees: number): void {
  const count = rng.weighted(FIRST_MARKETS);
  // More markets, more sales: but even a ten-market exporter is often small.
  const total = rng.logNormal(18_000 * count ** 0.7, 1.1) * sizeFactor(employees);
  enter(rng, markets, newMarkets(rng, markets, EXISTING_MARKETS, count), total);
}

/** One year of an exporter: growth, a market dropped or added. */
function evolve(rng: Random, markets: YearMarkets, year: number): void {
  const macro = MACRO_EXPORTS[year] ?? 1;
  for (const [country, value] of markets) {
    markets.set(country, value * macro * Math.exp(rng.normal(0.04, 0.22)));
  }
  if (markets.size > 1 && rng.chance(DROP_MARKET)) {
    let smallest: string | null = null;
    for (const [country, value] of markets) {
      if (smallest === null || value < (markets.get(smallest) ?? Infinity)) smallest = country;
    }
    if (smallest !== null) markets.delete(smallest);
  }
  if (rng.chance(ADD_MARKET)) {
    const table = rng.chance(0.5) ? EXISTING_MARKETS : TARGET_MARKETS;
    enter(rng, markets, newMarkets(rng, markets, table, 1), totalOf(markets) * rng.uniform(0.05, 0.3));
  }
}

/**
 * Keeps exports within what a firm of that turnover can sell, in whole euros, and drops markets too
 * small to count; the largest market always stays, so an exporting year stays one.
 */
function settle(markets: YearMarkets, turnover: number | undefined): void {
  const total = totalOf(markets);
  const cap = turnover === undefined ? Infinity : turnover * MAX_INTENSITY;
  const factor = total > cap ? cap / total : 1;
  let largest: string | null = null;
  for (const [country, value] of markets) {
    if (largest === null || value > (markets.get(largest) ?? 0)) largest = country;
  }
  for (const [country, value] of markets) {
    // Rounded down, so that whole euros never push the total over the cap.
    const rounded = Math.floor(value * factor);
    if (country === largest) markets.set(country, Math.max(MIN_MARKET_VALUE, rounded));
    else if (rounded < MIN_MARKET_VALUE) markets.delete(country);
    else markets.set(country, rounded);
  }
}

/**
 * Simulates a firm's exports by year and market, exporting exactly in the years `scenario.exporting` says.
 * @example
 * const history = simulateExports(rng, { employees: 12, turnover, exporting });
 * history[2009 - FIRST_YEAR]; // Map { 'DE' => 31200, 'CH' => 8400 }, or empty when exporting[6] is false
 */
export function simulateExports(rng: Random, scenario: ExportScenario): ExportHistory {
  const history: ExportHistory = [];
  const markets: YearMarkets = new Map();
  for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
    if (scenario.exporting[year - FIRST_YEAR] !== true) markets.clear();
    else if (markets.size === 0) start(rng, markets, scenario.employees);
    else evolve(rng, markets, year);
    if (markets.size > 0) settle(markets, scenario.turnover[String(year)]);
    history.push(new Map(markets));
  }
  return history;
}

/**
 * The treated history: the untreated one up to the project's end, then with the effects: exports on the
 * markets served anyway higher by `effects.intensity`, and the project's market (its first target not
 * served at the effect year) for a firm the project got exporting and, with chance `effects.markets`,
 * for one exporting anyway. Draws only from `rng`, so the untreated history does not depend on it.
 * @example
 * const treated = treatExports(effectRng, untreated, { ...scenario, exporting: y1, effectYear: 2008, targetMarkets: ['RU'], effects });
 */
export function treatExports(
  rng: Random,
  untreated: ExportHistory,
  scenario: TreatmentScenario,
): ExportHistory {
  const { effectYear, effects } = scenario;
  const served = exportsIn(untreated, effectYear);
  const projectMarket =
    scenario.targetMarkets.find((c) => !served.has(c)) ?? scenario.targetMarkets[0] ?? 'US';
  const entersAnyway = rng.chance(effects.markets);
  let projectValue = rng.logNormal(14_000, 0.9) * sizeFactor(scenario.employees);
  return untreated.map((base, index) => {
    const year = FIRST_YEAR + index;
    if (year < effectYear) return new Map(base);
    if (year > effectYear) projectValue *= (MACRO_EXPORTS[year] ?? 1) * Math.exp(rng.normal(0.04, 0.22));
    if (scenario.exporting[index] !== true) return new Map(base);
    const markets: YearMarkets = new Map();
    for (const [country, value] of base) markets.set(country, value * (1 + effects.intensity));
    if (base.size === 0 || entersAnyway)
      markets.set(projectMarket, (markets.get(projectMarket) ?? 0) + projectValue);
    settle(markets, scenario.turnover[String(year)]);
    return markets;
  });
}

/** The year's exports of a history, or an empty map outside the series. */
export function exportsIn(history: ExportHistory, year: number): YearMarkets {
  return history[year - FIRST_YEAR] ?? new Map();
}
