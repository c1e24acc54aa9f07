/** The Excel mock's tables: find, add, rename, style and delete them; their rows, columns and ranges. */
import { jsonBytes, Loadable, MockCollection, type MockContext } from './excel-mock-context';
import { sameName, type Scalar, type TableModel } from './excel-mock-model';
import { MockRange } from './excel-mock-range';
import { MockWorksheet } from './excel-mock-sheets';
import {
  addColumn,
  addRows,
  addTable,
  bodyHeight,
  deleteRow,
  renameTable,
  tableRect,
} from './excel-mock-tables';

/** A workbook's or a sheet's tables (tables are added through a sheet's). */
export class MockTableCollection extends MockCollection<TableModel, MockTable> {
  constructor(
    context: MockContext,
    scope: () => TableModel[],
    private readonly sheet?: MockWorksheet,
  ) {
    super(context, 'tables', scope);
  }

  protected item(): MockTable {
    return new MockTable(this.context, false);
  }

  getItemOrNullObject(name: string): MockTable {
    const table = new MockTable(this.context, true);
    this.context.enqueue('tables.getItemOrNullObject', () => {
      table.settle(this.scope().find((candidate) => sameName(candidate.name, name)) ?? null);
      return () => table.fill([['isNullObject', table.isNull]]);
    });
    return table;
  }

  getItem(name: string): MockTable {
    const table = new MockTable(this.context, false);
    this.context.enqueue('tables.getItem', () =>
      table.settle(this.scope().find((candidate) => sameName(candidate.name, name)) ?? null),
    );
    return table;
  }

  add(address: MockRange, hasHeaders: boolean): MockTable {
    if (!(address instanceof MockRange) || !hasHeaders)
      throw new Error('mock: tables.add takes a range object, with headers');
    if (!this.sheet) throw new Error('mock: add tables through worksheet.tables');
    const table = new MockTable(this.context, false);
    this.context.enqueue('tables.add', () => table.settle(addTable(this.context.model, address.rect())));
    return table;
  }
}

class MockTable extends Loadable<TableModel> {
  private sheet: MockWorksheet | undefined;
  private rowCollection: MockTableRowCollection | undefined;

  constructor(context: MockContext, orNull: boolean) {
    super(context, 'table', { name: '', style: '', isNullObject: false }, orNull);
  }

  get name(): string {
    return this.read('name');
  }

  set name(name: string) {
    this.command('name', (table) => renameTable(this.context.model, table, name));
  }

  get style(): string {
    return this.read('style');
  }

  set style(style: string) {
    this.command('style', (table) => {
      table.style = style;
    });
  }

  get worksheet(): MockWorksheet {
    this.sheet ??= this.child(new MockWorksheet(this.context, false), 'worksheet', (table) => table.sheet);
    return this.sheet;
  }

  get rows(): MockTableRowCollection {
    this.rowCollection ??= this.child(new MockTableRowCollection(this.context), 'rows', (table) => table);
    return this.rowCollection;
  }

  get columns(): { add(index?: number, values?: Scalar[][], name?: string): void } {
    return {
      add: (_index, values, name) =>
        this.command(
          'columns.add',
          (table) => addColumn(table, values, name),
          values?.length,
          values ? jsonBytes(values) : 0,
        ),
    };
  }

  getRange(): MockRange {
    return this.child(new MockRange(this.context), 'getRange', (table) =>
      tableRect(table, 0, 1 + bodyHeight(table)),
    );
  }

  getHeaderRowRange(): MockRange {
    return this.child(new MockRange(this.context), 'getHeaderRowRange', (table) => tableRect(table, 0, 1));
  }

  getDataBodyRange(): MockRange {
    return this.child(new MockRange(this.context), 'getDataBodyRange', (table) =>
      tableRect(table, 1, bodyHeight(table)),
    );
  }

  delete(): void {
    // Whether Excel's Table.delete empties the cells is not documented; the mock keeps them.
    this.command('delete', (table) => {
      const model = this.context.model;
      model.tables.splice(model.tables.indexOf(table), 1);
    });
  }

  protected snapshot(name: string, table: TableModel): unknown {
    return name === 'name' ? table.name : name === 'style' ? table.style : false;
  }
}

class MockTableRowCollection extends Loadable<TableModel> {
  constructor(context: MockContext) {
    super(context, 'rows', { count: 0 });
  }

  get count(): number {
    return this.read('count');
  }

  add(index: number | null | undefined, values: (Scalar | null)[][]): void {
    if (index !== undefined && index !== null && index !== -1)
      throw new Error('mock: rows are added at the end');
    this.command('add', (table) => addRows(table, values), values.length, jsonBytes(values));
  }

  getItemAt(index: number): { delete(): void } {
    return { delete: () => this.command('delete', (table) => deleteRow(table, index)) };
  }

  protected snapshot(_name: string, table: TableModel): unknown {
    return table.rows;
  }
}
