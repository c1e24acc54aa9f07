import { parseCliArgs } from '../../../functions/sample/cli-args';
import { SampleUsageError } from '../../../functions/errors';

describe('parseCliArgs', () => {
  it('uses the defaults without flags', () => {
    expect(parseCliArgs([])).toEqual({ seed: 2006, scale: 1, out: null, help: false });
  });

  it('reads flags with a separate value or with =', () => {
    expect(parseCliArgs(['--scale', '10', '--seed=7', '--out', 'sample.json'])).toEqual({
      seed: 7,
      scale: 10,
      out: 'sample.json',
      help: false,
    });
  });

  it('recognises --help', () => {
    expect(parseCliArgs(['--help']).help).toBe(true);
  });

  it.each([
    [['--scael', '2'], "unknown option '--scael'"],
    [['sample.json'], "unexpected argument 'sample.json'"],
    [['--scale'], '--scale needs a value'],
    [['--out', '--seed', '3'], '--out needs a value'],
    [['--scale', 'abc'], "--scale must be a number (got 'abc')"],
    [['--scale', ''], "--scale must be a number (got '')"],
    [['--scale', '0'], '--scale must be a number above 0 and at most 200 (got 0)'],
    [['--seed', '1.5'], '--seed must be a whole number from 0 to 4294967295 (got 1.5)'],
    [['--seed', '1', '--seed', '2'], '--seed is given twice'],
    [['--out='], '--out needs a file name'],
  ])('refuses %j with a message saying what to fix', (argv, message) => {
    expect(() => parseCliArgs(argv)).toThrow(SampleUsageError);
    expect(() => parseCliArgs(argv)).toThrow(message);
  });
});
