import fc from 'fast-check';
import { distinctDraws, Random, WeightedTable } from '../../../functions/sample/random';

const draws = (rng: Random, n: number): number[] => Array.from({ length: n }, () => rng.nextUint32());

describe('Random', () => {
  it('repeats the same stream for the same seed', () => {
    const first = draws(new Random(42), 100);

    const second = draws(new Random(42), 100);

    expect(second).toEqual(first);
  });

  it('gives different streams for different seeds and different labels', () => {
    expect(draws(new Random(1), 10)).not.toEqual(draws(new Random(2), 10));
    expect(draws(Random.stream(1, 'firms'), 10)).not.toEqual(draws(Random.stream(1, 'tems'), 10));
    expect(draws(Random.stream(1, 'firms'), 10)).toEqual(draws(Random.stream(1, 'firms'), 10));
  });

  it('keeps next() in [0, 1) and int() within its bounds', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.integer({ min: -50, max: 50 }),
        fc.integer({ min: 0, max: 50 }),
        (seed, min, span) => {
          const rng = new Random(seed);
          for (let i = 0; i < 50; i++) {
            const u = rng.next();
            const n = rng.int(min, min + span);
            if (u < 0 || u >= 1 || n < min || n > min + span || !Number.isInteger(n)) return false;
          }
          return true;
        },
      ),
    );
  });

  it('draws roughly uniformly', () => {
    const rng = new Random(7);
    const counts = [0, 0, 0, 0];

    for (let i = 0; i < 40_000; i++) counts[rng.int(0, 3)]! += 1;

    for (const count of counts) expect(Math.abs(count - 10_000)).toBeLessThan(400);
  });

  it('shuffles a list into a permutation of itself', () => {
    const items = Array.from({ length: 50 }, (_, i) => i);

    const shuffled = new Random(3).shuffle([...items]);

    expect(shuffled).not.toEqual(items);
    expect([...shuffled].sort((a, b) => a - b)).toEqual(items);
  });
});

describe('WeightedTable', () => {
  it('draws items in proportion to their weights and never a zero-weight item', () => {
    const table = new WeightedTable([
      ['a', 3],
      ['b', 1],
      ['never', 0],
    ]);
    const rng = new Random(5);
    const counts: Record<string, number> = {};

    for (let i = 0; i < 20_000; i++) {
      const item = rng.weighted(table);
      counts[item] = (counts[item] ?? 0) + 1;
    }

    expect((counts.a ?? 0) / 20_000).toBeCloseTo(0.75, 1);
    expect(counts.never).toBeUndefined();
  });

  it('refuses a table without a positive weight', () => {
    expect(() => new WeightedTable([['a', 0]])).toThrow(RangeError);
  });
});

describe('distinctDraws', () => {
  it('returns distinct items, no more than the table has', () => {
    const table = new WeightedTable([
      ['a', 100],
      ['b', 1],
      ['c', 1],
    ]);

    const drawn = distinctDraws(new Random(9), table, 5);

    expect([...drawn].sort()).toEqual(['a', 'b', 'c']);
  });
});
