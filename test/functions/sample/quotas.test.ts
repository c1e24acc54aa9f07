import fc from 'fast-check';
import { apportion, flagDeck, quotaDeck, shareDeck } from '../../../functions/sample/quotas';
import { Random } from '../../../functions/sample/random';

describe('apportion', () => {
  it('returns the weights themselves when they already add up to the total', () => {
    expect(apportion(95, { BG: 31, MI: 25, CO: 10, LC: 10, other: 19 })).toEqual({
      BG: 31,
      MI: 25,
      CO: 10,
      LC: 10,
      other: 19,
    });
  });

  it('splits by largest remainder, ties to the first key', () => {
    expect(apportion(10, { a: 1, b: 1, c: 1 })).toEqual({ a: 4, b: 3, c: 3 });
  });

  it('always adds up to the total with whole, non-negative parts', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000 }),
        fc.array(fc.double({ min: 0.001, max: 1000, noNaN: true }), { minLength: 1, maxLength: 12 }),
        (total, weights) => {
          const parts = Object.values(
            apportion(total, Object.fromEntries(weights.map((w, i) => [`k${i}`, w]))),
          );
          return (
            parts.reduce((s, p) => s + p, 0) === total && parts.every((p) => Number.isInteger(p) && p >= 0)
          );
        },
      ),
    );
  });
});

describe('quota decks', () => {
  it('deals each key exactly as many times as its quota', () => {
    const deck = quotaDeck(new Random(1), { admitted: 95, rejected: 58 });

    expect(deck.filter((k) => k === 'admitted')).toHaveLength(95);
    expect(deck).toHaveLength(153);
  });

  it('makes exactly the asked number or share of flags true', () => {
    expect(flagDeck(new Random(2), 100, 30).filter(Boolean)).toHaveLength(30);
    expect(shareDeck(new Random(2), 95, 0.37).filter(Boolean)).toHaveLength(35);
  });
});
