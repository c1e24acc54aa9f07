/** The Excel mock's workbook and worksheets: find, add, rename, move, delete and activate sheets. */
import { MockChartCollection } from './excel-mock-chart-proxies';
import { Loadable, type MockContext } from './excel-mock-context';
import {
  addSheet,
  deleteSheet,
  MockExcelError,
  moveSheet,
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

class MockWorksheetCollection {
  constructor(private readonly context: MockContext) {}

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
