import { loadFunctions } from '../../helpers/functions-runtime';

const { call } = loadFunctions();
const column = (...values: unknown[]) => values.map((value) => [value]);
const VECTOR = column(50, 30, 15, 5);

describe('pure SPRING functions on the public vectors', () => {
  it.each([
    ['HHI', [VECTOR], 0.365],
    ['HHI', [VECTOR, 10000], 3650],
    ['HHI', [column(30, 30, 20, 20), 10000], 2600],
    ['HHINORM', [VECTOR], (0.365 - 0.25) / 0.75],
    ['CRATIO', [VECTOR, 2], 0.8],
    ['CRATIO', [VECTOR, 9], 1],
    ['GINI', [VECTOR], 0.375],
    ['GINI', [VECTOR, true], 0.5],
    ['THEIL', [VECTOR], 0.244174],
    ['MICROSHARE', [column(10_000, 74_999, 75_000, 0, 200_000)], 0.5],
    [
      'HHI',
      [
        [
          [50, '', 30],
          [null, 15, 5],
        ],
      ],
      0.365,
    ],
  ])('%s(%j) = %d', async (id, args, expected) => {
    const value = await call(id, ...args);

    expect(typeof value).toBe('number');
    expect(value as number).toBeCloseTo(expected, 6);
  });

  it.each([
    [74_999, true],
    [75_000, false],
    [0, false],
  ])('MICRO(%d) = %s', async (exports, expected) => {
    expect(await call('MICRO', exports)).toBe(expected);
  });
});

describe('pure SPRING functions on bad input', () => {
  it.each([
    [
      'HHI',
      [column(50, 'abc', 5)],
      '#VALUE!',
      'values must be numbers: cell 2 of the range holds text "abc"',
    ],
    ['HHI', [column(50, -3)], '#VALUE!', 'values must not be negative: cell 2 of the range holds -3'],
    ['HHI', [column('', null)], '#VALUE!', 'values must include at least one number (the range is empty)'],
    ['HHI', [column(0, 0)], '#VALUE!', expect.stringContaining('all are zero')],
    ['HHI', [VECTOR, 100], '#VALUE!', 'scale must be 1 (fractions) or 10000 (the % scale) (got 100)'],
    ['HHI', [column(true, 5)], '#VALUE!', 'values must be numbers: cell 1 of the range holds true'],
    // Excel shows no custom message on #DIV/0!, so none is given.
    ['HHINORM', [column(100)], '#DIV/0!', ''],
    ['CRATIO', [VECTOR, 0], '#VALUE!', 'k must be a whole number of 1 or more (got 0)'],
    ['CRATIO', [VECTOR, 1.5], '#VALUE!', 'k must be a whole number of 1 or more (got 1.5)'],
    ['GINI', [column(100), true], '#DIV/0!', ''],
    ['GINI', [VECTOR, 'yes'], '#VALUE!', 'standardised must be TRUE or FALSE (got yes)'],
    ['THEIL', [column(0, 0)], '#VALUE!', expect.stringContaining('all are zero')],
    ['MICRO', [-1], '#VALUE!', 'exports must not be negative: cell 1 of the range holds -1'],
    ['MICRO', ['lots'], '#VALUE!', 'exports must be numbers: cell 1 of the range holds text "lots"'],
    ['MICROSHARE', [column(0, 0)], '#VALUE!', expect.stringContaining('exporter')],
  ])('%s(%j) is %s', async (id, args, code, message) => {
    expect(await call(id, ...args)).toEqual({ code, message });
  });
});
