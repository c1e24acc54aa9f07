import { generateSampleData, resolveSampleOptions } from '../../../functions/sample';
import { SampleOptionsError } from '../../../functions/errors';

describe('resolveSampleOptions', () => {
  it('fills in the default seed and scale', () => {
    expect(resolveSampleOptions()).toEqual({ seed: 2006, scale: 1 });
  });

  it.each([
    [{ seed: -1 }, 'seed'],
    [{ seed: 1.5 }, 'seed'],
    [{ seed: 2 ** 32 }, 'seed'],
    [{ scale: 0 }, 'scale'],
    [{ scale: Number.NaN }, 'scale'],
    [{ scale: 1000 }, 'scale'],
  ])('refuses %j, naming the option', (options, option) => {
    expect(() => resolveSampleOptions(options)).toThrow(
      expect.objectContaining({ option, code: 'ERR_SAMPLE_OPTIONS' }),
    );
  });

  it('makes generateSampleData refuse the same values', () => {
    expect(() => generateSampleData({ scale: -2 })).toThrow(SampleOptionsError);
    expect(() => generateSampleData({ scale: -2 })).toThrow(
      'scale must be a number above 0 and at most 200 (got -2)',
    );
  });
});
