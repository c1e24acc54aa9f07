/** What the Excel mock's table commands do to the workbook: add, rename, grow and shrink tables. */
import {
  address,
  enter,
  forEachCell,
  FORMULA_STAND_IN,
  MockExcelError,
  overlaps,
  sameName,
  type Cell,
  type Rect,
  type Scalar,
  type TableModel,
  type WorkbookModel,
} from './excel-mock-model';

export const bodyHeight = (table: TableModel) => Math.max(table.rows, 1);

export function tableRect(table: TableModel, offset: number, rows: number): Rect {
  return {
    sheet: table.sheet,
    row: table.top + offset,
    column: table.left,
    rows,
    columns: table.columns.length,
  };
}

/** A table over `rect`, its first row the header (a header-only range makes an empty table). */
export function addTable(model: WorkbookModel, rect: Rect): TableModel {
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

export function renameTable(model: WorkbookModel, table: TableModel, name: string): void {
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
export function addRows(table: TableModel, values: (Scalar | null)[][]): void {
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
        value !== null
          ? enter(blank, value)
          : column.formula
            ? { ...blank, value: FORMULA_STAND_IN, formula: column.formula }
            : blank;
      table.sheet.put(at, table.left + c, cell);
    });
  });
  table.rows += values.length;
}

/** Deletes a body row; the rows below it move up. The last row of a table leaves a blank, formatted row. */
export function deleteRow(table: TableModel, index: number): void {
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
export function addColumn(table: TableModel, values: Scalar[][] | undefined, name: string | undefined): void {
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
