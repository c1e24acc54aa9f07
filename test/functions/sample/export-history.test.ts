import fc from 'fast-check';
import {
  exportsIn,
  simulateExports,
  treatExports,
  type ExportScenario,
} from '../../../functions/sample/export-history';
import { Random } from '../../../functions/sample/random';
import { NO_EFFECT } from '../../../functions/sample/truth';

const YEARS = 11;
const TURNOVER: Record<string, number> = Object.fromEntries(
  Array.from({ length: YEARS }, (_, i) => [String(2003 + i), 1_500_000]),
);

/** A random exporting path over 2003-2013. */
const pathOf = (rng: Random): boolean[] => Array.from({ length: YEARS }, () => rng.chance(0.6));

const scenario = (exporting: boolean[]): ExportScenario => ({ employees: 12, turnover: TURNOVER, exporting });

/** True when every year has whole positive values, never Italy, at most 60% of turnover. */
function wellFormed(history: ReturnType<typeof simulateExports>): boolean {
  return (
    history.length === YEARS &&
    history.every((markets, i) => {
      let total = 0;
      for (const [country, value] of markets) {
        if (country === 'IT' || !Number.isInteger(value) || value <= 0) return false;
        total += value;
      }
      return total <= 0.6 * (TURNOVER[String(2003 + i)] ?? 0);
    })
  );
}

describe('simulateExports', () => {
  it('exports exactly in the years the path says, 2003-2013, whole positive values under 60% of turnover', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), (seed) => {
        const exporting = pathOf(new Random(seed));
        const history = simulateExports(new Random(seed + 1), scenario(exporting));
        return wellFormed(history) && history.every((markets, i) => markets.size > 0 === exporting[i]);
      }),
      { numRuns: 300 },
    );
  });

  it('answers an empty year outside the series', () => {
    const history = simulateExports(new Random(1), scenario(Array<boolean>(YEARS).fill(true)));

    expect(exportsIn(history, 1999).size).toBe(0);
    expect(exportsIn(history, 2013).size).toBeGreaterThan(0);
  });
});

describe('treatExports', () => {
  const effects = { exporting: 0.1, markets: 1, intensity: 0.1 };

  it('leaves the years before the effect year as they were and never exports less after it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), (seed) => {
        const untreatedYears = pathOf(new Random(seed));
        const treatedYears = untreatedYears.map((y, i) => y || (i >= 5 && i % 2 === 0));
        const untreated = simulateExports(new Random(seed + 1), scenario(untreatedYears));
        const treated = treatExports(new Random(seed + 2), untreated, {
          ...scenario(treatedYears),
          effectYear: 2008,
          targetMarkets: ['RU', 'CN'],
          effects,
        });
        return (
          wellFormed(treated) &&
          treated.every((markets, i) =>
            i < 5
              ? JSON.stringify([...markets]) === JSON.stringify([...(untreated[i] ?? [])])
              : markets.size > 0 === treatedYears[i] && markets.size >= (untreated[i]?.size ?? 0),
          )
        );
      }),
      { numRuns: 300 },
    );
  });

  it('gives a firm the project got exporting the first target market it did not serve', () => {
    const untreatedYears = Array<boolean>(YEARS).fill(false);
    const treatedYears = untreatedYears.map((_, i) => i >= 5);
    const untreated = simulateExports(new Random(3), scenario(untreatedYears));

    const treated = treatExports(new Random(4), untreated, {
      ...scenario(treatedYears),
      effectYear: 2008,
      targetMarkets: ['RU', 'CN'],
      effects,
    });

    expect(treated.map((markets) => [...markets.keys()].join())).toEqual([
      '',
      '',
      '',
      '',
      '',
      'RU',
      'RU',
      'RU',
      'RU',
      'RU',
      'RU',
    ]);
  });

  it('changes nothing without an effect', () => {
    const untreatedYears = pathOf(new Random(5));
    const untreated = simulateExports(new Random(6), scenario(untreatedYears));

    const treated = treatExports(new Random(7), untreated, {
      ...scenario(untreatedYears),
      effectYear: 2007,
      targetMarkets: ['US'],
      effects: NO_EFFECT,
    });

    expect(treated.map((markets) => [...markets])).toEqual(untreated.map((markets) => [...markets]));
  });
});
