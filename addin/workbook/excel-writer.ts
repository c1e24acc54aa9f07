import { readCharts, writeDashboard } from './excel-dashboard';
import { planRefresh, refreshCounts, type CellUpdate, type RefreshPlan } from './refresh-plan';
import {
  WRITE_CHUNK_ROWS,
  type CellValue,
  type ColumnFormat,
  type Progress,
  type TableData,
  type TableSnapshot,
  type WorkbookWriter,
} from './writer';

/** Runs one batch of workbook commands: `Excel.run`, or a mock of it in tests. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** A number format code per column format. */
export type NumberFormats = Readonly<Record<ColumnFormat, string>>;

/**
 * The number format codes Spring tables get. `Range.numberFormat` takes codes in the invariant (en-US)
 * syntax and Excel shows them with the user's own separators, so one set serves English and Italian:
 * `#,##0 "€"` reads `1,234 €` in English and `1.234 €` in Italian. A quoted suffix was chosen over a
 * currency-tagged code (`[$€-x-euro2] #,##0`) because it looks the same in every Excel and the symbol
 * after the amount is how Italian writes euros. `@` keeps text columns text (an id like `007` stays so).
 */
export const EXCEL_NUMBER_FORMATS: NumberFormats = {
  text: '@',
  integer: '#,##0',
  decimal: '0.000',
  eur: '#,##0 "€"',
  percent: '0.0%',
  date: 'yyyy-mm-dd',
};

/** The table style Spring tables get (Excel's default blue, banded rows). */
export const TABLE_STYLE = 'TableStyleMedium2';

type ExcelScalar = string | number | boolean;

/** Where a table's body starts on its sheet. */
interface Layout {
  sheet: Excel.Worksheet;
  top: number;
  left: number;
}

/**
 * The Excel implementation of {@link WorkbookWriter}, through office-js. Every office-js error reaches
 * the caller (the task pane shows it).
 *
 * @param run `Excel.run`, or a stand-in for tests
 * @param numberFormats codes that replace some of {@link EXCEL_NUMBER_FORMATS}
 * @example
 * const writer = createExcelWriter();
 * await writer.createTable(projects, (done, total) => setProgress(done / total));
 */
export function createExcelWriter(
  run: ExcelRun = (batch) => Excel.run(batch),
  numberFormats: Partial<NumberFormats> = {},
): WorkbookWriter {
  const formats: NumberFormats = { ...EXCEL_NUMBER_FORMATS, ...numberFormats };
  return {
    listTables: (prefix) =>
      run(async (context) => {
        const tables = context.workbook.tables.load('items/name');
        await context.sync();
        return tables.items
          .map((table) => table.name)
          .filter((name) => name.startsWith(prefix))
          .sort();
      }),
    readTable: (name) =>
      run(async (context) => {
        const table = context.workbook.tables.getItemOrNullObject(name);
        await context.sync();
        return table.isNullObject ? undefined : (await readTable(context, table, formats)).snapshot;
      }),
    createTable: (data, onProgress) => run((context) => writeTable(context, data, formats, onProgress)),
    refreshTable: (data) =>
      run(async (context) => {
        const table = context.workbook.tables.getItemOrNullObject(data.name);
        await context.sync();
        if (table.isNullObject) throw new Error(`There is no table ${data.name} to refresh: insert it first`);
        const { snapshot, layout } = await readTable(context, table, formats);
        const plan = planRefresh(snapshot, data);
        await applyPlan(context, table, layout, plan, columnFormats(snapshot.header, data), snapshot);
        return refreshCounts(plan);
      }),
    writeDashboard: (spec) => run((context) => writeDashboard(context, spec, formats, toExcel)),
    readCharts: (sheetName) => run((context) => readCharts(context, sheetName)),
  };
}

/** Writes a new table (replacing one of the same name) on its sheet, a chunk of rows per request. */
async function writeTable(
  context: Excel.RequestContext,
  data: TableData,
  formats: NumberFormats,
  onProgress?: Progress,
): Promise<void> {
  const width = data.columns.length;
  if (width === 0) throw new Error(`Table ${data.name} has no columns`);
  const { workbook } = context;
  const found = workbook.worksheets.getItemOrNullObject(data.sheetName);
  const existing = workbook.tables.getItemOrNullObject(data.name);
  await context.sync();

  if (!existing.isNullObject) {
    // Deleting a table is not documented to empty its cells: a shorter replacement would show old rows.
    existing.getRange().clear();
    existing.delete();
  }
  const sheet = found.isNullObject ? workbook.worksheets.add(data.sheetName) : found;
  const codes = data.columns.map((column) => formats[column.format]);
  sheet.getRangeByIndexes(0, 0, 1, width).values = [data.columns.map((column) => column.name)];
  const total = data.rows.length;
  // An empty table keeps one blank row; formatted, it passes the formats on to rows added later.
  if (total === 0) sheet.getRangeByIndexes(1, 0, 1, width).numberFormat = [codes];
  let done = 0;
  do {
    const chunk = data.rows.slice(done, done + WRITE_CHUNK_ROWS);
    if (chunk.length > 0) {
      const range = sheet.getRangeByIndexes(1 + done, 0, chunk.length, width);
      // Formats before values: Excel then reads nothing into text cells (an id `007` stays text).
      range.numberFormat = chunk.map(() => codes);
      range.values = chunk.map((row) =>
        data.columns.map((column, c) => toExcel(row[c] ?? null, column.format)),
      );
    }
    await context.sync();
    done += chunk.length;
    onProgress?.(done, total);
  } while (done < total);

  const table = sheet.tables.add(sheet.getRangeByIndexes(0, 0, 1 + total, width), true);
  table.name = data.name;
  table.style = TABLE_STYLE;
  sheet.freezePanes.freezeRows(1);
  table.getRange().format.autofitColumns();
  sheet.activate();
  await context.sync();
}

/** Reads a table as it stands, its body a chunk of rows per request (responses have a 5 MB limit too). */
async function readTable(
  context: Excel.RequestContext,
  table: Excel.Table,
  formats: NumberFormats,
): Promise<{ snapshot: TableSnapshot; layout: Layout }> {
  table.load('name');
  const range = table.getRange().load('rowIndex, columnIndex, columnCount');
  const header = table.getHeaderRowRange().load('values');
  const rows = table.rows.load('count');
  const sheet = table.worksheet.load('name');
  await context.sync();

  const layout: Layout = { sheet, top: range.rowIndex + 1, left: range.columnIndex };
  const snapshot: TableSnapshot = {
    name: table.name,
    sheetName: sheet.name,
    header: (header.values[0] ?? []).map(String),
    rows: [],
    formulas: [],
  };
  // rows.count, not the body range: an empty table's body range is its one blank row.
  for (let start = 0; start < rows.count; start += WRITE_CHUNK_ROWS) {
    const count = Math.min(WRITE_CHUNK_ROWS, rows.count - start);
    const chunk = sheet
      .getRangeByIndexes(layout.top + start, layout.left, count, range.columnCount)
      .load('values, formulas, numberFormat');
    await context.sync();
    chunk.values.forEach((row, r) => {
      const codes = chunk.numberFormat[r] ?? [];
      snapshot.rows.push(row.map((value: unknown, c) => fromExcel(value, codes[c], formats.date)));
      snapshot.formulas.push((chunk.formulas[r] ?? []).map(formulaOf));
    });
  }
  return { snapshot, layout };
}

/**
 * Carries out a refresh plan: changed cells, then removed rows (the plan lists them bottom first, so
 * the indexes still to delete stay valid), then new rows; a request per chunk, never one per cell.
 */
async function applyPlan(
  context: Excel.RequestContext,
  table: Excel.Table,
  { sheet, top, left }: Layout,
  plan: RefreshPlan,
  springFormats: (ColumnFormat | undefined)[],
  snapshot: TableSnapshot,
): Promise<void> {
  const cell = (value: CellValue, column: number) => toExcel(value, springFormats[column] ?? 'text');
  const runs = cellRuns(plan.updates);
  for (const [i, { row, column, values }] of runs.entries()) {
    sheet.getRangeByIndexes(top + row, left + column, 1, values.length).values = [
      values.map((value, k) => cell(value, column + k)),
    ];
    if ((i + 1) % WRITE_CHUNK_ROWS === 0) await context.sync();
  }
  for (const index of plan.deletions) table.rows.getItemAt(index).delete();
  await context.sync();

  const calculated = calculatedColumns(snapshot, springFormats);
  let at = snapshot.rows.length - plan.deletions.length;
  for (let start = 0; start < plan.appends.length; start += WRITE_CHUNK_ROWS) {
    const chunk = plan.appends.slice(start, start + WRITE_CHUNK_ROWS);
    // null leaves the user's cells to Excel (office-js: null in a 2-D array leaves a cell unchanged), so
    // a calculated column fills its formula in; the types of rows.add leave null out.
    const values = chunk.map((row) => row.map((value, c) => (springFormats[c] ? cell(value, c) : null)));
    table.rows.add(undefined, values as unknown as ExcelScalar[][]);
    // Write calculated formulas too: Excel fills them only while its "fill formulas" AutoCorrect is on.
    for (const [column, formula] of calculated)
      sheet.getRangeByIndexes(top + at, left + column, chunk.length, 1).formulas = chunk.map(() => [formula]);
    at += chunk.length;
    await context.sync();
  }
}

/** Each table column's Spring format, undefined for the user's columns. */
function columnFormats(header: string[], data: TableData): (ColumnFormat | undefined)[] {
  const formatOf = new Map(data.columns.map((column) => [column.name, column.format]));
  return header.map((name) => formatOf.get(name));
}

/** Neighbouring cell updates of a row, merged so that each run is one write. */
function cellRuns(updates: CellUpdate[]): { row: number; column: number; values: CellValue[] }[] {
  const runs: { row: number; column: number; values: CellValue[] }[] = [];
  for (const { row, column, value } of updates) {
    const last = runs.at(-1);
    if (last && last.row === row && last.column + last.values.length === column) last.values.push(value);
    else runs.push({ row, column, values: [value] });
  }
  return runs;
}

/** The user's columns whose every row holds the same formula (Excel's calculated columns). */
function calculatedColumns(
  snapshot: TableSnapshot,
  springFormats: (ColumnFormat | undefined)[],
): [number, string][] {
  const [first, ...others] = snapshot.formulas;
  if (!first) return [];
  return first.flatMap((formula, column): [number, string][] =>
    formula !== null && springFormats[column] === undefined && others.every((row) => row[column] === formula)
      ? [[column, formula]]
      : [],
  );
}

const DAY_MS = 86_400_000;
/** Excel's day 0 (its serial dates count days from 1899-12-30, keeping Lotus's 1900 leap-year bug). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A value as written to a cell: dates as serial numbers (Excel's own), an empty cell as ''. */
function toExcel(value: CellValue, format: ColumnFormat): ExcelScalar {
  if (value === null) return '';
  const iso = format === 'date' && typeof value === 'string' ? ISO_DATE.exec(value) : null;
  if (!iso) return value;
  return (Date.UTC(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3])) - EXCEL_EPOCH_MS) / DAY_MS;
}

/** A cell's value as the snapshot holds it: dates shown as dates come back as ISO text, empty as null. */
function fromExcel(value: unknown, code: unknown, dateCode: string): CellValue {
  if (value === '' || value === null || value === undefined) return null;
  if (typeof value === 'number' && code === dateCode)
    return new Date(EXCEL_EPOCH_MS + Math.floor(value) * DAY_MS).toISOString().slice(0, 10);
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return String(value);
}

/** `Range.formulas` holds a plain cell's value: only text starting with `=` is a formula. */
function formulaOf(formula: unknown): string | null {
  return typeof formula === 'string' && formula.startsWith('=') ? formula : null;
}
