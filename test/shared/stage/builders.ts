/**
 * Builders for firm histories in the stage and outcome tests: `[year, country, value]` triples read like
 * a table of export flows.
 */
import type { AgreementKind, AgreementRecord, FirmHistory } from '../../../shared/stage/types';

/** A compact description of a firm's history. */
export interface FirmSpec {
  exports?: [year: number, country: string, value: number][];
  turnover?: Record<number, number>;
  agreements?: AgreementRecord[];
}

/** A firm history from a compact description; anything left out is empty. */
export function firm(spec: FirmSpec = {}): FirmHistory {
  return {
    exports: (spec.exports ?? []).map(([year, country, value]) => ({ year, country, value })),
    turnover: Object.fromEntries(Object.entries(spec.turnover ?? {})),
    agreements: spec.agreements ?? [],
  };
}

/** An agreement with a partner in `country` (Germany unless given), open-ended unless `endYear` is given. */
export function agreement(
  kind: AgreementKind,
  year: number,
  endYear?: number,
  country = 'DE',
): AgreementRecord {
  return endYear === undefined ? { kind, year, country } : { kind, year, endYear, country };
}

/** A firm whose exports of 2008 add up beyond the largest double (each flow alone is finite). */
export const overflowing2008 = (): FirmHistory =>
  firm({
    exports: [
      [2008, 'DE', 1e308],
      [2008, 'FR', 1e308],
    ],
  });
