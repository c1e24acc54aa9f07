/**
 * The two groups the programme effect compares for a pair of years: the edition's admitted applicants
 * and its rejected ones, less the rejected applicants admitted to another edition by then
 * (contamination), less those not observed in both years (attrition) (docs/indicators.md, "Programme
 * effect").
 */
import type { EditionApplication, OtherApplication } from './input';
import type { FirmObservation, FirmYears } from './panel';
import type { EditionWindow } from './window';

/** An applicant of the edition: its firm and its application's score. */
export interface Applicant {
  firmId: string;
  score: number;
}

/** The edition's applicants by status, each firm once. */
export interface ApplicantGroups {
  admitted: Applicant[];
  rejected: Applicant[];
}

/** A panel firm: an applicant observed in both years of the pair. */
export interface PanelFirm extends FirmObservation {
  firmId: string;
  score: number;
}

/** Applicants lost to attrition, by group. */
export interface Attrition {
  admitted: number;
  rejected: number;
}

/** The panel of one pair of years, and who was left out of it. */
export interface PairSample {
  /** Admitted applicants observed in both years. */
  admitted: PanelFirm[];
  /** Rejected applicants, not contaminated, observed in both years. */
  rejected: PanelFirm[];
  /** Applicants left after contamination but not observed in one of the years (no history included). */
  attrition: Attrition;
  /** Rejected applicants admitted to another edition called by the later year of the pair. */
  contaminated: number;
}

/**
 * Splits applicants into admitted and rejected, each firm once (its first application's score). A firm
 * with any admitted application counts as admitted (the store's key, edition + firm, allows only one).
 * @example
 * applicantGroups([{ firmId: 'A', status: 'admitted', score: 80 }, { firmId: 'B', status: 'rejected', score: 40 }]);
 * // { admitted: [{ firmId: 'A', score: 80 }], rejected: [{ firmId: 'B', score: 40 }] }
 */
export function applicantGroups(applications: readonly EditionApplication[]): ApplicantGroups {
  const admitted = new Map<string, Applicant>();
  const rejected = new Map<string, Applicant>();
  for (const { firmId, status, score } of applications) {
    const group = status === 'admitted' ? admitted : rejected;
    if (!group.has(firmId)) group.set(firmId, { firmId, score });
  }
  for (const firmId of admitted.keys()) rejected.delete(firmId);
  return { admitted: [...admitted.values()], rejected: [...rejected.values()] };
}

/**
 * The earliest call year of an admitted application to another edition, by firm.
 * @example
 * admittedElsewhere([{ firmId: 'R', status: 'admitted', callYear: 2009 }]); // Map { 'R' => 2009 }
 */
export function admittedElsewhere(others: readonly OtherApplication[]): Map<string, number> {
  const earliest = new Map<string, number>();
  for (const { firmId, status, callYear } of others) {
    if (status !== 'admitted') continue;
    const known = earliest.get(firmId);
    if (known === undefined || callYear < known) earliest.set(firmId, callYear);
  }
  return earliest;
}

/** The applicants of a group observed in both years, and how many were not. */
function observeGroup(
  applicants: readonly Applicant[],
  years: FirmYears,
  pair: EditionWindow,
): { panel: PanelFirm[]; lost: number } {
  const panel: PanelFirm[] = [];
  let lost = 0;
  for (const applicant of applicants) {
    const observation = years.pair(applicant.firmId, pair);
    if (observation === undefined) lost++;
    else panel.push({ ...applicant, ...observation });
  }
  return { panel, lost };
}

/**
 * The panel of the pair (`before` = b, `after` = a, in this order; a may be earlier than b): a rejected
 * applicant admitted to another edition whose call year is <= max(b, a) is counted in `contaminated`
 * and left out; of the rest, those not observed in b or in a are counted in `attrition`.
 * @example
 * pairSample(groups, elsewhere, years, { before: 2007, after: 2010 }).admitted.length;
 */
export function pairSample(
  groups: ApplicantGroups,
  elsewhere: ReadonlyMap<string, number>,
  years: FirmYears,
  pair: EditionWindow,
): PairSample {
  const last = Math.max(pair.before, pair.after);
  const control = groups.rejected.filter(({ firmId }) => {
    const callYear = elsewhere.get(firmId);
    return callYear === undefined || callYear > last;
  });
  const admitted = observeGroup(groups.admitted, years, pair);
  const rejected = observeGroup(control, years, pair);
  return {
    admitted: admitted.panel,
    rejected: rejected.panel,
    attrition: { admitted: admitted.lost, rejected: rejected.lost },
    contaminated: groups.rejected.length - control.length,
  };
}
