/**
 * The workbook the Excel mock's commands act on (sheets, cells, tables, charts), and what the commands
 * do to cells and sheets. Tests read it to check what Excel would show.
 */

export type Scalar = string | number | boolean;

/**
 * One cell; an empty one has value '', no formula, the General format, and no font, fill or hyperlink
 * of its own. `fill` is the cell's own fill colour (`#RRGGBB`); absent, the cell has no fill.
 */
export interface Cell {
  value: Scalar;
  formula: string | null;
  format: string;
  font?: { bold?: boolean; italic?: boolean; size?: number };
  fill?: string;
  hyperlink?: HyperlinkModel;
}

/** A hyperlink as `Range.hyperlink` sets it (`Excel.RangeHyperlink`). */
export interface HyperlinkModel {
  address?: string;
  documentReference?: string;
  screenTip?: string;
  textToDisplay?: string;
}

/**
 * What `RangeFill.color` reads for a cell with no fill. The "Excel.RangeFill class" page
 * (https://learn.microsoft.com/en-us/javascript/api/excel/excel.rangefill) only says `color` is an
 * "HTML color code representing the color of the background, in the form #RRGGBB"; Excel answers
 * `#FFFFFF` for "No Fill", the same as for a white fill (OfficeDev/office-js issues 4900 and 6218,
 * https://github.com/OfficeDev/office-js/issues/6218: "For cells with No Fill, the following APIs
 * return #FFFFFF (indistinguishable from an explicitly white-filled cell)").
 */
export const NO_FILL_COLOR = '#FFFFFF';

/** A rectangle of cells on a sheet (0-based indexes). */
export interface Rect {
  sheet: SheetModel;
  row: number;
  column: number;
  rows: number;
  columns: number;
}

/** A chart series: its name and the ranges its values and x values (or category labels) come from. */
export interface SeriesModel {
  name: string;
  values: Rect | null;
  xValues: Rect | null;
}

/** A chart on a sheet; `cells` is the block of cells it covers once positioned. */
export interface ChartModel {
  sheet: SheetModel;
  name: string;
  type: string;
  title: string;
  series: SeriesModel[];
  cells: Rect | null;
  /** The value axis, and the category axis (a scatter's x axis). */
  axes: Record<'value' | 'category', AxisModel>;
}

/** A chart axis as the dashboard sets it: tick label format, title, and (when set) its scale. */
export interface AxisModel {
  numberFormat: string;
  title: string;
  titleVisible: boolean;
  minimum?: number;
  maximum?: number;
  majorUnit?: number;
}

/** A list validation set on a range (`Range.dataValidation.rule = { list }`), by the range's address. */
export interface ValidationModel {
  address: string;
  list: { inCellDropDown: boolean; source: string };
}

/**
 * A worksheet: its cells, charts, frozen rows, validations, visibility, hidden columns and the ranges
 * autofitted on it.
 */
export class SheetModel {
  readonly cells = new Map<string, Cell>();
  readonly charts: ChartModel[] = [];
  readonly validations: ValidationModel[] = [];
  visibility: 'Visible' | 'Hidden' | 'VeryHidden' = 'Visible';
  frozenRows = 0;
  readonly autofitted: string[] = [];
  readonly hiddenColumns = new Set<number>();

  constructor(public name: string) {}

  cell(row: number, column: number): Cell {
    return this.cells.get(`${row}:${column}`) ?? { value: '', formula: null, format: 'General' };
  }

  put(row: number, column: number, cell: Cell): void {
    const empty =
      cell.value === '' &&
      cell.formula === null &&
      cell.format === 'General' &&
      cell.font === undefined &&
      cell.fill === undefined &&
      cell.hyperlink === undefined;
    if (empty) this.cells.delete(`${row}:${column}`);
    else this.cells.set(`${row}:${column}`, cell);
  }

  /**
   * The used range: the smallest rectangle holding every cell with a value or a formula, or (unless
   * `valuesOnly`) with formatting of its own; null for a blank sheet.
   */
  used(valuesOnly = false): Rect | null {
    let box: { top: number; left: number; bottom: number; right: number } | null = null;
    for (const [key, cell] of this.cells) {
      if (valuesOnly && cell.value === '' && cell.formula === null) continue;
      const [row = 0, column = 0] = key.split(':').map(Number);
      box = box
        ? {
            top: Math.min(box.top, row),
            left: Math.min(box.left, column),
            bottom: Math.max(box.bottom, row),
            right: Math.max(box.right, column),
          }
        : { top: row, left: column, bottom: row, right: column };
    }
    return (
      box && {
        sheet: this,
        row: box.top,
        column: box.left,
        rows: box.bottom - box.top + 1,
        columns: box.right - box.left + 1,
      }
    );
  }
}

/** A table: header row at `top`, `rows` body rows below (an empty table shows one blank row). */
export interface TableModel {
  name: string;
  sheet: SheetModel;
  top: number;
  left: number;
  rows: number;
  columns: { name: string; formula?: string }[];
  style: string;
}

/** The workbook: its sheets in tab order, tables and the active sheet. */
export class WorkbookModel {
  readonly sheets: SheetModel[] = [];
  readonly tables: TableModel[] = [];
  activeSheet: SheetModel | undefined;

  sheet(name: string): SheetModel | undefined {
    return this.sheets.find((sheet) => sameName(sheet.name, name));
  }

  table(name: string): TableModel | undefined {
    return this.tables.find((table) => sameName(table.name, name));
  }
}

/** The error office-js would raise, with its code (`ItemNotFound`, `InvalidArgument`, …). */
export class MockExcelError extends Error {
  override readonly name = 'MockExcelError';

  constructor(
    readonly code: string,
    message: string,
  ) {
    super(`${code}: ${message}`);
  }
}

export const sameName = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

export function forEachCell(rect: Rect, visit: (row: number, column: number) => void): void {
  for (let r = rect.row; r < rect.row + rect.rows; r++)
    for (let c = rect.column; c < rect.column + rect.columns; c++) visit(r, c);
}

export function overlaps(a: Rect, b: Rect): boolean {
  return (
    a.sheet === b.sheet &&
    a.row < b.row + b.rows &&
    b.row < a.row + a.rows &&
    a.column < b.column + b.columns &&
    b.column < a.column + a.columns
  );
}

function columnName(index: number): string {
  return index < 26
    ? String.fromCharCode(65 + index)
    : columnName(Math.floor(index / 26) - 1) + columnName(index % 26);
}

/** `'Sheet'!A1:B2`, as `Range.address` gives it. */
export function address(rect: Rect): string {
  const corner = (row: number, column: number) => `${columnName(column)}${row + 1}`;
  return `'${rect.sheet.name}'!${corner(rect.row, rect.column)}:${corner(rect.row + rect.rows - 1, rect.column + rect.columns - 1)}`;
}

/** The cells of an A1 address on `sheet` (`C3`, `A1:D9`; the sheet's name, if given, is not checked). */
export function rectAt(sheet: SheetModel, a1: string): Rect {
  const [first = '', last = first, extra] = (a1.split('!').at(-1) ?? '').split(':');
  if (extra !== undefined) throw new MockExcelError('InvalidArgument', `"${a1}" is not a range address`);
  const [from, to] = [cellAt(first), cellAt(last)];
  const row = Math.min(from.row, to.row);
  const column = Math.min(from.column, to.column);
  return {
    sheet,
    row,
    column,
    rows: Math.abs(to.row - from.row) + 1,
    columns: Math.abs(to.column - from.column) + 1,
  };
}

/** A cell's 0-based indexes from its A1 address (`E3` is row 2, column 4). */
export function cellAt(a1: string): { row: number; column: number } {
  const match = /^([A-Z]{1,3})([1-9]\d*)$/i.exec(a1);
  if (!match) throw new MockExcelError('InvalidArgument', `"${a1}" is not a cell address`);
  const letters = (match[1] ?? '').toUpperCase();
  const column = [...letters].reduce((sum, letter) => sum * 26 + letter.charCodeAt(0) - 64, 0) - 1;
  return { row: Number(match[2]) - 1, column };
}

/** A 2-D input on a range: sizes must match; null leaves a cell as it is. */
export function writeCells<V>(
  rect: Rect,
  input: (V | null)[][],
  write: (cell: Cell, value: V) => Cell,
): void {
  const fits = input.length === rect.rows && input.every((row) => row.length === rect.columns);
  if (!fits)
    throw new MockExcelError('InvalidArgument', `the input does not match the size of ${address(rect)}`);
  input.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value === null || value === undefined) return;
      const [at, column] = [rect.row + r, rect.column + c];
      rect.sheet.put(at, column, write(rect.sheet.cell(at, column), value));
    }),
  );
}

const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/**
 * Text Excel takes as a formula. The "Excel.Range class" page
 * (https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-values-member)
 * says of `values`: "If the returned value starts with a plus ("+"), minus ("-"), or equal sign ("="),
 * Excel interprets this value as a formula." `@` is not in that sentence; typed into a cell, Excel
 * turns `@SUM(A1)` into `=SUM(A1)`, so the mock takes it as a formula too (conservatively: a writer
 * that keeps `@…` text literal passes here and in Excel either way).
 */
const FORMULA_LEAD = /^[=+\-@]./s;

/**
 * What a formula cell's value reads as. The mock does not evaluate formulas; `#NAME?` (Excel's error
 * for a name it does not know, which text such as `=Rossi` would get) stands in for every result, so
 * a test sees at once that a cell became a formula rather than keeping its text.
 */
export const FORMULA_STAND_IN = '#NAME?';

/**
 * A value entered as Excel takes typed input (`values` and `formulas`, `rows.add`, `columns.add`):
 * numbers, dates and formulas (text starting with `=`, `+`, `-` or `@` that is not a number) are
 * recognised, but not in cells formatted as text (`@`), which keep the text as it is.
 */
export function enter(cell: Cell, value: Scalar): Cell {
  if (typeof value !== 'string' || cell.format === '@') return { ...cell, value, formula: null };
  if (NUMBER.test(value.trim())) return { ...cell, value: Number(value), formula: null };
  if (FORMULA_LEAD.test(value)) return { ...cell, value: FORMULA_STAND_IN, formula: value };
  const iso = ISO_DATE.exec(value);
  if (iso) {
    const days =
      (Date.UTC(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3])) - Date.UTC(1899, 11, 30)) / 86_400_000;
    return { ...cell, value: days, formula: null };
  }
  return { ...cell, value, formula: null };
}

function checkSheetName(model: WorkbookModel, name: string, self?: SheetModel): void {
  if (!name || name.length > 31 || /[[\]:*?/\\]/.test(name))
    throw new MockExcelError('InvalidArgument', `"${name}" is not a valid sheet name`);
  const other = model.sheet(name);
  if (other && other !== self)
    throw new MockExcelError('ItemAlreadyExists', `a sheet ${name} already exists`);
}

/** Adds a sheet at the end; without a name it gets the first free `SheetN`, as in Excel. */
export function addSheet(model: WorkbookModel, name?: string): SheetModel {
  let given = name;
  for (let n = model.sheets.length + 1; given === undefined; n++)
    if (!model.sheet(`Sheet${n}`)) given = `Sheet${n}`;
  checkSheetName(model, given);
  const sheet = new SheetModel(given);
  model.sheets.push(sheet);
  return sheet;
}

export function renameSheet(model: WorkbookModel, sheet: SheetModel, name: string): void {
  checkSheetName(model, name, sheet);
  sheet.name = name;
}

/** Moves a sheet to a tab position (0-based) among the others. */
export function moveSheet(model: WorkbookModel, sheet: SheetModel, position: number): void {
  if (!Number.isInteger(position) || position < 0 || position >= model.sheets.length)
    throw new MockExcelError('InvalidArgument', `there is no sheet position ${position}`);
  model.sheets.splice(model.sheets.indexOf(sheet), 1);
  model.sheets.splice(position, 0, sheet);
}

/** Deletes a sheet with its tables and charts; Excel keeps at least one sheet, and activates a neighbour. */
export function deleteSheet(model: WorkbookModel, sheet: SheetModel): void {
  if (model.sheets.length === 1)
    throw new MockExcelError('InvalidOperation', 'a workbook must keep at least one sheet');
  const index = model.sheets.indexOf(sheet);
  model.sheets.splice(index, 1);
  model.tables.splice(0, model.tables.length, ...model.tables.filter((table) => table.sheet !== sheet));
  if (model.activeSheet === sheet) model.activeSheet = model.sheets[index] ?? model.sheets[index - 1];
}
