import { aggregateByMarket, editionGrowth, marketConcentration } from '../../../shared/edition';
import { observation, snapshot } from './builders';

describe('aggregateByMarket', () => {
  it('sums the firms’ exports per country', () => {
    const snapshots = [snapshot({ DE: 50 }), snapshot({ DE: 10, US: 5 }), snapshot()];

    expect(aggregateByMarket(snapshots)).toEqual({ DE: 60, US: 5 });
  });

  it('keeps a key named like a prototype member as an own key, leaving the prototype alone', () => {
    const odd = { ...snapshot(), exports: 5, markets: 1, byMarket: new Map([['__proto__', 5]]) };

    const result = aggregateByMarket([odd]);

    expect(Object.getPrototypeOf(result)).toBe(Object.prototype);
    expect(Object.hasOwn(result, '__proto__')).toBe(true);
  });
});

describe('marketConcentration', () => {
  it('matches the public test vector [50, 30, 15, 5]', () => {
    const result = marketConcentration({ DE: 50, FR: 30, US: 15, CN: 5 });

    expect(result.hhi).toBeCloseTo(0.365, 12);
    expect(result.cr4).toBe(1);
    expect(result.gini).toBeCloseTo(0.375, 12);
  });

  it('gives CR4 below 1 with more than four markets', () => {
    // 40 + 20 + 15 + 15 of 100.
    const result = marketConcentration({ DE: 40, FR: 20, US: 15, CN: 15, CH: 10 });

    expect(result.cr4).toBeCloseTo(0.9, 12);
  });

  it('is null throughout without exports', () => {
    expect(marketConcentration({})).toEqual({ hhi: null, cr4: null, gini: null, lorenz: [] });
  });
});

describe('editionGrowth', () => {
  it.each([
    [
      // A {DE 50} -> {DE 50, FR 10}: extensive +10; B {FR 30} -> {FR 40}: intensive +10. Pooled by
      // country first, FR would have counted as intensive (+20).
      'splits the change into margins firm by firm (the example of the definition)',
      [
        observation(snapshot({ DE: 50 }), snapshot({ DE: 50, FR: 10 })),
        observation(snapshot({ FR: 30 }), snapshot({ FR: 40 })),
      ],
      { growthTotal: 20, growthIntensive: 10, growthExtensive: 10 },
    ],
    [
      'counts a market one firm leaves and another enters as extensive on both sides',
      [observation(snapshot({ DE: 50 }), snapshot()), observation(snapshot(), snapshot({ DE: 70 }))],
      { growthTotal: 20, growthIntensive: 0, growthExtensive: 20 },
    ],
    [
      // {DE 50} -> {DE 60, US 20}: intensive 10, extensive 20; {FR 30} -> {FR 30}: 0.
      'adds up each firm’s own margins',
      [
        observation(snapshot({ DE: 50 }), snapshot({ DE: 60, US: 20 })),
        observation(snapshot({ FR: 30 }), snapshot({ FR: 30 })),
      ],
      { growthTotal: 30, growthIntensive: 10, growthExtensive: 20 },
    ],
  ])('%s', (_name, observations, expected) => {
    expect(editionGrowth(observations)).toEqual(expected);
  });

  it('is null without firms', () => {
    expect(editionGrowth([])).toEqual({ growthTotal: null, growthIntensive: null, growthExtensive: null });
  });
});
