import { axisScale, axisTicks } from '../../../addin/workbook/chart-scale';

describe('axisScale', () => {
  it.each([
    [[0, 0.13], {}, { min: 0, max: 0.15, step: 0.05 }],
    [[0, 3], { integer: true }, { min: 0, max: 3, step: 1 }],
    [[0, 2_082_393], {}, { min: 0, max: 2_500_000, step: 500_000 }],
    [[-5, 16], {}, { min: -5, max: 20, step: 5 }],
    [[2005, 2012], { includeZero: false, integer: true }, { min: 2004, max: 2012, step: 2 }],
    [[0, 1], {}, { min: 0, max: 1, step: 0.2 }],
    [[0], {}, { min: 0, max: 1, step: 0.2 }],
    [[-3, -1], {}, { min: -3, max: 0, step: 1 }],
  ])('gives %p (%p) a readable scale: %p', (values, options, scale) => {
    expect(axisScale(values, options)).toEqual(scale);
  });

  it('gives 4 to 6 ticks, the values inside, whatever the range', () => {
    const ranges = [0.013, 0.2, 1, 3, 7.7, 15, 29, 99, 1234, 2_082_393, 0.5];
    for (const high of ranges) {
      for (const low of [0, -high / 3, -high]) {
        const scale = axisScale([low, high]);
        const ticks = axisTicks(scale);

        expect([high, ticks.length >= 4 && ticks.length <= 6]).toEqual([high, true]);
        expect(scale.min).toBeLessThanOrEqual(low);
        expect(scale.max).toBeGreaterThanOrEqual(high);
      }
    }
  });

  it('uses whole steps for counts', () => {
    expect(axisScale([0, 2], { integer: true }).step).toBe(1);
    expect(axisTicks(axisScale([0, 2], { integer: true }))).toEqual([0, 1, 2]);
  });
});
