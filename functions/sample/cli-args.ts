/** The sample CLI's flags: `[--scale N] [--seed N] [--out FILE] [--help]`, each also as `--flag=value`. */
import { MAX_SCALE, resolveSampleOptions } from './options';
import { SampleOptionsError, SampleUsageError } from '../errors';

/** How to call the CLI, printed with `--help` and after a usage error. */
export const USAGE = `Usage: npx tsx functions/sample/cli.ts [--scale N] [--seed N] [--out FILE]
Writes the synthetic sample import document as JSON (to stdout unless --out is given).
  --scale N   multiplies firms, applicants and projects per edition (default 1, above 0, at most ${MAX_SCALE})
  --seed N    seed of the generator, a whole number (default 2006); the same seed gives the same file
  --out FILE  write to FILE instead of stdout
  --help      show this help`;

/** What the command line asked for. */
export interface CliArgs {
  seed: number;
  scale: number;
  out: string | null;
  help: boolean;
}

const VALUE_FLAGS = ['--scale', '--seed', '--out'] as const;
type ValueFlag = (typeof VALUE_FLAGS)[number];

function isValueFlag(flag: string): flag is ValueFlag {
  return (VALUE_FLAGS as readonly string[]).includes(flag);
}

/** A number from the command line; `Number('')` and `Number(' ')` would be 0, so blanks are refused. */
function numberOf(flag: string, text: string, rule: string): number {
  const value = text.trim() === '' ? NaN : Number(text);
  if (!Number.isFinite(value)) throw new SampleUsageError(`${flag} must be ${rule} (got '${text}')`);
  return value;
}

/**
 * Parses the CLI's arguments (without `node` and the script); throws {@link SampleUsageError} on an
 * unknown flag, a missing value or a value out of range.
 * @example parseCliArgs(['--scale', '10', '--out=sample.json']) // { seed: 2006, scale: 10, out: 'sample.json', help: false }
 */
export function parseCliArgs(argv: readonly string[]): CliArgs {
  const given: Partial<Record<ValueFlag, string>> = {};
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--help' || arg === '-h') {
      help = true;
      continue;
    }
    const equals = arg.indexOf('=');
    const flag = arg.startsWith('--') && equals > 0 ? arg.slice(0, equals) : arg;
    if (!isValueFlag(flag)) {
      const what = arg.startsWith('-') ? `unknown option '${flag}'` : `unexpected argument '${arg}'`;
      throw new SampleUsageError(`${what}; the options are ${VALUE_FLAGS.join(', ')}, --help`);
    }
    if (given[flag] !== undefined) throw new SampleUsageError(`${flag} is given twice`);
    let value: string | undefined;
    if (flag !== arg) {
      value = arg.slice(equals + 1);
    } else {
      value = argv[i + 1];
      // A following flag is not a value: "--out --seed 3" forgot the file name.
      if (value === undefined || value.startsWith('--')) throw new SampleUsageError(`${flag} needs a value`);
      i++;
    }
    given[flag] = value;
  }
  const out = given['--out'];
  if (out !== undefined && out.trim() === '') throw new SampleUsageError('--out needs a file name');
  try {
    const options = resolveSampleOptions({
      ...(given['--seed'] === undefined
        ? {}
        : { seed: numberOf('--seed', given['--seed'], 'a whole number') }),
      ...(given['--scale'] === undefined ? {} : { scale: numberOf('--scale', given['--scale'], 'a number') }),
    });
    return { ...options, out: out ?? null, help };
  } catch (error) {
    // The generator's own range checks, reworded for the command line.
    if (error instanceof SampleOptionsError)
      throw new SampleUsageError(`--${error.message}`, { cause: error });
    throw error;
  }
}
