/**
 * The programme effect as a difference in differences over the edition's window: the change in
 * admitted firms minus the change in rejected applicants of the same edition (DESIGN section 4).
 */
import type { EditionApplication } from './input';
import type { FirmObservation, FirmSnapshot } from './panel';
import type { EditionIndicators } from './result';
import { mean, ratio } from './stats';

/** The difference-in-differences estimates and the size of both groups. */
export type ProgrammeEffect = Pick<
  EditionIndicators,
  'didExporting' | 'didMarkets' | 'didIntensity' | 'nAdmitted' | 'nRejected'
>;

/** The firm ids of the two groups of applicants. */
export interface ApplicantGroups {
  admitted: string[];
  rejected: string[];
}

/**
 * Splits applicants into admitted and rejected firm ids, each firm once. A firm with any admitted
 * application counts as admitted (the store's key, edition + firm, allows only one anyway).
 * @example
 * applicantGroups([{ firmId: 'A', status: 'admitted' }, { firmId: 'B', status: 'rejected' }]);
 * // { admitted: ['A'], rejected: ['B'] }
 */
export function applicantGroups(applications: readonly EditionApplication[]): ApplicantGroups {
  const admitted = new Set<string>();
  const rejected = new Set<string>();
  for (const { firmId, status } of applications) (status === 'admitted' ? admitted : rejected).add(firmId);
  for (const firmId of admitted) rejected.delete(firmId);
  return { admitted: [...admitted], rejected: [...rejected] };
}

/** A group's level of one measure in one year; null when the measure is undefined for the group. */
type Level = (year: readonly FirmSnapshot[]) => number | null;

/** Share of firms with exports above 0. */
const shareExporting: Level = (year) => ratio(year.filter((s) => s.exports > 0).length, year.length);

/** Mean markets, non-exporters counting 0. */
const meanMarkets: Level = (year) => mean(year.map((s) => s.markets));

/** Mean intensity over the firms with a defined intensity (a turnover) in that year. */
const meanIntensity: Level = (year) => mean(year.flatMap((s) => (s.intensity === null ? [] : [s.intensity])));

/** after - before of one measure for one group, null when either level is. */
function change(group: readonly FirmObservation[], level: Level): number | null {
  const before = level(group.map((o) => o.before));
  const after = level(group.map((o) => o.after));
  return before === null || after === null ? null : after - before;
}

/** Admitted change minus rejected change, null when either is. */
function did(
  admitted: readonly FirmObservation[],
  rejected: readonly FirmObservation[],
  level: Level,
): number | null {
  const treated = change(admitted, level);
  const control = change(rejected, level);
  return treated === null || control === null ? null : treated - control;
}

/**
 * Difference in differences of share exporting, mean markets and mean intensity between the observed
 * admitted firms and rejected applicants; every estimate is null when either group is empty, and the
 * intensity one also when a group has no defined intensity in one of the years.
 * @example
 * // admitted: 1 of 2 exporting before, 2 of 2 after (+0.5); rejected: 1 of 2 both years (0)
 * programmeEffect(admitted, rejected).didExporting; // 0.5
 */
export function programmeEffect(
  admitted: readonly FirmObservation[],
  rejected: readonly FirmObservation[],
): ProgrammeEffect {
  return {
    didExporting: did(admitted, rejected, shareExporting),
    didMarkets: did(admitted, rejected, meanMarkets),
    didIntensity: did(admitted, rejected, meanIntensity),
    nAdmitted: admitted.length,
    nRejected: rejected.length,
  };
}
