/**
 * The edition's firms year by year: stage and export measures per firm and year, each history read
 * once however many lists and years ask for it. A year in which a firm is not observed has no snapshot
 * (docs/indicators.md, "Observed").
 */
import { firmYear } from '../stage/firm-year';
import { marketsIn } from '../stage/history';
import { isObserved } from '../stage/observed';
import type { FirmHistory, Stage, StageThresholds } from '../stage/types';
import type { FirmLookup } from './input';
import type { EditionWindow } from './window';

/** One firm in one year, as the edition indicators read it. */
export interface FirmSnapshot {
  /** Stage by the stage rule. */
  stage: Stage;
  /** Total exports (EUR; 0 when none). */
  exports: number;
  /** Markets with exports above 0. */
  markets: number;
  /** Exports / turnover, null when that year's turnover is missing or zero. */
  intensity: number | null;
  /** Turnover of the year (EUR), null when the history has none for it. */
  turnover: number | null;
  /** Exports by country, only markets above 0. */
  byMarket: ReadonlyMap<string, number>;
}

/** One firm in the two years of a pair (`before`, `after`). */
export interface FirmObservation {
  before: FirmSnapshot;
  after: FirmSnapshot;
}

/** Looks firms up by id and year, remembering each answer and the ids it could not find. */
export interface FirmYears {
  /** The firm's history, undefined when the lookup has none. */
  history(firmId: string): FirmHistory | undefined;
  /** The firm in `year`; undefined when it has no history or is not observed that year. */
  at(firmId: string, year: number): FirmSnapshot | undefined;
  /** The firm in both years of the pair; undefined when either year has no snapshot. */
  pair(firmId: string, pair: EditionWindow): FirmObservation | undefined;
  /** How many distinct ids asked for so far had no history. */
  missing(): number;
}

/** The firm's history, without reaching into a record's prototype (`"constructor"` is no firm). */
function historyOf(firms: FirmLookup, firmId: string): FirmHistory | undefined {
  if (firms instanceof Map) return firms.get(firmId);
  const record = firms as Readonly<Record<string, FirmHistory>>;
  return Object.hasOwn(record, firmId) ? record[firmId] : undefined;
}

/** A firm's stage and export measures in one year it is observed in. */
function snapshot(history: FirmHistory, year: number, thresholds: Partial<StageThresholds>): FirmSnapshot {
  const { stage, exports, markets, intensity } = firmYear(history, year, thresholds);
  const key = String(year);
  const turnover = Object.hasOwn(history.turnover, key) ? (history.turnover[key] ?? null) : null;
  return { stage, exports, markets, intensity, turnover, byMarket: marketsIn(history, year) };
}

/**
 * Firm-years over `firms`: each firm-year is computed once (work bounded by the firm's history) and a
 * missing firm is counted once, however often it is asked for.
 * @example
 * const years = createFirmYears(firms, {});
 * years.pair('F0001', { before: 2007, after: 2010 })?.after.stage; // 2
 */
export function createFirmYears(firms: FirmLookup, thresholds: Partial<StageThresholds>): FirmYears {
  const histories = new Map<string, FirmHistory | undefined>();
  const snapshots = new Map<string, Map<number, FirmSnapshot | undefined>>();
  const historyFor = (firmId: string): FirmHistory | undefined => {
    if (!histories.has(firmId)) histories.set(firmId, historyOf(firms, firmId));
    return histories.get(firmId);
  };
  const at = (firmId: string, year: number): FirmSnapshot | undefined => {
    const history = historyFor(firmId);
    if (history === undefined) return undefined;
    let years = snapshots.get(firmId);
    if (years === undefined) snapshots.set(firmId, (years = new Map()));
    if (!years.has(year))
      years.set(year, isObserved(history, year) ? snapshot(history, year, thresholds) : undefined);
    return years.get(year);
  };
  return {
    history: historyFor,
    at,
    pair(firmId, { before, after }) {
      const from = at(firmId, before);
      const to = from === undefined ? undefined : at(firmId, after);
      return from === undefined || to === undefined ? undefined : { before: from, after: to };
    },
    missing: () => [...histories.values()].filter((history) => history === undefined).length,
  };
}

/** The distinct firms of a list observed in both years of a pair, and how many with a history were not. */
export interface ObservedFirms {
  /** The firms observed in both years, in first-seen order. */
  observed: FirmObservation[];
  /** Distinct firms with a history not observed in one of the years (or both). */
  notObserved: number;
}

/**
 * The distinct ids among `firmIds` observed in both years of `pair`; ids without a history are only
 * counted by `years.missing()`.
 * @example
 * observeAll(years, ['F1', 'F2', 'F1'], { before: 2007, after: 2010 }); // { observed: [...], notObserved: 0 }
 */
export function observeAll(years: FirmYears, firmIds: Iterable<string>, pair: EditionWindow): ObservedFirms {
  const observed: FirmObservation[] = [];
  let notObserved = 0;
  for (const id of new Set(firmIds)) {
    if (years.history(id) === undefined) continue;
    const observation = years.pair(id, pair);
    if (observation === undefined) notObserved++;
    else observed.push(observation);
  }
  return { observed, notObserved };
}
