/**
 * An in-memory Excel for the Excel writer's tests, built on office-addin-mock: workbook → worksheets →
 * tables, ranges and charts, with office-js's batching (`excel-mock-context.ts`). Commands are queued
 * and run in order at `context.sync()`; reading a property not loaded, or loaded but not yet synced,
 * throws as Excel does.
 *
 * Modelled: `worksheets.getItemOrNullObject/getItem/add`, a worksheet's `name/position` (read and
 * write), `delete/activate/freezePanes.freezeRows/getRangeByIndexes` (`excel-mock-sheets.ts`);
 * `tables.getItemOrNullObject/getItem/add/items/count`, a table's
 * `name/style/worksheet/rows/columns/getRange/getHeaderRowRange/getDataBodyRange/delete`, its rows'
 * `count/add/getItemAt().delete` and `columns.add` (`excel-mock-table-proxies.ts`); a range's
 * `values/formulas/numberFormat` (read and write, `null` leaving a cell as it is),
 * `rowIndex/columnIndex/rowCount/columnCount/address`, `clear`, `format.autofitColumns` and
 * `format.font.bold/size` (`excel-mock-range.ts`); charts (`excel-mock-chart-proxies.ts`). Cells take
 * input as Excel does: `=…` is a formula, numeric text a number and ISO dates a serial date unless the
 * cell is formatted as text (`@`). A column whose every cell got one formula is a calculated column,
 * and rows added to the table take it. Formulas are kept as text and not evaluated.
 */
import { createExcelWriter, type ExcelRun } from '../../../addin/workbook/excel-writer';
import type { CellValue } from '../../../addin/workbook/writer';
import { MockContext, type SyncRecord } from './excel-mock-context';
import { MockExcelError, WorkbookModel, type Scalar } from './excel-mock-model';
import { MockWorkbook } from './excel-mock-sheets';
import type { WriterHarness } from './writer.cases';

export type { SyncRecord } from './excel-mock-context';
export {
  MockExcelError,
  SheetModel,
  WorkbookModel,
  type Cell,
  type ChartModel,
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

/** A fresh empty workbook and an `Excel.run` over it. */
export function createExcelMock(): ExcelMock {
  const model = new WorkbookModel();
  const syncs: SyncRecord[] = [];
  const run: ExcelRun = async (batch) => {
    const context = new MockContext(model, syncs, (self) => new MockWorkbook(self));
    const result = await batch(context as unknown as Excel.RequestContext);
    if (context.pending) throw new MockExcelError('Unsynced', 'the batch ended with commands never synced');
    return result;
  };
  return { run, model, syncs };
}

/** The shared cases' harness: the Excel writer on a mock (a fresh one unless given); user columns go in through office-js. */
export async function makeExcelHarness({ run } = createExcelMock()): Promise<WriterHarness> {
  return {
    writer: createExcelWriter(run),
    addUserColumn: (name, header, formulaOrValues) =>
      run(async (context) => {
        const table = context.workbook.tables.getItem(name);
        const rows = table.rows.load('count');
        await context.sync();
        const cells: CellValue[] =
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
  };
}
