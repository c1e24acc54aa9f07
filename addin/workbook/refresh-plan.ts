import type { TableCellValue, TableData, TableSnapshot } from './writer';

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
}

const keyOf = (value: TableCellValue) => (value === null ? '' : String(value));

/**
 * Compares a table as it stands with Spring's current rows, by key. Columns not in `data.columns` are
 * the user's: never written, so their formulas and values stay with their rows.
 */
export function planRefresh(table: TableSnapshot, data: TableData): RefreshPlan {
  const columnAt = new Map(table.header.map((name, index) => [name, index]));
  const springColumns = data.columns.map((column) => {
    const index = columnAt.get(column.name);
    if (index === undefined) {
      throw new MissingColumnError(
        `Table ${table.name} has no column ${column.name} any more: restore it, or delete the table and insert it again`,
      );
    }
    return index;
  });
  const keyIndex = data.columns.findIndex((column) => column.name === data.keyColumn);
  const tableKeyIndex = springColumns[keyIndex];
  if (tableKeyIndex === undefined)
    throw new MissingColumnError(`${data.keyColumn} is not one of the table's Spring columns`);

  const wanted = new Map(data.rows.map((row) => [keyOf(row[keyIndex] ?? null), row]));
  const updates: CellUpdate[] = [];
  const deletions: number[] = [];
  const present = new Set<string>();
  table.rows.forEach((row, rowIndex) => {
    const key = keyOf(row[tableKeyIndex] ?? null);
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
    .filter((row) => !present.has(keyOf(row[keyIndex] ?? null)))
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
