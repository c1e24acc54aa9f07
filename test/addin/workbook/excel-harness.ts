/**
 * An in-memory Excel for the Excel writer's tests, built on office-addin-mock: workbook → worksheets →
 * tables → ranges, with office-js's batching. Commands are queued and run in order at `context.sync()`;
 * a loaded property reads as office-addin-mock's `OfficeMockObject` gives it (its load/sync
 * bookkeeping), and reading one not loaded, or loaded but not yet synced, throws as Excel does.
 *
 * Modelled: `worksheets.getItemOrNullObject/getItem/add`, `tables.getItemOrNullObject/getItem/add`,
 * `tables.load('items/name')`, `worksheet.getRangeByIndexes/activate/freezePanes.freezeRows`,
 * `table.name/style/worksheet/rows/columns/getRange/getHeaderRowRange/getDataBodyRange/delete`,
 * `rows.count/add/getItemAt().delete`, `columns.add`, `range.values/formulas/numberFormat` (read and
 * write, `null` leaving a cell as it is), `range.rowIndex/columnIndex/rowCount/columnCount/address`,
 * `range.clear`, `range.format.autofitColumns`. Cells take input as Excel does: `=…` is a formula,
 * numeric text a number and ISO dates a serial date unless the cell is formatted as text (`@`). A
 * column whose every cell got one formula is a calculated column, and rows added to the table take it.
 * Formulas are kept as text and not evaluated: a formula cell's value reads as ''.
 */
import { OfficeMockObject } from 'office-addin-mock';
import { createExcelWriter, type ExcelRun } from '../../../addin/workbook/excel-writer';
import type { CellValue } from '../../../addin/workbook/writer';
import type { WriterHarness } from './writer.cases';

type Scalar = string | number | boolean;

/** One cell; an empty one has value '' and no formula. */
export interface Cell {
  value: Scalar;
  formula: string | null;
  format: string;
}

/** A rectangle of cells on a sheet (0-based indexes). */
interface Rect {
  sheet: SheetModel;
  row: number;
  column: number;
  rows: number;
  columns: number;
}

/** A worksheet: its cells, frozen rows and the ranges autofitted on it. */
export class SheetModel {
  readonly cells = new Map<string, Cell>();
  frozenRows = 0;
  readonly autofitted: string[] = [];

  constructor(readonly name: string) {}

  cell(row: number, column: number): Cell {
    return this.cells.get(`${row}:${column}`) ?? { value: '', formula: null, format: 'General' };
  }

  put(row: number, column: number, cell: Cell): void {
    const empty = cell.value === '' && cell.formula === null && cell.format === 'General';
    if (empty) this.cells.delete(`${row}:${column}`);
    else this.cells.set(`${row}:${column}`, cell);
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

/** The workbook the mock's commands act on; tests read it to check what Excel would show. */
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

/** What one `context.sync()` sent: each command, with the rows of a write. */
export interface SyncRecord {
  commands: { op: string; rows?: number }[];
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
    const context = new MockContext(model, syncs);
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
  };
}

// ---- the office-js surface ------------------------------------------------------------------------

type Command = { op: string; rows?: number; run: () => (() => Promise<void>) | void };

class MockContext {
  readonly workbook: MockWorkbook;
  private queue: Command[] = [];

  constructor(
    readonly model: WorkbookModel,
    private readonly syncs: SyncRecord[],
  ) {
    this.workbook = new MockWorkbook(this);
  }

  get pending(): boolean {
    return this.queue.length > 0;
  }

  enqueue(op: string, run: Command['run'], rows?: number): void {
    this.queue.push({ op, run, ...(rows === undefined ? {} : { rows }) });
  }

  /** Runs the queued commands in order (a failing one stops the batch, as in Excel), then fills loads. */
  async sync(): Promise<void> {
    const queue = this.queue;
    this.queue = [];
    this.syncs.push({ commands: queue.map(({ op, rows }) => (rows === undefined ? { op } : { op, rows })) });
    const loads: (() => Promise<void>)[] = [];
    for (const command of queue) {
      const load = command.run();
      if (load) loads.push(load);
    }
    for (const load of loads) await load();
  }
}

/** A proxy object: what it stands for is settled when the command that made it runs. */
abstract class ClientObject<T> {
  private target: { value: T | null } | undefined;

  constructor(
    protected readonly context: MockContext,
    protected readonly kind: string,
  ) {}

  settle(value: T | null): void {
    this.target = { value };
  }

  protected resolved(): T {
    if (!this.target) throw new Error(`mock: ${this.kind} used before the command that makes it`);
    if (this.target.value === null)
      throw new MockExcelError('ItemNotFound', `the ${this.kind} does not exist`);
    return this.target.value;
  }

  /** Queues a command on what this object stands for. */
  protected command(op: string, run: (target: T) => void, rows?: number): void {
    this.context.enqueue(
      `${this.kind}.${op}`,
      () => {
        run(this.resolved());
      },
      rows,
    );
  }

  /** A proxy settled, when its command runs, to something found from this one. */
  protected child<C extends ClientObject<U>, U>(proxy: C, op: string, find: (target: T) => U | null): C {
    this.context.enqueue(`${this.kind}.${op}`, () => proxy.settle(find(this.resolved())));
    return proxy;
  }
}

/** A proxy with loadable properties, kept in an `OfficeMockObject`. */
abstract class Loadable<T> extends ClientObject<T> {
  private state: OfficeMockObject;
  private readonly loaded = new Map<string, unknown>();

  constructor(
    context: MockContext,
    kind: string,
    private readonly properties: Record<string, unknown>,
  ) {
    super(context, kind);
    this.state = new OfficeMockObject(properties);
  }

  /** A property's value as the workbook stands when the load command runs. */
  protected abstract snapshot(name: string, target: T, nested: string[]): unknown;

  load(names?: string | string[]): this {
    const wanted =
      names === undefined ? Object.keys(this.properties) : [names].flat().flatMap((n) => n.split(','));
    const paths = wanted.map((name) => name.trim()).filter(Boolean);
    const own = [...new Set(paths.map((path) => path.split('/')[0] ?? path))];
    // office-addin-mock checks the names and marks them loaded-but-not-synced.
    this.state.load(own);
    this.context.enqueue(`${this.kind}.load`, () => {
      const target = this.resolved();
      const values = own.map((name): [string, unknown] => {
        const nested = paths
          .filter((path) => path.startsWith(`${name}/`))
          .map((path) => path.slice(name.length + 1));
        return [name, this.snapshot(name, target, nested)];
      });
      return () => this.fill(values);
    });
    return this;
  }

  /** Gives loaded properties their values, through a fresh `OfficeMockObject` loaded and synced. */
  async fill(values: [string, unknown][]): Promise<void> {
    for (const [name, value] of values) this.loaded.set(name, value);
    const data = Object.fromEntries(
      Object.keys(this.properties).map((name) => [name, this.loaded.get(name) ?? this.properties[name]]),
    );
    const state = new OfficeMockObject(data);
    state.load([...this.loaded.keys()]);
    await state.sync();
    this.state = state;
  }

  protected read<V>(name: string): V {
    const value: unknown = this.state[name];
    if (typeof value === 'string' && value.startsWith('Error, '))
      throw new MockExcelError('PropertyNotLoaded', `${this.kind}.${name}: ${value}`);
    return value as V;
  }
}

class MockWorkbook {
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

  add(name: string): MockWorksheet {
    const sheet = new MockWorksheet(this.context, false);
    this.context.enqueue('worksheets.add', () => sheet.settle(addSheet(this.context.model, name)));
    return sheet;
  }
}

class MockWorksheet extends Loadable<SheetModel> {
  private settled: SheetModel | null | undefined;

  constructor(
    context: MockContext,
    private readonly orNull: boolean,
  ) {
    super(context, 'worksheet', { name: '', isNullObject: false });
  }

  override settle(value: SheetModel | null): void {
    this.settled = value;
    super.settle(value);
  }

  get isNull(): boolean {
    return this.settled === null;
  }

  get name(): string {
    return this.read('name');
  }

  get isNullObject(): boolean {
    return this.orNull ? this.read('isNullObject') : false;
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

  protected snapshot(name: string, sheet: SheetModel): unknown {
    return name === 'name' ? sheet.name : false;
  }
}

class MockTableCollection extends Loadable<TableModel[]> {
  private readonly itemFills: Promise<void>[] = [];

  constructor(
    context: MockContext,
    private readonly scope: () => TableModel[],
    private readonly sheet?: MockWorksheet,
  ) {
    super(context, 'tables', { items: [], count: 0 });
    this.settle([]); // a collection stands for its scope, read when each command runs
  }

  get items(): MockTable[] {
    return this.read('items');
  }

  get count(): number {
    return this.read('count');
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

  /** Items loaded with properties of their own (`items/name`) are filled before the collection. */
  override async fill(values: [string, unknown][]): Promise<void> {
    await Promise.all(this.itemFills.splice(0));
    await super.fill(values);
  }

  protected snapshot(name: string, _target: TableModel[], nested: string[]): unknown {
    const tables = this.scope();
    if (name === 'count') return tables.length;
    return tables.map((model) => {
      const table = new MockTable(this.context, false);
      table.settle(model);
      this.itemFills.push(
        table.fill(nested.map((property) => [property, table.snapshotOf(property, model)])),
      );
      return table;
    });
  }
}

class MockTable extends Loadable<TableModel> {
  private settled: TableModel | null | undefined;
  private sheet: MockWorksheet | undefined;
  private rowCollection: MockTableRowCollection | undefined;

  constructor(
    context: MockContext,
    private readonly orNull: boolean,
  ) {
    super(context, 'table', { name: '', style: '', isNullObject: false });
  }

  override settle(value: TableModel | null): void {
    this.settled = value;
    super.settle(value);
  }

  get isNull(): boolean {
    return this.settled === null;
  }

  get isNullObject(): boolean {
    return this.orNull ? this.read('isNullObject') : false;
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
        this.command('columns.add', (table) => addColumn(table, values, name), values?.length),
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

  snapshotOf(name: string, table: TableModel): unknown {
    return this.snapshot(name, table);
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
    this.command('add', (table) => addRows(table, values), values.length);
  }

  getItemAt(index: number): { delete(): void } {
    return { delete: () => this.command('delete', (table) => deleteRow(table, index)) };
  }

  protected snapshot(_name: string, table: TableModel): unknown {
    return table.rows;
  }
}

class MockRange extends Loadable<Rect> {
  constructor(context: MockContext) {
    super(context, 'range', {
      values: [],
      formulas: [],
      numberFormat: [],
      address: '',
      rowIndex: 0,
      columnIndex: 0,
      rowCount: 0,
      columnCount: 0,
    });
  }

  rect(): Rect {
    return this.resolved();
  }

  get values(): Scalar[][] {
    return this.read('values');
  }

  set values(values: (Scalar | null)[][]) {
    this.command('values', (rect) => writeCells(rect, values, enter), values.length);
  }

  get formulas(): Scalar[][] {
    return this.read('formulas');
  }

  set formulas(formulas: (Scalar | null)[][]) {
    this.command('formulas', (rect) => writeCells(rect, formulas, enter), formulas.length);
  }

  get numberFormat(): string[][] {
    return this.read('numberFormat');
  }

  set numberFormat(codes: (string | null)[][]) {
    this.command('numberFormat', (rect) =>
      writeCells(rect, codes, (cell, code) => ({ ...cell, format: code })),
    );
  }

  get rowIndex(): number {
    return this.read('rowIndex');
  }

  get columnIndex(): number {
    return this.read('columnIndex');
  }

  get rowCount(): number {
    return this.read('rowCount');
  }

  get columnCount(): number {
    return this.read('columnCount');
  }

  get address(): string {
    return this.read('address');
  }

  get format(): { autofitColumns(): void } {
    return {
      autofitColumns: () =>
        this.command('format.autofitColumns', (rect) => rect.sheet.autofitted.push(address(rect))),
    };
  }

  clear(): void {
    this.command('clear', (rect) =>
      forEachCell(rect, (row, column) => rect.sheet.cells.delete(`${row}:${column}`)),
    );
  }

  protected snapshot(name: string, rect: Rect): unknown {
    const grid = <V>(read: (cell: Cell) => V): V[][] =>
      Array.from({ length: rect.rows }, (_, r) =>
        Array.from({ length: rect.columns }, (_, c) => read(rect.sheet.cell(rect.row + r, rect.column + c))),
      );
    switch (name) {
      case 'values':
        return grid((cell) => (cell.formula === null ? cell.value : ''));
      case 'formulas':
        return grid((cell) => cell.formula ?? cell.value);
      case 'numberFormat':
        return grid((cell) => cell.format);
      case 'address':
        return address(rect);
      case 'rowIndex':
        return rect.row;
      case 'columnIndex':
        return rect.column;
      case 'rowCount':
        return rect.rows;
      default:
        return rect.columns;
    }
  }
}

// ---- what the commands do to the workbook ---------------------------------------------------------

const sameName = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
const bodyHeight = (table: TableModel) => Math.max(table.rows, 1);

function tableRect(table: TableModel, offset: number, rows: number): Rect {
  return {
    sheet: table.sheet,
    row: table.top + offset,
    column: table.left,
    rows,
    columns: table.columns.length,
  };
}

function forEachCell(rect: Rect, visit: (row: number, column: number) => void): void {
  for (let r = rect.row; r < rect.row + rect.rows; r++)
    for (let c = rect.column; c < rect.column + rect.columns; c++) visit(r, c);
}

function columnName(index: number): string {
  return index < 26
    ? String.fromCharCode(65 + index)
    : columnName(Math.floor(index / 26) - 1) + columnName(index % 26);
}

function address(rect: Rect): string {
  const corner = (row: number, column: number) => `${columnName(column)}${row + 1}`;
  return `'${rect.sheet.name}'!${corner(rect.row, rect.column)}:${corner(rect.row + rect.rows - 1, rect.column + rect.columns - 1)}`;
}

/** A 2-D input on a range: sizes must match; null leaves a cell as it is. */
function writeCells<V>(rect: Rect, input: (V | null)[][], write: (cell: Cell, value: V) => Cell): void {
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

/** A value entered as Excel takes typed input: formulas, numbers and dates are recognised, but not in text cells. */
function enter(cell: Cell, value: Scalar): Cell {
  if (typeof value !== 'string' || cell.format === '@') return { ...cell, value, formula: null };
  if (value.startsWith('=') && value.length > 1) return { ...cell, value: '', formula: value };
  if (NUMBER.test(value.trim())) return { ...cell, value: Number(value), formula: null };
  const iso = ISO_DATE.exec(value);
  if (iso) {
    const days =
      (Date.UTC(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3])) - Date.UTC(1899, 11, 30)) / 86_400_000;
    return { ...cell, value: days, formula: null };
  }
  return { ...cell, value, formula: null };
}

function addSheet(model: WorkbookModel, name: string): SheetModel {
  if (!name || name.length > 31 || /[[\]:*?/\\]/.test(name))
    throw new MockExcelError('InvalidArgument', `"${name}" is not a valid sheet name`);
  if (model.sheet(name)) throw new MockExcelError('ItemAlreadyExists', `a sheet ${name} already exists`);
  const sheet = new SheetModel(name);
  model.sheets.push(sheet);
  return sheet;
}

function overlaps(a: Rect, b: Rect): boolean {
  return (
    a.sheet === b.sheet &&
    a.row < b.row + b.rows &&
    b.row < a.row + a.rows &&
    a.column < b.column + b.columns &&
    b.column < a.column + a.columns
  );
}

/** A table over `rect`, its first row the header (a header-only range makes an empty table). */
function addTable(model: WorkbookModel, rect: Rect): TableModel {
  if (model.tables.some((table) => overlaps(rect, tableRect(table, 0, 1 + bodyHeight(table)))))
    throw new MockExcelError('InvalidOperation', `${address(rect)} overlaps another table`);
  const names: string[] = [];
  for (let c = 0; c < rect.columns; c++) {
    const cell = rect.sheet.cell(rect.row, rect.column + c);
    const base = cell.value === '' ? `Column${c + 1}` : String(cell.value);
    let name = base;
    for (let n = 2; names.some((taken) => sameName(taken, name)); n++) name = `${base}${n}`;
    names.push(name);
    rect.sheet.put(rect.row, rect.column + c, { ...cell, value: name, formula: null });
  }
  let name = `Table${model.tables.length + 1}`;
  for (let n = model.tables.length + 2; model.table(name); n++) name = `Table${n}`;
  const table: TableModel = {
    name,
    sheet: rect.sheet,
    top: rect.row,
    left: rect.column,
    rows: rect.rows - 1,
    columns: names.map((column) => ({ name: column })),
    style: 'TableStyleMedium2',
  };
  model.tables.push(table);
  return table;
}

function renameTable(model: WorkbookModel, table: TableModel, name: string): void {
  if (!/^[A-Za-z_\\][A-Za-z0-9_.]{0,254}$/.test(name))
    throw new MockExcelError('InvalidArgument', `"${name}" is not a valid table name`);
  const other = model.table(name);
  if (other && other !== table)
    throw new MockExcelError('ItemAlreadyExists', `a table ${name} already exists`);
  table.name = name;
}

/** The rows below the table must be free: the mock does not shift cells. */
function requireFreeBelow(table: TableModel, count: number): void {
  const below = tableRect(table, 1 + bodyHeight(table), count);
  forEachCell(below, (row, column) => {
    if (below.sheet.cells.has(`${row}:${column}`))
      throw new Error('mock: cells below a table are not modelled');
  });
}

/** Appends rows; new cells take the formats of the row above, and null cells a calculated column's formula. */
function addRows(table: TableModel, values: (Scalar | null)[][]): void {
  if (values.some((row) => row.length !== table.columns.length))
    throw new MockExcelError('InvalidArgument', 'a new row must have a value for every column');
  requireFreeBelow(table, Math.max(0, table.rows + values.length - bodyHeight(table)));
  values.forEach((row, i) => {
    const at = table.top + 1 + table.rows + i;
    table.columns.forEach((column, c) => {
      const above =
        table.rows + i > 0 ? table.sheet.cell(at - 1, table.left + c) : table.sheet.cell(at, table.left + c);
      const blank: Cell = { value: '', formula: null, format: above.format };
      const value = row[c] ?? null;
      const cell =
        value !== null ? enter(blank, value) : column.formula ? { ...blank, formula: column.formula } : blank;
      table.sheet.put(at, table.left + c, cell);
    });
  });
  table.rows += values.length;
}

/** Deletes a body row; the rows below it move up. The last row of a table leaves a blank, formatted row. */
function deleteRow(table: TableModel, index: number): void {
  if (!Number.isInteger(index) || index < 0 || index >= table.rows)
    throw new MockExcelError('InvalidArgument', `the table has no row ${index}`);
  const { sheet, top, left } = table;
  for (let r = top + 1 + index; r < top + table.rows; r++)
    for (let c = left; c < left + table.columns.length; c++) sheet.put(r, c, sheet.cell(r + 1, c));
  const last = top + table.rows;
  for (let c = left; c < left + table.columns.length; c++) {
    const cell = sheet.cell(last, c);
    sheet.put(last, c, { value: '', formula: null, format: table.rows === 1 ? cell.format : 'General' });
  }
  table.rows -= 1;
}

/** Appends a column at the table's right; values, if any, start with the header. */
function addColumn(table: TableModel, values: Scalar[][] | undefined, name: string | undefined): void {
  if (values && values.length !== 1 + table.rows)
    throw new MockExcelError('InvalidArgument', 'a new column must have a header and a value for every row');
  const column = table.left + table.columns.length;
  const strip = tableRect(table, 0, 1 + bodyHeight(table));
  forEachCell({ ...strip, column, columns: 1 }, (row) => {
    if (table.sheet.cells.has(`${row}:${column}`))
      throw new Error('mock: cells right of a table are not modelled');
  });
  const header = name ?? String(values?.[0]?.[0] ?? `Column${table.columns.length + 1}`);
  table.sheet.put(table.top, column, { value: header, formula: null, format: 'General' });
  const body = (values ?? []).slice(1).map((row) => row[0] ?? null);
  body.forEach((value, r) => {
    if (value !== null)
      table.sheet.put(table.top + 1 + r, column, enter(table.sheet.cell(table.top + 1 + r, column), value));
  });
  const [first] = body;
  const calculated =
    typeof first === 'string' && first.startsWith('=') && body.every((value) => value === first);
  table.columns.push(calculated ? { name: header, formula: first } : { name: header });
}
