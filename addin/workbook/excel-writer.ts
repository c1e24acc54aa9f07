import { cellCode, EXCEL_NUMBER_FORMATS, toExcel, type NumberFormats } from './cell-values';
import { readCharts, writeDashboard } from './excel-dashboard';
import { readExcelTable } from './excel-table-read';
import { applyPlan } from './excel-table-refresh';
import { chunkBySize, GRID_BYTES, gridRowBytes, jsonBytes, MAX_REQUEST_BYTES } from './payload';
import { planRefresh, refreshCounts } from './refresh-plan';
import { springColumnsOf } from './spring-tables';
import {
  columnIndexes,
  heads,
  springFlags,
  type ColumnFormat,
  type ColumnSpec,
  type Progress,
  type TableData,
  type WorkbookWriter,
} from './writer';

export { EXCEL_NUMBER_FORMATS, type NumberFormats } from './cell-values';

/** Runs one batch of workbook commands: `Excel.run`, or a mock of it in tests. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** The table style Spring tables get (Excel's default blue, banded rows). */
export const TABLE_STYLE = 'TableStyleMedium2';

/** A column's spec by the header it has in the table, for estimating reads (undefined for the user's). */
const specsByHeader = (columns: readonly ColumnSpec[]) => (header: string) =>
  columns.find((column) => heads(column, header));

/**
 * The Excel implementation of {@link WorkbookWriter}, through office-js. Every office-js error reaches
 * the caller (the task pane shows it). Each request, and each answer, is kept under Excel on the web's
 * 5 MB payload limit (see `payload.ts`), and text never becomes a formula (see `cellCode`).
 *
 * @param run `Excel.run`, or a stand-in for tests
 * @param numberFormats codes that replace some of {@link EXCEL_NUMBER_FORMATS}
 * @param timeZone the time zone moments are written and read in (an IANA name): absent, the machine's,
 *   which is the user's and Excel's; tests give one
 * @example
 * const writer = createExcelWriter();
 * await writer.createTable(projects, (done, total) => setProgress(done / total));
 */
export function createExcelWriter(
  run: ExcelRun = (batch) => Excel.run(batch),
  numberFormats: Partial<NumberFormats> = {},
  timeZone?: string,
): WorkbookWriter {
  const formats: NumberFormats = { ...EXCEL_NUMBER_FORMATS, ...numberFormats };
  const zone = timeZone ? { timeZone } : {};
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
    readTable: (name, headers) =>
      run(async (context) => {
        const table = context.workbook.tables.getItemOrNullObject(name);
        await context.sync();
        if (table.isNullObject) return undefined;
        const wanted = headers && new Set(headers);
        const read = await readExcelTable(context, table, {
          ...(wanted
            ? { columns: (header: readonly string[]) => header.map((cell) => wanted.has(cell)) }
            : {}),
          specOf: specsByHeader(springColumnsOf(name) ?? []),
          dateCodes: formats,
          ...zone,
        });
        return read.snapshot;
      }),
    createTable: (data, onProgress) =>
      run((context) => writeTable(context, data, formats, timeZone, onProgress)),
    refreshTable: (data) =>
      run(async (context) => {
        const table = context.workbook.tables.getItemOrNullObject(data.name);
        await context.sync();
        if (table.isNullObject) throw new Error(`There is no table ${data.name} to refresh: insert it first`);
        // Only Spring's columns are read: the user's are never written, so never compared.
        const { snapshot, layout, calculated } = await readExcelTable(context, table, {
          columns: (header) => springFlags(header, data.columns),
          specOf: specsByHeader(data.columns),
          dateCodes: formats,
          ...zone,
          calculated: true,
        });
        const plan = planRefresh(snapshot, data);
        const springFormats = columnFormats(snapshot.header, data);
        await applyPlan(
          context,
          { table, layout, formats, springFormats, calculated, rows: snapshot.rows.length, ...zone },
          plan,
        );
        return refreshCounts(plan);
      }),
    writeDashboard: (spec) => run((context) => writeDashboard(context, spec, formats)),
    readCharts: (sheetName) => run((context) => readCharts(context, sheetName)),
  };
}

/**
 * Writes a new table (replacing one of the same name) on its sheet, a chunk of rows per request, each
 * chunk as many rows as fit {@link MAX_REQUEST_BYTES} of values and number formats.
 */
async function writeTable(
  context: Excel.RequestContext,
  data: TableData,
  formats: NumberFormats,
  timeZone: string | undefined,
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
  const columnCodes = data.columns.map((column) => formats[column.format]);
  const header = sheet.getRangeByIndexes(0, 0, 1, width);
  const headerCodes = [data.columns.map(() => formats.text)];
  const headerValues = [data.columns.map((column) => column.header)];
  header.numberFormat = headerCodes;
  header.values = headerValues;
  // The header goes with the first chunk: counted in every chunk's share, to keep it simple.
  const headerBytes = jsonBytes(headerCodes) + jsonBytes(headerValues);
  const total = data.rows.length;
  // An empty table keeps one blank row; formatted, it passes the formats on to rows added later.
  if (total === 0) sheet.getRangeByIndexes(1, 0, 1, width).numberFormat = [columnCodes];
  const rows = data.rows.map((row) => {
    const values = data.columns.map((column, c) => toExcel(row[c] ?? null, column.format, timeZone));
    const codes = values.map((value, c) => cellCode(value, columnCodes[c] ?? formats.text, formats.text));
    return { values, codes, bytes: gridRowBytes(values) + gridRowBytes(codes) };
  });
  // One request even for no rows: it carries the header (and onProgress reports 0 of 0).
  const chunks: (typeof rows)[] =
    total === 0
      ? [[]]
      : chunkBySize(rows, (row) => row.bytes, MAX_REQUEST_BYTES, 2 * GRID_BYTES + headerBytes);
  let done = 0;
  for (const chunk of chunks) {
    if (chunk.length > 0) {
      const range = sheet.getRangeByIndexes(1 + done, 0, chunk.length, width);
      // Formats before values: Excel then reads nothing into text cells (`007` and `=1+1` stay text).
      range.numberFormat = chunk.map((row) => row.codes);
      range.values = chunk.map((row) => row.values);
    }
    await context.sync();
    done += chunk.length;
    onProgress?.(done, total);
  }

  const table = sheet.tables.add(sheet.getRangeByIndexes(0, 0, 1 + total, width), true);
  table.name = data.name;
  table.style = TABLE_STYLE;
  sheet.freezePanes.freezeRows(1);
  table.getRange().format.autofitColumns();
  sheet.activate();
  await context.sync();
}

/** Each table column's Spring format, undefined for the user's columns. */
function columnFormats(header: string[], data: TableData): (ColumnFormat | undefined)[] {
  const formats: (ColumnFormat | undefined)[] = header.map(() => undefined);
  columnIndexes(header, data.columns).forEach((index, i) => {
    if (index >= 0) formats[index] = data.columns[i]?.format;
  });
  return formats;
}
