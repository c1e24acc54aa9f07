/**
 * Writes import documents as .xlsx workbooks the way a user would lay them out, and runs the import CLI,
 * for the import tests.
 */
import { spawn } from 'node:child_process';
import ExcelJS from 'exceljs';
import { generateSampleData } from '../../../functions/sample';
import { ROOT } from '../../helpers/local-server';
import {
  IMPORT_SECTIONS,
  importColumns,
  type ImportDocument,
  type ImportSection,
} from '../../../shared/schemas';

const DATE_FIELDS = new Set(['start', 'end']);

/** The header of a section's sheet: its columns, with `turnover` spread over `turnover.YYYY` columns. */
function headerOf(section: ImportSection, rows: readonly Record<string, unknown>[]): string[] {
  return importColumns(section).flatMap((column) => {
    if (column !== 'turnover') return [column];
    const years = new Set(rows.flatMap((row) => Object.keys((row.turnover as object | undefined) ?? {})));
    return [...years].sort().map((year) => `turnover.${year}`);
  });
}

function cellOf(row: Record<string, unknown>, column: string): ExcelJS.CellValue {
  const [field = '', key] = column.split('.');
  const value = key === undefined ? row[field] : (row[field] as Record<string, unknown> | undefined)?.[key];
  if (value === undefined) return null;
  if (Array.isArray(value)) return value.join(', ');
  // Dates are written as Excel dates, as a user's sheet would hold them.
  if (DATE_FIELDS.has(column) && typeof value === 'string') return new Date(`${value}T00:00:00Z`);
  return value as ExcelJS.CellValue;
}

/** A section's sheet as a user lays it out: named with a capital (`Firms`), a header row, then the rows. */
export interface DocumentSheet {
  name: string;
  rows: ExcelJS.CellValue[][];
}

/** `document`'s sections as sheets, in reference order; dates are Excel dates, lists `DE, FR` text. */
export function documentSheets(document: ImportDocument): DocumentSheet[] {
  return IMPORT_SECTIONS.flatMap((section) => {
    const rows = document[section] as Record<string, unknown>[] | undefined;
    if (!rows) return [];
    const header = headerOf(section, rows);
    return [
      {
        name: section[0]?.toUpperCase() + section.slice(1),
        rows: [header, ...rows.map((row) => header.map((column) => cellOf(row, column)))],
      },
    ];
  });
}

/**
 * Writes `document` as a workbook with one sheet per section ({@link documentSheets}) and a sheet of
 * notes that the import ignores.
 */
export async function writeWorkbook(file: string, document: ImportDocument): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Read me').addRow(['Spring data, exported for the import test']);
  for (const { name, rows } of documentSheets(document)) {
    const sheet = workbook.addWorksheet(name);
    for (const row of rows) sheet.addRow(row);
  }
  await workbook.xlsx.writeFile(file);
}

/**
 * The sample cut down to `firms` firms and what refers to them (every edition, TEM and budget line
 * stays): a small, valid, self-contained document.
 */
export function trimmedSample(firms = 20): ImportDocument {
  const sample = generateSampleData();
  const kept = new Set((sample.firms ?? []).slice(0, firms).map((firm) => firm.id));
  const ofKept = <T extends { firmId: string }>(rows: T[] | undefined) =>
    (rows ?? []).filter((row) => kept.has(row.firmId));
  return {
    label: 'trimmed sample',
    editions: sample.editions,
    tems: sample.tems,
    firms: (sample.firms ?? []).filter((firm) => kept.has(firm.id)),
    applications: ofKept(sample.applications),
    agreements: ofKept(sample.agreements),
    exports: ofKept(sample.exports),
    projects: ofKept(sample.projects),
    budget: sample.budget,
  };
}

/** What a run of the import CLI printed, how it ended and how long it took. */
export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
  seconds: number;
}

/** Runs `npm run import -- ...` as a user would (through tsx), without blocking the test's event loop. */
export function runCli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'functions/import/cli.ts', ...args], {
    cwd: ROOT,
    env: { ...process.env, SPRING_TOKEN: '', SPRING_URL: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (status) =>
      resolve({ status, stdout, stderr, seconds: (performance.now() - started) / 1000 }),
    );
  });
}
