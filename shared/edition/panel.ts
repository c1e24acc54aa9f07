/**
 * The edition's firms observed in the two years of the window: stage and export measures per firm,
 * computed once per firm however many lists name it.
 */
import { firmYear } from '../stage/firm-year';
import { marketsIn } from '../stage/history';
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
  /** Exports by country, only markets above 0. */
  byMarket: ReadonlyMap<string, number>;
}

/** One firm in both years of the window. */
export interface FirmObservation {
  before: FirmSnapshot;
  after: FirmSnapshot;
}

/** Observes firms by id, remembering each answer and the ids it could not find. */
export interface Panel {
  /** The firm's observation, or undefined when the lookup has no history for it. */
  observe(firmId: string): FirmObservation | undefined;
  /** How many distinct ids asked for so far had no history. */
  missing(): number;
}

/** The firm's history, without reaching into a record's prototype (`"constructor"` is no firm). */
function historyOf(firms: FirmLookup, firmId: string): FirmHistory | undefined {
  if (firms instanceof Map) return firms.get(firmId);
  const record = firms as Readonly<Record<string, FirmHistory>>;
  return Object.hasOwn(record, firmId) ? record[firmId] : undefined;
}

/** A firm's stage and export measures in one year. */
function snapshot(history: FirmHistory, year: number, thresholds: Partial<StageThresholds>): FirmSnapshot {
  const { stage, exports, markets, intensity } = firmYear(history, year, thresholds);
  return { stage, exports, markets, intensity, byMarket: marketsIn(history, year) };
}

/**
 * A panel over `firms` for the window: each firm is computed once (work bounded by its history) and a
 * missing firm is counted once, however often it is asked for.
 * @example
 * const panel = createPanel(firms, { before: 2007, after: 2010 }, {});
 * panel.observe('F0001')?.after.stage; // 2
 */
export function createPanel(
  firms: FirmLookup,
  window: EditionWindow,
  thresholds: Partial<StageThresholds>,
): Panel {
  const seen = new Map<string, FirmObservation | undefined>();
  let missing = 0;
  return {
    observe(firmId) {
      if (seen.has(firmId)) return seen.get(firmId);
      const history = historyOf(firms, firmId);
      const observation =
        history === undefined
          ? undefined
          : {
              before: snapshot(history, window.before, thresholds),
              after: snapshot(history, window.after, thresholds),
            };
      if (observation === undefined) missing++;
      seen.set(firmId, observation);
      return observation;
    },
    missing: () => missing,
  };
}

/**
 * The observations of the distinct ids among `firmIds` that the panel finds, in first-seen order.
 * @example
 * observeAll(panel, ['F1', 'F2', 'F1']); // two observations at most
 */
export function observeAll(panel: Panel, firmIds: Iterable<string>): FirmObservation[] {
  const distinct = new Set(firmIds);
  const found: FirmObservation[] = [];
  for (const id of distinct) {
    const observation = panel.observe(id);
    if (observation !== undefined) found.push(observation);
  }
  return found;
}
