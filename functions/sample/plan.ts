/**
 * What each edition looks like in the sample: the public facts (docs/indicators.md, "Public figures": 95
 * of 153 in 2006 with its provinces, 100 firms and 3.0M EUR in 2008 with 30 artisan firms, 2.0M EUR in
 * 2009-2010) and plausible figures where the report gives none, scaled by the generator's `scale`.
 */
import type { BudgetSource, EditionId, Province } from '../../shared/schemas';
import { apportion, presentWeights } from './quotas';

/** An edition's figures before scaling. */
interface EditionFacts {
  id: EditionId;
  label: string;
  callYear: number;
  projectsPlanned: number;
  admitted: number;
  applicants: number;
  /** Admitted firms by province; `other` spreads over the remaining provinces. Absent: no fixed split. */
  admittedProvinces?: Partial<Record<Province | 'other', number>>;
  /** Share of admitted firms that are artisan firms. */
  artisanShare: number;
  /** Public budget of the edition in EUR, all sources together. */
  budget: number;
  /** Share of the budget from each funding source (not every source funds every edition). */
  sources: Partial<Record<BudgetSource, number>>;
  /** Projects start between these ISO dates; the last start leaves room for four months inside the edition. */
  firstStart: string;
  lastStart: string;
  /** Share of budget committed and of commitments paid so far, as [low, high] ranges. */
  commitment: readonly [number, number];
  payment: readonly [number, number];
  /** Share of the projects starting in the edition's last months that are still running. */
  ongoingShare: number;
}

const FACTS: readonly EditionFacts[] = [
  {
    id: '2006',
    label: 'Spring 1 (2006)',
    callYear: 2006,
    projectsPlanned: 100,
    admitted: 95,
    applicants: 153,
    admittedProvinces: { BG: 31, MI: 25, CO: 10, LC: 10, other: 19 },
    artisanShare: 0.18,
    budget: 2_400_000,
    sources: { region: 0.5, chamber: 0.5 },
    firstStart: '2006-03-01',
    lastStart: '2006-08-28',
    commitment: [0.9, 0.99],
    payment: [0.9, 1],
    ongoingShare: 0,
  },
  {
    id: '2007',
    label: 'Spring 2 (2007)',
    callYear: 2007,
    projectsPlanned: 100,
    admitted: 100,
    applicants: 165,
    artisanShare: 0.22,
    budget: 2_600_000,
    sources: { region: 0.5, chamber: 0.35, eu: 0.15 },
    firstStart: '2007-03-01',
    lastStart: '2007-08-28',
    commitment: [0.9, 0.99],
    payment: [0.88, 1],
    ongoingShare: 0,
  },
  {
    id: '2008',
    label: 'Spring 3 (2008)',
    callYear: 2008,
    projectsPlanned: 100,
    admitted: 100,
    applicants: 160,
    // "100 firms: 70 SMEs and 30 artisan firms".
    artisanShare: 0.3,
    budget: 3_000_000,
    // "at 50% regional co-financing": the chambers of commerce fund the other half.
    sources: { region: 0.5, chamber: 0.5 },
    firstStart: '2008-03-01',
    lastStart: '2008-08-28',
    commitment: [0.9, 0.99],
    payment: [0.85, 0.98],
    ongoingShare: 0,
  },
  {
    id: '2009-2010',
    label: 'Spring 4 (2009-2010)',
    callYear: 2009,
    projectsPlanned: 100,
    admitted: 100,
    applicants: 167,
    artisanShare: 0.25,
    budget: 2_000_000,
    sources: { region: 0.5, chamber: 0.3, mise: 0.2 },
    firstStart: '2009-03-02',
    lastStart: '2010-08-27',
    commitment: [0.85, 0.96],
    payment: [0.7, 0.88],
    ongoingShare: 0.5,
  },
];

/** An edition's plan at the requested scale: counts are whole and the 2006 facts exact at scale 1. */
export type EditionPlan = Omit<EditionFacts, 'applicants' | 'admittedProvinces' | 'artisanShare'> & {
  rejected: number;
  /** Admitted firms by province, `other` for the rest; null when provinces follow the regional weights. */
  admittedProvinces: Partial<Record<Province | 'other', number>> | null;
  /** Exact number of artisan firms among the admitted. */
  artisanAdmitted: number;
};

/** Scales a count, keeping at least one so that every edition has firms in both groups. */
function scaled(count: number, scale: number): number {
  return Math.max(1, Math.round(count * scale));
}

/**
 * The four editions' plans at a scale.
 * @example planEditions(1)[0] // { id: '2006', admitted: 95, rejected: 58, ... }
 */
export function planEditions(scale: number): EditionPlan[] {
  return FACTS.map((facts) => {
    const admitted = scaled(facts.admitted, scale);
    const rejected = scaled(facts.applicants - facts.admitted, scale);
    const provinces = facts.admittedProvinces;
    return {
      id: facts.id,
      label: facts.label,
      callYear: facts.callYear,
      projectsPlanned: scaled(facts.projectsPlanned, scale),
      admitted,
      rejected,
      // Apportioned rather than rounded one by one, so the provinces always add up to the admitted firms.
      admittedProvinces: provinces === undefined ? null : apportion(admitted, presentWeights(provinces)),
      artisanAdmitted: apportion(admitted, { artisan: facts.artisanShare, sme: 1 - facts.artisanShare })
        .artisan,
      // Whole thousands: budgets are approved in round figures.
      budget: Math.max(1, Math.round((facts.budget * scale) / 1000)) * 1000,
      sources: facts.sources,
      firstStart: facts.firstStart,
      lastStart: facts.lastStart,
      commitment: facts.commitment,
      payment: facts.payment,
      ongoingShare: facts.ongoingShare,
    };
  });
}

/**
 * First and last year of the export and turnover series: three years before the first call and four
 * after the last, so that every point of every edition's event study (call year - 3 to + 4) exists.
 */
export const FIRST_YEAR = 2003;
export const LAST_YEAR = 2013;
