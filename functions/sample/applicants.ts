/**
 * An edition's applicants before they are drawn: their propensity to export, their evaluation score (higher
 * for firms more likely to export), who is admitted (the top scores, within the edition's places), from
 * which province, artisan or not, micro or not. Exact quotas make the public facts hold to the unit.
 */
import { LOMBARDY_PROVINCES, type ApplicationStatus, type Province } from '../../shared/schemas';
import type { EditionPlan } from './plan';
import { drawPropensity } from './exporting-path';
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

/** An earlier edition's rejected applicant applying again, with what is already known of its firm. */
export interface Reapplicant {
  firmId: string;
  propensity: number;
  province: Province;
  artisan: boolean;
  micro: boolean;
}

/** An applicant as dealt, before its firm is drawn (or, for a re-applicant, with its firm's id). */
export interface Applicant {
  status: ApplicationStatus;
  province: Province;
  artisan: boolean;
  micro: boolean;
  score: number;
  /** The firm's propensity to export (exporting-path.ts), which its score reflects. */
  propensity: number;
  /** The firm of a re-applicant; null for a firm applying for the first time. */
  firmId: string | null;
}

// Score = base + weight x propensity + noise: firms that already export more present stronger plans.
const SCORE_BASE = 40;
const SCORE_PER_PROPENSITY = 50;
const SCORE_NOISE = 9;
/** Points a re-applicant's better-prepared application gains. */
export const REAPPLY_BONUS = 10;

/** Score out of 100, one decimal, from the firm's propensity to export and the evaluators' judgement. */
function scoreOf(rng: Random, propensity: number, bonus: number): number {
  const raw = SCORE_BASE + SCORE_PER_PROPENSITY * propensity + bonus + rng.normal(0, SCORE_NOISE);
  return Math.round(Math.min(98, Math.max(18, raw)) * 10) / 10;
}

/** Provinces of `count` new admitted firms: the plan's fixed split when it has one ("other" drawn from the rest). */
function admittedProvinces(rng: Random, plan: EditionPlan, count: number): Province[] {
  const quotas = plan.admittedProvinces;
  if (quotas === null) return Array.from({ length: count }, () => rng.weighted(ALL_PROVINCES));
  const others = provinceTable(new Set(Object.keys(quotas)));
  return quotaDeck(rng, quotas)
    .slice(0, count)
    .map((key) => (key === 'other' ? rng.weighted(others) : key));
}

/** Indices of the `places` highest scores (ties to the earlier applicant). */
function topScores(scores: readonly number[], places: number): Set<number> {
  const order = scores
    .map((_, i) => i)
    .sort((x, y) => (scores[y] as number) - (scores[x] as number) || x - y);
  return new Set(order.slice(0, places));
}

/**
 * Deals an edition's applicants: new firms drawn with a propensity to export, and the re-applicants
 * given; everyone is scored and the edition's places go to the top scores. New firms come in draw
 * order, admitted and rejected mixed, so that ids say nothing about the outcome; re-applicants follow.
 * The plan's quotas (provinces, artisan firms) hold exactly for the admitted when no re-applicant is
 * among them, and as nearly as the re-applicants allow otherwise.
 * @example dealApplicants(rng, plan2006).filter((a) => a.status === 'admitted').length // 95
 */
export function dealApplicants(
  rng: Random,
  plan: EditionPlan,
  reapplicants: readonly Reapplicant[] = [],
): Applicant[] {
  const fresh = Math.max(0, plan.admitted + plan.rejected - reapplicants.length);
  const propensities = Array.from({ length: fresh }, () => drawPropensity(rng));
  const scores = [
    ...propensities.map((p) => scoreOf(rng, p, 0)),
    ...reapplicants.map((r) => scoreOf(rng, r.propensity, REAPPLY_BONUS)),
  ];
  const admitted = topScores(scores, plan.admitted);
  const returning = reapplicants.map((r, i): Applicant => {
    const status = admitted.has(fresh + i) ? 'admitted' : 'rejected';
    const { province, artisan, micro, propensity, firmId } = r;
    return { status, province, artisan, micro, score: scores[fresh + i] ?? 0, propensity, firmId };
  });
  const returningAdmitted = returning.filter((a) => a.status === 'admitted');
  const newAdmitted = plan.admitted - returningAdmitted.length;
  const artisanQuota = plan.artisanAdmitted - returningAdmitted.filter((a) => a.artisan).length;
  const provinces = admittedProvinces(rng, plan, newAdmitted);
  const artisan = flagDeck(rng, newAdmitted, Math.min(newAdmitted, Math.max(0, artisanQuota)));
  const micro = shareDeck(rng, newAdmitted, MICRO_SHARE);
  const rejectedMicro = shareDeck(rng, fresh - newAdmitted, MICRO_SHARE);
  let a = 0;
  let r = 0;
  const dealt = propensities.map((propensity, index): Applicant => {
    const score = scores[index] ?? 0;
    if (admitted.has(index)) {
      const i = a++;
      const [province, isArtisan, isMicro] = [provinces[i] ?? 'MI', artisan[i] ?? false, micro[i] ?? false];
      return {
        status: 'admitted',
        province,
        artisan: isArtisan,
        micro: isMicro,
        score,
        propensity,
        firmId: null,
      };
    }
    const i = r++;
    return {
      status: 'rejected',
      province: rng.weighted(ALL_PROVINCES),
      artisan: rng.chance(ARTISAN_SHARE_REJECTED),
      micro: rejectedMicro[i] ?? false,
      score,
      propensity,
      firmId: null,
    };
  });
  return [...dealt, ...returning];
}
