/**
 * The import CLI's command line: `FILE [--dry-run] [--url URL] [--parts] [--part-mb MB] [--direct]
 * [--table NAME] [--help]`,
 * value flags also as `--flag=value`.
 */
import { ConfigError, readTable } from '../config';
import { ImportCliError, IMPORT_CLI_ERRORS } from '../errors';

/** How to call the CLI, printed with `--help` and after a usage error. */
export const USAGE = `Usage: npm run import -- FILE.json|FILE.xlsx [--dry-run] [--url URL] [--parts] [--part-mb MB] [--direct] [--table NAME]
Imports a document (JSON, or a workbook with one sheet per section) into Spring Workbench.
  --dry-run     validate and count what would change, write nothing
  --url URL     the server to send it to (default SPRING_URL, else https://localhost:3000)
  --parts       send the document in parts by section, every part dry-run before any is imported
                (always so for documents over the server's 5.5 MB limit)
  --part-mb MB  the largest part, in MB (default 5.2; implies --parts)
  --direct      import in process into the store instead: DYNAMODB_ENDPOINT, else AWS from the
                environment
  --table NAME  the table of an in-process import (default SPRING_TABLE, else spring)
  --help        show this help
The server needs an admin token: SPRING_TOKEN, else one made with the local development key
(in SPRING_DATA_DIR, default .data/).`;

/** What the command line asked for. */
export interface ImportCliArgs {
  file: string;
  format: 'json' | 'xlsx';
  dryRun: boolean;
  /** `--url`; null to use SPRING_URL or the default. */
  url: string | null;
  direct: boolean;
  /** `--parts` or `--part-mb`: send in parts whatever the size. */
  parts: boolean;
  /** `--part-mb` in bytes; null for the default. */
  partBytes: number | null;
  /** `--table`; null to use SPRING_TABLE or the default. */
  table: string | null;
}

const VALUE_FLAGS = ['--url', '--table', '--part-mb'] as const;
const SWITCHES = ['--dry-run', '--parts', '--direct', '--help'] as const;
type ValueFlag = (typeof VALUE_FLAGS)[number];

const usageError = (message: string) => new ImportCliError(IMPORT_CLI_ERRORS.usage, message);

function isValueFlag(flag: string): flag is ValueFlag {
  return (VALUE_FLAGS as readonly string[]).includes(flag);
}

function formatOf(file: string): ImportCliArgs['format'] {
  const extension = /\.([^./\\]+)$/.exec(file)?.[1]?.toLowerCase();
  if (extension === 'json' || extension === 'xlsx') return extension;
  throw usageError(`${file} is not a .json or .xlsx file; save the data as one of those`);
}

function checkUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw usageError(`--url must be an address such as https://localhost:3000 (got '${url}')`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw usageError(`--url must be an http or https address (got '${url}')`);
  }
  // The API's paths are appended to it.
  return url.replace(/\/+$/, '');
}

/**
 * Parses the CLI's arguments (without `node` and the script); `'help'` when help was asked for.
 * Throws an {@link ImportCliError} with code `ERR_IMPORT_USAGE` on an unknown flag, a missing or
 * repeated value, no file or two, or a file that is neither .json nor .xlsx.
 * @example parseImportArgs(['data.xlsx', '--dry-run']) // { file: 'data.xlsx', format: 'xlsx', dryRun: true, ... }
 */
export function parseImportArgs(argv: readonly string[]): ImportCliArgs | 'help' {
  const given: Partial<Record<ValueFlag, string>> = {};
  const switches = new Set<string>();
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '-h' || (SWITCHES as readonly string[]).includes(arg)) {
      switches.add(arg === '-h' ? '--help' : arg);
      continue;
    }
    if (!arg.startsWith('-') || arg === '-') {
      files.push(arg);
      continue;
    }
    const equals = arg.indexOf('=');
    const flag = arg.startsWith('--') && equals > 0 ? arg.slice(0, equals) : arg;
    if (!isValueFlag(flag)) {
      throw usageError(
        `unknown option '${flag}'; the options are ${[...SWITCHES, ...VALUE_FLAGS].join(', ')}`,
      );
    }
    if (given[flag] !== undefined) throw usageError(`${flag} is given twice`);
    let value: string | undefined;
    if (flag !== arg) {
      value = arg.slice(equals + 1);
    } else {
      value = argv[i + 1];
      // A following flag is not a value: "--url --dry-run" forgot the address.
      if (value === undefined || value.startsWith('--')) throw usageError(`${flag} needs a value`);
      i++;
    }
    if (value.trim() === '') throw usageError(`${flag} needs a value`);
    given[flag] = value;
  }
  if (switches.has('--help')) return 'help';
  const [file, extra] = files;
  if (file === undefined) throw usageError('no file given: name the .json or .xlsx file to import');
  if (extra !== undefined) throw usageError(`one file at a time (got '${file}' and '${extra}')`);
  const direct = switches.has('--direct');
  if (direct && given['--url'] !== undefined) {
    throw usageError('--direct imports in process and --url sends to a server: give one of them');
  }
  const partMb = given['--part-mb'] === undefined ? null : Number(given['--part-mb']);
  if (partMb !== null && !(partMb > 0 && partMb <= 5.5)) {
    throw usageError(
      `--part-mb must be a number of MB above 0 and at most 5.5 (got '${given['--part-mb']}')`,
    );
  }
  const parts = switches.has('--parts') || partMb !== null;
  if (direct && parts) throw usageError('--direct imports in process, in one go: it takes no --parts');
  return {
    file,
    format: formatOf(file),
    dryRun: switches.has('--dry-run'),
    url: given['--url'] === undefined ? null : checkUrl(given['--url']),
    direct,
    parts,
    partBytes: partMb === null ? null : Math.floor(partMb * 1024 * 1024),
    table: given['--table'] === undefined ? null : tableOf(given['--table']),
  };
}

function tableOf(value: string): string {
  try {
    return readTable(value);
  } catch (error) {
    // The config module's rule, reworded for the command line.
    if (error instanceof ConfigError) throw usageError(error.message.replace(/^SPRING_TABLE/, '--table'));
    throw error;
  }
}
