import { planAgreements, type PlannedAgreement } from '../../../functions/sample/agreements';
import { exportsIn, simulateExports, type ExportHistory } from '../../../functions/sample/export-history';
import { exportingYears, latentPath } from '../../../functions/sample/exporting-path';
import { Random } from '../../../functions/sample/random';

const TURNOVER: Record<string, number> = Object.fromEntries(
  Array.from({ length: 11 }, (_, i) => [String(2003 + i), 2_000_000]),
);

/** Agreements and histories of many simulated firms, half of them with a project ending in 2008. */
function simulateFirms(
  count: number,
): { history: ExportHistory; agreements: PlannedAgreement[]; treated: boolean }[] {
  return Array.from({ length: count }, (_, seed) => {
    const rng = new Random(seed);
    const treated = seed % 2 === 0;
    const scenario = { callYear: 2008, effectYear: treated ? 2008 : null, targetMarkets: ['US'] };
    const exporting = exportingYears(latentPath(rng), 0.5, scenario.effectYear, treated ? 0.1 : 0);
    const history = simulateExports(rng, { employees: 15, turnover: TURNOVER, exporting });
    return { history, agreements: planAgreements(rng, history, scenario), treated };
  });
}

describe('planAgreements', () => {
  const firms = simulateFirms(3000);
  const all = firms.flatMap((firm) => firm.agreements);

  it('keeps agreements inside 2003-2013, ending no earlier than they start, never in Italy', () => {
    expect(all.length).toBeGreaterThan(0);
    expect(
      all.every(
        (a) =>
          a.year >= 2003 &&
          a.year <= 2013 &&
          a.country !== 'IT' &&
          (a.endYear === undefined || (a.endYear >= a.year && a.endYear <= 2013)),
      ),
    ).toBe(true);
  });

  it('signs agents and distributors on a market the firm served that year', () => {
    const firmsWithIntermediary = firms.filter((firm) =>
      firm.agreements.some((a) => a.kind === 'agent' || a.kind === 'distributor'),
    );

    const misplaced = firmsWithIntermediary.filter((firm) =>
      firm.agreements.some(
        (a) =>
          (a.kind === 'agent' || a.kind === 'distributor') && !exportsIn(firm.history, a.year).has(a.country),
      ),
    );

    expect(firmsWithIntermediary.length).toBeGreaterThan(100);
    expect(misplaced).toEqual([]);
  });

  it('ends the agreement of some firms in their last year of exports, never changing the history', () => {
    const lost = firms.filter((firm) =>
      firm.agreements.some(
        (a) =>
          a.endYear !== undefined &&
          exportsIn(firm.history, a.endYear).size > 0 &&
          exportsIn(firm.history, a.endYear + 1).size === 0,
      ),
    );
    const rng = new Random(9);
    const exporting = Array<boolean>(11).fill(true);
    const history = simulateExports(rng, { employees: 15, turnover: TURNOVER, exporting });
    const before = JSON.stringify(history.map((markets) => [...markets]));
    planAgreements(rng, history, { callYear: 2008, effectYear: 2008, targetMarkets: ['US'] });

    expect(lost.length).toBeGreaterThan(5);
    expect(lost.length).toBeLessThan(firms.length * 0.1);
    expect(JSON.stringify(history.map((markets) => [...markets]))).toBe(before);
  });

  it('makes partnerships more frequent after a project', () => {
    const partnershipShare = (treated: boolean): number => {
      const group = firms.filter((firm) => firm.treated === treated);
      const partners = group.filter((firm) =>
        firm.agreements.some((a) => a.year >= 2008 && a.kind !== 'agent' && a.kind !== 'distributor'),
      );
      return partners.length / group.length;
    };

    expect(partnershipShare(true)).toBeGreaterThan(partnershipShare(false) + 0.03);
  });
});
