/**
 * The Excel mock's workbook and worksheets: list, find, add, rename, move, delete and activate sheets;
 * a sheet's ranges by indexes or address, and its used range.
 */
import { MockChartCollection } from './excel-mock-chart-proxies';
import { Loadable, MockCollection, type MockContext } from './excel-mock-context';
import {
  addSheet,
  deleteSheet,
  MockExcelError,
  moveSheet,
  rectAt,
  renameSheet,
  type SheetModel,
} from './excel-mock-model';
import { MockRange } from './excel-mock-range';
import { MockTableCollection } from './excel-mock-table-proxies';

export class MockWorkbook {
  readonly worksheets: MockWorksheetCollection;
  readonly tables: MockTableCollection;

  constructor(context: MockContext) {
    this.worksheets = new MockWorksheetCollection(context);
    this.tables = new MockTableCollection(context, () => context.model.tables);
  }
}

/** The workbook's worksheets, in tab order (`items`, `count`, `load('items/name')`). */
class MockWorksheetCollection extends MockCollection<SheetModel, MockWorksheet> {
  constructor(context: MockContext) {
    super(context, 'worksheets', () => context.model.sheets);
  }

  protected item(): MockWorksheet {
    return new MockWorksheet(this.context, false);
  }

  getItemOrNullObject(name: string): MockWorksheet {
    const sheet = new MockWorksheet(this.context, true);
    this.context.enqueue('worksheets.getItemOrNullObject', () => {
      sheet.settle(this.context.model.sheet(name) ?? null);
      return () => sheet.fill([['isNullObject', sheet.isNull]]);
    });
    return sheet;
  }

  getItem(name: string): MockWorksheet {
    const sheet = new MockWorksheet(this.context, false);
    this.context.enqueue('worksheets.getItem', () => sheet.settle(this.context.model.sheet(name) ?? null));
    return sheet;
  }

  /** Adds a sheet at the end; without a name, Excel names it (`Sheet2`, …). */
  add(name?: string): MockWorksheet {
    const sheet = new MockWorksheet(this.context, false);
    this.context.enqueue('worksheets.add', () => sheet.settle(addSheet(this.context.model, name)));
    return sheet;
  }
}

export class MockWorksheet extends Loadable<SheetModel> {
  private chartCollection: MockChartCollection | undefined;

  constructor(context: MockContext, orNull: boolean) {
    super(context, 'worksheet', { name: '', position: 0, isNullObject: false }, orNull);
  }

  get name(): string {
    return this.read('name');
  }

  set name(name: string) {
    this.command('name', (sheet) => renameSheet(this.context.model, sheet, name));
  }

  get position(): number {
    return this.read('position');
  }

  set position(position: number) {
    this.command('position', (sheet) => moveSheet(this.context.model, sheet, position));
  }

  set visibility(visibility: SheetModel['visibility']) {
    this.command('visibility', (sheet) => {
      sheet.visibility = visibility;
    });
  }

  get tables(): MockTableCollection {
    return new MockTableCollection(
      this.context,
      () => {
        const sheet = this.resolved();
        return this.context.model.tables.filter((table) => table.sheet === sheet);
      },
      this,
    );
  }

  get charts(): MockChartCollection {
    this.chartCollection ??= new MockChartCollection(this.context, () => this.resolved());
    return this.chartCollection;
  }

  get freezePanes(): { freezeRows(count?: number): void } {
    return {
      freezeRows: (count = 1) =>
        this.command('freezePanes.freezeRows', (sheet) => {
          sheet.frozenRows = count;
        }),
    };
  }

  getRangeByIndexes(row: number, column: number, rows: number, columns: number): MockRange {
    if (rows < 1 || columns < 1) throw new MockExcelError('InvalidArgument', 'a range has at least one cell');
    return this.child(new MockRange(this.context), 'getRangeByIndexes', (sheet) => ({
      sheet,
      row,
      column,
      rows,
      columns,
    }));
  }

  /** The cells of an A1 address (`C3`, `A1:D9`). */
  getRange(address: string): MockRange {
    return this.child(new MockRange(this.context), 'getRange', (sheet) => rectAt(sheet, address));
  }

  /**
   * The used range. "Excel.Worksheet class"
   * (https://learn.microsoft.com/en-us/javascript/api/excel/excel.worksheet):
   * "The used range is the smallest range that encompasses any cells that have a value or formatting
   * assigned to them. If the entire worksheet is blank, this function will return the top left cell";
   * `valuesOnly` "considers only cells with values as used cells (ignoring formatting)".
   */
  getUsedRange(valuesOnly = false): MockRange {
    return this.child(
      new MockRange(this.context),
      'getUsedRange',
      (sheet) => sheet.used(valuesOnly) ?? { sheet, row: 0, column: 0, rows: 1, columns: 1 },
    );
  }

  /**
   * The used range, or a null object for a blank sheet: the same page says of
   * `getUsedRangeOrNullObject` "If the entire worksheet is blank, then this method returns an object with
   * its `isNullObject` property set to `true`".
   */
  getUsedRangeOrNullObject(valuesOnly = false): MockRange {
    const range = new MockRange(this.context, true);
    this.context.enqueue('worksheet.getUsedRangeOrNullObject', () => {
      range.settle(this.resolved().used(valuesOnly));
      return () => range.fill([['isNullObject', range.isNull]]);
    });
    return range;
  }

  activate(): void {
    this.command('activate', (sheet) => {
      this.context.model.activeSheet = sheet;
    });
  }

  /** Deletes the sheet, its tables and charts with it. */
  delete(): void {
    this.command('delete', (sheet) => deleteSheet(this.context.model, sheet));
  }

  protected snapshot(name: string, sheet: SheetModel): unknown {
    if (name === 'name') return sheet.name;
    if (name === 'position') return this.context.model.sheets.indexOf(sheet);
    return false;
  }
}
