/**
 * An in-memory Excel for the Excel writer's tests, built on office-addin-mock: workbook → worksheets →
 * tables, ranges and charts, with office-js's batching (`excel-mock-context.ts`). Commands are queued
 * and run in order at `context.sync()`; reading a property not loaded, or loaded but not yet synced,
 * throws as Excel does.
 *
 * Modelled: `worksheets.getItemOrNullObject/getItem/add/items/count`, a worksheet's `name/position`
 * (read and write), `delete/activate/freezePanes.freezeRows/getRangeByIndexes/getRange` and
 * `getUsedRange/getUsedRangeOrNullObject` (`valuesOnly` too) (`excel-mock-sheets.ts`);
 * `tables.getItemOrNullObject/getItem/add/items/count`, a table's
 * `name/style/worksheet/rows/columns/getRange/getHeaderRowRange/getDataBodyRange/delete`, its rows'
 * `count/add/getItemAt().delete` and `columns.add` (`excel-mock-table-proxies.ts`); a range's
 * `values/formulas/numberFormat` (read and write, `null` leaving a cell as it is),
 * `rowIndex/columnIndex/rowCount/columnCount/address`, `clear`, `format.autofitColumns`,
 * `format.font.bold/size`, `format.fill.color` (read and write; a cell with no fill reads `#FFFFFF`, as
 * in Excel) and `format.fill.clear`, `hyperlink` (write) and `columnHidden` (write)
 * (`excel-mock-range.ts`); charts (`excel-mock-chart-proxies.ts`). Cells take input as Excel does:
 * text starting with `=`, `+`, `-` or `@` (not a number) is a formula, numeric text a number and ISO
 * dates a serial date, unless the cell is formatted as text (`@`). A column whose every cell got one
 * formula is a calculated column, and rows added to the table take it. Formulas are kept as text and not
 * evaluated (their value reads `#NAME?`).
 *
 * Every sync records the JSON bytes of the cell data it wrote and loaded, and fails as Excel on the web
 * does past its 5 MB limit (`excel-mock-context.ts`); a smaller limit can be given to force that error.
 */
import { dashboardPlacement } from '../../../addin/workbook/excel-dashboard';
import { createExcelWriter, type ExcelRun } from '../../../addin/workbook/excel-writer';
import type { TableCellValue } from '../../../addin/workbook/writer';
import { MockContext, PAYLOAD_LIMIT_BYTES, type SyncRecord } from './excel-mock-context';
import { MockExcelError, WorkbookModel, type Scalar, type SheetModel } from './excel-mock-model';
import { MockWorkbook } from './excel-mock-sheets';
import type { DashboardCells, WriterHarness } from './writer.cases';

export { PAYLOAD_ERRORS, PAYLOAD_LIMIT_BYTES, type SyncRecord } from './excel-mock-context';
export {
  MockExcelError,
  NO_FILL_COLOR,
  SheetModel,
  WorkbookModel,
  type Cell,
  type ChartModel,
  type HyperlinkModel,
  type Rect,
  type SeriesModel,
  type TableModel,
} from './excel-mock-model';

/** The mock: an `Excel.run` stand-in, the workbook it edits and a record of every sync. */
export interface ExcelMock {
  run: ExcelRun;
  model: WorkbookModel;
  syncs: SyncRecord[];
}

/**
 * A fresh empty workbook and an `Excel.run` over it.
 *
 * @param payloadLimit bytes of cell data a request or an answer may carry (Excel on the web's 5 MB
 *   unless given: a smaller one forces the payload errors)
 * @param model the workbook to work on (a fresh one unless given: another mock's, to read it under
 *   another limit)
 */
export function createExcelMock({
  payloadLimit = PAYLOAD_LIMIT_BYTES,
  model = new WorkbookModel(),
} = {}): ExcelMock {
  const syncs: SyncRecord[] = [];
  const run: ExcelRun = async (batch) => {
    const context = new MockContext(model, syncs, (self) => new MockWorkbook(self), payloadLimit);
    const result = await batch(context as unknown as Excel.RequestContext);
    if (context.pending) throw new MockExcelError('Unsynced', 'the batch ended with commands never synced');
    return result;
  };
  return { run, model, syncs };
}

/** A cell as the shared cases compare it: its value, and its formula or null. */
const cellOf = (sheet: SheetModel, row: number, column: number) => {
  const cell = sheet.cell(row, column);
  return { value: cell.value === '' ? null : cell.value, formula: cell.formula };
};

/** The shared cases' harness: the Excel writer on a mock (a fresh one unless given); user columns go in through office-js. */
export async function makeExcelHarness({ run, model } = createExcelMock()): Promise<WriterHarness> {
  return {
    writer: createExcelWriter(run),
    addUserColumn: (name, header, formulaOrValues) =>
      run(async (context) => {
        const table = context.workbook.tables.getItem(name);
        const rows = table.rows.load('count');
        await context.sync();
        const cells: TableCellValue[] =
          typeof formulaOrValues === 'string' ? Array(rows.count).fill(formulaOrValues) : formulaOrValues;
        if (cells.length !== rows.count)
          throw new Error(`${name} has ${rows.count} rows, not ${cells.length}`);
        table.columns.add(undefined, [[header], ...cells.map((cell) => [cell])] as Scalar[][]);
        await context.sync();
      }),
    editCell: (name, key, column, value) =>
      run(async (context) => {
        const table = context.workbook.tables.getItem(name);
        const range = table.getRange().load('values,rowIndex,columnIndex');
        const sheet = table.worksheet;
        await context.sync();
        const [header = [], ...rows] = range.values as Scalar[][];
        const row = rows.findIndex((cells) => cells[0] === key);
        const col = header.indexOf(column);
        if (row < 0 || col < 0) throw new Error(`no cell ${key}.${column} in ${name}`);
        sheet.getRangeByIndexes(range.rowIndex + 1 + row, range.columnIndex + col, 1, 1).values = [
          [value as Scalar],
        ];
        await context.sync();
      }),
    formatColumn: (name, column, code) =>
      run(async (context) => {
        const table = context.workbook.tables.getItem(name);
        const range = table.getRange().load('values,rowIndex,columnIndex,rowCount');
        const sheet = table.worksheet;
        await context.sync();
        const col = (range.values[0] ?? []).indexOf(column);
        if (col < 0) throw new Error(`no column ${column} in ${name}`);
        const rows = range.rowCount - 1;
        sheet.getRangeByIndexes(range.rowIndex + 1, range.columnIndex + col, rows, 1).numberFormat =
          Array.from({ length: rows }, () => [code]);
        await context.sync();
      }),
    dashboardCells: async (spec): Promise<DashboardCells> => {
      const sheet = model.sheet(spec.sheetName);
      if (!sheet) throw new Error(`no sheet ${spec.sheetName}`);
      const placed = dashboardPlacement(spec);
      const charts = spec.charts.map((chart, i) => {
        const at = placed.chartData[i] ?? 0;
        return {
          header: [chart.title, ...chart.series].map((_, c) => cellOf(sheet, at, placed.dataLeft + c)),
          categories: chart.categories.map((_, r) => cellOf(sheet, at + 1 + r, placed.dataLeft)),
        };
      });
      const blocks = spec.blocks.map((block, i) => {
        const at = placed.blocks[i] ?? { title: 0, header: 0 };
        return {
          title: cellOf(sheet, at.title, 0),
          notes: block.notes.map((_, n) => cellOf(sheet, at.title + 1 + n, 0)),
          header: block.header.map((_, c) => cellOf(sheet, at.header, c)),
          rows: block.rows.map((row, r) => row.map((_, c) => cellOf(sheet, at.header + 1 + r, c))),
        };
      });
      const items = (column: number) =>
        spec.groups.flatMap((group, g) =>
          group.items.map((_, r) => cellOf(sheet, (placed.groups[g]?.items ?? 0) + r, column)),
        );
      return {
        title: cellOf(sheet, 0, 0),
        notes: placed.notes.map((row) => cellOf(sheet, row, 0)),
        groups: placed.groups.map((at) => ({
          title: cellOf(sheet, at.title, 0),
          definition: cellOf(sheet, at.title + 1, 0),
        })),
        labels: items(0),
        values: items(1),
        blocks,
        charts,
      };
    },
  };
}
