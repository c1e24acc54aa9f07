/**
 * A TEM project for an admitted firm: target markets, a TEM who covers them, 15 days of TEM service
 * over four months, the cost and its 50% public share, and the odd withdrawal or still-running project.
 */
import type { Project } from '../../shared/schemas';
import { TARGET_MARKETS } from './markets';
import type { EditionPlan } from './plan';
import { distinctDraws, WeightedTable, type Random } from './random';
import type { TemMatcher } from './tems';

/** Share of the eligible cost the region and its partners pay. */
export const PUBLIC_SHARE = 0.5;

// Withdrawals are rare; the report finds retreats come mostly from a wrong choice of foreign partner.
// Reasons are free text as the Region's officers write them: in Italian, worded differently each time.
const WITHDRAWAL = 0.06;
const WITHDRAWAL_REASONS = new WeightedTable<string>([
  ['partner estero scelto male', 4],
  ['Scelta errata del partner estero', 3],
  ['Crisi di liquidità dell’impresa: progetto sospeso', 2],
  ['Cambio di proprietà: la nuova direzione ha rinviato il piano export', 1],
  ['Mercato obiettivo non raggiungibile nei tempi del progetto', 1],
  ['Riorganizzazione dell’impresa; piano export rinviato', 1],
  ['Incompatibilità con il TEM assegnato', 1],
]);

const TARGET_COUNT = new WeightedTable<number>([
  [1, 4],
  [2, 4],
  [3, 2],
]);

const DAY_MS = 86_400_000;

/** ISO date of a UTC day number. */
function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** UTC day number of an ISO date. */
function dayOf(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
}

/** `iso` plus whole months; days stay at most 28, so every month has them. */
function addMonths(iso: string, months: number): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return isoDay(Date.UTC(year, month - 1 + months, day) / DAY_MS);
}

/** A start date between the plan's first and last start, on day 1-28 of its month. */
function startDate(rng: Random, plan: EditionPlan): string {
  const iso = isoDay(rng.int(dayOf(plan.firstStart), dayOf(plan.lastStart)));
  return Number(iso.slice(8)) > 28 ? `${iso.slice(0, 8)}28` : iso;
}

/** "15 days over 4 months"; a few projects run a month longer, never past the edition's last year. */
function endDate(rng: Random, start: string, plan: EditionPlan): string {
  const planned = addMonths(start, 4);
  const extended = addMonths(start, 5);
  return rng.chance(0.15) && extended.slice(0, 4) <= plan.lastStart.slice(0, 4) ? extended : planned;
}

/** What a project is generated from. */
export interface ProjectSeed {
  id: string;
  firmId: string;
  plan: EditionPlan;
  /** Average eligible cost of the edition's projects, from the budget for TEM services. */
  meanEligibleCost: number;
}

/**
 * Draws a project.
 * @example generateProject(rng, tems, { id: 'P2006-0001', firmId: 'F0001', plan, meanEligibleCost: 40_000 })
 */
export function generateProject(rng: Random, tems: TemMatcher, seed: ProjectSeed): Project {
  const { plan } = seed;
  const targetMarkets = distinctDraws(rng, TARGET_MARKETS, rng.weighted(TARGET_COUNT));
  const first = targetMarkets[0] ?? 'US';
  const start = startDate(rng, plan);
  // Whole hundreds, so that half of it is a whole number of euros.
  const fullCost = Math.round((seed.meanEligibleCost * rng.uniform(0.75, 1.25)) / 100) * 100;
  const project: Project = {
    id: seed.id,
    edition: plan.id,
    firmId: seed.firmId,
    temId: tems.pick(rng, first),
    targetMarkets,
    start,
    end: endDate(rng, start, plan),
    status: 'completed',
    temDays: rng.chance(0.75) ? 15 : rng.int(12, 18),
    eligibleCost: fullCost,
    publicShare: PUBLIC_SHARE,
    grant: fullCost * PUBLIC_SHARE,
  };
  if (rng.chance(WITHDRAWAL)) {
    // Costs incurred until the withdrawal remain eligible.
    const cost = Math.round((fullCost * rng.uniform(0.15, 0.45)) / 100) * 100;
    Object.assign(project, {
      status: 'withdrawn',
      end: addMonths(start, rng.int(1, 3)),
      temDays: rng.int(2, 9),
      eligibleCost: cost,
      grant: cost * PUBLIC_SHARE,
      withdrawalReason: rng.weighted(WITHDRAWAL_REASONS),
    });
  } else if (project.end >= `${plan.lastStart.slice(0, 4)}-11-01` && rng.chance(plan.ongoingShare)) {
    // The last starters of an edition may still be running when the data was taken.
    Object.assign(project, { status: 'ongoing', temDays: rng.int(8, 14) });
  }
  return project;
}

/** The year from which a project can show in the firm's exports: its end year, none when withdrawn. */
export function effectYearOf(project: Project): number | null {
  return project.status === 'withdrawn' ? null : Number(project.end.slice(0, 4));
}
