/**
 * Workbook sheets to import rows (docs/architecture.md, "Import"): one sheet per section,
 * a header row of field names and one row per entity. Pure (no exceljs, no office-js): the import's
 * .xlsx reader (shared/import/read-workbook.ts) gives it plain cell values; validation is left to the
 * import itself.
 */
import { excelSerialToIsoDate } from '../excel-dates';
import { IMPORT_SECTIONS, importColumns, type ImportSection } from '../schemas';

/**
 * A cell's value as a sheet gives it (exceljs values once made plain): unlike a workbook writer's
 * `TableCellValue` (addin/workbook/writer.ts), a date may be a Date.
 */
export type SheetCellValue = string | number | boolean | Date | null;

/** One sheet: its name, its header row of field names and its data rows. */
export interface SheetData {
  name: string;
  header: readonly SheetCellValue[];
  rows: readonly (readonly SheetCellValue[])[];
}

/**
 * The import template's hidden sheet of validation lists (addin/workbook/import-template.ts): not an
 * import section, and left out without a note.
 */
export const LISTS_SHEET = 'Spring lists';

/** Sheet row number (1-based) of the header: the data starts on the next row. */
export const HEADER_ROW = 1;

/** One row of an import section, as the import document carries it (validated later). */
export type ImportRow = Record<string, unknown>;

/** What {@link workbookToDocument} made of a workbook. */
export interface WorkbookDocument {
  /** The import document: one section per recognised sheet, in the order of the sections. */
  document: Partial<Record<ImportSection, ImportRow[]>>;
  /**
   * For each section, the 0-based index in its sheet's `rows` of each document row (blank rows are
   * skipped), so that a problem in `firms` row 3 can be shown where it is in the sheet.
   */
  sourceRows: Partial<Record<ImportSection, number[]>>;
  /** The sheet each section was read from, as the workbook names it (`Exports`, `exports`). */
  sheetNames: Partial<Record<ImportSection, string>>;
  /** What was left out and why: sheets that are no section, columns without a name, clashes. */
  notes: string[];
}

/** Fields holding a list, written in a cell as text such as `DE, FR; US`. */
const LIST_FIELDS: ReadonlySet<string> = new Set(['languages', 'markets', 'targetMarkets']);
/** Fields holding a calendar date, written `YYYY-MM-DD`. */
const DATE_FIELDS: ReadonlySet<string> = new Set(['start', 'end']);
/**
 * Id fields: Excel turns an id typed as 2006 into the number 2006, and a whole number converts back
 * to the same text, so these take it as text. Other text fields keep numbers as they are: 25.10 or a
 * VAT number without its leading zero cannot be told apart from what was meant, so validation says so.
 */
const ID_FIELDS: ReadonlySet<string> = new Set(['id', 'edition', 'firmId', 'temId', 'lineId']);
const LIST_SEPARATOR = /[,;]/;

/** A column of a sheet: where its value goes in a row. */
interface Column {
  label: string;
  path: string[];
}

interface SheetRows {
  rows: ImportRow[];
  sourceRows: number[];
  notes: string[];
}

/**
 * Turns a sheet into the rows of an import section: a dotted header builds nested objects, list
 * fields given as comma- or semicolon-separated text become lists, blank cells are left out (and
 * blank rows skipped), dates in `start` and `end` (a Date, or an Excel serial number) become
 * `YYYY-MM-DD`, whole numbers in id fields become text; every other value stays as given, for the
 * import's validation to judge.
 * @example
 * sheetToRows('firms', ['id', 'turnover.2008'], [['F1', 1200000]])
 * // [{ id: 'F1', turnover: { '2008': 1200000 } }]
 */
export function sheetToRows(
  section: ImportSection,
  header: readonly SheetCellValue[],
  rows: readonly (readonly SheetCellValue[])[],
): ImportRow[] {
  return readSheet(section, header, rows).rows;
}

/**
 * Turns a workbook's sheets into an import document: a sheet named after a section (any case:
 * `Firms` is `firms`) gives that section's rows; other sheets are left out, each with a note.
 * @example
 * const { document, notes } = workbookToDocument([{ name: 'Exports', header, rows }]);
 */
export function workbookToDocument(sheets: readonly SheetData[]): WorkbookDocument {
  const result: WorkbookDocument = { document: {}, sourceRows: {}, sheetNames: {}, notes: [] };
  const bySection = new Map<ImportSection, SheetData>();
  for (const sheet of sheets) {
    if (sheet.name === LISTS_SHEET) continue;
    const section = sectionOf(sheet.name);
    const taken = section && bySection.get(section);
    if (!section) {
      result.notes.push(
        `sheet '${sheet.name}' ignored: it is not an import section (${IMPORT_SECTIONS.join(', ')})`,
      );
    } else if (taken) {
      result.notes.push(`sheet '${sheet.name}' ignored: sheet '${taken.name}' already gives the ${section}`);
    } else {
      bySection.set(section, sheet);
    }
  }
  // The sections' own order, whatever the order of the sheets.
  for (const section of IMPORT_SECTIONS) {
    const sheet = bySection.get(section);
    if (!sheet) continue;
    const { rows, sourceRows, notes } = readSheet(section, sheet.header, sheet.rows);
    result.document[section] = rows;
    result.sourceRows[section] = sourceRows;
    result.sheetNames[section] = sheet.name;
    result.notes.push(...notes.map((note) => `sheet '${sheet.name}': ${note}`));
  }
  if (bySection.size === 0) {
    result.notes.push(`no sheet is named after an import section (${IMPORT_SECTIONS.join(', ')})`);
  }
  return result;
}

/** Where a problem is in the workbook a document was read from. */
export interface SheetPlace {
  sheet: string;
  /** The row's number in its sheet (header = {@link HEADER_ROW}). */
  sheetRow: number;
}

/**
 * The sheet and sheet row of a problem with a document row (`entity` a section, `row` its index in the
 * document), or undefined when the problem is the document's own or the row is not from a sheet.
 * @example locateProblem({ entity: 'firms', row: 0 }, workbook) // { sheet: 'Firms', sheetRow: 2 }
 */
export function locateProblem(
  problem: { entity: string; row: number | null },
  workbook: Pick<WorkbookDocument, 'sourceRows' | 'sheetNames'>,
): SheetPlace | undefined {
  if (problem.row === null) return undefined;
  const section = problem.entity as ImportSection;
  const index = workbook.sourceRows[section]?.[problem.row];
  const sheet = workbook.sheetNames[section];
  return index === undefined || sheet === undefined ? undefined : { sheet, sheetRow: index + HEADER_ROW + 1 };
}

/** `problems` with their sheet and sheet row added where the workbook knows them. */
export function withSheetPlaces<P extends { entity: string; row: number | null }>(
  problems: readonly P[],
  workbook: Pick<WorkbookDocument, 'sourceRows' | 'sheetNames'>,
): (P & Partial<SheetPlace>)[] {
  return problems.map((problem) => ({ ...problem, ...locateProblem(problem, workbook) }));
}

/** The import section a sheet of this name gives (any case, spaces around ignored: `Firms ` is `firms`). */
export function sectionOf(name: string): ImportSection | undefined {
  const wanted = name.trim().toLowerCase();
  return IMPORT_SECTIONS.find((section) => section === wanted);
}

function readSheet(
  section: ImportSection,
  header: readonly SheetCellValue[],
  rows: readonly (readonly SheetCellValue[])[],
): SheetRows {
  const columns = columnsOf(header);
  const known = new Set(importColumns(section));
  const lists = new Set([...LIST_FIELDS].filter((field) => known.has(field)));
  const dates = new Set([...DATE_FIELDS].filter((field) => known.has(field)));
  const clashes = new Set<string>();
  let unnamed = false;
  const result: SheetRows = { rows: [], sourceRows: [], notes: [] };
  rows.forEach((cells, index) => {
    const row: ImportRow = {};
    let filled = false;
    cells.forEach((cell, column) => {
      if (isBlank(cell)) return;
      const target = columns[column];
      if (!target) {
        unnamed = true;
        return;
      }
      const field = target.path.length === 1 ? target.label : '';
      const value = plainValue(cell, {
        list: lists.has(field),
        date: dates.has(field),
        id: ID_FIELDS.has(field),
      });
      if (place(row, target.path, value)) filled = true;
      else clashes.add(target.label);
    });
    if (!filled) return;
    result.rows.push(row);
    result.sourceRows.push(index);
  });
  const names = header.map((cell) => (isBlank(cell) ? '' : headerText(cell)));
  const repeated = names.filter((name, index) => name !== '' && names.indexOf(name) !== index);
  for (const name of new Set(repeated)) {
    result.notes.push(`column '${name}' appears more than once; the first one is used`);
  }
  for (const label of clashes) {
    if (repeated.includes(label)) continue;
    result.notes.push(`column '${label}' clashes with another column of the same field and was left out`);
  }
  if (unnamed) result.notes.push('values in columns without a name in the header row were left out');
  return result;
}

function columnsOf(header: readonly SheetCellValue[]): (Column | undefined)[] {
  return header.map((cell) => {
    if (isBlank(cell)) return undefined;
    const label = headerText(cell);
    const parts = label.split('.').map((part) => part.trim());
    // 'a..b' or a trailing dot is no path: the header is taken as one field name.
    const path = parts.every((part) => part !== '') ? parts : [label];
    return { label, path };
  });
}

function headerText(cell: Exclude<SheetCellValue, null>): string {
  return (cell instanceof Date ? isoDay(cell) : String(cell)).trim();
}

function isBlank(cell: SheetCellValue | undefined): cell is null | undefined {
  return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}

function plainValue(
  cell: Exclude<SheetCellValue, null>,
  kind: { list: boolean; date: boolean; id: boolean },
): unknown {
  if (cell instanceof Date) return isoDay(cell);
  if (typeof cell === 'number') {
    // A serial number out of a date's range stays recognisable as such for the validation message.
    if (kind.date && Number.isFinite(cell) && cell >= 1) return excelSerialToIsoDate(cell) ?? 'Invalid Date';
    if (kind.id && Number.isSafeInteger(cell) && cell >= 0) return String(cell);
    return cell;
  }
  if (typeof cell === 'string' && kind.list) {
    return cell
      .split(LIST_SEPARATOR)
      .map((item) => item.trim())
      .filter((item) => item !== '');
  }
  return cell;
}

/** `YYYY-MM-DD` of a date as Excel holds it: a day at midnight UTC, whatever the machine's zone. */
function isoDay(date: Date): string {
  // An invalid date stays recognisable as such for the validation message.
  return Number.isNaN(date.getTime()) ? 'Invalid Date' : date.toISOString().slice(0, 10);
}

/**
 * Puts `value` at `path` in `row`, creating nested objects; false when another column already
 * holds that place (the first one wins). Keys are defined, not assigned, so that a column named
 * `__proto__` becomes a key the validation refuses instead of changing the row's prototype.
 */
function place(row: ImportRow, path: readonly string[], value: unknown): boolean {
  let target: ImportRow = row;
  for (const [depth, key] of path.entries()) {
    const existing = Object.hasOwn(target, key) ? target[key] : undefined;
    if (depth === path.length - 1) {
      if (existing !== undefined) return false;
      define(target, key, value);
      return true;
    }
    if (existing === undefined) {
      const child: ImportRow = {};
      define(target, key, child);
      target = child;
    } else if (isPlainRow(existing)) {
      target = existing;
    } else {
      return false;
    }
  }
  return false;
}

function define(target: ImportRow, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function isPlainRow(value: unknown): value is ImportRow {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}
