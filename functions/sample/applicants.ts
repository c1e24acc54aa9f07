/**
 * An edition's applicants before they are drawn: who is admitted, from which province, artisan or not,
 * micro or not, and their evaluation score. Exact quotas make the public facts hold to the unit.
 */
import { LOMBARDY_PROVINCES, type ApplicationStatus, type Province } from '../../shared/schemas';
import type { EditionPlan } from './plan';
import { flagDeck, quotaDeck, shareDeck } from './quotas';
import { WeightedTable, type Random } from './random';

/** Share of micro firms (fewer than 10 employees) among applicants, as in edition 1. */
export const MICRO_SHARE = 0.37;
// Artisan firms among rejected applicants, between the editions' shares among the admitted.
const ARTISAN_SHARE_REJECTED = 0.22;

// Where Lombardy's manufacturing micro and small firms are, roughly: Milan and Bergamo first.
const PROVINCE_WEIGHTS: Readonly<Record<Province, number>> = {
  MI: 25,
  BG: 18,
  BS: 14,
  VA: 9,
  MB: 8,
  CO: 7,
  LC: 6,
  MN: 4,
  CR: 3,
  PV: 3,
  LO: 2,
  SO: 1,
};

function provinceTable(excluded: ReadonlySet<string>): WeightedTable<Province> {
  return new WeightedTable(
    LOMBARDY_PROVINCES.filter((p) => !excluded.has(p)).map((p) => [p, PROVINCE_WEIGHTS[p]] as const),
  );
}

const ALL_PROVINCES = provinceTable(new Set());

/** An applicant as dealt, before its firm is drawn. */
export interface Applicant {
  status: ApplicationStatus;
  province: Province;
  artisan: boolean;
  micro: boolean;
  score: number;
}

/** Score out of 100, one decimal: the admitted ranked higher on average, with some overlap. */
function scoreOf(rng: Random, status: ApplicationStatus): number {
  const raw = status === 'admitted' ? rng.normal(74, 8) : rng.normal(52, 10);
  const [low, high] = status === 'admitted' ? [60, 98] : [18, 72];
  return Math.round(Math.min(high, Math.max(low, raw)) * 10) / 10;
}

/** Provinces of the admitted: the plan's fixed split when it has one ("other" drawn from the rest). */
function admittedProvinces(rng: Random, plan: EditionPlan): Province[] {
  const quotas = plan.admittedProvinces;
  if (quotas === null) return Array.from({ length: plan.admitted }, () => rng.weighted(ALL_PROVINCES));
  const others = provinceTable(new Set(Object.keys(quotas)));
  return quotaDeck(rng, quotas).map((key) => (key === 'other' ? rng.weighted(others) : key));
}

/**
 * Deals an edition's applicants in random order, admitted and rejected mixed, so that ids say nothing
 * about the outcome.
 * @example dealApplicants(rng, plan2006).filter((a) => a.status === 'admitted').length // 95
 */
export function dealApplicants(rng: Random, plan: EditionPlan): Applicant[] {
  const provinces = admittedProvinces(rng, plan);
  const artisan = flagDeck(rng, plan.admitted, plan.artisanAdmitted);
  const micro = shareDeck(rng, plan.admitted, MICRO_SHARE);
  const rejectedMicro = shareDeck(rng, plan.rejected, MICRO_SHARE);
  const statuses = quotaDeck(rng, { admitted: plan.admitted, rejected: plan.rejected });
  let a = 0;
  let r = 0;
  return statuses.map((status): Applicant => {
    if (status === 'admitted') {
      const i = a++;
      return {
        status,
        province: provinces[i] ?? 'MI',
        artisan: artisan[i] ?? false,
        micro: micro[i] ?? false,
        score: scoreOf(rng, status),
      };
    }
    const i = r++;
    return {
      status,
      province: rng.weighted(ALL_PROVINCES),
      artisan: rng.chance(ARTISAN_SHARE_REJECTED),
      micro: rejectedMicro[i] ?? false,
      score: scoreOf(rng, status),
    };
  });
}
