import { parseImportArgs } from '../../../functions/import/cli-args';
import { ImportCliError } from '../../../functions/errors';

/** The usage error `parseImportArgs` throws for `argv`. */
function usageError(argv: string[]): ImportCliError {
  try {
    parseImportArgs(argv);
  } catch (error) {
    if (error instanceof ImportCliError) return error;
    throw error;
  }
  throw new Error(`no error for ${argv.join(' ')}`);
}

describe('parseImportArgs', () => {
  it('reads a file and the defaults', () => {
    expect(parseImportArgs(['data.json'])).toEqual({
      file: 'data.json',
      format: 'json',
      dryRun: false,
      url: null,
      direct: false,
      parts: false,
      partBytes: null,
      table: null,
    });
  });

  it('reads every flag, in either form, in any order', () => {
    const args = parseImportArgs([
      '--dry-run',
      '--url=https://spring.example.org/',
      'Data.XLSX',
      '--table',
      'spring_test',
    ]);

    expect(args).toEqual({
      file: 'Data.XLSX',
      format: 'xlsx',
      dryRun: true,
      url: 'https://spring.example.org',
      direct: false,
      parts: false,
      partBytes: null,
      table: 'spring_test',
    });
  });

  it('reads --direct with --table', () => {
    expect(parseImportArgs(['big.json', '--direct', '--table=spring'])).toMatchObject({
      direct: true,
      table: 'spring',
    });
  });

  it('reads --parts, and --part-mb as bytes (implying --parts)', () => {
    expect(parseImportArgs(['big.json', '--parts'])).toMatchObject({ parts: true, partBytes: null });
    expect(parseImportArgs(['big.json', '--part-mb=0.5'])).toMatchObject({
      parts: true,
      partBytes: 512 * 1024,
    });
  });

  it.each([
    [['big.json', '--part-mb', '6'], /--part-mb must be a number of MB above 0 and at most 5\.5/],
    [['big.json', '--parts', '--direct'], /--direct imports in process, in one go/],
  ])('refuses %j', (argv, message) => {
    expect(() => parseImportArgs(argv)).toThrow(message);
  });

  it('answers help for --help or -h, whatever else is given', () => {
    expect(parseImportArgs(['--help'])).toBe('help');
    expect(parseImportArgs(['data.csv', '-h'])).toBe('help');
  });

  it.each([
    [
      ['data.json', '--dryrun'],
      "unknown option '--dryrun'; the options are --dry-run, --parts, --direct, --help, --url, --table, --part-mb",
    ],
    [
      ['data.json', '-n'],
      "unknown option '-n'; the options are --dry-run, --parts, --direct, --help, --url, --table, --part-mb",
    ],
    [[], 'no file given: name the .json or .xlsx file to import'],
    [['a.json', 'b.json'], "one file at a time (got 'a.json' and 'b.json')"],
    [['data.csv'], 'data.csv is not a .json or .xlsx file; save the data as one of those'],
    [['data'], 'data is not a .json or .xlsx file; save the data as one of those'],
    [['data.json', '--url'], '--url needs a value'],
    [['data.json', '--url', '--dry-run'], '--url needs a value'],
    [['data.json', '--table='], '--table needs a value'],
    [['data.json', '--url', 'https://a', '--url', 'https://b'], '--url is given twice'],
    [
      ['data.json', '--url', 'localhost:3000'],
      "--url must be an http or https address (got 'localhost:3000')",
    ],
    [
      ['data.json', '--url', 'not a url'],
      "--url must be an address such as https://localhost:3000 (got 'not a url')",
    ],
    [
      ['data.json', '--direct', '--url', 'https://a'],
      '--direct imports in process and --url sends to a server: give one of them',
    ],
    [['data.json', '--table', 'a b'], `--table must be 3 to 255 letters, digits, '_', '-' or '.', not "a b"`],
  ])('refuses %j with exit code 2 and the message', (argv, message) => {
    const error = usageError(argv);

    expect(error.message).toBe(message);
    expect(error.code).toBe('ERR_IMPORT_USAGE');
    expect(error.exitCode).toBe(2);
  });
});
