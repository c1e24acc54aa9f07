import fc from 'fast-check';
import { exportsIn, simulateExports, type ExportScenario } from '../../../functions/sample/export-history';
import { Random } from '../../../functions/sample/random';

const TURNOVER: Record<string, number> = Object.fromEntries(
  Array.from({ length: 10 }, (_, i) => [String(2003 + i), 1_500_000]),
);

const scenario = (overrides: Partial<ExportScenario> = {}): ExportScenario => ({
  callYear: 2008,
  employees: 12,
  turnover: TURNOVER,
  effectYear: null,
  targetMarkets: ['RU', 'CN'],
  ...overrides,
});

describe('simulateExports', () => {
  it('covers 2003-2012 with whole positive values, never Italy, never above 60% of turnover', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.boolean(), (seed, treated) => {
        const history = simulateExports(new Random(seed), scenario({ effectYear: treated ? 2008 : null }));
        return (
          history.length === 10 &&
          history.every((markets, i) => {
            let total = 0;
            for (const [country, value] of markets) {
              if (country === 'IT' || !Number.isInteger(value) || value <= 0) return false;
              total += value;
            }
            return total <= 0.6 * (TURNOVER[String(2003 + i)] ?? 0);
          })
        );
      }),
      { numRuns: 300 },
    );
  });

  it('gets more firms exporting after a project than without one, from the same starting points', () => {
    const exportingIn2010 = (effectYear: number | null): number => {
      let count = 0;
      for (let seed = 0; seed < 2000; seed++) {
        const history = simulateExports(new Random(seed), scenario({ effectYear }));
        if (exportsIn(history, 2010).size > 0) count++;
      }
      return count / 2000;
    };

    const withProject = exportingIn2010(2008);
    const without = exportingIn2010(null);

    expect(withProject).toBeGreaterThan(without + 0.05);
    expect(withProject).toBeLessThan(without + 0.4);
  });

  it('leaves some applicants without exports before the call', () => {
    let neverBefore = 0;
    for (let seed = 0; seed < 500; seed++) {
      const history = simulateExports(new Random(seed), scenario());
      if ([2003, 2004, 2005, 2006, 2007].every((year) => exportsIn(history, year).size === 0)) neverBefore++;
    }

    expect(neverBefore / 500).toBeGreaterThan(0.25);
    expect(neverBefore / 500).toBeLessThan(0.6);
  });

  it('answers an empty year outside the series', () => {
    const history = simulateExports(new Random(1), scenario());

    expect(exportsIn(history, 1999).size).toBe(0);
  });
});
