/**
 * A sample firm's exports, agreements and observed years. Both potential export histories are drawn,
 * untreated and treated, from the firm's own streams: the untreated one never depends on whether the
 * firm was admitted, and the treated one is what the document shows for an admitted firm. About 5% of
 * firm-years are then unobserved: no turnover entry and no export row (missing data, not zero).
 */
import type { Agreement, ExportFlow, Firm, Project } from '../../shared/schemas';
import { planAgreements } from './agreements';
import { exportsIn, simulateExports, treatExports, type ExportHistory } from './export-history';
import { exportingYears, latentPath } from './exporting-path';
import { FIRST_YEAR, LAST_YEAR } from './plan';
import { effectYearOf } from './projects';
import { Random } from './random';
import type { PotentialYear, TrueEffects } from './truth';

/** Chance that a firm-year is missing from the document. */
export const UNOBSERVED_SHARE = 0.05;

/** A firm of the sample and what its exports are simulated from. */
export interface SampleFirm {
  firm: Firm;
  /** Its propensity to export (exporting-path.ts). */
  propensity: number;
  /** Call year of the firm's first application. */
  firstCallYear: number;
  /** The firm's project and its edition's true effects, for an admitted firm; null otherwise. */
  treatment: { project: Project; effects: TrueEffects } | null;
}

/** What the document shows of a firm, and its two potential histories for the truth. */
export interface FirmOutcome {
  exports: ExportFlow[];
  agreements: Agreement[];
  /** The turnover the document shows: the firm's turnover without the unobserved years. */
  turnover: Record<string, number>;
  /** Whether each year from {@link FIRST_YEAR} to {@link LAST_YEAR} is in the document. */
  observed: boolean[];
  untreated: ExportHistory;
  /** The history with the project; the untreated one for firms never admitted or whose project was withdrawn. */
  treated: ExportHistory;
}

/**
 * One potential outcome of a firm in a year, read from one of its histories (intensity on its true
 * turnover, unobserved years included).
 */
export function potentialYear(
  history: ExportHistory,
  turnover: Readonly<Record<string, number>>,
  year: number,
): PotentialYear {
  const markets = exportsIn(history, year);
  let total = 0;
  for (const value of markets.values()) total += value;
  const sales = turnover[String(year)] ?? 0;
  return {
    exporting: markets.size > 0 ? 1 : 0,
    markets: markets.size,
    intensity: sales > 0 ? total / sales : 0,
  };
}

/**
 * Simulates a firm's exports, agreements and observed years from streams named after the seed and
 * the firm's id, so that the result does not depend on the order firms are simulated in.
 * @example
 * const outcome = simulateFirm(2006, sampleFirm);
 * outcome.exports; // the rows of the observed years of the history the firm lived
 */
export function simulateFirm(seed: number, sample: SampleFirm): FirmOutcome {
  const { firm, treatment } = sample;
  const path = latentPath(Random.stream(seed, 'path', firm.id));
  const untreatedYears = exportingYears(path, sample.propensity, null, 0);
  const scenario = { employees: firm.employees, turnover: firm.turnover, exporting: untreatedYears };
  const untreated = simulateExports(Random.stream(seed, 'exports', firm.id), scenario);
  const effectYear = treatment === null ? null : effectYearOf(treatment.project);
  let treated = untreated;
  if (treatment !== null && effectYear !== null) {
    const { effects, project } = treatment;
    treated = treatExports(Random.stream(seed, 'effect', firm.id), untreated, {
      ...scenario,
      exporting: exportingYears(path, sample.propensity, effectYear, effects.exporting),
      effectYear,
      targetMarkets: project.targetMarkets,
      effects,
    });
  }
  const agreements = planAgreements(Random.stream(seed, 'agreements', firm.id), treated, {
    callYear: sample.firstCallYear,
    effectYear,
    targetMarkets: treatment?.project.targetMarkets ?? [],
  }).map((agreement) => ({ firmId: firm.id, ...agreement }));

  const observedRng = Random.stream(seed, 'observed', firm.id);
  const observed: boolean[] = [];
  const turnover: Record<string, number> = {};
  const exports: ExportFlow[] = [];
  for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
    const seen = !observedRng.chance(UNOBSERVED_SHARE);
    observed.push(seen);
    if (!seen) continue;
    const sales = firm.turnover[String(year)];
    if (sales !== undefined) turnover[String(year)] = sales;
    for (const [country, value] of exportsIn(treated, year))
      exports.push({ firmId: firm.id, year, country, value });
  }
  return { exports, agreements, turnover, observed, untreated, treated };
}
