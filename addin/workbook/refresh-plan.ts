import {
  columnIndexes,
  type ColumnSpec,
  type TableCellValue,
  type TableData,
  type TableSnapshot,
} from './writer';

/** One Spring cell to change: its row in the table body, its column in the table, the new value. */
export interface CellUpdate {
  row: number;
  column: number;
  value: TableCellValue;
}

/**
 * What bringing a table up to date takes, worked out once for both writers: cells to change, rows to
 * append (Spring values in Spring columns, null in the user's), rows to delete (body indexes, highest
 * first so that earlier indexes stay valid while deleting).
 */
export interface RefreshPlan {
  updates: CellUpdate[];
  appends: TableCellValue[][];
  deletions: number[];
}

/** Fails when the table no longer has a Spring column: the user renamed or deleted it. */
export class MissingColumnError extends Error {
  override readonly name = 'MissingColumnError';
  readonly code = 'ERR_MISSING_COLUMN';

  constructor(
    /** The table's name (`Spring_Budget_2008`). */
    readonly table: string,
    /** The column as its header names it, in every language (`Paid (Pagato)`). */
    readonly column: string,
  ) {
    super(
      `Table ${table} has no column ${column} any more: restore it, or delete the table and insert it again`,
    );
  }
}

/** A column as the message names it: its header in every language (`Paid (Pagato)`). */
const named = (column: ColumnSpec) =>
  column.aliases?.length ? `${column.header} (${column.aliases.join(', ')})` : column.header;

/**
 * Where each of `columns` stands in `table` (see {@link columnIndexes}); a column the table no longer
 * has, under its header in any language, is a {@link MissingColumnError} naming it.
 */
export function springColumnsIn(table: TableSnapshot, columns: readonly ColumnSpec[]): number[] {
  const indexes = columnIndexes(table.header, columns);
  const missing = columns.find((_, i) => indexes[i] === -1);
  if (missing) {
    throw new MissingColumnError(table.name, named(missing));
  }
  return indexes;
}

/** A row's key: its key cells as text, together (`["F0319","2007","FR"]`), so that no two keys run into one. */
const keyOf = (row: readonly TableCellValue[], indexes: readonly number[]) =>
  JSON.stringify(indexes.map((index) => String(row[index] ?? '')));

/**
 * Compares a table as it stands with Spring's current rows, by key. Columns not in `data.columns` are
 * the user's: never written, so their formulas and values stay with their rows. The table's columns are
 * found by their headers, in whichever language the table was inserted.
 */
export function planRefresh(table: TableSnapshot, data: TableData): RefreshPlan {
  const springColumns = springColumnsIn(table, data.columns);
  const keyIndexes = data.keyColumns.map((name) => {
    const index = data.columns.findIndex((column) => column.name === name);
    if (index < 0) throw new Error(`${name} is not one of the table's Spring columns`);
    return index;
  });
  const tableKeyIndexes = keyIndexes.map((index) => springColumns[index] ?? -1);

  const wanted = new Map(data.rows.map((row) => [keyOf(row, keyIndexes), row]));
  const updates: CellUpdate[] = [];
  const deletions: number[] = [];
  const present = new Set<string>();
  table.rows.forEach((row, rowIndex) => {
    const key = keyOf(row, tableKeyIndexes);
    const fresh = wanted.get(key);
    if (!fresh || present.has(key)) {
      deletions.push(rowIndex);
      return;
    }
    present.add(key);
    springColumns.forEach((column, i) => {
      const value = fresh[i] ?? null;
      // Spring's cells hold plain values; a formula typed over one is replaced by Spring's value.
      if ((row[column] ?? null) !== value || table.formulas[rowIndex]?.[column])
        updates.push({ row: rowIndex, column, value });
    });
  });
  const appends = data.rows
    .filter((row) => !present.has(keyOf(row, keyIndexes)))
    .map((row) => {
      const full: TableCellValue[] = table.header.map(() => null);
      springColumns.forEach((column, i) => (full[column] = row[i] ?? null));
      return full;
    });
  return { updates, appends, deletions: deletions.reverse() };
}

/** Counts a plan reports: rows added, rows with at least one changed Spring cell, rows removed. */
export function refreshCounts(plan: RefreshPlan): { added: number; changed: number; removed: number } {
  return {
    added: plan.appends.length,
    changed: new Set(plan.updates.map((update) => update.row)).size,
    removed: plan.deletions.length,
  };
}
