import { IndicatorError } from '../../../shared/errors';
import { checkAmount, checkValues, checkWholeNumber, shares } from '../../../shared/indicators/validate';
import { indicatorErrorOf } from './fixtures';

describe('checkValues', () => {
  it('returns a Float64Array copy of good values', () => {
    const values = [3, 0, 1.5];

    const checked = checkValues(values);

    expect(checked).toBeInstanceOf(Float64Array);
    expect([...checked]).toEqual(values);
    checked[0] = 99;
    expect(values[0]).toBe(3);
  });

  it('names the first bad value and its position counted from 1', () => {
    const error = indicatorErrorOf(() => checkValues([1, 2, -3, -4]));

    expect(error).toBeInstanceOf(IndicatorError);
    expect(error.kind).toBe('invalid');
    expect(error.code).toBe('ERR_INDICATOR_INVALID');
    expect(error.message).toBe('values must not be negative (found -3 at position 3)');
  });

  it('rejects text slipped in by an untyped caller', () => {
    const values = [1, 'abc'] as unknown as number[];

    const error = indicatorErrorOf(() => checkValues(values, 'exports'));

    expect(error.message).toBe('exports must be numbers (found "abc" at position 2)');
  });
});

describe('checkAmount', () => {
  it('returns a good amount, zero included', () => {
    expect(checkAmount(0, 'exports')).toBe(0);
    expect(checkAmount(12.5, 'exports')).toBe(12.5);
  });
});

describe('shares', () => {
  it('divides each value by the total', () => {
    expect([...shares([50, 30, 15, 5])].map((s) => Number(s.toFixed(12)))).toEqual([0.5, 0.3, 0.15, 0.05]);
  });

  it('does not overflow on values near the largest double', () => {
    const result = shares([Number.MAX_VALUE, Number.MAX_VALUE]);

    expect([...result]).toEqual([0.5, 0.5]);
  });
});

describe('checkWholeNumber', () => {
  it('accepts a whole number at or above the minimum', () => {
    expect(checkWholeNumber(3, 'k')).toBe(3);
  });

  it.each([0, -1, 2.5, Number.NaN, Infinity])('rejects %p', (value) => {
    expect(indicatorErrorOf(() => checkWholeNumber(value, 'k')).kind).toBe('invalid');
  });
});
