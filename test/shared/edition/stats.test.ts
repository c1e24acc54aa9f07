import { mean, median, ratio } from '../../../shared/edition/stats';

describe('ratio, mean and median', () => {
  it('ratio is null on a zero denominator, never NaN', () => {
    expect(ratio(0, 0)).toBeNull();
    expect(ratio(3, 4)).toBe(0.75);
  });

  it('mean is null for an empty list', () => {
    expect(mean([])).toBeNull();
    expect(mean([1, 2, 6])).toBe(3);
  });

  it.each([
    [[], null],
    [[5], 5],
    [[3, 0, 1, 7], 2],
    [[10, 2, 3], 3],
  ])('median of %p is %p', (values, expected) => {
    expect(median(values)).toBe(expected);
  });

  it('median leaves its input in place', () => {
    const values = [3, 1, 2];

    median(values);

    expect(values).toEqual([3, 1, 2]);
  });
});
