/**
 * `npm run import -- FILE.json|FILE.xlsx [--dry-run] [--url URL] [--parts] [--part-mb MB] [--direct] [--table NAME]`
 * (docs/architecture.md, "Import"): sends an import document to the running server — in parts, every
 * part dry-run before any is imported, when it is over the API's 5.5 MB limit or `--parts` is given —
 * or imports it in process when `--direct` is given. Exit codes: 0 imported (or a dry run found
 * nothing wrong), 1 rejected or failed, 2 bad command line.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { IMPORT_BODY_LIMIT } from '../../shared/import/limits';
import { sendInParts, type PartStep } from '../../shared/import/send-parts';
import { ConfigError } from '../config';
import { parseImportArgs, USAGE, type ImportCliArgs } from './cli-args';
import { createProgress, formatRejection, formatReport, type LocateProblem } from './print-report';
import { locateProblem } from '../../shared/import/sheet-rows';
import { readXlsxDocument } from './read-xlsx';
import { directTargetFromEnv, sendDirect, type ImportOutcome } from './send-direct';
import { httpTargetFromEnv, sendHttp } from './send-http';
import { ImportCliError, IMPORT_CLI_ERRORS } from '../errors';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** Documents with more rows than this show progress while they are written. */
const PROGRESS_FROM_ROWS = 1000;

/** A file read and ready to send. */
interface LoadedFile {
  document: unknown;
  /** The JSON sent to the server. */
  body: string;
  rows: number;
  notes: string[];
  locate?: LocateProblem;
}

const say = (message: string) => process.stdout.write(`${message}\n`);
const fileError = (message: string, cause?: unknown) =>
  new ImportCliError(IMPORT_CLI_ERRORS.file, message, cause === undefined ? undefined : { cause });
const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

async function loadFile(args: ImportCliArgs): Promise<LoadedFile> {
  const { file } = args;
  const info = await stat(file).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') throw fileError(`${file} does not exist; check the path`, error);
    throw fileError(`cannot read ${file} (${error.message})`, error);
  });
  if (!info.isFile()) throw fileError(`${file} is not a file`);
  if (args.format === 'json') {
    const text = (await readFile(file, 'utf8')).replace(/^\uFEFF/, '');
    let document: unknown;
    try {
      document = JSON.parse(text);
    } catch (error) {
      throw fileError(`${file} is not valid JSON (${(error as Error).message})`, error);
    }
    return { document, body: text, rows: countRows(document), notes: [] };
  }
  const workbook = await readXlsxDocument(file).catch((error: unknown) => {
    throw fileError(`${file} is not a readable .xlsx workbook (${(error as Error).message})`, error);
  });
  if (Object.keys(workbook.document).length === 0) {
    throw fileError(`${file} has no sheet named after an import section: ${workbook.notes.join('; ')}`);
  }
  const locate: LocateProblem = (problem) => {
    const place = locateProblem(problem, workbook);
    return place && `sheet ${place.sheet} row ${place.sheetRow}`;
  };
  const { document } = workbook;
  return {
    document,
    body: JSON.stringify(document),
    rows: countRows(document),
    notes: workbook.notes,
    locate,
  };
}

function countRows(document: unknown): number {
  if (typeof document !== 'object' || document === null) return 0;
  return Object.values(document).reduce<number>(
    (sum, rows) => sum + (Array.isArray(rows) ? rows.length : 0),
    0,
  );
}

async function importFile(args: ImportCliArgs): Promise<number> {
  const started = performance.now();
  const loaded = await loadFile(args);
  for (const note of loaded.notes) say(`note: ${note}`);
  const bytes = Buffer.byteLength(loaded.body);
  const progress =
    !args.dryRun && loaded.rows > PROGRESS_FROM_ROWS ? createProgress(process.stdout) : undefined;
  const what = `${args.file} (${loaded.rows.toLocaleString('en-US')} rows${args.dryRun ? ', dry run' : ''})`;
  let outcome: ImportOutcome;
  let target: string;
  if (args.direct) {
    const direct = directTargetFromEnv(process.env, args.table);
    say(`Importing ${what} in process into ${direct.description} ...`);
    target = direct.description;
    outcome = await sendDirect(loaded.document, direct, {
      dryRun: args.dryRun,
      ...(progress ? { progress } : {}),
    });
  } else if (args.parts || bytes > IMPORT_BODY_LIMIT) {
    const server = await httpTargetFromEnv(args.url, process.env, ROOT);
    if (!args.parts) {
      say(
        `${args.file} is ${megabytes(bytes)}, over the server's ${megabytes(IMPORT_BODY_LIMIT)} limit: it is sent in parts.`,
      );
    }
    say(`Sending ${what} to ${server.url} in parts, every part dry-run first ...`);
    target = server.url;
    outcome = await sendInParts(
      loaded.document as Parameters<typeof sendInParts>[0],
      (part, { dryRun }) => sendHttp(JSON.stringify(part), server, { dryRun }),
      {
        dryRun: args.dryRun,
        ...(args.partBytes === null ? {} : { maxBytes: args.partBytes }),
        onStep: (step: PartStep) =>
          say(
            `  ${step.phase} part ${step.part + 1} of ${step.parts} (${step.rows.toLocaleString('en-US')} rows, ${megabytes(step.bytes)})`,
          ),
      },
    );
  } else {
    const server = await httpTargetFromEnv(args.url, process.env, ROOT);
    say(`Sending ${what} to ${server.url} ...`);
    target = server.url;
    outcome = await sendHttp(loaded.body, server, { dryRun: args.dryRun, ...(progress ? { progress } : {}) });
  }
  const seconds = (performance.now() - started) / 1000;
  if (!outcome.ok) {
    process.stderr.write(formatRejection(outcome.rejection, loaded.locate));
    return 1;
  }
  process.stdout.write(
    formatReport(outcome.report, { target, seconds, ...(loaded.locate ? { locate: loaded.locate } : {}) }),
  );
  return 0;
}

async function main(argv: readonly string[]): Promise<number> {
  // The SDK warns on every run that Node 20 support ends; the README says which Node to use.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  try {
    const args = parseImportArgs(argv);
    if (args === 'help') {
      say(USAGE);
      return 0;
    }
    return await importFile(args);
  } catch (error) {
    if (error instanceof ImportCliError) {
      const usage = error.code === IMPORT_CLI_ERRORS.usage ? `\n${USAGE}` : '';
      process.stderr.write(`import: ${error.message}${usage}\n`);
      return error.exitCode;
    }
    if (error instanceof ConfigError) {
      process.stderr.write(`import: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `import failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 1;
  },
);
