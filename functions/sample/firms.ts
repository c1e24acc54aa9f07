/**
 * A firm's profile: name, VAT number, province, sector, size and turnover. Size and artisan status are
 * decided by the caller from exact quotas; everything else is drawn here.
 */
import type { Firm, Province } from '../../shared/schemas';
import { firmName } from './names';
import { FIRST_YEAR, LAST_YEAR } from './plan';
import type { Random } from './random';
import { ARTISAN_SECTORS, SME_SECTORS } from './sectors';
import type { VatNumbers } from './vat-numbers';

/** What the caller fixes about a firm before it is drawn. */
export interface FirmSeed {
  id: string;
  province: Province;
  artisan: boolean;
  /** Fewer than 10 employees. */
  micro: boolean;
}

// Yearly turnover shocks shared by every firm: the 2009 crisis and the partial recovery after it.
const MACRO_TURNOVER: Readonly<Record<number, number>> = { 2009: 0.84, 2010: 1.05 };

/** Employees: micro firms 1-9, artisan firms up to 22 (the craft law's limits), small firms up to 50. */
function employeesOf(rng: Random, seed: FirmSeed): number {
  if (seed.micro) return rng.int(rng.chance(0.2) ? 1 : 3, 9);
  if (seed.artisan) return rng.int(10, 22);
  // Skewed towards the small end: there are many more firms of 12 than of 48.
  return 10 + Math.floor(41 * rng.next() ** 1.7);
}

/** Turnover by year, {@link FIRST_YEAR} to {@link LAST_YEAR}, in whole thousands of EUR. */
function turnoverOf(rng: Random, employees: number, artisan: boolean): Record<string, number> {
  const perEmployee = rng.logNormal(artisan ? 105_000 : 135_000, 0.35);
  let level = perEmployee * employees;
  const turnover: Record<string, number> = {};
  for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
    if (year > FIRST_YEAR) level *= Math.exp(rng.normal(0.025, 0.06)) * (MACRO_TURNOVER[year] ?? 1);
    turnover[String(year)] = Math.max(1000, Math.round(level / 1000) * 1000);
  }
  return turnover;
}

/**
 * Draws a firm.
 * @example generateFirm(rng, vatNumbers, { id: 'F0001', province: 'BG', artisan: false, micro: true })
 */
export function generateFirm(rng: Random, vatNumbers: VatNumbers, seed: FirmSeed): Firm {
  const sector = rng.weighted(seed.artisan ? ARTISAN_SECTORS : SME_SECTORS);
  const employees = employeesOf(rng, seed);
  return {
    id: seed.id,
    name: firmName(rng, rng.pick(sector.trades), seed.province, seed.artisan),
    vatNumber: vatNumbers.next(seed.province),
    province: seed.province,
    sector: sector.ateco,
    artisan: seed.artisan,
    employees,
    turnover: turnoverOf(rng, employees, seed.artisan),
  };
}
