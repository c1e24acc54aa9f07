/**
 * Where an import's problems go in the workbook they were read from (docs/architecture.md, "Import"):
 * which cells of the section sheets to mark, and the rows of the problems sheet, each problem with a
 * link to its cells. Pure: `excel-import-marks.ts` writes it through office-js.
 */
import { translatorOf } from '../i18n/catalog';
import type { Language } from '../i18n/language';
import { TABLE_MESSAGES } from '../i18n/messages/tables';
import type { SheetCellValue } from '../../shared/import/sheet-rows';
import type { ImportProblem } from '../../shared/schemas';
import { cellName } from './a1';

/** The sheet that lists an import's problems, replaced at each check and deleted after a clean one. */
export const PROBLEMS_SHEET = 'Spring import problems';

/** The fill that marks a cell with a problem: the light red of Excel's "Bad" cell style. */
export const MARK_FILL = '#FFC7CE';

/** Excel's last row number: a sheet row past it (or below 1) names no cell. */
const LAST_SHEET_ROW = 1_048_576;

/**
 * A problem of a dry run, with the sheet and sheet row of its document row when the workbook gave it
 * (`withSheetPlaces` in shared/import/sheet-rows.ts).
 */
export type LocatedProblem = Pick<
  ImportProblem,
  'entity' | 'row' | 'field' | 'message' | 'sheet' | 'sheetRow'
>;

/** A cell to mark: its sheet, 0-based row and column, and its address (`'Firms'!C3`). */
export interface MarkedCell {
  sheet: string;
  row: number;
  column: number;
  address: string;
}

/** One row of the problems sheet; `link` is the address of the problem's marked cells, if any. */
export interface ProblemRow {
  sheet: string;
  sheetRow: number | null;
  field: string;
  message: string;
  link: string | null;
}

/** What to write for a check's problems: the cells to mark (each once) and the problems sheet's rows. */
export interface ImportMarks {
  cells: MarkedCell[];
  rows: ProblemRow[];
}

/** The problems sheet's column headers, in the pane's language. */
export interface ProblemsLabels {
  sheet: string;
  row: string;
  field: string;
  problem: string;
}

/** The problems sheet's headers in `language` (from the tables catalog). */
export function problemsLabels(language: Language): ProblemsLabels {
  const t = translatorOf(TABLE_MESSAGES, language);
  return {
    sheet: t('problems.sheet'),
    row: t('problems.row'),
    field: t('problems.field'),
    problem: t('problems.problem'),
  };
}

/**
 * Which cells each problem marks and what the problems sheet lists, in the problems' order. A problem
 * is placed on its sheet (`headers` has it: a sheet renamed since the read is missing) at its sheet row,
 * on its field's column ({@link fieldColumns}); a problem without a place (the document's own, or on a
 * sheet not found) is listed without a link.
 * @param headers each sheet's header row (row 1), by the sheet's name
 * @example
 * planImportMarks([{ entity: 'firms', row: 1, field: 'vat', message: 'bad', sheet: 'Firms', sheetRow: 3 }],
 *   new Map([['Firms', ['id', 'name', 'vat']]]))
 * // cells [{ sheet: 'Firms', row: 2, column: 2, address: "'Firms'!C3" }], rows [{ …, link: "'Firms'!C3" }]
 */
export function planImportMarks(
  problems: readonly LocatedProblem[],
  headers: ReadonlyMap<string, readonly SheetCellValue[]>,
): ImportMarks {
  const cells = new Map<string, MarkedCell>();
  const rows = problems.map((problem): ProblemRow => {
    const { sheet, field, message } = problem;
    const sheetRow = problem.sheetRow ?? null;
    const listed = { sheet: sheet ?? problem.entity, sheetRow, field, message };
    const header = sheet === undefined ? undefined : headers.get(sheet);
    if (sheet === undefined || header === undefined || sheetRow === null || !isSheetRow(sheetRow)) {
      return { ...listed, link: null };
    }
    const { first, last } = fieldColumns(header, field);
    const row = sheetRow - 1;
    for (let column = first; column <= last; column++) {
      const address = rangeAddress(sheet, row, column);
      cells.set(address, { sheet, row, column, address });
    }
    return { ...listed, link: rangeAddress(sheet, row, first, last) };
  });
  return { cells: [...cells.values()], rows };
}

/**
 * The columns (0-based, first to last) that hold `field` in a sheet with this header row: the column
 * whose header is the field; else the first whose header starts with `field.` (a `turnover` problem on
 * `turnover.2008`); else the column of the field's nearest dotted parent (an item of a list,
 * `markets.1`, on `markets`); otherwise (a whole-row problem, field '', or a column missing from the
 * sheet) the row from column A to the last named header.
 * @example fieldColumns(['id', 'turnover.2008'], 'turnover') // { first: 1, last: 1 }
 */
export function fieldColumns(
  header: readonly SheetCellValue[],
  field: string,
): { first: number; last: number } {
  const names = header.map(headerName);
  const wanted = field.trim();
  if (wanted !== '') {
    const exact = names.indexOf(wanted);
    const child = exact >= 0 ? exact : names.findIndex((name) => name.startsWith(`${wanted}.`));
    const parent = child >= 0 ? child : parentColumn(names, wanted);
    if (parent >= 0) return { first: parent, last: parent };
  }
  let lastNamed = names.length - 1;
  while (lastNamed > 0 && names[lastNamed] === '') lastNamed--;
  return { first: 0, last: Math.max(lastNamed, 0) };
}

/**
 * A range's address for a hyperlink's `documentReference`: the sheet's name quoted (a quote in it
 * doubled), then the cell, or the first and last cells of a row (`'Firms'!A3:F3`).
 */
export function rangeAddress(sheet: string, row: number, column: number, lastColumn = column): string {
  const cells =
    column === lastColumn ? cellName(row, column) : `${cellName(row, column)}:${cellName(row, lastColumn)}`;
  return `'${sheet.replaceAll("'", "''")}'!${cells}`;
}

function headerName(cell: SheetCellValue | undefined): string {
  if (cell === null || cell === undefined) return '';
  return (cell instanceof Date ? cell.toISOString().slice(0, 10) : String(cell)).trim();
}

function parentColumn(names: readonly string[], field: string): number {
  const parts = field.split('.');
  for (let length = parts.length - 1; length > 0; length--) {
    const column = names.indexOf(parts.slice(0, length).join('.'));
    if (column >= 0) return column;
  }
  return -1;
}

function isSheetRow(row: number): boolean {
  return Number.isInteger(row) && row >= 1 && row <= LAST_SHEET_ROW;
}
