import fc from 'fast-check';
import { growthMargins } from '../../../shared/indicators/margins';
import { fixture, indicatorErrorOf } from './fixtures';
import { amount } from './generators';

describe('growthMargins', () => {
  it.each(fixture.margins)('splits growth into margins: $name', ({ before, after, expected }) => {
    const result = growthMargins(before, after);

    expect(result).toEqual(expected);
  });

  it.each(fixture.errors.margins)('fails as $kind: $message', ({ args, kind, message }) => {
    const [before, after] = args as [Record<string, number>, Record<string, number>];

    const error = indicatorErrorOf(() => growthMargins(before, after));

    expect(error.kind).toBe(kind);
    expect(error.message).toBe(message);
  });

  it('adds intensive and extensive up to the total change', () => {
    const year = fc.dictionary(fc.constantFrom('DE', 'FR', 'US', 'CN', 'RU', 'CH', 'ES'), amount);
    fc.assert(
      fc.property(year, year, (before, after) => {
        const { total, intensive, extensive } = growthMargins(before, after);
        // Rounding scales with the amounts moved, not with the (possibly tiny) net change.
        const moved = [...Object.values(before), ...Object.values(after)].reduce((sum, x) => sum + x, 0);
        return Math.abs(total - (intensive + extensive)) <= 1e-9 * moved + 1e-12;
      }),
    );
  });
});
