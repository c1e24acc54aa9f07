import { TemSchema } from '../../../shared/schemas';
import { Random } from '../../../functions/sample/random';
import { generateTems, TemMatcher } from '../../../functions/sample/tems';

describe('generateTems', () => {
  it('makes valid TEMs with ids T001..., speaking Italian and English and covering 2-5 markets', () => {
    const tems = generateTems(new Random(1), 56);

    expect(tems).toHaveLength(56);
    expect(tems[0]?.id).toBe('T001');
    expect(tems.every((tem) => TemSchema.safeParse(tem).success)).toBe(true);
    expect(tems.every((tem) => tem.languages.includes('it') && tem.languages.includes('en'))).toBe(true);
    expect(tems.every((tem) => tem.markets.length >= 2 && tem.markets.length <= 5)).toBe(true);
  });
});

describe('TemMatcher', () => {
  it('mostly picks a TEM who covers the market', () => {
    const tems = generateTems(new Random(2), 56);
    const matcher = new TemMatcher(tems);
    const covering = new Set(tems.filter((tem) => tem.markets.includes('RU')).map((tem) => tem.id));
    const rng = new Random(3);

    const picks = Array.from({ length: 1000 }, () => matcher.pick(rng, 'RU'));

    expect(picks.filter((id) => covering.has(id)).length).toBeGreaterThan(850);
  });

  it('refuses to staff projects without TEMs', () => {
    expect(() => new TemMatcher([])).toThrow(RangeError);
  });
});
