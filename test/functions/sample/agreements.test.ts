import { planAgreements, type PlannedAgreement } from '../../../functions/sample/agreements';
import { exportsIn, simulateExports, type ExportHistory } from '../../../functions/sample/export-history';
import { Random } from '../../../functions/sample/random';

const TURNOVER: Record<string, number> = Object.fromEntries(
  Array.from({ length: 10 }, (_, i) => [String(2003 + i), 2_000_000]),
);

/** Agreements and histories of many simulated firms, half of them with a project ending in 2008. */
function simulateFirms(
  count: number,
): { history: ExportHistory; agreements: PlannedAgreement[]; treated: boolean }[] {
  return Array.from({ length: count }, (_, seed) => {
    const rng = new Random(seed);
    const treated = seed % 2 === 0;
    const scenario = { callYear: 2008, effectYear: treated ? 2008 : null, targetMarkets: ['US'] };
    const history = simulateExports(rng, { ...scenario, employees: 15, turnover: TURNOVER });
    return { history, agreements: planAgreements(rng, history, scenario), treated };
  });
}

describe('planAgreements', () => {
  const firms = simulateFirms(3000);
  const all = firms.flatMap((firm) => firm.agreements);

  it('keeps agreements inside 2003-2012, ending no earlier than they start, never in Italy', () => {
    expect(all.length).toBeGreaterThan(0);
    expect(
      all.every(
        (a) =>
          a.year >= 2003 &&
          a.year <= 2012 &&
          a.country !== 'IT' &&
          (a.endYear === undefined || (a.endYear >= a.year && a.endYear <= 2012)),
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

  it('stops the exports of some firms after their agreement ends', () => {
    const lost = firms.filter((firm) =>
      firm.agreements.some(
        (a) =>
          a.endYear !== undefined &&
          a.endYear < 2012 &&
          exportsIn(firm.history, a.endYear).size > 0 &&
          [...Array(2012 - a.endYear).keys()].every(
            (i) => exportsIn(firm.history, a.endYear! + 1 + i).size === 0,
          ),
      ),
    );

    expect(lost.length).toBeGreaterThan(5);
    expect(lost.length).toBeLessThan(firms.length * 0.1);
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
